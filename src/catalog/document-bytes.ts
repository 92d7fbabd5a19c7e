// Prerendered documents as the build writes them: bytes, each feed put together from its items'
// fragments, which a build makes and encodes once per article and format. The same bytes as
// renderPageDocument (render-documents.ts), which the request path uses.
import type { FeedFormat } from '../feeds/render.ts';
import { feedPaging, feedUrls } from '../feeds/listing-urls.ts';
import { feedHeader, feedItem } from '../feeds/select.ts';
import { feedParts, itemFragment } from '../feeds/fragments.ts';
import type { CatalogEntry } from './format.ts';
import type { DocumentFile } from './published.ts';
import { FORMAT_OF_FILE, renderPageDocument, type Listing, type PageOfListing } from './render-documents.ts';

/**
 * Item fragments a build already made, as UTF-8, by format and slug: an article's item is the same
 * in every document that lists it, so a build writing many documents makes and encodes each once.
 * At most `limit` are kept, in two generations: when the newer one is full the older goes, and a
 * fragment found in the older moves to the newer. (Evicting one at a time from the front of a
 * Map made every eviction scan the holes the earlier ones left.)
 */
export class FragmentMemo {
  private newer = new Map<string, Buffer>();
  private older = new Map<string, Buffer>();

  constructor(private readonly limit = 6000) {}

  get(format: FeedFormat, entry: CatalogEntry, make: () => string): Buffer {
    const key = `${format} ${entry.slug}`;
    let fragment = this.newer.get(key);
    if (fragment !== undefined) return fragment;
    fragment = this.older.get(key) ?? Buffer.from(make(), 'utf8');
    if (this.newer.size >= this.limit / 2) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, fragment);
    return fragment;
  }
}

/** A page as renderPageDocumentBytes takes it: each body is read only when its item is not in the memo. */
export interface PageOfListingBytes extends Omit<PageOfListing, 'bodies'> {
  bodyOf: (n: number) => string;
}

/** renderPageDocument's bytes, in pieces: a feed's items are taken from `memo`. */
export function renderPageDocumentBytes(file: DocumentFile, listing: Listing, part: PageOfListingBytes, memo: FragmentMemo): Buffer[] {
  // The HTML pages show no bodies.
  if (file === 'index.html') return [Buffer.from(renderPageDocument(file, listing, { ...part, bodies: [] }), 'utf8')];
  const { site, base, scope } = listing;
  const format = FORMAT_OF_FILE[file];
  const parts = feedParts(format, feedHeader({ site, base, scope, entries: part.entries, urls: feedUrls(base, scope, { page: part.page }), paging: feedPaging(base, scope, part.links) }));
  // As joinFeed puts them together.
  const [before, between] = [Buffer.from(parts.before, 'utf8'), Buffer.from(parts.between, 'utf8')];
  const pieces: Buffer[] = [Buffer.from(parts.head, 'utf8')];
  for (const [n, entry] of part.entries.entries()) {
    if (n) pieces.push(between);
    pieces.push(before, memo.get(format, entry, () => itemFragment(format, feedItem(entry, part.bodyOf(n), base), site)));
  }
  pieces.push(Buffer.from(parts.tail, 'utf8'));
  return pieces;
}
