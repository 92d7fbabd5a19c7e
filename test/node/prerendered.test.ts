// Prerendered documents: served as the build wrote them, identical to what the renderers make,
// validated without being read, paged as RFC 5005 paged feeds, none over 1 MB.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { buildCatalog } from '../../src/build/build-catalog.ts';
import { packBytes } from '../../src/catalog/assemble.ts';
import type { AssetSource } from '../../src/catalog/asset-source.ts';
import { sliceBody, type CatalogEntry } from '../../src/catalog/format.ts';
import { SITE_SCOPE, type ListingScope } from '../../src/feeds/listing-scope.ts';
import { fileSource } from '../../src/catalog/file-source.ts';
import { lookup } from '../../src/catalog/lookup.ts';
import { pageCount, pageLinks, pageRange, paginate } from '../../src/catalog/pages.ts';
import { PublishedReader } from '../../src/catalog/published-reader.ts';
import { DOCUMENT_FILES } from '../../src/catalog/published.ts';
import { renderLimitedFeed, renderPageDocument } from '../../src/catalog/render-documents.ts';
import { writeCatalog } from '../../src/catalog/write-catalog.ts';
import { RENDER_BODY_BUDGET } from '../../src/http/policy.ts';
import { curatedFolder, md } from './support/site.ts';
import { all, parseXml } from './support/xml.ts';

const TAGS = ['Sea', 'Land', 'Air'];
function articles(n: number, words = 30): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const date = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const body = Array.from({ length: words }, (_, w) => `word${i}x${w}`).join(' ');
    // Every third article is in the collection shore/: its listing is paged like the others.
    files[`${i % 3 === 1 ? 'shore/' : ''}a${String(i).padStart(3, '0')}.md`] = md({ title: `Article ${i}`, date, tags: [TAGS[i % 3], 'All'] }, `Article ${i}: ${body}.`);
  }
  return files;
}

function serve(files: Record<string, string>) {
  const built = buildCatalog(curatedFolder(files));
  const out = mkdtempSync(join(tmpdir(), 'prerendered-'));
  writeCatalog(out, built.catalog);
  const reads: string[] = [];
  const inner = fileSource(out);
  const source: AssetSource = { read: (path) => (reads.push(path), inner.read(path)), generation: inner.generation! };
  const app = createApp(() => new PublishedReader(source));
  return { built, out, reads, app };
}

