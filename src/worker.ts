// Cloudflare Workers entry: the index is bundled with the script, bodies come from static assets.
import catalogJson from '../.catalog/catalog.json';
import { createApp } from './app.ts';
import { assetsStore, type AssetsBinding } from './catalog/assets-store.ts';
import type { Catalog } from './catalog/format.ts';

interface Env {
  ASSETS: AssetsBinding;
}

const catalog = catalogJson as unknown as Catalog;
export default createApp((env: Env) => assetsStore(catalog, env.ASSETS));
