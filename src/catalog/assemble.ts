// Articles -> the catalog index: sorted, tags counted, versioned by a hash of its content.
import { createHash } from 'node:crypto';
import { byNewest, tagSlug, type Article } from '../article.ts';
import type { Site } from '../site.ts';
import { CATALOG_FORMAT, type Catalog, type CatalogEntry, type TagInfo } from './format.ts';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export interface AssembledCatalog {
  catalog: Catalog;
  /** Body HTML by body hash. */
  bodies: Map<string, string>;
}

export function assembleCatalog(site: Site, articles: readonly Article[]): AssembledCatalog {
  const bodies = new Map<string, string>();
  const entries: CatalogEntry[] = articles.map(({ contentHtml, contentText: _text, ...meta }) => {
    const body = sha256(contentHtml).slice(0, 32);
    bodies.set(body, contentHtml);
    return { ...meta, body, tagSlugs: meta.tags.map(tagSlug) };
  });
  entries.sort(byNewest);
  const tags = new Map<string, TagInfo>();
  for (const entry of entries) {
    for (const [i, name] of entry.tags.entries()) {
      const slug = entry.tagSlugs[i]!;
      const tag = tags.get(slug) ?? { slug, name, count: 0 };
      tag.count++;
      tags.set(slug, tag);
    }
  }
  const unversioned = {
    format: CATALOG_FORMAT,
    site,
    articles: entries,
    tags: [...tags.values()].sort((a, b) => (a.slug < b.slug ? -1 : 1)),
  };
  const version = sha256(JSON.stringify(unversioned)).slice(0, 32);
  return { catalog: { format: CATALOG_FORMAT, version, site, articles: entries, tags: unversioned.tags }, bodies };
}
