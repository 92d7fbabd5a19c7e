// Each known defect of `feed` 6.0.0 (../shared/docs/feed-v6-defects.md), fed to our feeds:
// every assertion here fails on the library's raw output for the same input.
import { describe, expect, it } from 'vitest';
import { jsonFeedErrors } from './support/json-feed-schema.ts';
import { md, siteFrom } from './support/site.ts';
import { all, childText, first, parseXml } from './support/xml.ts';

/** What a reader shows for text it treats as HTML. */
const decodeHtml = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

const TRICKY_TITLE = 'Use &amp; to write & and <b> for bold';
const site = siteFrom({
  'site.yaml': 'title: Q&A <weekly>\nauthor: Desk & Co\nlanguage: fr\nurl: https://reading.example\n',
  'tricky.md': md(
    { title: TRICKY_TITLE, date: '2024-05-01', tags: ['Q&A <live>', 'plain'], id: 'article-42' },
    'Code: `a]]>b` and again ]]> here.\n\nControl \u0001char\u000b and \uFFFF gone.\n\n<script>alert(1)</script><img src="x.png" onerror="alert(2)">',
  ),
  'url-id.md': md({ title: 'Mixed case id', date: '2024-04-01', id: 'https://Example.COM/a b' }),
  'pictured.md': md({ title: 'With a picture', date: '2024-03-01', image: 'https://img.example/p.jpg', updated: '2024-03-09' }),
});

const feeds = async () => ({
  rss: await (await site.get('/feed.xml')).text(),
  atom: await (await site.get('/atom.xml')).text(),
  json: (await (await site.get('/feed.json')).json()) as any,
});

describe('none of the feed library defects reaches a reader', () => {
  it('all built', () => {
    expect(site.built.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(site.built.catalog.articles).toHaveLength(3);
  });

  it('writes well-formed XML despite & and < in category attributes, two ]]> in a body and forbidden characters', async () => {
    const { rss, atom } = await feeds();
    const r = parseXml(rss);
    const a = parseXml(atom);
    expect(all(a, 'category').map((c) => c.attributes.label)).toContain('Q&A live');
    const content = childText(all(r, 'item')[0]!, 'content:encoded')!;
    expect(decodeHtml(content.replace(/<[^>]+>/g, ''))).toContain('a]]>b and again ]]> here.');
    expect(content).toContain('Control char and  gone.');
    expect(rss + atom).not.toMatch(/[\u0001\u000b\uFFFF]/);
  });

  it('accepts an id that is not a URL (Atom would throw) and writes it the same in every format', async () => {
    const { rss, atom, json } = await feeds();
    const id = 'tag:reading.example,2000:article-42';
    expect(childText(all(parseXml(atom), 'entry')[0]!, 'id')).toBe(id);
    const guid = first(all(parseXml(rss), 'item')[0]!, 'guid')!;
    expect(guid.text).toBe(id);
    expect(guid.attributes.isPermaLink).toBe('false');
    expect(json.items[0].id).toBe(id);
  });

  it('normalises URL ids once, so all formats agree', async () => {
    const { rss, atom, json } = await feeds();
    const expected = 'https://example.com/a%20b';
    expect(childText(all(parseXml(atom), 'entry')[1]!, 'id')).toBe(expected);
    expect(childText(all(parseXml(rss), 'item')[1]!, 'guid')).toBe(expected);
    expect(json.items[1].id).toBe(expected);
  });

  it('keeps literal entity text and angle brackets in titles as written: plain text in RSS, type="text" in Atom', async () => {
    const { rss, atom, json } = await feeds();
    expect(childText(all(parseXml(rss), 'item')[0]!, 'title')).toBe(TRICKY_TITLE);
    // Escaped once, with character references (the RSS Profile's advice) so no reader takes it for markup.
    expect(rss).toContain('<title>Use &#x26;amp; to write &#x26; and &#x3C;b&#x3E; for bold</title>');
    const atomTitle = first(all(parseXml(atom), 'entry')[0]!, 'title')!;
    expect(atomTitle.attributes.type).toBe('text');
    expect(atomTitle.text).toBe(TRICKY_TITLE);
    expect(json.items[0].title).toBe(TRICKY_TITLE);
  });

  it('writes JSON Feed 1.1 with authors and language, the site author on items that name none', async () => {
    const { json } = await feeds();
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.authors).toEqual([{ name: 'Desk & Co' }]);
    expect(json.language).toBe('fr');
    expect(jsonFeedErrors(json)).toEqual([]);
    expect(json.items.every((i: Record<string, unknown>) => !('author' in i))).toBe(true);
    expect(json.items.map((i: { authors: unknown }) => i.authors)).toEqual(Array(3).fill([{ name: 'Desk & Co' }]));
    expect(json.items[2].image).toBe('https://img.example/p.jpg');
  });

  it('gives Atom categories a term (the tag name, which readers show) and a label, the feed an id and xml:lang, and its author a name', async () => {
    const a = parseXml((await feeds()).atom);
    expect(a.attributes['xml:lang']).toBe('fr');
    expect(childText(a, 'id')).toBe('https://reading.example/');
    expect(childText(first(a, 'author')!, 'name')).toBe('Desk & Co');
    expect(all(a, 'category').map((c) => c.attributes)).toEqual([
      { term: 'Q&A live', label: 'Q&A live' },
      { term: 'plain', label: 'plain' },
    ]);
  });

  it('RSS: dc:creator instead of name-only <author>, pubDate from published, modified date kept, description before content', async () => {
    const r = parseXml((await feeds()).rss);
    const item = all(r, 'item')[2]!;
    expect(all(item, 'author')).toEqual([]);
    expect(all(item, 'dc:creator').map((c) => c.text)).toEqual(['Desk & Co']);
    expect(childText(item, 'pubDate')).toBe('Fri, 01 Mar 2024 00:00:00 GMT');
    expect(childText(item, 'dcterms:modified')).toBe('2024-03-09T00:00:00Z');
    const names = item.children.map((c) => c.name);
    expect(names.indexOf('description')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('description')).toBeLessThan(names.indexOf('content:encoded'));
    expect(all(item, 'enclosure').map((e) => e.attributes)).toEqual([{ url: 'https://img.example/p.jpg', type: 'image/jpeg', length: '0' }]);
    expect(childText(item, 'content:encoded')).toContain('<img src="https://img.example/p.jpg"');
  });

  it('points the RSS self link at the RSS feed and the Atom one at the Atom feed', async () => {
    const { rss, atom } = await feeds();
    expect(all(parseXml(rss), 'atom:link').find((l) => l.attributes.rel === 'self')?.attributes.href).toBe('https://reading.example/feed.xml');
    expect(all(parseXml(atom), 'link').find((l) => l.attributes.rel === 'self')?.attributes.href).toBe('https://reading.example/atom.xml');
  });

  it('sends no script or event handler to a reader', async () => {
    const { rss, atom, json } = await feeds();
    for (const text of [rss, atom, JSON.stringify(json)]) expect(text).not.toMatch(/<script|onerror|alert\(/i);
  });

  it('dates the feed by its newest article', async () => {
    const { rss, atom, json } = await feeds();
    expect(childText(parseXml(atom), 'updated')).toBe('2024-05-01T00:00:00.000Z');
    expect(childText(first(parseXml(rss), 'channel')!, 'lastBuildDate')).toBe('Wed, 01 May 2024 00:00:00 GMT');
    expect(json.items[0].date_modified).toBe('2024-05-01T00:00:00Z');
  });
});
