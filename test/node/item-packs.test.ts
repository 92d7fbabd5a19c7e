// `?limit=` feeds are put together from the items the build wrote (item packs): the same bytes
// the full renderer makes, validated by a hash of the items' own hashes, and rendered in full
// (with a log line naming the file and the fix) when a pack is missing or damaged.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app.ts';
import { buildCatalog } from '../../src/build/build-catalog.ts';
import { packBytes } from '../../src/catalog/assemble.ts';
import { fileSource } from '../../src/catalog/file-source.ts';
import { sliceBody, type CatalogEntry } from '../../src/catalog/format.ts';
import { ItemPack, ItemPackError, itemPackPath } from '../../src/catalog/item-packs.ts';
import { lookup } from '../../src/catalog/lookup.ts';
import { PublishedReader } from '../../src/catalog/published-reader.ts';
import { renderLimitedFeed } from '../../src/catalog/render-documents.ts';
import { writeCatalog } from '../../src/catalog/write-catalog.ts';
import type { FeedFormat } from '../../src/feeds/fragments.ts';
import { SITE_SCOPE, type ListingScope } from '../../src/feeds/listing-scope.ts';
import { RENDER_BODY_BUDGET } from '../../src/http/policy.ts';
import { curatedFolder, md } from './support/site.ts';

const FILES: Record<FeedFormat, string> = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' };
const ORIGIN = 'http://local.test:8787';

function articles(n: number, tags: (i: number) => string[] = (i) => [['Sea', 'Land', 'Air'][i % 3]!, 'All']): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const date = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    files[`${i % 3 === 1 ? 'shore/' : ''}a${String(i).padStart(3, '0')}.md`] = md({ title: `Article ${i} <b>&</b>`, date, tags: tags(i) }, `Article ${i}: a body with <em>markup</em>, & an ampersand.`);
  }
  return files;
}

function publish(dir: string) {
  const built = buildCatalog(dir);
  const out = mkdtempSync(join(tmpdir(), 'item-packs-'));
  writeCatalog(out, built.catalog);
  // A new reader per request: nothing read by one request is kept for the next.
  const app = createApp(() => new PublishedReader(fileSource(out)));
  const get = (path: string, headers: Record<string, string> = {}) => app.request(`${ORIGIN}${path}`, { headers });
  return { built, out, get };
}

/** What the full renderer makes for `?limit=N` of a listing: the newest N within the body budget. */
function expected(built: ReturnType<typeof buildCatalog>, format: FeedFormat, scope: ListingScope, entries: readonly CatalogEntry[], limit: number): string {
  const { catalog } = built;
  const chosen: CatalogEntry[] = [];
  let bytes = 0;
  for (const entry of entries.slice(0, limit)) {
    if (chosen.length && bytes + entry.body.length > RENDER_BODY_BUDGET) break;
    chosen.push(entry);
    bytes += entry.body.length;
  }
  const bodies = chosen.map((e) => sliceBody(packBytes(catalog.packs.get(e.body.file)!), e.body));
  const listing = { site: catalog.site, tags: catalog.tags, collections: catalog.collections, base: catalog.site.url ?? ORIGIN, scope };
  return renderLimitedFeed(format, listing, chosen, bodies, limit);
}

function listingsOf(built: ReturnType<typeof buildCatalog>) {
  const { catalog } = built;
  const { byTag, byCollection } = lookup(catalog);
  return [
    { scope: SITE_SCOPE, prefix: '', entries: catalog.articles },
    ...catalog.tags.map(({ slug, name }) => ({ scope: { kind: 'tag', slug, name } as ListingScope, prefix: `/tags/${slug}`, entries: byTag.get(slug)! })),
    ...catalog.collections.map(({ name, title, description }) => ({ scope: { kind: 'collection', name, title, description } as ListingScope, prefix: `/collections/${name}`, entries: byCollection.get(name)! })),
  ];
}

afterEach(() => vi.restoreAllMocks());

