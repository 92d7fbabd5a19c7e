// `npm run bench:render`: what rendering costs, for what is still rendered on request (`?limit=`
// feeds, put together from the items the build wrote) and for the full renderer (renderFeed, items
// and all): each format on 50 synthetic articles (600 words) beside the `feed`
// library's raw output of the same items (no escaping fixes, no extra fields), CPU ms per
// document, median of RUNS (5) runs of 200.
import { Feed } from 'feed';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCatalog } from '../src/build/build-catalog.ts';
import { packBytes } from '../src/catalog/assemble.ts';
import { sliceBody } from '../src/catalog/format.ts';
import { joinLimitedFeed, renderLimitedFeed } from '../src/catalog/render-documents.ts';
import { itemFragment, type FeedFormat } from '../src/feeds/fragments.ts';
import { feedItem } from '../src/feeds/select.ts';
import { SITE_SCOPE } from '../src/feeds/listing-scope.ts';
import { writeSyntheticArticles } from './build/synthetic.ts';

const ITEMS = 50;
const RUNS = Number(process.env.RUNS ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'bench-render-'));
writeSyntheticArticles(dir, 0, ITEMS);
const { catalog } = buildCatalog(dir);
rmSync(dir, { recursive: true, force: true });
const entries = catalog.articles.slice(0, ITEMS);
const bodies = entries.map((e) => sliceBody(packBytes(catalog.packs.get(e.body.file)!), e.body));
const listing = { site: { ...catalog.site, url: 'https://bench.example' }, tags: catalog.tags, collections: catalog.collections, base: 'https://bench.example', scope: SITE_SCOPE };

// The items as the build writes them into item packs (src/catalog/prerender.ts): bytes and a hash.
const fragmentsOf = (format: FeedFormat) =>
  entries.map((e, i) => ({ bytes: Buffer.from(itemFragment(format, feedItem(e, bodies[i]!, listing.base), catalog.site)), hash: e.slug }));
const fragments = { rss: fragmentsOf('rss'), atom: fragmentsOf('atom'), json: fragmentsOf('json') };

function feedLibrary() {
  const feed = new Feed({ id: 'https://bench.example/', title: catalog.site.title, copyright: '', link: 'https://bench.example/', updated: new Date(entries[0]!.updated) });
  for (const [i, e] of entries.entries()) {
    feed.addItem({ title: e.title, id: e.id, link: `https://bench.example/articles/${e.slug}`, date: new Date(e.published), description: e.summary, content: bodies[i]! });
  }
  return feed;
}

/** CPU ms per call, median of RUNS runs. */
function cost(f: () => unknown): number {
  for (let i = 0; i < 20; i++) f();
  const runs: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const before = process.cpuUsage();
    for (let i = 0; i < 200; i++) f();
    const used = process.cpuUsage(before);
    runs.push((used.user + used.system) / 1000 / 200);
  }
  return runs.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

// Strings, as before, for the full renderer and `feed`; the ?limit= path makes the response's bytes (no string at all).
const rows: [string, FeedFormat, () => unknown][] = [
  ['RSS 2.0', 'rss', () => feedLibrary().rss2()],
  ['Atom 1.0', 'atom', () => feedLibrary().atom1()],
  ['JSON Feed 1.1', 'json', () => feedLibrary().json1()],
];
console.log(`${ITEMS} items of 600 words; CPU ms per document, median of ${RUNS} runs of 200`);
console.log('| format | ?limit= (from item packs) | full renderer | feed@6 raw output | ?limit= ÷ feed | full ÷ feed |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [name, format, theirs] of rows) {
  const request = cost(() => joinLimitedFeed(format, listing, entries, fragments[format], ITEMS));
  const full = cost(() => renderLimitedFeed(format, listing, entries, bodies, ITEMS));
  const library = cost(theirs);
  console.log(`| ${name} | ${request.toFixed(3)} | ${full.toFixed(3)} | ${library.toFixed(3)} | ${(request / library).toFixed(2)} | ${(full / library).toFixed(2)} |`);
}
