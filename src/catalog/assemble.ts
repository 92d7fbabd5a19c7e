// Articles -> the catalog index and its body packs: sorted, tags counted, versioned by a hash of
// its content. Bodies are packed by five pages of the site's listing (pages.ts), counted from the
// oldest, so adding an article changes only the newest pack and a feed page reads one or two.
// Each article's entry arrives already written as UTF-8 JSON (made once, when its file was read),
// so a rebuild of 10,000 articles joins bytes instead of writing out 10,000 objects again.
import { createHash } from 'node:crypto';
import { byNewest, tagSlug, type Article } from '../article.ts';
import type { Site } from '../site.ts';
import type { Collection, CollectionInfo } from '../collections/collection.ts';
import { paginate, pageCount } from './pages.ts';
import { imageAddress, type ImageSource } from './images.ts';
import { CATALOG_FORMAT, type BodyRef, type Catalog, type CatalogEntry, type TagInfo } from './format.ts';
import { listedEntry } from './listed-entry.ts';

const utf8 = new TextDecoder();

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * One body as the catalog needs it: its hash and size place it in a pack; the HTML itself is
 * needed only when its pack must be written, so a rebuild can leave cached bodies unread.
 */
export interface BodySource {
  hash: string;
  bytes: number;
  html: string | (() => string);
}

export function bodySource(html: string): BodySource {
  return { hash: sha256(html).slice(0, 32), bytes: Buffer.byteLength(html, 'utf8'), html };
}

const htmlOf = (body: BodySource) => (typeof body.html === 'string' ? body.html : body.html());

/** Bytes [start, start + length) of `source`: an entry's JSON, left where it was read or made. */
export interface ByteRange {
  source: Uint8Array;
  start: number;
  length: number;
}

/** An article on its way into the catalog: what ordering, tag counts and the checks read, its entry and its body. */
export interface CatalogArticle {
  id: string;
  slug: string;
  published: string;
  updated: string;
  tags: string[];
  tagSlugs: string[];
  collection: string | null;
  /** Its catalog entry as UTF-8 JSON, all but `body`. */
  entry: ByteRange;
  /** A digest of `entry`, made once when the file is read and kept in the build cache. */
  entryDigest: string;
  body: BodySource;
  /** The images from curated/ its body and entry name, to be published with it. */
  images?: ImageSource[];
}

const wholeRange = (source: Uint8Array): ByteRange => ({ source, start: 0, length: source.length });

export function toCatalogArticle({ contentHtml, contentText: _text, ...meta }: Article, images: ImageSource[] = []): CatalogArticle {
  const tagSlugs = meta.tags.map(tagSlug);
  const entry: Omit<CatalogEntry, 'body'> = { ...meta, tagSlugs };
  const { id, slug, published, updated, tags, collection } = meta;
  // A summary-only article's body is never published: its place in the pack is empty.
  const body = bodySource(meta.fullText ? contentHtml : '');
  // Only the images what is published shows: a summary-only article's body images stay unpublished.
  const shown = meta.fullText ? images : images.filter((image) => meta.image?.url === imageAddress(image.name));
  const bytes = Buffer.from(JSON.stringify(entry));
  const entryDigest = createHash('sha1').update(bytes).digest('base64');
  return { id, slug, published, updated, tags, tagSlugs, collection, entry: wholeRange(bytes), entryDigest, body, ...(shown.length ? { images: shown } : {}) };
}

/** The bodies of one pack file, in the order of their offsets. */
export type Pack = BodySource[];

/** The catalog just made. Its entries are listed from its articles; each is parsed from its JSON only if something reads more (listed-entry.ts). */
export class AssembledCatalog implements Catalog {
  readonly format = CATALOG_FORMAT;
  private entries: CatalogEntry[] | undefined;

