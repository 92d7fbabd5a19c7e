// Every document of a listing, made the same way by the build (prerendered) and by the request
// path (`?limit=`): the feed renderers and the HTML pages are called, never re-implemented.
import type { FeedFormat } from '../feeds/render.ts';
import { renderFeed } from '../feeds/render.ts';
import { feedPaging, feedUrls, htmlUrl } from '../feeds/listing-urls.ts';
import { feedData } from '../feeds/select.ts';
import type { Site } from '../site.ts';
import { collectionPage, indexPage, tagPage, type Pager } from '../web/pages.ts';
import type { CollectionInfo } from '../collections/collection.ts';
import type { ListingScope } from '../feeds/listing-scope.ts';
import type { CatalogEntry, TagInfo } from './format.ts';
import type { PageLinks } from './pages.ts';
import type { DocumentFile } from './published.ts';

export const FORMAT_OF_FILE: Record<Exclude<DocumentFile, 'index.html'>, FeedFormat> = { 'feed.xml': 'rss', 'atom.xml': 'atom', 'feed.json': 'json' };

export interface Listing {
  site: Site;
  /** Every tag, for the tag list of the site's head page. */
  tags: readonly TagInfo[];
  /** Every collection, for the site's head page. */
  collections: readonly CollectionInfo[];
  base: string;
  scope: ListingScope;
}

export interface PageOfListing {
  /** 0 = the head, else archive page N (1 = the oldest). */
  page: number;
  links: PageLinks | null;
  entries: readonly CatalogEntry[];
  bodies: readonly string[];
}

// No page says how many pages there are: a new page then rewrites only the newest ones.
function pager(listing: Listing, { page, links }: PageOfListing): Pager {
  const at = (n: number | null | undefined) => (n === null || n === undefined ? null : htmlUrl(listing.base, listing.scope, n));
  return { page, newer: at(links?.previous), older: at(links?.next), label: page === 0 ? 'Latest' : `Page ${page}` };
}

export function renderPageDocument(file: DocumentFile, listing: Listing, part: PageOfListing): string {
  const { site, base, scope } = listing;
  if (file === 'index.html') {
    // Only the head page lists the tags, so adding an article rewrites no archive page for a count.
    const page =
      scope.kind === 'tag'
        ? tagPage({ site }, base, scope, part.entries, pager(listing, part))
        : scope.kind === 'collection'
          ? collectionPage({ site }, base, scope, part.entries, pager(listing, part))
          : indexPage({ site, tags: part.page === 0 ? listing.tags : [], collections: part.page === 0 ? listing.collections : [] }, base, part.entries, pager(listing, part));
    if (page instanceof Promise) throw new Error('HTML pages are rendered synchronously');
    return String(page);
  }
  return renderFeed(
    FORMAT_OF_FILE[file],
    feedData({ site, base, scope, entries: part.entries, bodies: part.bodies, urls: feedUrls(base, scope, { page: part.page }), paging: feedPaging(base, scope, part.links) }),
  );
}

/** The newest `limit` articles (`?limit=N`): the one kind of feed rendered on request. */
export function renderLimitedFeed(format: FeedFormat, listing: Listing, entries: readonly CatalogEntry[], bodies: readonly string[], limit: number): string {
  const { site, base, scope } = listing;
  return renderFeed(format, feedData({ site, base, scope, entries, bodies, urls: feedUrls(base, scope, { limit }) }));
}
