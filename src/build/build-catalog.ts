// The build: a curated folder -> articles and every problem found on the way.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { assembleCatalog, type AssembledCatalog, type CatalogArticle } from '../catalog/assemble.ts';
import type { FileDates } from '../ingest/ingest-file.ts';
import { ArticleError, type Problem } from '../ingest/problem.ts';
import { readSite, SITE_FILE } from '../ingest/site-config.ts';
import { DEFAULT_SITE, type Site } from '../site.ts';
import type { Collection, CollectionDefaults } from '../collections/collection.ts';
import { folderCollections } from '../collections/folder-collections.ts';
import { BuildCache, type FileOutcome } from './build-cache.ts';
import { buildVersion } from './build-version.ts';
import { crossCheck, type Built } from './cross-checks.ts';
import { futureDateCheck } from './date-checks.ts';
import { toIso } from '../ingest/dates.ts';
import { datesFromMtime, gitDates } from './file-dates.ts';
import { dependenciesUnchanged, unusedImages } from './image-files.ts';
import { readAndIngest } from './ingest-one.ts';
import type { FileJob, FileResult } from './parallel-protocol.ts';
import { scanFolder, type FolderScan } from './folder-scan.ts';
import { shownPath } from './list-files.ts';
import { readStable, type Fingerprint } from './read-stable.ts';
import { isWriteError, writeErrorReason } from './write-errors.ts';

export interface BuildOptions {
  /** Reuse what earlier builds made of unchanged files (the cache is always refreshed). */
  useCache?: boolean;
  /** Where the cache lives (the CLI uses defaultCacheDir()); none by default. */
  cacheDir?: string | null;
  /** Dates more than a day after this are errors. */
  now?: Date;
  /** Called after each file that had to be read and cleaned. */
  onProgress?: (done: number, total: number) => void;
  /** The folder as listed and stat'ed just before (scanFolder), so it is not done twice. */
  scan?: FolderScan;
}

export interface BuildResult {
  catalog: AssembledCatalog;
  problems: Problem[];
  drafts: number;
  files: number;
  /** Files and folders never read by their name (`_x`, `.x`, README.md), for the build to list. */
  skipped: string[];
  /** Files taken from the cache, and files read and cleaned. */
  cached: number;
  read: number;
  cache: BuildCache | null;
  /** Articles dated after the build, soonest first: built, shown once their date has passed. */
  scheduled: ScheduledArticle[];
  /** Some article is dated after the build: building again later can give another result. */
  dependsOnClock: boolean;
}

export interface ScheduledArticle {
  file: string;
  slug: string;
  published: string;
}

export function openCache(dir: string, site: Site, cacheDir: string | null, useCache: boolean, collections: readonly Collection[] = []): BuildCache | null {
  if (cacheDir === null) return null;
  // Each collection's full_text default changes what its articles become.
  const defaults = JSON.stringify(collections.map((c) => [c.name, c.fullText]));
  return BuildCache.open(cacheDir, [buildVersion(), dir, process.cwd(), JSON.stringify(site), defaults], useCache);
}

/** A build half done: every file listed and looked up in the cache; `misses` still to be read. */
export interface PreparedBuild {
  dir: string;
  site: Site;
  collections: Collection[];
  now: Date;
  problems: Problem[];
  files: number;
  skipped: string[];
  /** The image files of the folder, to name those no article uses. */
  images: string[];
  /** One slot per file in listing order, so cached and fresh results combine exactly as a cold build would. */
  slots: Slot[];
  misses: number[];
  gitDates: ReadonlyMap<string, FileDates>;
  dates: (path: string, mtimeMs: number) => FileDates;
  cache: BuildCache | null;
}

export interface Slot {
  path: string;
  file: string;
  collection: CollectionDefaults | null;
  /** When the file came to the folder (git first, else mtime): of two copies of one article, the older keeps it. */
  arrived?: FileDates;
  /** Its size and time when listed. */
  listed?: Fingerprint;
  outcome: FileOutcome | null;
  error?: string;
}

export function buildCatalog(dir: string, options: BuildOptions = {}): BuildResult {
  const prepared = prepareBuild(dir, options);
  if (!('slots' in prepared)) return prepared;
  let read = 0;
  for (const index of prepared.misses) {
    readSlot(prepared, index);
    options.onProgress?.(++read, prepared.misses.length);
  }
  return completeBuild(prepared);
}

