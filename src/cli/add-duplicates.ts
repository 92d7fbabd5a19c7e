// Is the article `curate add` was given already in the folder? Read as the build reads the folder
// (through its cache when it can), so the answer is the one the build's own check would give.
import { defaultCacheDir } from '../build/build-cache.ts';
import { prepareBuild, readSlot } from '../build/build-catalog.ts';
import { withBuildLockSync } from '../build/build-lock.ts';
import { bodyKeyOf } from '../build/cross-checks.ts';
import { cacheDirProblem } from '../build/write-errors.ts';

/** The file (as messages show it) already holding an article with this plain text, if any. */
export function fileHoldingBody(dir: string, contentText: string, cacheDir: string | null = defaultCacheDir()): string | null {
  const key = bodyKeyOf(contentText);
  const find = (cache: string | null) => {
    const prepared = prepareBuild(dir, { cacheDir: cache });
    if (!('slots' in prepared)) return null;
    for (const index of prepared.misses) readSlot(prepared, index);
    prepared.cache?.save();
    prepared.cache?.close();
    return prepared.slots.find((slot) => slot.outcome?.bodyKey === key)?.file ?? null;
  };
  const usable = cacheDir !== null && cacheDirProblem(cacheDir) === null;
  return usable ? withBuildLockSync(cacheDir, () => find(cacheDir)) : find(null);
}
