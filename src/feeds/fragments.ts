// A feed document is its head, its items and its tail. Each item is written the same way in every
// document that lists the article, whatever the listing or page, so the build can write each one
// once (item packs, src/catalog/item-packs.ts) and a document rendered on request is the head,
// those items as they were written, and the tail.
import { atomEntry, atomParts } from './atom.ts';
import type { FeedData, FeedItem } from './feed-data.ts';
import { jsonFeedItem, jsonFeedParts } from './json-feed.ts';
import { rssItem, rssParts } from './rss.ts';
import type { Site } from '../site.ts';

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_FORMATS: readonly FeedFormat[] = ['rss', 'atom', 'json'];

/** The document around its items: each item is written after `before`, and after `between` unless it is the first. */
export interface FeedParts {
  head: string;
  tail: string;
  before: string;
  between: string;
}

/** The parts of a document: `data.items` is not read. */
export function feedParts(format: FeedFormat, data: FeedData): FeedParts {
  if (format === 'rss') return rssParts(data);
  if (format === 'atom') return atomParts(data);
  return jsonFeedParts(data);
}

/** One item as every document of `format` carries it (RSS `<item>`, Atom `<entry>`, a JSON Feed item). */
export function itemFragment(format: FeedFormat, item: FeedItem, site: Site): string {
  if (format === 'rss') return rssItem(item, site);
  if (format === 'atom') return atomEntry(item, site);
  return jsonFeedItem(item, site);
}

/** A whole document from its parts and its items' fragments. */
export function joinFeed(parts: FeedParts, fragments: readonly string[]): string {
  let out = parts.head;
  for (const [n, fragment] of fragments.entries()) out += `${n ? parts.between : ''}${parts.before}${fragment}`;
  return out + parts.tail;
}
