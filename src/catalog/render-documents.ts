// Every document of a listing, made the same way by the build (prerendered) and by the request
// path (`?limit=`): the feed renderers and the HTML pages are called, never re-implemented. A
// `?limit=` feed is put together from the items the build wrote (item packs) around a head and a
// tail made here, which gives the bytes the renderer would.
import type { FeedFormat } from '../feeds/render.ts';
import { renderFeed } from '../feeds/render.ts';
import { feedPaging, feedUrls, htmlUrl } from '../feeds/listing-urls.ts';
import { feedData, feedHeader } from '../feeds/select.ts';
import { feedParts, joinFeed } from '../feeds/fragments.ts';
import { fingerprint } from '../http/conditional.ts';
import { ORIGIN_MARKER, type DocumentFile } from './published.ts';
import type { Site } from '../site.ts';
import { collectionPage, indexPage, tagPage, type Pager } from '../web/pages.ts';
import type { CollectionInfo } from '../collections/collection.ts';
import type { ListingScope } from '../feeds/listing-scope.ts';
import type { CatalogEntry, TagInfo } from './format.ts';
import type { PageLinks } from './pages.ts';

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

/** An item as the build wrote it (item-packs.ts): its bytes in one format, and the hash of its three. */
export interface ItemFragment {
  bytes: Uint8Array;
  hash: string;
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

// A format's tail and separators are the same in every document: encoded once.
const encodings = new Map<string, Uint8Array>();
function encoded(text: string): Uint8Array {
  let bytes = encodings.get(text);
  if (!bytes) encodings.set(text, (bytes = utf8.encode(text)));
  return bytes;
}

/**
 * The newest `limit` articles, from their items' fragments: the bytes renderLimitedFeed gives. Its
 * ETag is a hash of the head, the tail and the fragments' own hashes, so no body is hashed here.
 */
export function joinLimitedFeed(format: FeedFormat, listing: Listing, entries: readonly CatalogEntry[], fragments: readonly ItemFragment[], limit: number): { bytes: Uint8Array; etag: string } {
  const { site, base, scope } = listing;
  const parts = feedParts(format, feedHeader({ site, base, scope, entries, urls: feedUrls(base, scope, { limit }) }));
  const etag = `"f${fingerprint([format, parts.head, parts.tail, ...fragments.map((f) => f.hash)].join('\n'))}"`;
  // Without a site url, items were written with a marker where the request's origin goes (published.ts).
  if (site.url === null) {
    return { bytes: utf8.encode(joinFeed(parts, fragments.map((f) => fromUtf8.decode(f.bytes).split(ORIGIN_MARKER).join(base)))), etag };
  }
  const head = utf8.encode(parts.head);
  const [tail, before, between] = [encoded(parts.tail), encoded(parts.before), encoded(parts.between)];
  let total = head.length + tail.length + fragments.length * before.length + Math.max(0, fragments.length - 1) * between.length;
  for (const f of fragments) total += f.bytes.length;
  const bytes = new Uint8Array(total);
  let at = 0;
  const put = (piece: Uint8Array) => {
    bytes.set(piece, at);
    at += piece.length;
  };
  put(head);
  for (const [n, f] of fragments.entries()) {
    if (n) put(between);
    put(before);
    put(f.bytes);
  }
  put(tail);
  return { bytes, etag };
}
