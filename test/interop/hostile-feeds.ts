// The hostile folder built, published and served: its three feeds and what its catalog says.
import { fileURLToPath } from 'node:url';
import { createApp } from '../../src/app.ts';
import { buildCatalog } from '../../src/build/build-catalog.ts';
import { publish } from '../node/support/site.ts';
import type { Feeds } from './reader-views.ts';

export const HOSTILE_DIR = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));

export async function servedFeeds(dir = HOSTILE_DIR, base = 'http://reader.test') {
  const built = buildCatalog(dir);
  const errors = built.problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`${dir} does not build: ${errors.map((p) => `${p.file}:${p.line}: ${p.message}`).join('; ')}`);
  const { reader } = publish(built);
  const app = createApp(() => reader);
  const get = async (path: string) => (await app.request(`${base}${path}`)).text();
  const feeds: Feeds = { rss: await get('/feed.xml'), atom: await get('/atom.xml'), json: await get('/feed.json') };
  return { catalog: built.catalog, base: built.catalog.site.url ?? base, feeds };
}
