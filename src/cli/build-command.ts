// `curate build`: curated/ -> .catalog/, refusing to replace a good catalog with a broken one.
import { join } from 'node:path';
import type { BuildResult } from '../build/build-catalog.ts';
import { withBuildLock } from '../build/build-lock.ts';
import { buildCatalogInParallel } from '../build/build-parallel.ts';
import { defaultCacheDir } from '../build/build-cache.ts';
import { buildVersion } from '../build/build-version.ts';
import { writeCatalog } from '../catalog/write-catalog.ts';
import { ArticleError } from '../ingest/problem.ts';
import { catalogDir, curatedDir } from '../paths.ts';
import { progressReporter } from './progress.ts';
import { cacheNote, countErrors, elapsed, printProblems, summarise } from './report.ts';

export interface BuildCommandOptions {
  /** Write the good articles even when some files have errors (local serving); deploys never do. */
  allowErrors: boolean;
  /** Ignore what earlier builds cached (the cache is refreshed all the same). */
  noCache?: boolean;
  /** Where the cache lives; null: none. Defaults to .cache/build. */
  cacheDir?: string | null;
}

/** Builds and writes the catalog; returns the result (null when the folder cannot be read at all) and an exit status. */
export async function buildAndWrite(options: BuildCommandOptions): Promise<{ status: number; result: BuildResult | null }> {
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  return cacheDir === null ? buildAndWriteUnlocked(options, null) : withBuildLock(cacheDir, () => buildAndWriteUnlocked(options, cacheDir));
}

async function buildAndWriteUnlocked(options: BuildCommandOptions, cacheDir: string | null): Promise<{ status: number; result: BuildResult | null }> {
  const started = performance.now();
  let result: BuildResult;
  try {
    result = await buildCatalogInParallel(curatedDir(), {
      useCache: !options.noCache,
      onProgress: progressReporter('reading'),
      cacheDir,
    });
  } catch (err) {
    if (!(err instanceof ArticleError)) throw err;
    console.error(err.message);
    return { status: 1, result: null };
  }
  printProblems(result.problems);
  const errors = countErrors(result.problems);
  if (errors > 0 && !options.allowErrors) {
    console.error(`build failed: ${summarise(result)} (${elapsed(started)}); the previous catalog is left as it was`);
    return { status: 1, result };
  }
  const dir = catalogDir();
  const written = writeCatalog(dir, result.catalog, {
    verify: options.noCache ? 'full' : 'quick',
    codeVersion: buildVersion(),
    onRepair: (path) => console.error(`${join(dir, path)}: damaged since the last build; written again`),
  });
  const unchanged = written === 0;
  result.cache?.close();
  const note = errors ? ': files with errors are left out until fixed' : unchanged ? ': nothing changed' : '';
  console.error(`built ${summarise(result)} in ${elapsed(started)}${cacheNote(result)}${note}`);
  return { status: 0, result };
}

export async function runBuild(options: BuildCommandOptions): Promise<number> {
  return (await buildAndWrite(options)).status;
}
