// One file through the ingest pipeline, in the shape the build and its cache keep.
import { contentHash, type FileOutcome } from './build-cache.ts';
import { datesFromMtime } from './file-dates.ts';
import type { FileJob, FileResult } from './parallel-protocol.ts';
import { readStable } from './read-stable.ts';
import { toCatalogArticle } from '../catalog/assemble.ts';
import { bodyKeyOf } from './cross-checks.ts';
import { ingestFile, type FileDates } from '../ingest/ingest-file.ts';
import type { Site } from '../site.ts';
import { ImageFiles } from './image-files.ts';
import type { CollectionDefaults } from '../collections/collection.ts';

export function ingestOne(file: string, bytes: Uint8Array, dates: FileDates, site: Site, images?: ImageFiles, collection: CollectionDefaults | null = null): FileOutcome {
  const outcome = ingestFile({ path: file, bytes, dates, collection, ...(images ? { images } : {}) }, site);
  // Hashed here, in whichever thread read the file, so the main thread only places it in a pack.
  const article = outcome.article ? toCatalogArticle(outcome.article, images ? [...images.published.values()] : []) : null;
  return {
    draft: outcome.draft,
    problems: outcome.problems,
    article,
    bodyKey: outcome.article ? bodyKeyOf(outcome.article.contentText) : null,
    ...(outcome.dateLines ? { dateLines: outcome.dateLines } : {}),
    ...(images?.dependencies.length ? { imageFiles: images.dependencies } : {}),
  };
}

/** Reads one file and cleans it: the same on the main thread and in a worker thread. */
export function readAndIngest(job: FileJob, site: Site): FileResult {
  const got = readStable(job.path, undefined, job.listed);
  if ('error' in got) return { index: job.index, error: got.error };
  const dates = job.gitDates ?? datesFromMtime(got.fingerprint.mtimeMs);
  return { index: job.index, fingerprint: got.fingerprint, hash: contentHash(got.bytes), dates, outcome: ingestOne(job.file, got.bytes, dates, site, new ImageFiles(job.root, job.path), job.collection) };
}
