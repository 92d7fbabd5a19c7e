// The build's own version: a hash of its source and of the locked dependency versions, so cached
// results are thrown away whenever the code that made them could have changed. Run from its
// bundle (bin/curate.mjs), the version is the hash of the bundle, handed over in the environment.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const LOCK = join(SRC, '..', 'package-lock.json');
/** Bump to invalidate every cache when the cache's own layout changes. */
const CACHE_LAYOUT = 2;

let version: string | null = null;

export function buildVersion(): string {
  if (version) return version;
  if (process.env.CURATE_BUILD_VERSION) return (version = process.env.CURATE_BUILD_VERSION);
  const hash = createHash('sha256').update(`layout ${CACHE_LAYOUT}\n`);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) hash.update(`${path.slice(SRC.length)}\n`).update(readFileSync(path));
    }
  };
  walk(SRC);
  if (existsSync(LOCK)) hash.update(readFileSync(LOCK));
  version = hash.digest('hex').slice(0, 32);
  return version;
}
