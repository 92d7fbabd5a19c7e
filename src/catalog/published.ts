// What the build publishes for the request path (static assets on Workers, files on Node):
// prerendered documents, and an index cut into small shards so that no request reads more
// than it serves. Nothing here is bundled into the Worker.
//
//   index/head.json                  site, tags, page counts, how slugs are bucketed (small)
//   index/<listing>/head.json        validators of the head documents + the newest entries (?limit=)
//   index/<listing>/pages-<B>.json   validators of archive pages [64B+1, 64B+64]
//   index/articles/<bucket>.json     entries by slug, for article pages
//   docs/<listing>/0/<file>          the head documents, one file each
//   docs/<listing>/<page>.pages      the four documents of an archive page, one after the other
//                                    (so the asset count grows with pages, not with pages × formats)
//   bodies/*.html                    body packs, one per page of the site's listing
//   items/*.items                    the feed items of the articles `?limit=` feeds list, beside their body packs (item-packs.ts)
//   index/at-<T>/…, docs/at-<T>/…    a scheduled article's view, in force from unix time T: its own
//                                    head and the shards and documents that differ from the view before
import type { Site } from '../site.ts';
import type { CollectionInfo } from '../collections/collection.ts';
import type { ListingKey } from '../feeds/listing-scope.ts';
import { fingerprint } from '../http/conditional.ts';
import type { CatalogEntry } from './format.ts';
import type { PageLinks } from './pages.ts';

export const PUBLISHED_FORMAT = 4;
export const PAGES_PER_SHARD = 64;
/** The newest entries each listing keeps for rendered `?limit=` feeds. */
export const RECENT_ENTRIES = 100;
export const ENTRIES_PER_BUCKET = 100;

/** Links in documents of a site without a `url` point here; the request's origin replaces it. */
export const ORIGIN_MARKER = 'https://origin.curated-feeds.invalid';

export const DOCUMENT_FILES = ['feed.xml', 'atom.xml', 'feed.json', 'index.html'] as const;
export type DocumentFile = (typeof DOCUMENT_FILES)[number];

export interface DocumentInfo {
  /** Strong ETag (quoted): a hash of the file's bytes. */
  etag: string;
  /** ISO date: when these bytes were first published. */
  lastModified: string;
  bytes: number;
  /** How often ORIGIN_MARKER occurs in it. */
  markers: number;
  /** The asset file it is in, and where in it. */
  file: string;
  start: number;
  /** True when `file` holds other documents too. */
  shared: boolean;
}

export type PageDocuments = Record<DocumentFile, DocumentInfo>;

export interface PublishedTag {
  slug: string;
  name: string;
  count: number;
  /** Archive pages (the head not counted). */
  pages: number;
}

export interface PublishedHead {
  format: typeof PUBLISHED_FORMAT;
  /** The catalog's version. */
  version: string;
  site: Site;
  /** When anything published last changed: Last-Modified of what is rendered on request. */
  modifiedAt: string;
  articleCount: number;
  pages: number;
  tags: PublishedTag[];
  /** By name. */
  collections: PublishedCollection[];
  buckets: number;
  /** The site's other files (stylesheet, icon, robots.txt, sitemap.xml) by request path. */
  files: Record<string, SiteFileInfo>;
  /** Only in the build's own view (index/head.json): the views of later instants, oldest first. */
  schedule: ScheduledView[];
  /** When the view after this one comes into force; null when none does. */
  next: string | null;
  /** The listings whose shards this view does not share with the build's: listing id -> directory. */
  listingDirs: Record<string, string>;
  /** The articles that appear when this view comes into force (none in the build's view). */
  appeared: string[];
}

export interface ScheduledView {
  /** ISO: when it comes into force (the date of the articles it adds). */
  at: string;
  /** Its head file. */
  head: string;
}

export interface PublishedCollection extends CollectionInfo {
  /** Archive pages (the head not counted). */
  pages: number;
}

export interface SiteFileInfo extends DocumentInfo {
  path: string;
  contentType: string;
}

export interface ListingHead {
  documents: PageDocuments;
  /** How many of `recent` the head documents carry, and where they link. */
  headCount: number;
  links: PageLinks | null;
  /** Archive pages. */
  pages: number;
  /** Newest first, at most RECENT_ENTRIES. */
  recent: CatalogEntry[];
}

export interface PagesShard {
  /** By page number. */
  pages: Record<string, PageDocuments>;
}

export type ArticleBucket = Record<string, CatalogEntry>;

export const HEAD_PATH = 'index/head.json';
/** The folder of a listing's documents and index: `site`, `t-…` for a tag, `c-…` for a collection. */
export function listingId(scope: ListingKey): string {
  if (scope.kind === 'tag') return `t-${fingerprint(scope.slug)}`;
  if (scope.kind === 'collection') return `c-${fingerprint(scope.name)}`;
  return 'site';
}
/** `dir`: the directory of a scheduled view, for the listings it does not share. */
const under = (dir: string | undefined) => (dir ? `${dir}/` : '');
export const listingHeadPath = (listing: string, dir?: string) => `index/${under(dir)}${listing}/head.json`;
export const pagesShardOf = (page: number) => Math.floor((page - 1) / PAGES_PER_SHARD);
export const pagesShardPath = (listing: string, shard: number, dir?: string) => `index/${under(dir)}${listing}/pages-${shard}.json`;
export const scheduledHeadPath = (dir: string) => `index/${dir}/head.json`;
/** Where a document of a scheduled view goes, made from the path it has in the build's view. */
export const inScheduledView = (path: string, dir: string) => path.replace(/^docs\//, `docs/${dir}/`);
export const bucketOf = (slug: string, buckets: number) => parseInt(fingerprint(slug), 36) % buckets;
export const bucketPath = (bucket: number) => `index/articles/${bucket}.json`;
export const packPathOf = (file: string) => `bodies/${file}`;
export const siteFilePath = (requestPath: string) => `docs/files${requestPath}`;
export const documentPath = (listing: string, page: number, file: DocumentFile) => `docs/${listing}/${page}/${file}`;
/** The asset file a document is in: its own for the head, one per archive page. */
export const documentFile = (listing: string, page: number, file: DocumentFile) => (page === 0 ? documentPath(listing, page, file) : `docs/${listing}/${page}.pages`);

/** Whether an article is part of a view: every article dated before the view's next switch is. */
export const isShown = (entry: Pick<CatalogEntry, 'published'>, view: Pick<PublishedHead, 'next'>) => view.next === null || entry.published < view.next;
