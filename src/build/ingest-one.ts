// One file through the ingest pipeline, in the shape the build and its cache keep.
import type { FileOutcome } from './build-cache.ts';
import { toCatalogArticle } from '../catalog/assemble.ts';
import { bodyKeyOf } from './cross-checks.ts';
import { ingestFile, type FileDates } from '../ingest/ingest-file.ts';
import type { Site } from '../site.ts';

export function ingestOne(file: string, bytes: Uint8Array, dates: FileDates, site: Site): FileOutcome {
  const outcome = ingestFile({ path: file, bytes, dates }, site);
  // Hashed here, in whichever thread read the file, so the main thread only places it in a pack.
  const article = outcome.article ? toCatalogArticle(outcome.article) : null;
  return {
    draft: outcome.draft,
    problems: outcome.problems,
    article,
    bodyKey: outcome.article ? bodyKeyOf(outcome.article.contentText) : null,
    ...(outcome.dateLines ? { dateLines: outcome.dateLines } : {}),
  };
}
