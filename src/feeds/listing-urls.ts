// The addresses of a listing's documents: the head (`/feed.xml`, `/`), its archive pages
// (`?page=N`, 1 = the oldest) and rendered selections (`?limit=N`).
import type { PageLinks } from '../catalog/pages.ts';
import type { FormatUrls, Paging } from './feed-data.ts';
import { scopeFeeds, scopeHome, type ListingScope } from './listing-scope.ts';

/** A document of a listing: the head, page N of its archive, or the newest N (`?limit=N`). */
export type Part = { page: number } | { limit: number };

const query = (part: Part) => ('limit' in part ? `?limit=${part.limit}` : part.page === 0 ? '' : `?page=${part.page}`);

export function feedUrls(base: string, scope: ListingScope, part: Part): FormatUrls {
  const feeds = scopeFeeds(base, scope);
  const q = query(part);
  return { rss: `${feeds.rss}${q}`, atom: `${feeds.atom}${q}`, json: `${feeds.json}${q}` };
}

export function htmlUrl(base: string, scope: ListingScope, page: number): string {
  return `${scopeHome(base, scope)}${query({ page })}`;
}

export function feedPaging(base: string, scope: ListingScope, links: PageLinks | null): Paging | undefined {
  if (!links) return undefined;
  const at = (page: number | null) => (page === null ? null : feedUrls(base, scope, { page }));
  return { first: at(links.first)!, last: at(links.last), next: at(links.next), previous: at(links.previous) };
}
