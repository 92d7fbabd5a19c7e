// `curate build`: curated/ -> .catalog/, refusing to replace a good catalog with a broken one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildResult } from '../build/build-catalog.ts';
import { withBuildLock } from '../build/build-lock.ts';
import { buildCatalogInParallel } from '../build/build-parallel.ts';
import { defaultCacheDir } from '../build/build-cache.ts';
import { buildVersion } from '../build/build-version.ts';
import { LastBuildNote } from '../build/last-build.ts';
import { THREADS_FROM } from '../catalog/document-threads.ts';
import { SourceChangedError, writeCatalog } from '../catalog/write-catalog.ts';
import { shownPath } from '../build/list-files.ts';
import { cacheDirProblem, describeWriteError, isWriteError, removeLeftovers } from '../build/write-errors.ts';
import { CATALOG_FILE } from '../catalog/format.ts';
import { ArticleError } from '../ingest/problem.ts';
import { SITE_FILE } from '../ingest/site-config.ts';
import { catalogDir, curatedDir } from '../paths.ts';
import { progressReporter } from './progress.ts';
import { cacheNote, countErrors, elapsed, printProblems, printSkipped, summarise } from './report.ts';

export interface BuildCommandOptions {
  /** Write the good articles even when some files have errors (local serving); deploys never do. */
  allowErrors: boolean;
  /** Replace a catalog that had articles with one that has none (otherwise refused). */
  allowEmpty?: boolean;
  /** A build for deploying: site.yaml must set `url`. */
  deploy?: boolean;
  /** Ignore what earlier builds cached (the cache is refreshed all the same). */
  noCache?: boolean;
  /** Where the cache lives; null: none. Defaults to .cache/build. */
  cacheDir?: string | null;
}

/** Builds and writes the catalog; returns the result (null when the folder cannot be read at all) and an exit status. */
export async function buildAndWrite(options: BuildCommandOptions): Promise<{ status: number; result: BuildResult | null }> {
  let cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  // The cache only saves time: a folder it cannot be written to means a slower build, not none.
  const unusable = cacheDir === null ? null : cacheDirProblem(cacheDir);
  if (unusable) {
    console.error(`warning: ${unusable}`);
    cacheDir = null;
  }
  return cacheDir === null ? buildAndWriteUnlocked(options, null) : withBuildLock(cacheDir, () => buildAndWriteUnlocked(options, cacheDir));
}

/**
 * Builds unless nothing the last build read or wrote has changed since (then the result is null and
 * what it printed is printed again); with --no-cache, always (and notes it for the next build).
 */
async function buildAndWriteUnlocked(options: BuildCommandOptions, cacheDir: string | null): Promise<{ status: number; result: BuildResult | null }> {
  const started = performance.now();
  const key = JSON.stringify([buildVersion(), options.allowErrors, options.allowEmpty ?? false, options.deploy ?? false]);
  const last = cacheDir === null ? null : new LastBuildNote(cacheDir, curatedDir(), catalogDir(), key);
  const report = options.noCache ? null : last?.unchanged();
  if (report) {
    printSkipped(report.skipped);
    printProblems(report.problems);
    console.error(`built ${report.summary} in ${elapsed(started)}${report.tail}`);
    return { status: 0, result: null };
  }
  if (cacheDir !== null) saveQuietly(() => last?.forget());
  let result: BuildResult;
  try {
    result = await buildCatalogInParallel(curatedDir(), {
      useCache: !options.noCache,
      onProgress: progressReporter('reading'),
      cacheDir,
      ...(last?.scan ? { scan: last.scan } : {}),
    });
  } catch (err) {
    if (err instanceof ArticleError) console.error(err.message);
    else if (isWriteError(err)) console.error(describeWriteError(err, cacheDir ?? '.', 'free space or fix the folder, or point CURATE_CACHE_DIR elsewhere'));
    else throw err;
    return { status: 1, result: null };
  }
  printSkipped(result.skipped);
  printProblems(result.problems);
  const errors = countErrors(result.problems);
  const kept = `the previous catalog is left as it was`;
  if (errors > 0 && !options.allowErrors) {
    console.error(`build failed: ${summarise(result)} (${elapsed(started)}); ${kept}`);
    return { status: 1, result };
  }
  if (options.deploy && result.catalog.site.url === null) {
    console.error(`${shownPath(join(curatedDir(), SITE_FILE))}: \`url\` is not set; set it to the site's public address (url: https://…) before deploying: article ids are made from it; ${kept}`);
    return { status: 1, result };
  }
  const dir = catalogDir();
  const previous = result.catalog.articleCount === 0 && !options.allowEmpty ? articlesIn(dir) : 0;
  if (previous > 0) {
    console.error(
      `${shownPath(curatedDir())}: has no articles, and the catalog in ${shownPath(dir)} has ${previous}; ${kept}. ` +
        'Check CURATED_DIR, or build with --allow-empty (npm run build -- --allow-empty) to publish an empty site',
    );
    return { status: options.allowErrors ? 0 : 1, result };
  }
  let written: number;
  try {
    written = writeCatalog(dir, result.catalog, {
      verify: options.noCache ? 'full' : 'quick',
      codeVersion: buildVersion(),
      parallel: { threads: 3, from: THREADS_FROM },
      onRepair: (path) => console.error(`${join(dir, path)}: damaged since the last build; written again`),
    });
  } catch (err) {
    if (err instanceof SourceChangedError) {
      removeLeftovers(dir);
      console.error(`${err.message}; ${kept}`);
      return { status: 1, result };
    }
    if (!isWriteError(err)) throw err;
    removeLeftovers(dir);
    console.error(`${describeWriteError(err, dir)}; temporary and unpublished files were removed, build again once fixed`);
    return { status: 1, result };
  }
  const unchanged = written === 0;
  saveQuietly(() => result.cache?.close());
  const note = errors ? ': files with errors are left out until fixed' : unchanged ? ': nothing changed' : '';
  console.error(`built ${summarise(result)} in ${elapsed(started)}${cacheNote(result)}${note}`);
  if (last && !result.dependsOnClock) {
    // Built again unchanged, the same files would all come from the cache.
    const tail = `${result.files ? ` (${result.files} unchanged, 0 read)` : ''}${errors ? note : ': nothing changed'}`;
    saveQuietly(() => last.remember({ skipped: result.skipped, problems: result.problems, summary: summarise(result), tail }));
  }
  return { status: 0, result };
}

/** The cache is only an optimisation: failing to write it is worth a warning, never a failed build. */
function saveQuietly(write: () => void): void {
  try {
    write();
  } catch (err) {
    if (!isWriteError(err)) throw err;
    console.error(`warning: ${describeWriteError(err, defaultCacheDir(), 'the next build reads every file again')}`);
  }
}

/** How many articles the catalog in `dir` holds (0 when there is none, or it cannot be read). */
function articlesIn(dir: string): number {
  try {
    const catalog = JSON.parse(readFileSync(join(dir, CATALOG_FILE), 'utf8')) as { articles?: unknown };
    return Array.isArray(catalog.articles) ? catalog.articles.length : 0;
  } catch {
    return 0;
  }
}

export async function runBuild(options: BuildCommandOptions): Promise<number> {
  return (await buildAndWrite(options)).status;
}
