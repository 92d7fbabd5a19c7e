// The built catalog: a compact index the Worker keeps in memory, plus one body file per article.
import type { ArticleMeta } from '../article.ts';
import type { Site } from '../site.ts';

export const CATALOG_FORMAT = 1;

export interface CatalogEntry extends ArticleMeta {
  /** Content hash of the body: its file is `bodies/<body>.html`. */
  body: string;
  /** tagSlug() of each tag, so the request path never recomputes them. */
  tagSlugs: string[];
}

export interface TagInfo {
  slug: string;
  name: string;
  count: number;
}

export interface Catalog {
  format: typeof CATALOG_FORMAT;
  /** Hash of everything below: changes whenever any served byte could change. */
  version: string;
  site: Site;
  /** Newest first. */
  articles: CatalogEntry[];
  /** By slug. */
  tags: TagInfo[];
}

export const CATALOG_FILE = 'catalog.json';
export const BODIES_DIR = 'bodies';

export function bodyPath(entry: Pick<CatalogEntry, 'body'>): string {
  return `${BODIES_DIR}/${entry.body}.html`;
}
