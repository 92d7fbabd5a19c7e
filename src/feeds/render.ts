// One entry point for the three formats.
import { renderAtom } from './atom.ts';
import type { FeedData } from './feed-data.ts';
import { renderJsonFeed } from './json-feed.ts';
import { renderRss } from './rss.ts';

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_FILES: Record<string, FeedFormat> = { 'feed.xml': 'rss', 'atom.xml': 'atom', 'feed.json': 'json' };

export function renderFeed(format: FeedFormat, data: FeedData): string {
  if (format === 'rss') return renderRss(data);
  if (format === 'atom') return renderAtom(data);
  return renderJsonFeed(data);
}
