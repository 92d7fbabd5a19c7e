// Cloudflare Workers entry: the index is bundled with the script, bodies come from static assets.
import catalogJson from '../.catalog/catalog.json';
import { createApp } from './app.ts';
import { assetsStore, type AssetsBinding } from './catalog/assets-store.ts';
import type { Catalog } from './catalog/format.ts';
import type { CatalogStore } from './catalog/store.ts';

interface Env {
  ASSETS: AssetsBinding;
}

const catalog = catalogJson as unknown as Catalog;
// One store per binding, so body packs read by one request serve the next ones in this isolate.
const stores = new WeakMap<AssetsBinding, CatalogStore>();
export default createApp((env: Env) => {
  let store = stores.get(env.ASSETS);
  if (!store) stores.set(env.ASSETS, (store = assetsStore(catalog, env.ASSETS)));
  return store;
});
