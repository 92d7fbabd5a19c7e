// The built catalog: the whole index (catalog.json, read by the build and checked by the server,
// never uploaded), plus the article bodies packed one file per page of the site's listing.
// What the request path reads is published from it in shards (published.ts).
import type { ArticleMeta } from '../article.ts';
import type { Site } from '../site.ts';
import type { CollectionInfo } from '../collections/collection.ts';

export const CATALOG_FORMAT = 3;

/** Where one body lies: bytes [start, start + length) of `bodies/<file>`, UTF-8. */
export interface BodyRef {
  file: string;
  start: number;
  length: number;
}

export interface CatalogEntry extends ArticleMeta {
  body: BodyRef;
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
  /** By name: every top-level sub-folder of curated/, with its article count. */
  collections: CollectionInfo[];
}

export const CATALOG_FILE = 'catalog.json';
export const BODIES_DIR = 'bodies';

export function packPath(file: string): string {
  return `${BODIES_DIR}/${file}`;
}

const utf8 = new TextDecoder();

/** One body out of its pack's bytes. */
export function sliceBody(pack: Uint8Array, ref: BodyRef): string {
  return utf8.decode(pack.subarray(ref.start, ref.start + ref.length));
}
