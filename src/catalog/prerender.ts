// The build's plan of every default document: for each listing (the site, each tag) and each of
// its pages (the head and the archive), the four documents with the key of what they are made
// from, so a rebuild renders only those whose inputs changed; and the item packs of the articles
// `?limit=` feeds list.
import { createHash } from 'node:crypto';
import type { CatalogEntry } from './format.ts';
import { lookup } from './lookup.ts';
import { pageCount, pageLinks, pageRange, paginate, type ListingPages } from './pages.ts';
import { SITE_FILES } from '../web/site-files.ts';
import { DOCUMENT_FILES, documentFile, documentPath, listingId, ORIGIN_MARKER, siteFilePath } from './published.ts';
import { renderPageDocument, type Listing } from './render-documents.ts';
import { renderPageDocumentBytes, type FragmentMemo } from './document-bytes.ts';
import type { CatalogView } from './schedule.ts';
import { ITEM_PACK_FORMAT, itemPackPath, type ItemPackIndex, type ItemRefs } from './item-packs.ts';
import { FEED_FORMATS, itemFragment } from '../feeds/fragments.ts';
import { feedItem } from '../feeds/select.ts';
import type { Site } from '../site.ts';
import { SITE_SCOPE, type ListingScope } from '../feeds/listing-scope.ts';

export interface PlannedListing {
  id: string;
  listing: Listing;
  entries: readonly CatalogEntry[];
  pages: ListingPages;
}

