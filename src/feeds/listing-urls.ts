// The addresses of a listing's documents: the head (`/feed.xml`, `/`), its archive pages
// (`?page=N`, 1 = the oldest) and rendered selections (`?limit=N`).
import type { PageLinks } from '../catalog/pages.ts';
import type { FormatUrls, Paging } from './feed-data.ts';
import { siteLinks } from './links.ts';

/** A document of a listing: the head, page N of its archive, or the newest N (`?limit=N`). */
export type Part = { page: number } | { limit: number };

const query = (part: Part) => ('limit' in part ? `?limit=${part.limit}` : part.page === 0 ? '' : `?page=${part.page}`);

export function feedUrls(base: string, tagSlug: string | null, part: Part): FormatUrls {
  const links = siteLinks(base);
  const feeds = tagSlug === null ? links.feeds() : links.tagFeeds(tagSlug);
  const q = query(part);
  return { rss: `${feeds.rss}${q}`, atom: `${feeds.atom}${q}`, json: `${feeds.json}${q}` };
}

export function htmlUrl(base: string, tagSlug: string | null, page: number): string {
  const links = siteLinks(base);
  return `${tagSlug === null ? links.home() : links.tag(tagSlug)}${query({ page })}`;
}

export function feedPaging(base: string, tagSlug: string | null, links: PageLinks | null): Paging | undefined {
  if (!links) return undefined;
  const at = (page: number | null) => (page === null ? null : feedUrls(base, tagSlug, { page }));
  return { first: at(links.first)!, last: at(links.last), next: at(links.next), previous: at(links.previous) };
}