describe('?limit= feeds from item packs', () => {
  it('are the bytes the full renderer makes, for every listing, format and limit, with and without a site url', async () => {
    const folders = [
      curatedFolder({ ...articles(45), 'site.yaml': 'title: No url\n' }),
      curatedFolder({ ...articles(45), 'site.yaml': 'title: With url\nurl: https://feeds.example/\n' }),
      // Hostile text (CDATA ends, markup in titles, emoji, entities) and the sample folder's images, notes and summary-only articles.
      resolve('test/fixtures/hostile'),
      resolve('curated'),
    ];
    const error = vi.spyOn(console, 'error');
    let compared = 0;
    for (const dir of folders) {
      const site = publish(dir);
      for (const { scope, prefix, entries } of listingsOf(site.built)) {
        if (!entries.some((e) => e.published <= new Date().toISOString())) continue;
        const shown = entries.filter((e) => e.published <= new Date().toISOString());
        for (const format of ['rss', 'atom', 'json'] as const) {
          for (const limit of [1, 7, 37, 100]) {
            const path = `${prefix}/${FILES[format]}?limit=${limit}`;
            const res = await site.get(path);
            expect(res.status, path).toBe(200);
            expect(await res.text(), path).toBe(expected(site.built, format, scope, shown, limit));
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(150);
    // Nothing fell back to the full renderer.
    expect(error).not.toHaveBeenCalled();
  });

  it('are validated by the items they carry: the same ETag for the same feed, another when an item changes, 304 when the reader has it', async () => {
    const files: Record<string, string> = { ...articles(12), 'site.yaml': 'title: T\nurl: https://feeds.example/\n' };
    const one = publish(curatedFolder(files));
    const again = publish(curatedFolder(files));
    const edited = publish(curatedFolder({ ...files, 'a011.md': files['a011.md']!.replace('an ampersand', 'an edited ampersand') }));
    const etag = async (site: typeof one, path: string) => (await site.get(path)).headers.get('etag');
    const first = await etag(one, '/feed.xml?limit=5');
    expect(first).toMatch(/^"f[0-9a-z]+"$/);
    expect(await etag(again, '/feed.xml?limit=5')).toBe(first);
    expect(await etag(edited, '/feed.xml?limit=5')).not.toBe(first);
    // Other formats and limits are other documents.
    expect(await etag(one, '/atom.xml?limit=5')).not.toBe(first);
    expect(await etag(one, '/feed.xml?limit=6')).not.toBe(first);
    // a011 is tagged Air and All: Sea's feed does not carry it.
    expect(await etag(edited, '/tags/sea/feed.json?limit=5')).toBe(await etag(one, '/tags/sea/feed.json?limit=5'));
    const notModified = await one.get('/feed.xml?limit=5', { 'If-None-Match': first! });
    expect(notModified.status).toBe(304);
  });

  it('are rendered in full, the same bytes, with a log line naming the file and the fix, when an item pack is missing or damaged', async () => {
    const site = publish(curatedFolder({ ...articles(30), 'site.yaml': 'title: T\nurl: https://feeds.example/\n' }));
    const newest = site.built.catalog.articles[0]!;
    const file = join(site.out, itemPackPath(newest.body.file));
    const good = readFileSync(file);
    const firstLineEnd = good.indexOf(0x0a);
    const damages: [string, () => void][] = [
      ['missing', () => rmSync(file)],
      ['truncated', () => writeFileSync(file, good.subarray(0, firstLineEnd + 100))],
      ['shifted', () => writeFileSync(file, Buffer.concat([good.subarray(0, firstLineEnd + 1), Buffer.from('xx'), good.subarray(firstLineEnd + 1)]))],
      ['no index', () => writeFileSync(file, good.subarray(firstLineEnd + 1))],
      ['another format', () => writeFileSync(file, Buffer.from(good.toString('utf8').replace('"format":1', '"format":99')))],
    ];
    for (const format of ['rss', 'atom', 'json'] as const) {
      const want = expected(site.built, format, SITE_SCOPE, site.built.catalog.articles, 10);
      for (const [name, damage] of damages) {
        writeFileSync(file, good);
        damage();
        const error = vi.spyOn(console, 'error').mockImplementation(() => {});
        const res = await site.get(`/${FILES[format]}?limit=10`);
        expect(res.status, name).toBe(200);
        expect(await res.text(), `${format}, ${name}`).toBe(want);
        expect(error, name).toHaveBeenCalledOnce();
        const line = String(error.mock.calls[0]![0]);
        expect(line, name).toContain(itemPackPath(newest.body.file));
        expect(line, name).toContain('npm run build');
        error.mockRestore();
      }
    }
  });

  it('say which file is wrong and what to run', () => {
    expect(() => ItemPack.parse(null, 'items/1-abc.items')).toThrow(new ItemPackError('items/1-abc.items is missing from the published files: run `npm run build`'));
    expect(() => ItemPack.parse(new TextEncoder().encode('not json\n<item></item>'), 'items/1-abc.items')).toThrow(/items\/1-abc\.items has no index .*run `npm run build`/);
    const pack = ItemPack.parse(new TextEncoder().encode(`${JSON.stringify({ format: 1, items: { a: [0, 13, 13, 15, 28, 2, 'h'] } })}\n<item></item><entry></entry>{}`), 'items/p.items');
    expect(new TextDecoder().decode(pack.fragment('a', 'atom').bytes)).toBe('<entry></entry>');
    expect(() => pack.fragment('b', 'rss')).toThrow(/items\/p\.items holds no items of article "b"/);
    expect(() => pack.fragment('constructor', 'rss')).toThrow(ItemPackError);
  });

  it('are written only for the articles some listing’s ?limit= feed can list (the newest 100 of each)', () => {
    // All at the top of the folder: no collection lists the older ones.
    const files = Object.entries(articles(130, (i) => (i === 0 ? ['Rare', 'All'] : ['All']))).map(([name, text]) => [name.replace('shore/', ''), text]);
    const site = publish(curatedFolder({ ...Object.fromEntries(files), 'site.yaml': 'title: T\nurl: https://feeds.example/\n' }));
    const held = new Set<string>();
    for (const name of readdirSync(join(site.out, 'items'))) {
      const bytes = readFileSync(join(site.out, 'items', name));
      for (const slug of Object.keys(JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString()).items)) held.add(slug);
    }
    const slugs = site.built.catalog.articles.map((e) => e.slug);
    // The newest 100, and a000, the only article tagged Rare.
    expect([...held].sort()).toEqual([...slugs.slice(0, 100), 'a000'].sort());
  });
});
