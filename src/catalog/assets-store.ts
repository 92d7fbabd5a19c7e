// The catalog on Cloudflare Workers: the index is bundled with the script, body packs are static assets.
import { packPath, sliceBody, type Catalog } from './format.ts';
import { packCache } from './pack-cache.ts';
import type { CatalogStore } from './store.ts';

export interface AssetsBinding {
  fetch(input: Request | string): Promise<Response>;
}

export function assetsStore(catalog: Catalog, assets: AssetsBinding): CatalogStore {
  const pack = packCache(async (file) => {
    const response = await assets.fetch(`https://assets.local/${packPath(file)}`);
    if (!response.ok) throw new Error(`body pack ${file} is missing from the assets (${response.status})`);
    return new Uint8Array(await response.arrayBuffer());
  });
  return {
    load: async () => catalog,
    body: async (entry) => sliceBody(await pack(entry.body.file), entry.body),
  };
}
