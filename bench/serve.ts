// `npm run bench:serve [-- N]`: what one request costs the Worker's code path at N articles
// (10,000 by default): the app answering from a built catalog in memory, per route, in ms of
// one thread. Cloudflare's free plan allows 10 ms of CPU per request.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app.ts';
import { buildCatalog } from '../src/build/build-catalog.ts';
import { packBytes } from '../src/catalog/assemble.ts';
import { sliceBody } from '../src/catalog/format.ts';
import type { CatalogStore } from '../src/catalog/store.ts';
import { writeSyntheticArticles } from './build/synthetic.ts';

const n = Number(process.argv[2] ?? 10_000);
const ROUNDS = 200;
const dir = mkdtempSync(join(tmpdir(), 'bench-serve-'));
writeSyntheticArticles(dir, 0, n);
const built = buildCatalog(dir);
rmSync(dir, { recursive: true, force: true });

// Packs as the Worker holds them after reading an asset: bytes, decoded per body on demand.
const packs = new Map([...built.catalog.packs].map(([file, pack]) => [file, packBytes(pack)]));
const store: CatalogStore = {
  load: async () => built.catalog,
  body: async (entry) => sliceBody(packs.get(entry.body.file)!, entry.body),
};
const app = createApp(() => store);
const tag = built.catalog.tags[0]!.slug;
const slug = built.catalog.articles[Math.floor(n / 2)]!.slug;
const routes = ['/feed.xml', '/atom.xml', '/feed.json', '/feed.xml?limit=100', `/tags/${tag}/atom.xml`, `/articles/${slug}`, '/', `/tags/${tag}`];

console.log(`${n} articles, ${ROUNDS} requests a route after a warm-up; ms a request (mean, and the slowest)`);
console.log(`${'route'.padEnd(28)}${'mean ms'.padEnd(10)}${'max ms'.padEnd(10)}bytes`);
for (const route of routes) {
  const get = () => app.request(`https://bench.example${route}`);
  for (let i = 0; i < 20; i++) await (await get()).text();
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    bytes = (await (await get()).text()).length;
    times.push(performance.now() - started);
  }
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(`${route.padEnd(28)}${mean.toFixed(2).padEnd(10)}${Math.max(...times).toFixed(2).padEnd(10)}${bytes}`);
}
const etag = (await app.request('https://bench.example/feed.xml')).headers.get('etag')!;
const started = performance.now();
for (let i = 0; i < ROUNDS; i++) await app.request('https://bench.example/feed.xml', { headers: { 'If-None-Match': etag } });
console.log(`${'/feed.xml answered 304'.padEnd(28)}${((performance.now() - started) / ROUNDS).toFixed(2)}`);
