// One feed document's description, from the articles it carries and where it sits in its listing.
import type { Catalog, CatalogEntry, TagInfo } from '../catalog/format.ts';
import { lookup } from '../catalog/lookup.ts';
import type { Site } from '../site.ts';
import { newestUpdate, type FeedData, type FeedItem, type FormatUrls, type Paging } from './feed-data.ts';
import { siteLinks } from './links.ts';
import { imageAt, withImagesAt } from '../catalog/images.ts';
import { scopeHome, scopeTitle, type ListingScope } from './listing-scope.ts';

export interface FeedDocument {
  site: Site;
  base: string;
  scope: ListingScope;
  /** Newest first, with their bodies. */
  entries: readonly CatalogEntry[];
  bodies: readonly string[];
  /** This document's own addresses. */
  urls: FormatUrls;
  paging?: Paging;
}

/** One article as every feed lists it. The site's own images (published from curated/) are named relative to its root until here. */
export function feedItem(entry: CatalogEntry, body: string, base: string): FeedItem {
  // Field by field: a spread of an entry parsed from JSON costs some 30 times as much.
  const { id, slug, title, summary, tags, published, updated, url, source, authors, collection, language, fullText, noteHtml } = entry;
  return {
    id,
    slug,
    title,
    summary,
    tags,
    published,
    updated,
    url,
    source,
    authors,
    collection,
    language,
    fullText,
    noteHtml,
    link: siteLinks(base).article(slug),
    contentHtml: withImagesAt(body, base),
    image: imageAt(entry.image, base),
  };
}

/** Everything a document says besides its items (whose own fragments may have been written already). */
export function feedHeader({ site, base, scope, entries, urls, paging }: Omit<FeedDocument, 'bodies'>): FeedData {
  const home = scopeHome(base, scope);
  return {
    site,
    ...scopeTitle(site.title, site.description, scope),
    id: home,
    homeUrl: home,
    siteHome: siteLinks(base).home(),
    urls,
    ...(paging ? { paging } : {}),
    updated: newestUpdate(entries),
    items: [],
  };
}

export function feedData(document: FeedDocument): FeedData {
  const { entries, bodies, base } = document;
  return { ...feedHeader(document), items: entries.map((entry, i) => feedItem(entry, bodies[i]!, base)) };
}

export function articlesFor(catalog: Catalog, tag: TagInfo | null): CatalogEntry[] {
  return tag ? (lookup(catalog).byTag.get(tag.slug) ?? []) : catalog.articles;
}