export interface PlannedDocument {
  /** Its name in the manifest. */
  path: string;
  /** The asset file it is written into (shared by the documents of an archive page). */
  file: string;
  key: string;
  /** Where its newest article is in the site's listing (0 = the newest): documents near in it share articles. */
  position: number;
  render: () => string;
  /** The same bytes, in pieces, items taken from `memo`. */
  renderBytes: (memo: FragmentMemo) => Buffer[];
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

export function planListings(catalog: CatalogView): PlannedListing[] {
  const base = catalog.site.url ?? ORIGIN_MARKER;
  const common = { site: catalog.site, tags: catalog.tags, collections: catalog.collections, base };
  const { byTag, byCollection } = lookup(catalog);
  const planned = (scope: ListingScope, entries: readonly CatalogEntry[]): PlannedListing => ({ id: listingId(scope), listing: { ...common, scope }, entries, pages: paginate(entries.map((e) => e.body.length)) });
  // The site first, then the tags and the collections in the orders the catalog lists them.
  const listings = [planned(SITE_SCOPE, catalog.articles)];
  for (const { slug, name } of catalog.tags) listings.push(planned({ kind: 'tag', slug, name }, byTag.get(slug) ?? []));
  for (const { name, title, description } of catalog.collections) listings.push(planned({ kind: 'collection', name, title, description }, byCollection.get(name) ?? []));
  return listings;
}

/** Each entry's key by the entry: CatalogView.entryDigests, or documentKeys for `documents`. */
export function entryKeys(catalog: CatalogView, documents = false): (e: CatalogEntry) => string {
  const digests = documents ? catalog.documentKeys() : catalog.entryDigests();
  const keys = new Map<CatalogEntry, string>();
  for (const [n, entry] of catalog.articles.entries()) keys.set(entry, digests[n]!);
  return (e) => keys.get(e)!;
}

const siteKeyOf = (catalog: CatalogView, codeVersion: string) => sha(JSON.stringify([codeVersion, catalog.site]));
const tagsKeyOf = (catalog: CatalogView) => sha(JSON.stringify([catalog.tags, catalog.collections]));

/**
 * A key of everything the documents of `listing` are made from: what the keys planDocuments gives
 * them are made from, for every page at once (the pages follow from the entries' body lengths,
 * which their keys hold). `before` is the same listing's key in the view before (scheduled views),
 * whose documents this view may share. Equal keys: the listing's documents and shards are as they were.
 */
export function listingKey(catalog: CatalogView, listing: PlannedListing, codeVersion: string, keyOf = entryKeys(catalog, true), before = ''): string {
  const hash = createHash('sha256').update(`${siteKeyOf(catalog, codeVersion)}\n${JSON.stringify(listing.listing.scope)}\n${before}\n`);
  if (listing.listing.scope.kind === 'site') hash.update(`${tagsKeyOf(catalog)}\n`);
  hash.update(listing.entries.map(keyOf).join('\n'));
  return hash.digest('hex').slice(0, 32);
}

/**
 * Every document of `listings` (and the site's files), keyed by `codeVersion` (the build's own
 * version), the site and its entries.
 */
export function planDocuments(
  catalog: CatalogView,
  listings: readonly PlannedListing[],
  codeVersion: string,
  bodyOf: (entry: CatalogEntry) => string,
  /** What documents show of each entry (entryKeys(catalog, true)). */
  keyOf = entryKeys(catalog, true),
): PlannedDocument[] {
  const positions = new Map<CatalogEntry, number>();
  for (const [n, entry] of catalog.articles.entries()) positions.set(entry, n);
  const siteKey = siteKeyOf(catalog, codeVersion);
  const tagsKey = tagsKeyOf(catalog);
  const docs: PlannedDocument[] = [];
  for (const { id, listing, entries, pages } of listings) {
    const count = pageCount(pages);
    for (let page = 0; page <= count; page++) {
      const { from, to } = page === 0 ? { from: 0, to: pages.headCount } : pageRange(pages, page);
      const slice = entries.slice(from, to);
      const links = pageLinks(pages, page);
      const inputs = [siteKey, JSON.stringify(listing.scope), page, JSON.stringify(links), ...slice.map(keyOf)].join('\n');
      for (const file of DOCUMENT_FILES) {
        // The site's head page also lists every tag and collection with its count.
        const key = sha(`${file}\n${inputs}${file === 'index.html' && page === 0 && listing.scope.kind === 'site' ? `\n${tagsKey}` : ''}`);
        const part = () => ({ page, links, entries: slice, bodies: file === 'index.html' ? [] : slice.map(bodyOf) });
        const render = () => renderPageDocument(file, listing, part());
        const renderBytes = (memo: FragmentMemo) => renderPageDocumentBytes(file, listing, { page, links, entries: slice, bodyOf: (n) => bodyOf(slice[n]!) }, memo);
        const position = slice.length ? positions.get(slice[0]!)! : 0;
        docs.push({ path: documentPath(id, page, file), file: documentFile(id, page, file), key, position, render, renderBytes });
      }
    }
  }
  // The stylesheet, icon, robots.txt and sitemap.xml: made again whenever the catalog changes.
  const base = catalog.site.url ?? ORIGIN_MARKER;
  for (const [requestPath, file] of Object.entries(SITE_FILES)) {
    docs.push({ path: siteFilePath(requestPath), file: siteFilePath(requestPath), key: sha(`${siteKey}\n${requestPath}\n${catalog.version}`), position: 0, render: () => file.render(catalog, base), renderBytes: () => [Buffer.from(file.render(catalog, base), 'utf8')] });
  }
  return docs;
}

export interface PlannedItemPack {
  path: string;
  /** What it is made from (the build's version is added by the writer). */
  inputs: string;
  make: () => Buffer;
}

/**
 * The item packs (item-packs.ts) of the articles in `wanted` (each with its entry's key): those a
 * `?limit=` feed of some view can list. One beside each body pack that holds any of them.
 */
export function planItemPacks(catalog: CatalogView, wanted: ReadonlyMap<CatalogEntry, string>, bodyOf: (entry: CatalogEntry) => string): PlannedItemPack[] {
  const base = catalog.site.url ?? ORIGIN_MARKER;
  const byPack = new Map<string, CatalogEntry[]>();
  for (const entry of catalog.articles) {
    if (!wanted.has(entry)) continue;
    const members = byPack.get(entry.body.file);
    if (members) members.push(entry);
    else byPack.set(entry.body.file, [entry]);
  }
  const siteKey = JSON.stringify([catalog.site, base]);
  return [...byPack].map(([file, members]) => ({
    path: itemPackPath(file),
    inputs: [siteKey, ...members.map((e) => `${e.slug} ${wanted.get(e)}`)].join('\n'),
    make: () => itemPackBytes(members.map((entry) => ({ entry, body: bodyOf(entry) })), catalog.site, base),
  }));
}

/** The bytes of one item pack: `members` (entries with their bodies), links made from `base`. */
function itemPackBytes(members: readonly { entry: CatalogEntry; body: string }[], site: Site, base: string): Buffer {
  const index: ItemPackIndex = { format: ITEM_PACK_FORMAT, items: {} };
  const parts: Buffer[] = [];
  let at = 0;
  for (const { entry, body } of members) {
    const item = feedItem(entry, body, base);
    const refs: (number | string)[] = [];
    const hash = createHash('sha256');
    for (const format of FEED_FORMATS) {
      const bytes = Buffer.from(itemFragment(format, item, site), 'utf8');
      refs.push(at, bytes.length);
      hash.update(bytes);
      parts.push(bytes);
      at += bytes.length;
    }
    refs.push(hash.digest('base64').slice(0, 16));
    index.items[entry.slug] = refs as ItemRefs;
  }
  return Buffer.concat([Buffer.from(`${JSON.stringify(index)}\n`, 'utf8'), ...parts]);
}

