// Is the article `curate add` was given already in the folder? Read as the build reads the folder
// (through its cache when it can), so the answer is the one the build's own check would give.
import { defaultCacheDir } from '../build/build-cache.ts';
import { prepareBuild, readSlot } from '../build/build-catalog.ts';
import { withBuildLockSync } from '../build/build-lock.ts';
import { bodyKeyOf } from '../build/cross-checks.ts';
import { cacheDirProblem } from '../build/write-errors.ts';

export interface FolderArticles {
  /** The file (as messages show it) already holding an article with this plain text, if any. */
  fileHoldingBody: (contentText: string) => string | null;
  /** Every slug taken, in any collection: an article's page address is one for the whole site. */
  slugs: Set<string>;
}

export function folderArticles(dir: string, cacheDir: string | null = defaultCacheDir()): FolderArticles {
  const read = (cache: string | null): FolderArticles => {
    const prepared = prepareBuild(dir, { cacheDir: cache });
    if (!('slots' in prepared)) return { fileHoldingBody: () => null, slugs: new Set() };
    for (const index of prepared.misses) readSlot(prepared, index);
    prepared.cache?.save();
    prepared.cache?.close();
    const slugs = new Set(prepared.slots.flatMap((slot) => (slot.outcome?.article ? [slot.outcome.article.slug] : [])));
    return {
      fileHoldingBody: (contentText) => {
        const key = bodyKeyOf(contentText);
        return prepared.slots.find((slot) => slot.outcome?.bodyKey === key)?.file ?? null;
      },
      slugs,
    };
  };
  const usable = cacheDir !== null && cacheDirProblem(cacheDir) === null;
  return usable ? withBuildLockSync(cacheDir, () => read(cacheDir)) : read(null);
}