/** Lists the folder and takes what it can from the cache; a broken site.yaml ends the build here. */
export function prepareBuild(dir: string, options: BuildOptions = {}): PreparedBuild | BuildResult {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ArticleError(`${dir}: the curated folder does not exist; create it or set CURATED_DIR`);
  }
  // Problems in site.yaml are reported with the articles' and never stop them being checked.
  const settings = readSite(dir);
  const site = settings.site;
  const siteFile = shownPath(join(dir, SITE_FILE));
  const problems: Problem[] = settings.problems.map((p) => ({ file: siteFile, ...p }));
  const scan = options.scan?.dir === dir ? options.scan : scanFolder(dir);
  const listing = scan.listing;
  problems.push(...listing.problems);
  const folders = folderCollections(listing.collectionFolders, listing.files);
  problems.push(...folders.problems);
  const git = gitDates(dir, scan.gitLog);
  const dates = (path: string, mtimeMs: number) => git.get(path) ?? datesFromMtime(mtimeMs);
  const cache = openCache(dir, site, options.cacheDir ?? null, options.useCache ?? true, folders.collections);
  const slots: Slot[] = [];
  const misses: number[] = [];
  for (const path of listing.files) {
    const file = shownPath(path);
    const collection = folders.of(path);
    const stat = scan.stats.get(path)!;
    if (stat instanceof Error) {
      slots.push({ file, path, collection, outcome: null, error: `cannot be read (${stat.code}); check the file` });
      continue;
    }
    const arrived = dates(path, stat.mtimeMs);
    let hit = cache?.lookup(file, stat, arrived, () => {
      const again = readStable(path);
      return 'bytes' in again ? again.bytes : null;
    });
    // An article is read again when an image it names changed, appeared or went.
    if (hit?.imageFiles && !dependenciesUnchanged(hit.imageFiles)) hit = null;
    if (!hit) misses.push(slots.length);
    slots.push({ file, path, collection, outcome: hit ?? null, arrived, listed: { size: stat.size, mtimeMs: stat.mtimeMs } });
  }
  return { dir, site, collections: folders.collections, now: options.now ?? new Date(), problems, files: listing.files.length, skipped: listing.skipped, images: listing.images, slots, misses, gitDates: git, dates, cache };
}

/** What a thread needs to read slot `index`. */
export function jobFor(prepared: PreparedBuild, index: number): FileJob {
  const slot = prepared.slots[index]!;
  const job: FileJob = { index, path: slot.path, file: slot.file, root: prepared.dir, gitDates: prepared.gitDates.get(slot.path) ?? null, collection: slot.collection };
  return slot.listed ? { ...job, listed: slot.listed } : job;
}

/** Puts a file's outcome, read on whichever thread, into its slot and the cache. */
export function applyResult(prepared: PreparedBuild, result: FileResult): void {
  const slot = prepared.slots[result.index]!;
  if ('error' in result) {
    slot.error = result.error;
    return;
  }
  slot.outcome = result.outcome;
  prepared.cache?.store(slot.file, result.fingerprint, result.hash, result.dates, result.outcome);
}

/** Reads and cleans one file the cache did not have, on this thread. */
export function readSlot(prepared: PreparedBuild, index: number): void {
  applyResult(prepared, readAndIngest(jobFor(prepared, index), prepared.site));
}

/** Every slot filled: the checks across files, the catalog, and the cache saved for next time. */
export function completeBuild(prepared: PreparedBuild): BuildResult {
  const { problems, slots, now, cache } = prepared;
  const built: Built<CatalogArticle>[] = [];
  const futureDates = futureDateCheck(now);
  const cut = toIso(now);
  let drafts = 0;
  let dependsOnClock = false;
  for (const { file, outcome, error, arrived } of slots) {
    if (error) problems.push({ file, line: 1, severity: 'error', message: error });
    if (!outcome) continue;
    problems.push(...outcome.problems);
    if (outcome.draft) drafts++;
    if (!outcome.article || !outcome.bodyKey) continue;
    const future = futureDates(file, outcome.article, outcome.dateLines);
    if (future.length || outcome.article.published > cut || outcome.article.updated > cut) dependsOnClock = true;
    problems.push(...future);
    if (!future.some((p) => p.severity === 'error')) built.push({ path: file, article: outcome.article, bodyKey: outcome.bodyKey, ...(arrived ? { arrived } : {}) });
  }
  const checked = crossCheck(built);
  problems.push(...checked.problems);
  const scheduled = checked.kept
    .filter((b) => b.article.published > cut)
    .map((b) => ({ file: b.path, slug: b.article.slug, published: b.article.published }))
    .sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0));
  try {
    cache?.save();
  } catch (err) {
    // The cache only saves time: a full or read-only cache folder must not fail the build.
    if (!isWriteError(err)) throw err;
    const message = `cannot write the build cache: ${writeErrorReason(err)}; this build is not slowed, the next one reads every file again`;
    problems.push({ file: shownPath(err.path ?? '.cache'), line: 1, severity: 'warning', message });
  }
  const catalog = assembleCatalog(prepared.site, checked.kept.map((b) => b.article), prepared.collections);
  problems.push(...unusedImages(prepared.images, catalog.images));
  return {
    catalog,
    problems,
    drafts,
    files: prepared.files,
    skipped: prepared.skipped,
    cached: slots.length - prepared.misses.length,
    read: prepared.misses.length,
    cache,
    scheduled,
    dependsOnClock,
  };
}
