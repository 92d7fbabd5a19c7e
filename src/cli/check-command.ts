// `curate check`: every problem of the curated folder at once, as `FILE:LINE: reason`; writes nothing
// but the build cache. The build runs the very same checks.
import { defaultCacheDir } from '../build/build-cache.ts';
import { buildCatalog, type BuildResult } from '../build/build-catalog.ts';
import { withBuildLockSync } from '../build/build-lock.ts';
import { ArticleError } from '../ingest/problem.ts';
import { curatedDir } from '../paths.ts';
import { progressReporter } from './progress.ts';
import { countErrors, elapsed, printProblems, printScheduled, printSkipped, summarise } from './report.ts';

export interface CheckOptions {
  dir?: string;
  /** Where the cache lives; null: none. Defaults to .cache/build. */
  cacheDir?: string | null;
  now?: Date;
}

export function runCheck(options: CheckOptions = {}): number {
  const started = performance.now();
  const dir = options.dir ?? curatedDir();
  let result: BuildResult;
  try {
    const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
    const check = () =>
      buildCatalog(dir, { cacheDir, onProgress: progressReporter('checking'), ...(options.now ? { now: options.now } : {}) });
    result = cacheDir === null ? check() : withBuildLockSync(cacheDir, check);
  } catch (err) {
    if (!(err instanceof ArticleError)) throw err;
    console.error(err.message);
    return 1;
  }
  printSkipped(result.skipped);
  printProblems(result.problems);
  printScheduled(result);
  const errors = countErrors(result.problems);
  console.error(`${errors ? 'check failed' : 'checked'}: ${result.files} files, ${summarise(result)} (${elapsed(started)})`);
  return errors ? 1 : 0;
}
