// JSON Feed 1.1. Written directly: `feed`'s json1() produces version 1.0 (no `authors`,
// no `language`), so nothing of it would survive the changes 1.1 needs.
import { authorsOf, feedImages, type FeedData, type FeedItem } from './feed-data.ts';
import { articleContent } from './editorial.ts';
import type { FeedParts } from './fragments.ts';
import type { Site } from '../site.ts';
import { jsonString } from './json-string.ts';

/** The document without its items: everything but `items`, which is written last. */
export function jsonFeedParts(data: FeedData): FeedParts {
  const { icon } = feedImages(data);
  const doc = {
    version: 'https://jsonfeed.org/version/1.1',
    title: data.title,
    home_page_url: data.homeUrl,
    feed_url: data.urls.json,
    ...(data.paging?.next ? { next_url: data.paging.next.json } : {}),
    description: data.description || data.title,
    icon,
    favicon: icon,
    language: data.site.language,
    authors: [{ name: data.site.author }],
    items: [],
  };
  const empty = JSON.stringify(doc);
  // `…,"items":[]}`: the items go between the brackets.
  return { head: empty.slice(0, -2), tail: ']}\n', before: '', between: ',' };
}

/** A JSON value as text: a string, null, or undefined for a member JSON.stringify would leave out. */
const text = (value: string | null | undefined) => (value === undefined ? undefined : value === null ? 'null' : jsonString(value));

/** `{"name":value,…}` from members written as JSON text, leaving out those that are undefined. */
function object(members: [string, string | undefined][]): string {
  let out = '';
  for (const [name, json] of members) if (json !== undefined) out += `${out ? ',' : '{'}"${name}":${json}`;
  return out ? `${out}}` : '{}';
}

/**
 * One item, the same in every document that lists the article. Written member by member with
 * jsonString (the bytes JSON.stringify would give for the same object, in the same order),
 * because stringifying the body is most of what rendering a JSON Feed costs.
 */
export function jsonFeedItem(item: FeedItem, site: Site): string {
  const image = text(item.image?.url ?? undefined);
  return object([
    ['id', text(item.id)],
    ['url', text(item.link)],
    ['external_url', text(item.url ?? undefined)],
    ['title', text(item.title)],
    ['summary', text(item.summary)],
    ['content_html', text(articleContent(item, site))],
    ['image', image],
    ['banner_image', image],
    ['date_published', text(item.published)],
    ['date_modified', text(item.updated)],
    ['authors', `[${authorsOf(item, site).map((a) => object([['name', text(a.name)]])).join(',')}]`],
    ['tags', `[${item.tags.map((tag) => jsonString(tag)).join(',')}]`],
    ['language', text(item.language)],
  ]);
}
