// Articles -> the catalog index and its body packs: sorted, tags counted, versioned by a hash of
// its content. Bodies go into 256 packs by their hash, so adding an article changes one pack.
import { createHash } from 'node:crypto';
import { byNewest, tagSlug, type Article, type ArticleMeta } from '../article.ts';
import type { Site } from '../site.ts';
import { CATALOG_FORMAT, type BodyRef, type Catalog, type CatalogEntry, type TagInfo } from './format.ts';

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

/** An article on its way into the catalog. */
export interface CatalogArticle extends ArticleMeta {
  body: BodySource;
}

export function toCatalogArticle({ contentHtml, contentText: _text, ...meta }: Article): CatalogArticle {
  return { ...meta, body: bodySource(contentHtml) };
}

/** The bodies of one pack file, in the order of their offsets. */
export type Pack = BodySource[];

export interface AssembledCatalog {
  catalog: Catalog;
  /** The catalog as written to catalog.json. */
  json: string;
  /** Pack file name -> its bodies. */
  packs: Map<string, Pack>;
}

export function packBytes(pack: Pack): Buffer {
  return Buffer.from(pack.map(htmlOf).join(''), 'utf8');
}

export function assembleCatalog(site: Site, articles: readonly CatalogArticle[]): AssembledCatalog {
  const { refs, packs } = packBodies(articles.map((a) => a.body));
  const entries: CatalogEntry[] = articles.map(({ body: _body, ...meta }, i) => ({
    ...meta,
    body: refs[i]!,
    tagSlugs: meta.tags.map(tagSlug),
  }));
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
  const catalog: Catalog = {
    format: CATALOG_FORMAT,
    version: '',
    site,
    articles: entries,
    tags: [...tags.values()].sort((a, b) => (a.slug < b.slug ? -1 : 1)),
  };
  // The version is the hash of the catalog's own JSON without it; the JSON is made once.
  const unversioned = JSON.stringify({ ...catalog, version: undefined });
  catalog.version = sha256(unversioned).slice(0, 32);
  const json = `{"format":${CATALOG_FORMAT},"version":"${catalog.version}",${unversioned.slice(`{"format":${CATALOG_FORMAT},`.length)}\n`;
  return { catalog, json, packs };
}

/** Groups bodies into packs named by their members, and says where each body lies. */
function packBodies(bodies: readonly BodySource[]): { refs: BodyRef[]; packs: Map<string, Pack> } {
  const buckets = new Map<string, Map<string, BodySource>>();
  for (const body of bodies) {
    const bucket = body.hash.slice(0, 2);
    if (!buckets.has(bucket)) buckets.set(bucket, new Map());
    buckets.get(bucket)!.set(body.hash, body);
  }
  const where = new Map<string, BodyRef>();
  const packs = new Map<string, Pack>();
  for (const [bucket, members] of [...buckets].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ordered = [...members.keys()].sort();
    const file = `${bucket}-${sha256(ordered.join('\n')).slice(0, 16)}.html`;
    const pack: Pack = [];
    let start = 0;
    for (const hash of ordered) {
      const body = members.get(hash)!;
      where.set(hash, { file, start, length: body.bytes });
      pack.push(body);
      start += body.bytes;
    }
    packs.set(file, pack);
  }
  return { refs: bodies.map((b) => where.get(b.hash)!), packs };
}
