import { describe, expect, it } from 'vitest';
import { jsonFeedErrors } from './support/json-feed-schema.ts';
import { md, siteFrom } from './support/site.ts';
import { all, childText, first, parseXml } from './support/xml.ts';

const files = {
  'site.yaml': 'title: Test reading\ndescription: Tests\nauthor: Test Desk\nlanguage: en-GB\nurl: https://reading.example\n',
  'alpha.md': md({ title: 'Alpha & Omega', date: '2024-01-02T03:04:05Z', updated: '2024-02-01T00:00:00Z', tags: ['Science', 'R&D'], author: 'Ada' }),
  'beta.md': md({ title: 'Beta', date: '2024-03-01', tags: ['science'], authors: ['Bo', 'Cy'] }),
  'gamma.md': md({ title: 'Gamma', date: '2023-12-31', id: 'urn:uuid:6f1c1b1e-1d2c-4a52-9a4f-2f6a1b0c9d11' }),
};

describe('feeds from a folder', () => {
  const { get } = siteFrom(files);

  it('RSS 2.0: items newest first, with guid, link, pubDate, dc:creator, categories and full content', async () => {
    const res = await get('/feed.xml');
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    const rss = parseXml(await res.text());
    expect(rss.name).toBe('rss');
    expect(rss.attributes.version).toBe('2.0');
    const items = all(rss, 'item');
    expect(items.map((i) => childText(i, 'title'))).toEqual(['Beta', 'Alpha & Omega', 'Gamma']);
    const alpha = items[1]!;
    expect(childText(alpha, 'link')).toBe('https://reading.example/articles/alpha');
    expect(first(alpha, 'guid')!.attributes.isPermaLink).toBe('true');
    expect(childText(alpha, 'pubDate')).toBe('Tue, 02 Jan 2024 03:04:05 GMT');
    expect(childText(alpha, 'dcterms:modified')).toBe('2024-02-01T00:00:00Z');
    expect(all(alpha, 'dc:creator').map((e) => e.text)).toEqual(['Ada']);
    expect(all(items[0]!, 'dc:creator').map((e) => e.text)).toEqual(['Bo', 'Cy']);
    expect(all(alpha, 'author')).toEqual([]);
    expect(all(alpha, 'category').map((e) => e.text)).toEqual(['Science', 'R&D']);
    expect(childText(alpha, 'content:encoded')).toContain('<p>A paragraph of text');
    expect(childText(alpha, 'description')).toContain('A paragraph of text');
    const self = all(rss, 'atom:link').find((l) => l.attributes.rel === 'self');
    expect(self?.attributes.href).toBe('https://reading.example/feed.xml');
    expect(childText(first(rss, 'channel')!, 'lastBuildDate')).toBe('Fri, 01 Mar 2024 00:00:00 GMT');
  });

  it('Atom 1.0: ids, published and updated, categories with term and label, xml:lang, author', async () => {
    const res = await get('/atom.xml');
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const feed = parseXml(await res.text());
    expect(feed.attributes['xml:lang']).toBe('en-GB');
    expect(childText(feed, 'id')).toBe('https://reading.example/');
    expect(childText(feed, 'updated')).toBe('2024-03-01T00:00:00.000Z');
    const entries = all(feed, 'entry');
    const alpha = entries[1]!;
    expect(childText(alpha, 'id')).toBe('https://reading.example/articles/alpha');
    expect(childText(alpha, 'published')).toBe('2024-01-02T03:04:05.000Z');
    expect(childText(alpha, 'updated')).toBe('2024-02-01T00:00:00.000Z');
    expect(all(alpha, 'category').map((c) => c.attributes)).toEqual([
      { term: 'Science', label: 'Science' },
      { term: 'R&D', label: 'R&D' },
    ]);
    expect(childText(entries[2]!, 'id')).toBe('urn:uuid:6f1c1b1e-1d2c-4a52-9a4f-2f6a1b0c9d11');
    expect(childText(first(feed, 'author')!, 'name')).toBe('Test Desk');
  });

  it('JSON Feed 1.1: valid against the schema, with authors, language, tags and both dates', async () => {
    const res = await get('/feed.json');
    expect(res.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    const doc = (await res.json()) as any;
    expect(jsonFeedErrors(doc)).toEqual([]);
    expect(doc.version).toBe('https://jsonfeed.org/version/1.1');
    expect(doc.language).toBe('en-GB');
    expect(doc.authors).toEqual([{ name: 'Test Desk' }]);
    expect(doc.author).toBeUndefined();
    const beta = doc.items[0];
    expect(beta).toMatchObject({
      id: 'https://reading.example/articles/beta',
      url: 'https://reading.example/articles/beta',
      title: 'Beta',
      date_published: '2024-03-01T00:00:00Z',
      date_modified: '2024-03-01T00:00:00Z',
      authors: [{ name: 'Bo' }, { name: 'Cy' }],
      tags: ['science'],
    });
    expect(beta.content_html).toContain('<p>');
  });

  it('gives an item the same id in every format', async () => {
    const rss = parseXml(await (await get('/feed.xml')).text());
    const atom = parseXml(await (await get('/atom.xml')).text());
    const json = (await (await get('/feed.json')).json()) as any;
    const rssIds = all(rss, 'item').map((i) => childText(i, 'guid'));
    const atomIds = all(atom, 'entry').map((e) => childText(e, 'id'));
    const jsonIds = json.items.map((i: { id: string }) => i.id);
    expect(rssIds).toEqual(atomIds);
    expect(atomIds).toEqual(jsonIds);
  });

  it('serves a feed per tag, matching tags case-insensitively', async () => {
    const json = (await (await get('/tags/science/feed.json')).json()) as any;
    expect(json.items.map((i: { title: string }) => i.title)).toEqual(['Beta', 'Alpha & Omega']);
    expect(json.feed_url).toBe('https://reading.example/tags/science/feed.json');
    expect(json.home_page_url).toBe('https://reading.example/tags/science');
    const atom = parseXml(await (await get('/tags/r-d/atom.xml')).text());
    expect(all(atom, 'entry')).toHaveLength(1);
    expect(childText(atom, 'title')).toBe('Test reading: R&D');
  });

  it('honours ?limit= and says why a bad limit is refused', async () => {
    const json = (await (await get('/feed.json?limit=1')).json()) as any;
    expect(json.items).toHaveLength(1);
    for (const bad of ['0', '101', 'abc', '-1', '2.5', '']) {
      const res = await get(`/feed.xml?limit=${bad}`);
      expect(res.status, bad).toBe(400);
      expect(await res.text()).toMatch(/limit must be a whole number from 1 to 100/);
    }
  });

  it("dates the feed by its newest article, never by the time of the request", async () => {
    const a = await (await get('/atom.xml')).text();
    await new Promise((r) => setTimeout(r, 1100));
    const b = await (await get('/atom.xml')).text();
    expect(a).toBe(b);
    expect(a).not.toContain(String(new Date().getUTCFullYear() + 1));
  });

  it('is byte-identical when the same folder is built twice', async () => {
    const again = siteFrom(files);
    for (const path of ['/feed.xml', '/atom.xml', '/feed.json', '/tags/science/feed.xml']) {
      expect(await (await again.get(path)).text(), path).toBe(await (await get(path)).text());
    }
  });
});

describe('links in feeds', () => {
  it('every item link answers 200 from the same app', async () => {
    const { get, built } = siteFrom({ ...files, 'site.yaml': 'title: T\n' });
    const json = (await (await get('/feed.json')).json()) as any;
    const tagLinks = built.catalog.tags.map((t) => `/tags/${t.slug}`);
    const links = [...json.items.map((i: { url: string }) => new URL(i.url).pathname), ...tagLinks, '/'];
    expect(links.length).toBeGreaterThan(4);
    for (const path of links) expect((await get(path)).status, path).toBe(200);
  });

  it('uses the request origin when the site sets no url, and keeps ids stable anyway', async () => {
    const { app } = siteFrom({ ...files, 'site.yaml': 'title: T\n' });
    const one = (await (await app.request('http://one.example/feed.json')).json()) as any;
    const two = (await (await app.request('https://two.example/feed.json')).json()) as any;
    expect(one.items[0].url).toBe('http://one.example/articles/beta');
    expect(two.items[0].url).toBe('https://two.example/articles/beta');
    expect(one.items.map((i: { id: string }) => i.id)).toEqual(two.items.map((i: { id: string }) => i.id));
  });
});
