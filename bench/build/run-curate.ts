// `curate` as the build benchmarks run it: a whole process on a folder of their own, timed.
import { join, resolve } from 'node:path';
import { runTimed, type Timed } from './run-timed.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CURATE = join(ROOT, 'bin', 'curate.mjs');

/** Runs `curate ARGS` on `dir`/curated, publishing to `dir`/catalog with its cache in `dir`/cache. */
export function runCurate(dir: string, args: string[]): Timed {
  const env = { CURATED_DIR: join(dir, 'curated'), CATALOG_DIR: join(dir, 'catalog'), CURATE_CACHE_DIR: join(dir, 'cache') };
  const timed = runTimed(process.execPath, ['--max-semi-space-size=32', CURATE, ...args], { cwd: ROOT, env });
  if (timed.status !== 0) throw new Error(`curate ${args.join(' ')} failed:\n${timed.stderr.slice(-2000)}`);
  return timed;
}

/** The build's own "in X s" figure: its work after start-up; null when it printed none. */
export const buildSeconds = (t: Timed): number | null => Number(/ in ([\d.]+) s/.exec(t.stderr)?.[1] ?? NaN) || null;

export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
