// The format-neutral description of one feed: what every renderer turns into its own syntax.
import type { ArticleMeta, Author } from '../article.ts';
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
  /** The site's front page (`…/`): the stylesheet and icons are found from it. */
  siteHome: string;
  /** This document's own address in each format: the self link matches the address fetched. */
  urls: { rss: string; atom: string; json: string };
  /** RFC 5005 paged-feed links (absent for a feed of one page). */
  paging?: Paging;
  /** Newest article's `updated`; the epoch for an empty feed, never "now". */
  updated: string;
  items: FeedItem[];
}

export type FormatUrls = { rss: string; atom: string; json: string };

export interface Paging {
  first: FormatUrls;
  last: FormatUrls | null;
  next: FormatUrls | null;
  previous: FormatUrls | null;
}

/** Dates in the catalog are all UTC ISO strings of one shape, so they compare as strings. */
export function newestUpdate(items: readonly Pick<ArticleMeta, 'updated'>[]): string {
  let newest = '1970-01-01T00:00:00Z';
  for (const item of items) if (item.updated > newest) newest = item.updated;
  return newest;
}

/** Every author of an item; the site's author when the article names none, so no reader shows an item without one. */
export function authorsOf(item: Pick<ArticleMeta, 'authors'>, site: Site): Author[] {
  return item.authors.length ? item.authors : [{ name: site.author }];
}

/** The feed's icon (square) and logo (wide) as absolute addresses; the site's favicon when site.yaml sets no icon. */
export function feedImages(data: Pick<FeedData, 'site' | 'siteHome'>): { icon: string; logo: string | null } {
  const resolve = (ref: string) => new URL(ref.replace(/^\/+/, ''), data.siteHome).href;
  return { icon: resolve(data.site.icon ?? 'favicon.svg'), logo: data.site.logo ? resolve(data.site.logo) : null };
}

/** The XSL stylesheet's address, relative to the host so browsers apply it wherever the feed is opened. */
export function stylesheetPath(data: Pick<FeedData, 'siteHome'>): string {
  return `${new URL(data.siteHome).pathname}feed.xsl`;
}

/** The address of the publication an article first appeared in: its own, else the original article's site. */
export function sourceAddress(item: Pick<ArticleMeta, 'source' | 'url'>): string | null {
  if (!item.source) return null;
  try {
    // In canonical form (`https://example.com/`), since Atom uses it as an id.
    if (item.source.url) return new URL(item.source.url).href;
    return item.url ? `${new URL(item.url).origin}/` : null;
  } catch {
    return null;
  }
}
