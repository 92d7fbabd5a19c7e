import { env, SELF } from 'cloudflare:test';
import { assetsSource, type AssetsBinding } from '../../src/catalog/asset-source.ts';
import { PublishedReader } from '../../src/catalog/published-reader.ts';
import { DOCUMENT_FILES } from '../../src/catalog/published.ts';
import { renderLimitedFeed, renderPageDocument } from '../../src/catalog/render-documents.ts';
import { SITE_SCOPE, type ListingScope } from '../../src/feeds/listing-scope.ts';
import { describe, expect, it } from 'vitest';

const BASE = 'https://reader.example';

describe('the Worker in workerd', () => {
  it('serves the three feeds with their exact content types', async () => {
    const expected: Record<string, string> = {
      '/feed.xml': 'application/rss+xml; charset=utf-8',
      '/atom.xml': 'application/atom+xml; charset=utf-8',
      '/feed.json': 'application/feed+json; charset=utf-8',
    };
    for (const [path, type] of Object.entries(expected)) {
      const res = await SELF.fetch(`${BASE}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe(type);
      expect(res.headers.get('etag')).toMatch(/^"[^"]+"$/);
      expect((await res.text()).length).toBeGreaterThan(500);
    }
  });
});

describe('the Worker answers like the Node server', () => {
  it('reads article bodies from the static assets into full-text feeds', async () => {
    const feed = (await (await SELF.fetch(`${BASE}/feed.json`)).json()) as { items: { url: string; content_html: string }[] };
    expect(feed.items.length).toBeGreaterThan(2);
    for (const item of feed.items) {
      expect(item.content_html).toMatch(/<p>/);
      expect(item.url.startsWith(`${BASE}/articles/`)).toBe(true);
      const page = await SELF.fetch(item.url);
      expect(page.status, item.url).toBe(200);
    }
  });

  it('answers 304 to a matching ETag and 400 to a bad limit, 404 to an unknown tag, 405 to POST', async () => {
    const first = await SELF.fetch(`${BASE}/atom.xml`);
    await first.arrayBuffer();
    const again = await SELF.fetch(`${BASE}/atom.xml`, { headers: { 'If-None-Match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect((await SELF.fetch(`${BASE}/feed.xml?limit=500`)).status).toBe(400);
    expect((await SELF.fetch(`${BASE}/tags/no-such-tag/feed.xml`)).status).toBe(404);
    expect((await SELF.fetch(`${BASE}/feed.xml`, { method: 'POST' })).status).toBe(405);
  });

  it('serves per-tag feeds', async () => {
    const res = await SELF.fetch(`${BASE}/tags/climate/atom.xml`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<link rel="self" type="application/atom+xml" href="https://reader.example/tags/climate/atom.xml"/>');
  });
});

describe('the Worker serves prerendered bytes', () => {
  it('equal to what the renderers make inside workerd from the published index', async () => {
    const reader = new PublishedReader(assetsSource((env as unknown as { ASSETS: AssetsBinding }).ASSETS));
    const head = await reader.head();
    const tag = head.tags[0]!;
    const collection = head.collections[0]!;
    const scopes: { scope: ListingScope; path: string }[] = [
      { scope: SITE_SCOPE, path: '' },
      { scope: { kind: 'tag', slug: tag.slug, name: tag.name }, path: `/tags/${tag.slug}` },
      { scope: { kind: 'collection', name: collection.name, title: collection.title, description: collection.description }, path: `/collections/${collection.name}` },
    ];
    for (const { scope, path: prefix } of scopes) {
      const listing = await reader.listing(scope);
      const entries = listing.recent.slice(0, listing.headCount);
      const bodies = await Promise.all(entries.map((e) => reader.body(e)));
      for (const file of DOCUMENT_FILES) {
        const expected = renderPageDocument(
          file,
          { site: head.site, tags: head.tags, collections: head.collections, base: head.site.url ?? BASE, scope },
          { page: 0, links: listing.links, entries, bodies: file === 'index.html' ? [] : bodies },
        );
        const path = `${prefix}${file === 'index.html' ? (prefix ? '' : '/') : `/${file}`}`;
        const res = await SELF.fetch(`${BASE}${path}`);
        expect(await res.text(), path).toBe(expected);
        const headOnly = await SELF.fetch(`${BASE}${path}`, { method: 'HEAD' });
        expect(headOnly.headers.get('content-length'), path).toBe(String(new TextEncoder().encode(expected).length));
      }
    }
  });
});

describe('the Worker renders ?limit= feeds from the items the build wrote', () => {
  it('the bytes the full renderer makes inside workerd, in every format, for the site and a tag', async () => {
    const reader = new PublishedReader(assetsSource((env as unknown as { ASSETS: AssetsBinding }).ASSETS));
    const head = await reader.head();
    const tag = head.tags[0]!;
    const scopes: { scope: ListingScope; path: string }[] = [
      { scope: SITE_SCOPE, path: '' },
      { scope: { kind: 'tag', slug: tag.slug, name: tag.name }, path: `/tags/${tag.slug}` },
    ];
    for (const { scope, path: prefix } of scopes) {
      const { recent } = await reader.listing(scope);
      for (const limit of [1, 3]) {
        const entries = recent.slice(0, limit);
        const bodies = await Promise.all(entries.map((e) => reader.body(e)));
        for (const [file, format] of [['feed.xml', 'rss'], ['atom.xml', 'atom'], ['feed.json', 'json']] as const) {
          const listing = { site: head.site, tags: head.tags, collections: head.collections, base: head.site.url ?? BASE, scope };
          const path = `${prefix}/${file}?limit=${limit}`;
          const res = await SELF.fetch(`${BASE}${path}`);
          expect(res.status, path).toBe(200);
          expect(res.headers.get('etag'), path).toMatch(/^"f[0-9a-z]+"$/);
          expect(await res.text(), path).toBe(renderLimitedFeed(format, listing, entries, bodies, limit));
        }
      }
    }
  });
});
