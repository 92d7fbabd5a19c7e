// One entry point for the three formats.
import type { FeedData } from './feed-data.ts';
import { feedParts, itemFragment, joinFeed, type FeedFormat } from './fragments.ts';

export type { FeedFormat };

export const FEED_FILES: Record<string, FeedFormat> = { 'feed.xml': 'rss', 'atom.xml': 'atom', 'feed.json': 'json' };

export function renderFeed(format: FeedFormat, data: FeedData): string {
  return joinFeed(
    feedParts(format, data),
    data.items.map((item) => itemFragment(format, item, data.site)),
  );
}
