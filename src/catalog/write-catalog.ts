// Publishes a catalog: body packs, prerendered documents, the sharded index, item packs, catalog.json and the
// manifest, each written atomically and only when its bytes change. A file already there is
// trusted only when it is what the last build wrote (same size and time; under --no-cache, the
// same hash): a truncated or altered pack or document is found and written again.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { toIso } from '../ingest/dates.ts';
import { SITE_FILES } from '../web/site-files.ts';
import type { ListingKey } from '../feeds/listing-scope.ts';
import { packBytes, type AssembledCatalog, type Pack } from './assemble.ts';
import { BODIES_DIR, CATALOG_FILE, packPath, sliceBody, type CatalogEntry } from './format.ts';
import { imageAssetPath, IMAGES_DIR } from './images.ts';
import { emptyManifest, listingNote, MANIFEST_FILE, readManifest, type DocumentRecord, type ListingRecord, type Manifest, type WrittenFile } from './manifest.ts';
import { pageCount, pageLinks, type ListingPages } from './pages.ts';
import { DocumentThreads, type RenderJob } from './document-threads.ts';
import { entryKeys, listingKey, planDocuments, planItemPacks, planListings, type PlannedListing } from './prerender.ts';
import { FragmentMemo } from './document-bytes.ts';
import { documentFileHash, groupsByFile, renderGroup, type RenderedGroup } from './render-group.ts';
import { hashOf, writeAtomically, writeTemporary } from './temporary-files.ts';
import { epochDir, epochsOf } from './schedule.ts';
import {
  bucketOf,
  bucketPath,
  DOCUMENT_FILES,
  documentPath,
  ENTRIES_PER_BUCKET,
  HEAD_PATH,
  inScheduledView,
  listingHeadPath,
  listingId,
  ORIGIN_MARKER,
  pagesShardOf,
  pagesShardPath,
  PUBLISHED_FORMAT,
  RECENT_ENTRIES,
  scheduledHeadPath,
  siteFilePath,
  type ArticleBucket,
  type ListingHead,
  type PageDocuments,
  type PagesShard,
  type PublishedHead,
} from './published.ts';

/** A shard of the index: where it goes (in a scheduled view's folder or not), what it is made from, and how. */
interface ShardSpec {
  path: (dir?: string) => string;
  inputs: string;
  make: () => unknown;
}

/** Files of the output folder that are not served (wrangler's .assetsignore keeps them off the upload). */
const NOT_SERVED = [CATALOG_FILE, MANIFEST_FILE, '.assetsignore'];

export interface WriteOptions {
  /** 'full' hashes every file already there (--no-cache); 'quick' trusts size and time. */
  verify?: 'quick' | 'full';
  now?: Date;
  /** The build's own version: documents made by other code are rendered again. */
  codeVersion?: string;
  /** Called with each file found damaged and written again. */
  onRepair?: (path: string) => void;
  /**
   * Render documents on up to `threads` more threads when at least `from` files are to be
   * rendered; `threadsOnly` (for tests) leaves them all to those threads.
   */
  parallel?: { threads: number; from: number; threadsOnly?: boolean };
}

/** An image file changed between being read and being published: the build must run again. */
export class SourceChangedError extends Error {}

/** Whether a pack holds exactly its members: each body hashes to the hash the pack's name is made from. */
export function packIsIntact(bytes: Uint8Array, pack: Pack): boolean {
  let at = 0;
  for (const body of pack) {
    if (hashOf(bytes.subarray(at, at + body.bytes)).slice(0, 32) !== body.hash) return false;
    at += body.bytes;
  }
  return at === bytes.length;
}

/** Whole seconds, so a date survives the trip through an HTTP date; later than `previous` when there is one. */
function publishedAt(now: Date, previous: string | undefined): string {
  return toIso(new Date(previous ? Math.max(now.getTime(), Date.parse(previous) + 1000) : now.getTime()));
}

/** Returns how many files were written. */
export function writeCatalog(dir: string, catalog: AssembledCatalog, options: WriteOptions = {}): number {
  // Started on first need, and stopped however the writing ends.
  const started: { threads?: DocumentThreads } = {};
  try {
    return publish(dir, catalog, options, () => (started.threads ??= DocumentThreads.start(options.parallel?.threads)));
  } finally {
    started.threads?.close();
  }
}

