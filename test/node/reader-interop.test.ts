// One article, every reader: four feed parsers that reader apps are built on, and newsboat, read the hostile
// folder's RSS, Atom and JSON Feed, and must see the title, id, link, dates, authors, tags, lead image and source the
// catalog has. Where a parser cannot carry a field, the table below names it and says why, and
// the test fails if that ever changes, so the list stays true.
import { describe, expect, it } from 'vitest';
import { HOSTILE_DIR, servedFeeds } from '../interop/hostile-feeds.ts';
import { compareViews, expectedItems, FIELDS, readerViews, type Cell, type Verdict } from '../interop/reader-views.ts';

/** Cells that are not "agree", each a limit of the parser (read in its source), not of our feeds. */
const PARSER_LIMITS: Record<string, Verdict> = {
  // feedparser 6.0 (Debian 12) reads no JSON Feed; rss-parser, @rowanmanning/feed-parser and newsboat read XML only.
  ...Object.fromEntries(
    ['feedparser', 'rss-parser', '@rowanmanning/feed-parser', 'newsboat'].flatMap((p) =>
      FIELDS.map((f) => [`${p} json ${f}`, 'not read' as Verdict]),
    ),
  ),
  // rss-parser keeps one author (the first dc:creator / atom:author), no modified date, no source,
  // and in Atom neither categories nor enclosures.
  'rss-parser rss authors': 'differ',
  'rss-parser atom authors': 'differ',
  'rss-parser rss updated': 'not read',
  'rss-parser atom updated': 'not read',
  'rss-parser atom tags': 'not read',
  'rss-parser atom image': 'not read',
  'rss-parser rss source': 'not read',
  'rss-parser atom source': 'not read',
  // @rowanmanning/feed-parser has no source field.
  '@rowanmanning/feed-parser rss source': 'not read',
  '@rowanmanning/feed-parser atom source': 'not read',
  // JSON Feed has no field for the publication's name (its external_url links the original).
  'feedsmith json source': 'not read',
  // @rowanmanning/feed-parser takes an RSS item's modified date only from dc:date, which the W3C
  // validator refuses beside pubDate; without it the parser repeats the published date.
  '@rowanmanning/feed-parser rss updated': 'differ',
  // newsboat keeps one author string (in RSS the last dc:creator; in Atom all, joined), no tags,
  // no modified date, no source, and enclosures only of audio and video.
  'newsboat rss authors': 'differ',
  ...Object.fromEntries(
    ['rss', 'atom'].flatMap((format) => ['updated', 'tags', 'image', 'source'].map((f) => [`newsboat ${format} ${f}`, 'not read' as Verdict])),
  ),
};

const key = (c: Cell) => `${c.parser} ${c.format} ${c.field}`;

describe('reader interop on the hostile folder', async () => {
  const { catalog, base, feeds } = await servedFeeds();
  const expected = expectedItems(catalog, base);
  const cells = compareViews(expected, await readerViews(feeds));

  it('builds every hostile article, with the titles, authors and tags that make it hostile', () => {
    expect(HOSTILE_DIR).toMatch(/hostile/);
    expect(catalog.articles).toHaveLength(6);
    const titles = catalog.articles.map((a) => a.title).join('\n');
    for (const needle of ['<', '&amp;', ']]>', '"', "'", '🎉']) expect(titles).toContain(needle);
    expect(catalog.articles.some((a) => a.authors.length >= 3)).toBe(true);
    expect(catalog.articles.some((a) => a.authors.length === 0)).toBe(true);
    expect(catalog.articles.flatMap((a) => a.tags)).toContain('Small business');
  });

  it('every parser sees what the catalog says, except the limits of the parsers themselves', () => {
    const notAgreeing = Object.fromEntries(cells.filter((c) => c.verdict !== 'agree').map((c) => [key(c), c.verdict]));
    const details = cells.filter((c) => c.verdict === 'differ').map((c) => `${key(c)}: ${c.detail}`);
    expect(notAgreeing, details.join('\n')).toEqual(PARSER_LIMITS);
  });

  it('titles, ids, links, published dates, tags and images agree in every parser for every format it reads', () => {
    const read = cells.filter((c) => c.verdict !== 'not read' && ['title', 'id', 'link', 'published', 'tags', 'image'].includes(c.field));
    // 11 parser-format pairs read feeds (five readers × RSS, Atom; feedsmith JSON), 6 fields each,
    // less what rss-parser (Atom tags, images) and newsboat (tags, images) cannot read.
    expect(read).toHaveLength(11 * 6 - 2 - 4);
    for (const c of read) expect(c.verdict, `${key(c)}: ${c.detail}`).toBe('agree');
  });

  it('gives the site author to the article that names none, in all three formats', () => {
    const i = catalog.articles.findIndex((a) => a.authors.length === 0);
    expect(expected[i]!.authors).toEqual(['The Desk & Co']);
    const json = JSON.parse(feeds.json);
    expect(json.items[i].authors).toEqual([{ name: 'The Desk & Co' }]);
    expect(feeds.atom.split('<entry>')[i + 1]).toContain('<name>The Desk &#x26; Co</name>');
    expect(feeds.rss.split('<item>')[i + 1]).toContain('<dc:creator>The Desk &#x26; Co</dc:creator>');
  });
});