describe('prerendered documents', () => {
  it('are the bytes the renderers make, for every page of every listing, with and without a site url', async () => {
    for (const site of ['title: No url\n', 'title: With url\nurl: https://feeds.example/\n']) {
      const { built, app } = serve({ ...articles(45), 'site.yaml': site });
      const { catalog } = built;
      const origin = 'http://local.test:8787';
      const base = catalog.site.url ?? origin;
      const { byTag, byCollection } = lookup(catalog);
      const listings: { scope: ListingScope; path: string; entries: CatalogEntry[] }[] = [
        { scope: SITE_SCOPE, path: '', entries: catalog.articles },
        ...catalog.tags.map(({ slug, name }) => ({ scope: { kind: 'tag', slug, name } as const, path: `/tags/${slug}`, entries: byTag.get(slug)! })),
        ...catalog.collections.map(({ name, title, description }) => ({ scope: { kind: 'collection', name, title, description } as const, path: `/collections/${name}`, entries: byCollection.get(name)! })),
      ];
      expect(catalog.collections.map((c) => [c.name, c.count])).toEqual([['shore', 15]]);
      let compared = 0;
      for (const { scope, path: prefix, entries } of listings) {
        const pages = paginate(entries.map((e) => e.body.length));
        for (let page = 0; page <= pageCount(pages); page++) {
          const { from, to } = page === 0 ? { from: 0, to: pages.headCount } : pageRange(pages, page);
          const slice = entries.slice(from, to);
          const bodies = await Promise.all(slice.map(async (e) => (await bodyOf(built, e.slug))!));
          for (const file of DOCUMENT_FILES) {
            const listing = { site: catalog.site, tags: catalog.tags, collections: catalog.collections, base, scope };
            const expected = renderPageDocument(file, listing, { page, links: pageLinks(pages, page), entries: slice, bodies });
            const path = `${prefix}${file === 'index.html' ? (prefix ? '' : '/') : `/${file}`}${page ? `?page=${page}` : ''}`;
            const res = await app.request(`${origin}${path}`);
            expect(res.status, path).toBe(200);
            expect(await res.text(), path).toBe(expected);
            compared++;
          }
        }
      }
      expect(compared).toBeGreaterThan(40);
      const limited = await app.request(`${origin}/feed.xml?limit=7`);
      const bodies = await Promise.all(catalog.articles.slice(0, 7).map(async (e) => (await bodyOf(built, e.slug))!));
      expect(await limited.text()).toBe(renderLimitedFeed('rss', { site: catalog.site, tags: catalog.tags, collections: catalog.collections, base, scope: SITE_SCOPE }, catalog.articles.slice(0, 7), bodies, 7));
    }
  });

  it('answer 304 and HEAD without reading the document', async () => {
    const { app, reads } = serve(articles(5));
    const first = await app.request('http://local.test/atom.xml');
    const length = Number(first.headers.get('content-length'));
    expect(length).toBe(Buffer.byteLength(await first.text()));
    reads.length = 0;
    const again = await app.request('http://local.test/atom.xml', { headers: { 'If-None-Match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
    const head = await app.request('http://local.test/atom.xml', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(length));
    expect(await head.text()).toBe('');
    expect(reads.filter((p) => p.startsWith('docs/'))).toEqual([]);
  });

  it('have ETags of their own: an edit changes those of the documents that carry it, and no others', async () => {
    const files = articles(10);
    const one = serve(files);
    const edited = { ...files, 'a000.md': files['a000.md']!.replace('Article 0:', 'Article 0, edited:') };
    const two = serve(edited);
    const etag = async (s: typeof one, path: string) => (await s.app.request(`http://local.test${path}`)).headers.get('etag');
    // a000 is tagged Sea and All, and is too old for the site's head page.
    expect(await etag(two, '/tags/sea/feed.xml')).not.toBe(await etag(one, '/tags/sea/feed.xml'));
    expect(await etag(two, '/tags/land/feed.xml')).toBe(await etag(one, '/tags/land/feed.xml'));
    expect(await etag(two, '/tags/air/atom.xml')).toBe(await etag(one, '/tags/air/atom.xml'));
    // The collection shore/ holds a001, a004…, not a000.
    expect(await etag(two, '/collections/shore/feed.json')).toBe(await etag(one, '/collections/shore/feed.json'));
  });
});

describe('paged feeds (RFC 5005)', () => {
  const { app, built } = serve({ ...articles(45), 'site.yaml': 'title: Paged\nurl: https://paged.example\n' });
  const get = async (url: string) => {
    const res = await app.request(url);
    expect(res.status, url).toBe(200);
    return res.text();
  };
  const link = (xml: string, rel: string, element = 'link') =>
    all(parseXml(xml), element).find((l) => l.attributes.rel === rel)?.attributes.href as string | undefined;

  it('link every page from the head through next, each self link the address fetched, together holding every article', async () => {
    for (const [file, element, item] of [
      ['atom.xml', 'link', 'entry'],
      ['feed.xml', 'atom:link', 'item'],
    ] as const) {
      const seen = new Set<string>();
      let url: string | undefined = `https://paged.example/${file}`;
      let pages = 0;
      while (url) {
        const xml = await get(url);
        expect(link(xml, 'self', element)).toBe(url);
        expect(link(xml, 'first', element)).toBe(`https://paged.example/${file}`);
        expect(link(xml, 'last', element)).toBe(`https://paged.example/${file}?page=1`);
        const items = all(parseXml(xml), item);
        expect(items.length).toBeLessThanOrEqual(20);
        for (const entry of items) seen.add(all(entry, file === 'atom.xml' ? 'id' : 'link')[0]!.text);
        const next = link(xml, 'next', element);
        if (next) expect(link(await get(next), 'previous', element)).toBe(url);
        url = next;
        pages++;
      }
      expect(pages).toBe(3);
      expect(seen.size).toBe(45);
    }
  });

  it('link JSON Feed pages with next_url, and HTML pages the same pages', async () => {
    let url: string | undefined = 'https://paged.example/feed.json';
    const ids = new Set<string>();
    while (url) {
      const feed = JSON.parse(await get(url)) as { feed_url: string; next_url?: string; items: { id: string }[] };
      expect(feed.feed_url).toBe(url);
      for (const i of feed.items) ids.add(i.id);
      url = feed.next_url;
    }
    expect(ids.size).toBe(45);
    const home = await get('https://paged.example/');
    expect(home).toContain('href="https://paged.example/?page=2"');
    const page2 = await get('https://paged.example/?page=2');
    expect(page2).toContain('href="https://paged.example/?page=1"');
    // Page 3 holds only articles the head holds too: newer than page 2 is the head.
    expect(page2).toContain('<a rel="prev" href="https://paged.example/">Newer</a>');
    expect((await app.request('https://paged.example/?page=4')).status).toBe(400);
    expect(built.catalog.articles).toHaveLength(45);
  });

  it('give ?limit= feeds a self link that is their own address', async () => {
    const xml = await get('https://paged.example/atom.xml?limit=37');
    expect(link(xml, 'self')).toBe('https://paged.example/atom.xml?limit=37');
    const json = JSON.parse(await get('https://paged.example/feed.json?limit=3'));
    expect(json.feed_url).toBe('https://paged.example/feed.json?limit=3');
    expect((await app.request('https://paged.example/feed.xml?limit=3&page=1')).status).toBe(400);
  });

  it('bend the page size so that no document is over 1 MB', async () => {
    const { app: big } = serve(articles(12, 30_000));
    let url: string | undefined = 'http://big.test/feed.json';
    let count = 0;
    while (url) {
      const text = await (await big.request(url)).text();
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1_000_000);
      const feed = JSON.parse(text) as { next_url?: string; items: unknown[] };
      expect(feed.items.length).toBeGreaterThan(0);
      count += feed.items.length;
      url = feed.next_url;
    }
    expect(count).toBeGreaterThanOrEqual(12);
  });

  it('render a ?limit= feed of at most RENDER_BODY_BUDGET bytes of bodies, the newest first, and always one article', async () => {
    // 2,000 words is about 16 kB of body: the budget holds a few, never all 12.
    const { app: long, built: longBuilt } = serve(articles(12, 2_000));
    const bodyBytes = longBuilt.catalog.articles.map((e) => e.body.length);
    const fit = bodyBytes.findIndex((_, i) => bodyBytes.slice(0, i + 1).reduce((a, b) => a + b, 0) > RENDER_BODY_BUDGET);
    expect(fit).toBeGreaterThan(0);
    const feed = JSON.parse(await (await long.request('http://long.test/feed.json?limit=12')).text()) as { items: { title: string }[] };
    expect(feed.items.map((i) => i.title)).toEqual(longBuilt.catalog.articles.slice(0, fit).map((e) => e.title));
    const { app: huge } = serve(articles(3, 30_000));
    const one = JSON.parse(await (await huge.request('http://huge.test/feed.json?limit=3')).text()) as { items: unknown[] };
    expect(one.items).toHaveLength(1);
  });
});

async function bodyOf(built: ReturnType<typeof buildCatalog>, slug: string) {
  const entry = lookup(built.catalog).bySlug.get(slug)!;
  return sliceBody(packBytes(built.catalog.packs.get(entry.body.file)!), entry.body);
}