function publish(dir: string, catalog: AssembledCatalog, options: WriteOptions, threads: () => DocumentThreads): number {
  const verify = options.verify ?? 'quick';
  const now = options.now ?? new Date();
  const previous = existsSync(dir) ? readManifest(dir) : emptyManifest();
  const files: Record<string, WrittenFile> = {};
  let written = 0;

  const root = resolve(dir);
  const abs = (rel: string) => `${root}/${rel}`;
  const record = (rel: string, hash: string) => {
    const { size, mtimeMs } = statSync(abs(rel));
    files[rel] = { size, mtimeMs, hash };
  };
  // Every new file is first written as a temporary; only when all of them are written are they
  // renamed into place, in the order written (catalog.json last), so a full disk halfway through leaves the last catalog whole
  // rather than a mix of old and new shards.
  const pending: { rel: string; temp: string; hash: string }[] = [];
  const put = (rel: string, bytes: Uint8Array, hash = hashOf(bytes)) => {
    pending.push({ rel, temp: writeTemporary(abs(rel), bytes), hash });
    written++;
  };

  /** The file is what the last build wrote with hash `hash` (when given). */
  const intact = (rel: string, hash?: string): boolean => {
    const known = previous.files[rel];
    if (!known || (hash !== undefined && known.hash !== hash)) return false;
    let stat;
    try {
      stat = statSync(abs(rel));
    } catch {
      return false;
    }
    if (stat.size !== known.size) return false;
    if (verify === 'quick' && stat.mtimeMs === known.mtimeMs) return (files[rel] = known), true;
    if (hashAsRecorded(rel, readFileSync(abs(rel))) !== known.hash) return false;
    record(rel, known.hash);
    return true;
  };
  // A file of documents is recorded with documentFileHash() of the documents the last build put in it.
  let documentSpans: Map<string, DocumentRecord[]> | undefined;
  const hashAsRecorded = (rel: string, bytes: Buffer): string => {
    documentSpans ??= documentsByFile(previous.documents);
    const docs = documentSpans.get(rel);
    return docs ? documentFileHash(docs.map(({ start, bytes: length }) => hashOf(bytes.subarray(start, start + length)))) : hashOf(bytes);
  };
  const repaired = (rel: string) => {
    if (previous.files[rel] && existsSync(abs(rel))) options.onRepair?.(rel);
  };

  // Body packs: named by their members, checked against them whenever their record does not vouch for them.
  for (const [file, pack] of catalog.packs) {
    const rel = packPath(file);
    if (verify === 'quick' && intact(rel)) continue;
    if (existsSync(abs(rel))) {
      const bytes = readFileSync(abs(rel));
      if (packIsIntact(bytes, pack)) {
        record(rel, hashOf(bytes));
        continue;
      }
      repaired(rel);
    }
    put(rel, packBytes(pack));
  }
  // Where each new pack's bytes are until they are renamed into place, for the document threads.
  const packTemps = new Map(pending.map(({ rel, temp }) => [rel, temp]));

  // Images from curated/, named by their bytes: one already there is what the last build wrote.
  for (const image of catalog.images.values()) {
    const rel = imageAssetPath(image.name);
    if (intact(rel, image.hash)) continue;
    let bytes: Buffer;
    try {
      bytes = readFileSync(image.source);
    } catch (err) {
      if ((err as { code?: string }).code !== 'ENOENT') throw err;
      throw new SourceChangedError(`${relative(process.cwd(), image.source)}: was deleted while the build ran; build again`);
    }
    if (hashOf(bytes) !== image.hash) throw new SourceChangedError(`${relative(process.cwd(), image.source)}: changed while the build ran; build again`);
    repaired(rel);
    put(rel, bytes, image.hash);
  }

  // Prerendered documents and the index, for each view: the build's own, then one per instant a
  // scheduled article appears (schedule.ts). A scheduled view writes only the documents and
  // shards that differ from the view before it, and points at that view's for the rest.
  const packCache = new Map<string, Buffer>();
  const bodyOf = (entry: CatalogEntry) => {
    let bytes = packCache.get(entry.body.file);
    if (!bytes) packCache.set(entry.body.file, (bytes = packBytes(catalog.packs.get(entry.body.file) ?? [])));
    return sliceBody(bytes, entry.body);
  };
  const documents: Record<string, DocumentRecord> = {};
  const shards: Record<string, string> = {};
  /** Writes a shard made by `make` unless the last build wrote it from the same `key`. */
  const putShard = (rel: string, inputs: string, make: () => unknown) => {
    // The code that makes shards is part of what they are made from.
    const key = hashOf(Buffer.from(`${options.codeVersion ?? ''}\n${inputs}`)).slice(0, 32);
    shards[rel] = key;
    if (previous.shards[rel] === key && intact(rel)) return;
    const made = make();
    const bytes = made instanceof Uint8Array ? made : Buffer.from(JSON.stringify(made));
    const hash = hashOf(bytes);
    if (!intact(rel, hash)) put(rel, bytes, hash);
  };
  const infoKey = (docs: PageDocuments) => JSON.stringify(docs);
  // When a scheduled view's time has come, the documents it made keep the date they appeared.
  const appearedAt = new Map<string, string>();
  for (const [path, record] of Object.entries(previous.documents)) {
    const scheduled = /^docs\/at-\d+\//.exec(path);
    if (scheduled) appearedAt.set(`docs/${path.slice(scheduled[0].length)}\n${record.etag}`, record.lastModified);
  }
  // A power of two, so that adding an article changes one bucket, not where every slug falls.
  const buckets = 2 ** Math.ceil(Math.log2(Math.max(1, Math.ceil(catalog.articleCount / ENTRIES_PER_BUCKET))));
  const epochs = epochsOf(catalog, now);
  const heads: { path: string; head: PublishedHead }[] = [];
  let documentsChanged = 0;
  let modifiedAt = previous.modifiedAt;
  let before: { dir: string; listingDirs: Record<string, string>; signatures: Map<string, string>; keys: Map<string, string> } | null = null;
  const listingRecords: Record<string, ListingRecord> = {};
  // The articles some view's `?limit=` feeds can list, with their keys: their item packs are written after the views.
  const listedRecently = new Map<CatalogEntry, string>();
  for (const epoch of epochs) {
    const dir = epoch.at === null ? '' : epochDir(epoch.at);
    const here = (path: string) => (dir ? inScheduledView(path, dir) : path);
    const inBefore = (path: string) => (before?.dir ? inScheduledView(path, before.dir) : path);
    /** Takes the last build's records of every document of a listing, when each file they are in is intact. */
    const keepDocuments = ({ id, pages }: PlannedListing): boolean => {
      const records: [string, DocumentRecord][] = [];
      for (let page = 0; page <= pageCount(pages); page++) {
        for (const file of DOCUMENT_FILES) {
          const path = here(documentPath(id, page, file));
          const record = previous.documents[path];
          if (!record) return false;
          records.push([path, record]);
        }
      }
      for (const file of new Set(records.map(([, record]) => record.file))) if (!intact(file)) return false;
      for (const [path, record] of records) documents[path] = record;
      return true;
    };
    const listings = planListings(epoch.view);
    // Documents are keyed by what they show of each entry; shards by the entries themselves.
    const keyOf = entryKeys(epoch.view, true);
    const entryKeyOf = entryKeys(epoch.view);
    // A listing whose key is the last build's, with every file of it intact, is taken as it was:
    // neither planned nor rendered again (adding one article touches the site's and its tags' listings).
    const keys = new Map<string, string>();
    const kept = new Set<string>();
    for (const listing of listings) {
      const key = listingKey(epoch.view, listing, options.codeVersion ?? '', keyOf, before?.keys.get(listing.id));
      keys.set(listing.id, key);
      if (previous.listings[listingNote(dir, listing.id)]?.key === key && keepDocuments(listing)) kept.add(listing.id);
    }
    const planned = planDocuments(epoch.view, listings.filter((l) => !kept.has(l.id)), options.codeVersion ?? '', bodyOf, keyOf);
    for (const { entries } of listings) for (const entry of entries.slice(0, RECENT_ENTRIES)) listedRecently.set(entry, entryKeyOf(entry));
    // Which files must be rendered, then all of them at once (on every core when there are many).
    const groups = groupsByFile(planned);
    const fates: ('shared' | 'kept' | number)[] = [];
    const needed: number[] = [];
    for (const [g, group] of groups.entries()) {
      const file = here(group[0]!.file);
      // This build's records of the same documents in the view before (scheduled views only).
      const earlier = before ? group.map((doc) => documents[inBefore(doc.path)]) : null;
      if (earlier?.every((r, n) => r?.key === group[n]!.key)) fates.push('shared');
      else if (group.every((doc) => previous.documents[here(doc.path)]?.key === doc.key && previous.documents[here(doc.path)]?.file === file) && intact(file)) fates.push('kept');
      else {
        fates.push(0); // its place in `todo`, below
        needed.push(g);
      }
    }
    // In the order of their articles, so that documents sharing articles are rendered together.
    needed.sort((a, b) => groups[a]![0]!.position - groups[b]![0]!.position || a - b);
    const todo: RenderJob['todo'] = needed.map((g, n) => {
      fates[g] = n;
      return { group: g, path: abs(here(groups[g]![0]!.file)) };
    });
    const countMarkers = catalog.site.url === null;
    const memo = new FragmentMemo();
    const renderHere = (n: number) => renderGroup(groups[todo[n]!.group]!, todo[n]!.path, countMarkers, memo);
    const parallel = options.parallel;
    let rendered: RenderedGroup[];
    if (parallel && todo.length >= parallel.from) {
      const { version, site, tags, collections, articleCount, bytes, entrySpans } = catalog;
      const packFiles = Object.fromEntries([...catalog.packs.keys()].map((name) => [name, packTemps.get(packPath(name)) ?? abs(packPath(name))]));
      const job: RenderJob = {
        catalog: { version, site, tags, collections, articleCount, bytes, entrySpans },
        keys: { entries: catalog.entryDigests(), documents: catalog.documentKeys() },
        kept: [...kept],
        now: now.getTime(),
        epoch: epochs.indexOf(epoch),
        codeVersion: options.codeVersion ?? '',
        countMarkers,
        packFiles,
        todo,
      };
      rendered = threads().render(job, renderHere, parallel.threadsOnly);
    } else rendered = todo.map((_, n) => renderHere(n));

    for (const [g, group] of groups.entries()) {
      const fate = fates[g]!;
      const file = here(group[0]!.file);
      const earlier = before ? group.map((doc) => documents[inBefore(doc.path)]) : null;
      const share = () => group.forEach((doc, n) => (documents[here(doc.path)] = earlier![n]!));
      if (fate === 'shared') {
        share();
        continue;
      }
      if (fate === 'kept') {
        for (const doc of group) documents[here(doc.path)] = previous.documents[here(doc.path)]!;
        continue;
      }
      const { docs, hash, temp } = rendered[fate]!;
      const made: DocumentRecord[] = [];
      let start = 0;
      for (const [n, doc] of group.entries()) {
        const known = previous.documents[here(doc.path)];
        const { etag, bytes, markers } = docs[n]!;
        let lastModified: string;
        if (known?.etag === etag) lastModified = known.lastModified;
        else if (epoch.at === null) lastModified = appearedAt.get(`${doc.path}\n${etag}`) ?? publishedAt(now, known?.lastModified);
        else if (earlier![n]?.etag === etag) lastModified = earlier![n]!.lastModified;
        else lastModified = publishedAt(new Date(epoch.at), earlier![n]?.lastModified);
        made.push({ key: doc.key, etag, lastModified, bytes, markers, file, start, shared: group.length > 1 });
        start += bytes;
      }
      if (earlier?.every((r, n) => r?.etag === made[n]!.etag)) {
        rmSync(temp, { force: true });
        share();
        continue;
      }
      const anyNew = made.some((record, n) => previous.documents[here(group[n]!.path)]?.etag !== record.etag);
      group.forEach((doc, n) => (documents[here(doc.path)] = made[n]!));
      if (anyNew && epoch.at === null) documentsChanged++;
      if (intact(file, hash)) {
        rmSync(temp, { force: true });
        continue;
      }
      if (!anyNew && previous.files[file]?.hash === hash) repaired(file);
      pending.push({ rel: file, temp, hash });
      written++;
    }
    if (epoch.at === null) {
      const changed = documentsChanged > 0 || previous.version !== catalog.version || !previous.modifiedAt;
      modifiedAt = changed ? publishedAt(now, previous.modifiedAt || undefined) : previous.modifiedAt;
    }
    const docsOf = (listing: string, page: number) =>
      Object.fromEntries(DOCUMENT_FILES.map((file) => [file, infoOf(documents[here(documentPath(listing, page, file))]!)])) as PageDocuments;

    /** The shards listing the documents of every page of a listing but the head. */
    const pagesShards = (id: string, pages: ListingPages): ShardSpec[] => {
      const shardPages = new Map<number, PagesShard>();
      for (let page = 1; page <= pageCount(pages); page++) {
        const shard = pagesShardOf(page);
        if (!shardPages.has(shard)) shardPages.set(shard, { pages: {} });
        shardPages.get(shard)!.pages[page] = docsOf(id, page);
      }
      return [...shardPages].map(([shard, content]) => ({ path: (dir) => pagesShardPath(id, shard, dir), inputs: Object.values(content.pages).map(infoKey).join('\n'), make: () => content }));
    };

    // The index, in shards: a scheduled view writes a listing's shards only when they differ.
    const listingDirs: Record<string, string> = {};
    const signatures = new Map<string, string>();
    for (const { id, entries, pages } of listings) {
      const note = listingNote(dir, id);
      const documents = docsOf(id, 0);
      const recent = entries.slice(0, RECENT_ENTRIES);
      const links = pageLinks(pages, 0);
      // The head is made again whenever its entries are (they say where their bodies lie).
      const head: ShardSpec = {
        path: (dir) => listingHeadPath(id, dir),
        inputs: [infoKey(documents), pages.headCount, pageCount(pages), JSON.stringify(links), ...recent.map(entryKeyOf)].join('\n'),
        make: () => ({ documents, headCount: pages.headCount, links, pages: pageCount(pages), recent }) satisfies ListingHead,
      };
      // The shards of the pages hold only their documents' validators: those of a kept listing are as they were.
      const known = kept.has(id) ? previous.listings[note]?.pages : undefined;
      const pageShards = known ? null : pagesShards(id, pages);
      const pagesKey = known ?? hashOf(Buffer.from(pageShards!.map((s) => s.inputs).join('\n\n'))).slice(0, 32);
      const signature = hashOf(Buffer.from(`${head.inputs}\n\n${pagesKey}`)).slice(0, 32);
      signatures.set(id, signature);
      listingRecords[note] = { key: keys.get(id)!, pages: pagesKey };
      if (before?.signatures.get(id) === signature) {
        if (before.listingDirs[id]) listingDirs[id] = before.listingDirs[id];
        continue;
      }
      if (dir) listingDirs[id] = dir;
      putShard(head.path(dir || undefined), head.inputs, head.make);
      const keptPaths = Array.from({ length: pageCount(pages) ? pagesShardOf(pageCount(pages)) + 1 : 0 }, (_, n) => pagesShardPath(id, n, dir || undefined));
      if (!pageShards && keptPaths.every((rel) => previous.shards[rel] !== undefined && intact(rel))) {
        for (const rel of keptPaths) shards[rel] = previous.shards[rel]!;
        continue;
      }
      for (const spec of pageShards ?? pagesShards(id, pages)) putShard(spec.path(dir || undefined), spec.inputs, spec.make);
    }
    if (epoch.at === null) {
      const bySlug: CatalogEntry[][] = Array.from({ length: buckets }, () => []);
      // Every article, scheduled ones too: the app answers 404 for one whose time has not come.
      for (const entry of catalog.articles) bySlug[bucketOf(entry.slug, buckets)]!.push(entry);
      for (const [n, members] of bySlug.entries()) {
        putShard(bucketPath(n), members.map(entryKeyOf).join(), () => Object.fromEntries(members.map((e) => [e.slug, e])) satisfies ArticleBucket);
      }
    }
    const pagesById = new Map(listings.map((l) => [l.id, pageCount(l.pages)]));
    const pagesOf = (key: ListingKey) => pagesById.get(listingId(key))!;
    const head: PublishedHead = {
      format: PUBLISHED_FORMAT,
      version: epoch.view.version,
      site: catalog.site,
      modifiedAt: epoch.at === null ? modifiedAt : publishedAt(new Date(epoch.at), modifiedAt),
      articleCount: epoch.view.articleCount,
      pages: pageCount(listings[0]!.pages),
      tags: epoch.view.tags.map((t) => ({ ...t, pages: pagesOf({ kind: 'tag', slug: t.slug }) })),
      collections: epoch.view.collections.map((c) => ({ ...c, pages: pagesOf({ kind: 'collection', name: c.name }) })),
      buckets,
      files: Object.fromEntries(
        Object.entries(SITE_FILES).map(([requestPath, file]) => {
          const path = siteFilePath(requestPath);
          return [requestPath, { ...infoOf(documents[here(path)]!), path, contentType: file.contentType }];
        }),
      ),
      schedule: [],
      next: epoch.next,
      listingDirs,
      appeared: epoch.appeared,
    };
    heads.push({ path: dir ? scheduledHeadPath(dir) : HEAD_PATH, head });
    before = { dir, listingDirs, signatures, keys };
  }
  // The build's own head last, with the list of the scheduled views.
  const [own, ...scheduled] = heads;
  own!.head.schedule = scheduled.map(({ path, head }, n) => ({ at: epochs[n + 1]!.at!, head: path }));
  for (const { path, head } of [...scheduled, own!]) putShard(path, JSON.stringify(head), () => head);

  for (const pack of planItemPacks(catalog, listedRecently, bodyOf)) putShard(pack.path, pack.inputs, pack.make);

  const ignore = Buffer.from(`${NOT_SERVED.join('\n')}\n`);
  if (!intact('.assetsignore', hashOf(ignore))) put('.assetsignore', ignore);
  const catalogHash = hashOf(catalog.bytes);
  if (!intact(CATALOG_FILE, catalogHash)) {
    if (previous.files[CATALOG_FILE]?.hash === catalogHash) repaired(CATALOG_FILE);
    put(CATALOG_FILE, catalog.bytes);
  }
  for (const { rel, temp, hash } of pending) {
    renameSync(temp, abs(rel));
    record(rel, hash);
  }
  const manifest: Manifest = { ...emptyManifest(), version: catalog.version, modifiedAt, documents, shards, listings: listingRecords, files };
  writeAtomically(abs(MANIFEST_FILE), JSON.stringify(manifest));

  // What the last build wrote and this one did not, and packs of earlier layouts.
  for (const rel of Object.keys(previous.files)) {
    if (rel in files) continue;
    rmSync(abs(rel), { force: true });
    removeIfEmpty(dirname(abs(rel)));
  }
  // An empty catalog (--allow-empty) has no packs, and its bodies folder went with the last one.
  const packs = existsSync(abs(BODIES_DIR)) ? readdirSync(abs(BODIES_DIR)) : [];
  for (const name of packs) if (!(packPath(name) in files)) rmSync(join(abs(BODIES_DIR), name), { force: true });
  const images = existsSync(abs(IMAGES_DIR)) ? readdirSync(abs(IMAGES_DIR)) : [];
  for (const name of images) if (!(imageAssetPath(name) in files)) rmSync(join(abs(IMAGES_DIR), name), { force: true });
  removeIfEmpty(abs(IMAGES_DIR));
  return written;
}

const infoOf = ({ key: _key, ...info }: DocumentRecord) => info;

/** The documents of each file, in the order they lie in it (a record shared by several views counted once). */
function documentsByFile(documents: Record<string, DocumentRecord>): Map<string, DocumentRecord[]> {
  const byFile = new Map<string, Map<number, DocumentRecord>>();
  for (const record of Object.values(documents)) {
    let inFile = byFile.get(record.file);
    if (!inFile) byFile.set(record.file, (inFile = new Map()));
    inFile.set(record.start, record);
  }
  return new Map([...byFile].map(([file, docs]) => [file, [...docs.values()].sort((a, b) => a.start - b.start)]));
}

function removeIfEmpty(dir: string): void {
  try {
    if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
  } catch {
    // already gone
  }
}

export function catalogExists(dir: string): boolean {
  return existsSync(join(dir, CATALOG_FILE));
}

