// The format-neutral description of one feed: what every renderer turns into its own syntax.
import type { ArticleMeta } from '../article.ts';
import type { Site } from '../site.ts';

export interface FeedItem extends ArticleMeta {
  /** The article's page on this site: every feed links here. */
  link: string;
  contentHtml: string;
}

export interface FeedData {
  site: Site;
  /** e.g. "Curated reading" or "Curated reading: Climate". */
  title: string;
  description: string;
  /** Stable id of the feed itself (the HTML page it mirrors). */
  id: string;
  /** The HTML page the feed mirrors. */
  homeUrl: string;
  urls: { rss: string; atom: string; json: string };
  /** Newest article's `updated`; the epoch for an empty feed, never "now". */
  updated: string;
  items: FeedItem[];
}

/** Dates in the catalog are all UTC ISO strings of one shape, so they compare as strings. */
export function newestUpdate(items: readonly Pick<ArticleMeta, 'updated'>[]): string {
  let newest = '1970-01-01T00:00:00Z';
  for (const item of items) if (item.updated > newest) newest = item.updated;
  return newest;
}