  constructor(
    readonly version: string,
    readonly site: Site,
    readonly tags: TagInfo[],
    readonly collections: CollectionInfo[],
    readonly articleCount: number,
    /** The catalog as written to catalog.json. */
    readonly bytes: Buffer,
    /** Pack file name -> its bodies. */
    readonly packs: Map<string, Pack>,
    /** Where the JSON of the n-th entry (newest first) starts in `bytes` (one more at the end). */
    readonly entrySpans: Uint32Array = new Uint32Array(1),
    /** Image file name -> where its bytes are (every image some article names, once). */
    readonly images: ReadonlyMap<string, ImageSource> = new Map(),
    /** entryDigests() and documentKeys(), when known already. */
    private keys: { entries: string[]; documents: string[] } | null = null,
    /** The articles the entries were made from, newest first, with where their bodies lie. */
    private readonly listed: { articles: readonly CatalogArticle[]; refs: readonly BodyRef[] } | null = null,
  ) {}

  /**
   * A key for each entry, newest first, that changes whenever its JSON in the catalog does: what
   * prerendered documents are keyed by. Made from the digest each article brings and where its body
   * lies, so a rebuild hashes nothing here.
   */
  entryDigests(): string[] {
    return this.keys?.entries ?? (this.keys = { entries: this.hashEntries(), documents: [] }).entries;
  }

  /**
   * A key for each entry, newest first, that changes whenever what documents show of it does: its
   * entry and its body, but not where the body lies (which moves whenever a pack before it changes).
   */
  documentKeys(): string[] {
    const known = this.keys?.documents;
    return known?.length === this.articleCount ? known : this.entryDigests();
  }

  private hashEntries(): string[] {
    const out: string[] = new Array(this.articleCount);
    for (let n = 0; n < this.articleCount; n++) {
      out[n] = createHash('sha1').update(this.bytes.subarray(this.entrySpans[n]!, this.entrySpans[n + 1]!)).digest('base64');
    }
    return out;
  }

  get json(): string {
    return this.bytes.toString('utf8');
  }

  /** Listed from the articles the catalog was made from when it has them (listed-entry.ts), else parsed from its JSON. */
  get articles(): CatalogEntry[] {
    if (this.entries) return this.entries;
    if (!this.listed) return (this.entries = (JSON.parse(this.json) as Catalog).articles);
    const { articles, refs } = this.listed;
    const spans = this.entrySpans;
    const last = articles.length - 1;
    // Entries are joined by commas: the n-th ends one byte before the next starts.
    const parse = (n: number) => () => JSON.parse(utf8.decode(this.bytes.subarray(spans[n]!, n < last ? spans[n + 1]! - 1 : spans[n + 1]!))) as CatalogEntry;
    return (this.entries = articles.map((article, n) => listedEntry(article, refs[n]!, parse(n))));
  }
}

export function packBytes(pack: Pack): Buffer {
  return Buffer.from(pack.map(htmlOf).join(''), 'utf8');
}

/** Where an entry's body lies, as the JSON that ends its entry: `,"body":{...}}` (ASCII). */
const bodyRefJson = ({ file, start, length }: BodyRef) => `,"body":{"file":"${file}","start":${start},"length":${length}}}`;

