// Which curated folder and collection one file is in, for commands given a single file (curate show).
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { SITE_FILE } from '../ingest/site-config.ts';
import { curatedDir } from '../paths.ts';
import { collectionName, type Collection } from './collection.ts';
import { readCollection } from './collection-config.ts';

/** The curated folder holding `file`: CURATED_DIR (or curated/) when it is in it, else the nearest folder above with a site.yaml, else its own folder. */
export function curatedRootOf(file: string): string {
  const path = resolve(file);
  const curated = curatedDir();
  if (path.startsWith(curated + sep)) return curated;
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (existsSync(join(dir, SITE_FILE))) return dir;
    if (dirname(dir) === dir) return dirname(path);
  }
}

/** The collection `file` is in (its top-level sub-folder of `root`), with its settings; null at the top of the folder. */
export function collectionOfFile(root: string, file: string): Collection | null {
  const parts = relative(root, resolve(file)).split(sep);
  if (parts.length < 2 || parts[0] === '..') return null;
  const name = collectionName(parts[0]!);
  return name === null ? null : readCollection(join(root, parts[0]!), name).collection;
}
