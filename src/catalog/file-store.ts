// The catalog as files on disk (Node). Re-read when the build replaces it, so a running
// server serves a rebuild without a restart.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CATALOG_FILE, packPath, sliceBody, type Catalog } from './format.ts';
import { packCache } from './pack-cache.ts';
import type { CatalogStore } from './store.ts';

export function fileStore(dir: string): CatalogStore {
  let cached: { mtimeMs: number; catalog: Catalog } | null = null;
  const pack = packCache((file) => readFile(join(dir, packPath(file))));
  return {
    async load() {
      const path = join(dir, CATALOG_FILE);
      const { mtimeMs } = await stat(path);
      if (cached?.mtimeMs !== mtimeMs) cached = { mtimeMs, catalog: JSON.parse(await readFile(path, 'utf8')) as Catalog };
      return cached.catalog;
    },
    body: async (entry) => sliceBody(await pack(entry.body.file), entry.body),
  };
}