export function assembleCatalog(site: Site, articles: readonly CatalogArticle[], collections: readonly Collection[] = []): AssembledCatalog {
  const order = articles.map((_, i) => i).sort((i, j) => byNewest(articles[i]!, articles[j]!));
  const { refs, packs } = packBodies(articles, order);
  const tags = new Map<string, TagInfo>();
  for (const i of order) {
    const article = articles[i]!;
    for (const [k, name] of article.tags.entries()) {
      const slug = article.tagSlugs[k]!;
      const tag = tags.get(slug) ?? { slug, name, count: 0 };
      tag.count++;
      tags.set(slug, tag);
    }
  }
  const tagList = [...tags.values()].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  const counts = new Map<string, number>();
  for (const article of articles) if (article.collection !== null) counts.set(article.collection, (counts.get(article.collection) ?? 0) + 1);
  const collectionList: CollectionInfo[] = collections.map(({ name, title, description }) => ({ name, title, description, count: counts.get(name) ?? 0 }));

  // Every entry is copied once, straight into the catalog's bytes: its JSON without the closing
  // brace, then where its body lies. The version goes in last, as the hash of all after it.
  const beforeVersion = `{"format":${CATALOG_FORMAT},"version":"`;
  const head = `${beforeVersion}${' '.repeat(32)}",`;
  const open = `"site":${JSON.stringify(site)},"articles":[`;
  const close = `],"tags":${JSON.stringify(tagList)},"collections":${JSON.stringify(collectionList)}}\n`;
  const endings = order.map((_, n) => bodyRefJson(refs[n]!));
  const documentKeys = order.map((i) => `${articles[i]!.entryDigest} ${articles[i]!.body.hash}`);
  const keys = { documents: documentKeys, entries: order.map((_, n) => `${documentKeys[n]} ${refs[n]!.file} ${refs[n]!.start}`) };
  let size = head.length + Buffer.byteLength(open) + Buffer.byteLength(close) + Math.max(order.length - 1, 0);
  for (const [n, i] of order.entries()) size += articles[i]!.entry.length - 1 + endings[n]!.length;
  const bytes = Buffer.allocUnsafe(size);
  let at = bytes.write(head, 0, 'latin1');
  const restStart = at;
  at += bytes.write(open, at);
  const spans = new Uint32Array(order.length + 1);
  for (const [n, i] of order.entries()) {
    const { source, start, length } = articles[i]!.entry;
    if (n) bytes[at++] = 0x2c; // ,
    spans[n] = at;
    bytes.set(source.subarray(start, start + length - 1), at);
    at += length - 1;
    at += bytes.write(endings[n]!, at, 'latin1');
  }
  spans[order.length] = at;
  at += bytes.write(close, at);
  const version = createHash('sha256').update(bytes.subarray(restStart, at)).digest('hex').slice(0, 32);
  bytes.write(version, beforeVersion.length, 'latin1');
  const images = new Map<string, ImageSource>();
  for (const i of order) for (const image of articles[i]!.images ?? []) if (!images.has(image.name)) images.set(image.name, image);
  return new AssembledCatalog(version, site, tagList, collectionList, articles.length, bytes.subarray(0, at), packs, spans, images, keys, { articles: order.map((i) => articles[i]!), refs });
}

/** Pages of the site's listing per body pack: packs stay few (asset files are limited) and small. */
const PAGES_PER_PACK = 5;

/** Packs the bodies of each PAGES_PER_PACK pages of the site's listing into one file named by its members; `refs` in `order`. */
function packBodies(articles: readonly CatalogArticle[], order: readonly number[]): { refs: BodyRef[]; packs: Map<string, Pack> } {
  const newestFirst = order.map((i) => articles[i]!.body);
  const pages = paginate(newestFirst.map((b) => b.bytes));
  const refs: BodyRef[] = new Array(newestFirst.length);
  const packs = new Map<string, Pack>();
  const count = pageCount(pages);
  for (let group = 1; (group - 1) * PAGES_PER_PACK < count; group++) {
    // Oldest first inside a pack, so a growing newest page keeps its bodies where they were.
    const first = (group - 1) * PAGES_PER_PACK + 1;
    const last = Math.min(count, group * PAGES_PER_PACK);
    const from = pages.total - pages.starts[last]!;
    const to = pages.total - pages.starts[first - 1]!;
    const members: number[] = [];
    for (let n = to - 1; n >= from; n--) members.push(n);
    const file = `${group}-${sha256(members.map((n) => newestFirst[n]!.hash).join('\n')).slice(0, 16)}.html`;
    const pack: Pack = [];
    let start = 0;
    for (const n of members) {
      const body = newestFirst[n]!;
      refs[n] = { file, start, length: body.bytes };
      pack.push(body);
      start += body.bytes;
    }
    packs.set(file, pack);
  }
  return { refs, packs };
}
