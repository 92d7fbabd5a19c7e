// JSON Feed items are written member by member (src/feeds/json-feed.ts, json-string.ts) for speed:
// the text must be exactly what JSON.stringify makes of the same item, for any text at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FeedItem } from '../../src/feeds/feed-data.ts';
import { articleContent } from '../../src/feeds/editorial.ts';
import { jsonFeedItem } from '../../src/feeds/json-feed.ts';
import { jsonString } from '../../src/feeds/json-string.ts';
import type { Site } from '../../src/site.ts';

const site = { title: 'T', author: 'Site Author', editor: null } as unknown as Site;

/** The item as JSON.stringify writes it: the reference the writer must match. */
function stringified(item: FeedItem): string {
  return JSON.stringify({
    id: item.id,
    url: item.link,
    external_url: item.url ?? undefined,
    title: item.title,
    summary: item.summary,
    content_html: articleContent(item, site),
    image: item.image?.url ?? undefined,
    banner_image: item.image?.url ?? undefined,
    date_published: item.published,
    date_modified: item.updated,
    authors: (item.authors.length ? item.authors : [{ name: site.author }]).map((a) => ({ name: a.name })),
    tags: item.tags,
    language: item.language,
  });
}

describe('JSON Feed writer', () => {
  it('writes any string as JSON.stringify does: quotes, backslashes, line breaks, control characters, lone and paired surrogates', () => {
    for (const s of ['', 'plain', 'a"b\\c\nd\re\tf', '\\"', '\u2028\u2029', '\u0000\u0001\u001f\u007f', 'é ü 中', '😀', '\ud800', 'x\udc00y', '<p class="a">x</p>\n<p>y</p>']) {
      expect(jsonString(s), JSON.stringify(s)).toBe(JSON.stringify(s));
    }
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => jsonString(s) === JSON.stringify(s)), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\r', '\t', 'a', '\u0001', '\ud83d', '\ude00') }), (s) => jsonString(s) === JSON.stringify(s)), { numRuns: 2000 });
  });

  it('writes an item as JSON.stringify writes the same object: members in order, absent ones left out', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    const item = fc.record({
      id: text,
      link: text,
      url: fc.option(text),
      title: text,
      summary: text,
      contentHtml: text,
      image: fc.option(fc.record({ url: fc.option(text), caption: fc.constant(null) })),
      published: text,
      updated: text,
      authors: fc.array(fc.record({ name: text }), { maxLength: 3 }),
      tags: fc.array(text, { maxLength: 4 }),
      language: text,
      fullText: fc.constant(true),
      noteHtml: fc.constant(null),
      source: fc.constant(null),
    });
    fc.assert(
      fc.property(item, (it) => {
        const feedItem = it as unknown as FeedItem;
        return jsonFeedItem(feedItem, site) === stringified(feedItem);
      }),
      { numRuns: 1000 },
    );
  });
});
