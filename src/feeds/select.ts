// Which articles a feed carries, and the feed's own description: newest first, up to the limit.
import type { Catalog, CatalogEntry, TagInfo } from '../catalog/format.ts';
import { lookup } from '../catalog/lookup.ts';
import type { CatalogStore } from '../catalog/store.ts';
import { newestUpdate, type FeedData } from './feed-data.ts';
import { siteLinks } from './links.ts';

export async function selectFeed(
  store: CatalogStore,
  catalog: Catalog,
  base: string,
  tag: TagInfo | null,
  limit: number,
): Promise<FeedData> {
  const links = siteLinks(base);
  const chosen = articlesFor(catalog, tag).slice(0, limit);
  const bodies = await Promise.all(chosen.map((entry) => store.body(entry)));
  const items = chosen.map(({ body: _hash, tagSlugs: _slugs, ...meta }, i) => ({ ...meta, link: links.article(meta.slug), contentHtml: bodies[i]! }));
  const feedPath = tag ? links.tagFeeds(tag.slug) : links.feeds();
  return {
    site: catalog.site,
    title: tag ? `${catalog.site.title}: ${tag.name}` : catalog.site.title,
    description: tag ? `Articles tagged “${tag.name}” from ${catalog.site.title}` : catalog.site.description,
    id: tag ? links.tag(tag.slug) : links.home(),
    homeUrl: tag ? links.tag(tag.slug) : links.home(),
    siteHome: links.home(),
    urls: feedPath,
    updated: newestUpdate(chosen),
    items,
  };
}

export function articlesFor(catalog: Catalog, tag: TagInfo | null): CatalogEntry[] {
  return tag ? (lookup(catalog).byTag.get(tag.slug) ?? []) : catalog.articles;
}
