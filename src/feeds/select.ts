// One feed document's description, from the articles it carries and where it sits in its listing.
import type { Catalog, CatalogEntry, TagInfo } from '../catalog/format.ts';
import { lookup } from '../catalog/lookup.ts';
import type { Site } from '../site.ts';
import { newestUpdate, type FeedData, type FormatUrls, type Paging } from './feed-data.ts';
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

export function feedData({ site, base, scope, entries, bodies, urls, paging }: FeedDocument): FeedData {
  const links = siteLinks(base);
  // One spread per item (a rest pattern as well costs as much again); renderers read named fields only.
  // The site's own images (published from curated/) are named relative to its root until here.
  const items = entries.map((entry, i) => ({ ...entry, link: links.article(entry.slug), contentHtml: withImagesAt(bodies[i]!, base), image: imageAt(entry.image, base) }));
  return {
    site,
    ...scopeTitle(site.title, site.description, scope),
    id: scopeHome(base, scope),
    homeUrl: scopeHome(base, scope),
    siteHome: links.home(),
    urls,
    ...(paging ? { paging } : {}),
    updated: newestUpdate(entries),
    items,
  };
}

export function articlesFor(catalog: Catalog, tag: TagInfo | null): CatalogEntry[] {
  return tag ? (lookup(catalog).byTag.get(tag.slug) ?? []) : catalog.articles;
}
