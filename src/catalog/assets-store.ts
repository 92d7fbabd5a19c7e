// The catalog on Cloudflare Workers: the index is bundled with the script, bodies are static assets.
import { bodyPath, type Catalog } from './format.ts';
import type { CatalogStore } from './store.ts';

export interface AssetsBinding {
  fetch(input: Request | string): Promise<Response>;
}

export function assetsStore(catalog: Catalog, assets: AssetsBinding): CatalogStore {
  return {
    load: async () => catalog,
    async body(entry) {
      const response = await assets.fetch(`https://assets.local/${bodyPath(entry)}`);
      if (!response.ok) throw new Error(`body ${entry.body} of ${entry.slug} is missing from the assets (${response.status})`);
      return response.text();
    },
  };
}
