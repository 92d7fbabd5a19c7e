// What earlier builds made of each file, so a rebuild only reads the files that changed.
// Keyed by the file's bytes (trusting size + modification time first), its dates and the build's
// own version; the folder, the working directory and site.yaml scope the whole cache. How it is
// kept on disk: cache-files.ts.
import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CatalogArticle } from '../catalog/assemble.ts';
import type { FileDates } from '../ingest/ingest-file.ts';
import type { Problem } from '../ingest/problem.ts';
import {
  bodiesFile,
  entriesFile,
  INDEX,
  JOURNAL,
  Pending,
  pruneOtherScopes,
  readState,
  type CacheRecord,
  type CacheState,
  type JournalLine,
  type LoadedState,
  type StoredArticle,
} from './cache-files.ts';
import type { ImageDependency } from './image-files.ts';
import type { Fingerprint } from './read-stable.ts';

export const defaultCacheDir = () => resolve(process.env.CURATE_CACHE_DIR ?? '.cache/build');

/** One file's outcome, as the rest of the build uses it. */
export interface FileOutcome {
  draft: boolean;
  problems: Problem[];
  article: CatalogArticle | null;
  /** Hash of the whitespace-normalised plain text: equal for two copies of one article. */
  bodyKey: string | null;
  dateLines?: { published: number; updated: number };
  /** The image files the article names, as they were read: the outcome holds only while they are unchanged. */
  imageFiles?: ImageDependency[];
}

/** The journal is folded into the index once it holds this many records. */
const JOURNAL_MAX_RECORDS = 2000;

/** The catalog file this cache last wrote, so a build that changes nothing can skip writing it. */
type CatalogNote = { path: string; version: string } & Fingerprint;
const LAST_CATALOG = 'last-catalog.json';

export const datesKey = (d: FileDates) => `${d.origin} ${d.created.getTime()} ${d.modified.getTime()}`;
export const contentHash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export class BuildCache {
  private state: CacheState;
  /** The entries file as it was when the cache was opened. */
  private entries: Buffer;
  /** Records this build made or updated, and every path it looked up. */
  private changed: Record<string, CacheRecord> = {};
  private seen = new Set<string>();
  /** Open bodies files by name: a body is read on its own, only when its pack must be written. */
  private readonly fds = new Map<string, number>();
  /** Bodies and entries of files read in this build, to be appended to the data files. */
  private pendingBodies = new Pending();
  private pendingEntries = new Pending();
  private journalRecords = 0;
  /** bodiesFile() of the generation cached articles are read from (set on first use). */
  private currentBodies: string | undefined;

  private constructor(
    private readonly dir: string,
    scope: string,
    loaded: LoadedState | null,
  ) {
    const usable = loaded?.state.scope === scope;
    this.state = usable ? loaded.state : { scope, generation: '', bodiesBytes: 0, entriesBytes: 0, records: {} };
    this.entries = usable ? loaded.entries : Buffer.alloc(0);
    this.journalRecords = usable ? loaded.journalRecords : 0;
  }

  /** The cache of one curated folder; an unreadable or stale cache is simply empty. */
  static open(root: string, scopeParts: readonly string[], reuse = true): BuildCache {
    const scope = createHash('sha256').update(scopeParts.join('\0')).digest('hex');
    const dir = join(root, scope.slice(0, 16));
    const cache = new BuildCache(dir, scope, reuse ? readState(dir) : null);
    // Data files a compaction replaced are removed only now: bodies handed out by an earlier
    // build may still have been read from them until that build ended.
    if (cache.state.generation) cache.removeOtherGenerations();
    pruneOtherScopes(root, dir);
    return cache;
  }

  /** The recorded outcome when the file is unchanged; `read` is called only if size or mtime moved. */
  lookup(path: string, stat: Fingerprint, dates: FileDates, read: () => Uint8Array | null): FileOutcome | null {
    this.seen.add(path);
    const record = this.state.records[path];
    if (!record || record.datesKey !== datesKey(dates)) return null;
    if (record.size !== stat.size || record.mtimeMs !== stat.mtimeMs) {
      const bytes = read();
      if (!bytes || contentHash(bytes) !== record.contentHash) return null;
      // The same bytes, touched: remember the new fingerprint so the file is not read again.
      this.changed[path] = { ...record, size: stat.size, mtimeMs: stat.mtimeMs };
    }
    const stored = record.article;
    return {
      draft: record.draft,
      problems: record.problems,
      article: stored && this.catalogArticle(stored),
      bodyKey: record.bodyKey,
      ...(record.dateLines ? { dateLines: record.dateLines } : {}),
      ...(record.imageFiles ? { imageFiles: record.imageFiles } : {}),
    };
  }

  store(path: string, fingerprint: Fingerprint, hash: string, dates: FileDates, outcome: FileOutcome): void {
    this.seen.add(path);
    let article: StoredArticle | null = null;
    if (outcome.article) {
      const { body, entry, ...rest } = outcome.article;
      const html = Buffer.from(typeof body.html === 'string' ? body.html : body.html(), 'utf8');
      article = {
        ...rest,
        bodyHash: body.hash,
        bodyBytes: body.bytes,
        html: this.pendingBodies.add(this.state.bodiesBytes, html),
        entry: this.pendingEntries.add(this.state.entriesBytes, entry.source.subarray(entry.start, entry.start + entry.length)),
      };
    }
    this.changed[path] = {
      ...fingerprint,
      contentHash: hash,
      datesKey: datesKey(dates),
      draft: outcome.draft,
      problems: outcome.problems,
      article,
      bodyKey: outcome.bodyKey,
      ...(outcome.dateLines ? { dateLines: outcome.dateLines } : {}),
      ...(outcome.imageFiles ? { imageFiles: outcome.imageFiles } : {}),
    };
  }

  /** True when the catalog at `path` is the one this cache last wrote, unchanged since. */
  catalogIsCurrent(path: string, version: string): boolean {
    try {
      const known = JSON.parse(readFileSync(join(this.dir, LAST_CATALOG), 'utf8')) as CatalogNote;
      if (known.path !== path || known.version !== version) return false;
      const { size, mtimeMs } = statSync(path);
      return size === known.size && mtimeMs === known.mtimeMs;
    } catch {
      return false;
    }
  }

  /** Notes the catalog just written, in a file of its own so the index is not written twice. */
  rememberCatalog(path: string, version: string): void {
    const { size, mtimeMs } = statSync(path);
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, LAST_CATALOG), JSON.stringify({ path, version, size, mtimeMs } satisfies CatalogNote));
  }

  /** Writes what this build made; files that were not looked up are no longer in the folder and are forgotten. */
  save(): void {
    const records = this.state.records;
    const removed = Object.keys(records).filter((path) => !this.seen.has(path));
    const changes = Object.keys(this.changed).length;
    for (const path of removed) delete records[path];
    Object.assign(records, this.changed);
    mkdirSync(this.dir, { recursive: true });
    let live = 0;
    for (const path in records) live += records[path]!.article?.html[1] ?? 0;
    const total = this.state.bodiesBytes + this.pendingBodies.bytes;
    if (!this.state.generation || total > 2 * live + 1_000_000) {
      this.compact();
      this.writeIndex();
    } else if (changes || removed.length) {
      const { generation } = this.state;
      this.state.bodiesBytes = this.pendingBodies.appendTo(join(this.dir, bodiesFile(generation)), this.state.bodiesBytes);
      this.state.entriesBytes = this.pendingEntries.appendTo(join(this.dir, entriesFile(generation)), this.state.entriesBytes);
      this.journalRecords += changes + removed.length;
      if (this.journalRecords > JOURNAL_MAX_RECORDS) this.writeIndex();
      else {
        const { bodiesBytes, entriesBytes } = this.state;
        const line: JournalLine = { generation, bodiesBytes, entriesBytes, set: this.changed, removed };
        appendFileSync(join(this.dir, JOURNAL), `${JSON.stringify(line)}\n`);
      }
    }
    this.changed = {};
    this.seen = new Set();
    this.pendingBodies = new Pending();
    this.pendingEntries = new Pending();
  }

  /** Closes the bodies files; bodies handed out earlier cannot be read after this. */
  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }

  private removeOtherGenerations(): void {
    const current = [bodiesFile(this.state.generation), entriesFile(this.state.generation)];
    for (const name of readdirSync(this.dir)) {
      if (/^(bodies|entries)-/.test(name) && !current.includes(name)) rmSync(join(this.dir, name), { force: true });
    }
  }

  /** Writes a new generation of data files with only the bodies and entries still in use. */
  private compact(): void {
    const old = this.state.generation;
    const bodies: Uint8Array[] = [];
    const entries: Uint8Array[] = [];
    let bodiesAt = 0;
    let entriesAt = 0;
    for (const [path, record] of Object.entries(this.state.records)) {
      const article = record.article;
      if (!article) continue;
      const [bodyOffset, bodyLength] = article.html;
      const [entryOffset, entryLength] = article.entry;
      bodies.push(this.pendingBodies.at(bodyOffset, bodyLength) ?? this.readBytes(bodiesFile(old), bodyOffset, bodyLength));
      entries.push(this.pendingEntries.at(entryOffset, entryLength) ?? this.entries.subarray(entryOffset, entryOffset + entryLength));
      this.state.records[path] = { ...record, article: { ...article, html: [bodiesAt, bodyLength], entry: [entriesAt, entryLength] } };
      bodiesAt += bodyLength;
      entriesAt += entryLength;
    }
    const generation = `${Date.now().toString(36)}-${process.pid}`;
    writeFileSync(join(this.dir, bodiesFile(generation)), Buffer.concat(bodies));
    writeFileSync(join(this.dir, entriesFile(generation)), Buffer.concat(entries));
    this.state = { ...this.state, generation, bodiesBytes: bodiesAt, entriesBytes: entriesAt };
    this.currentBodies = undefined;
  }

  /** A cached article; its body is read later, from the file it is in now, whatever the cache does meanwhile. */
  private catalogArticle(stored: StoredArticle): CatalogArticle {
    const file = (this.currentBodies ??= bodiesFile(this.state.generation));
    const [offset, length] = stored.html;
    // Written out field by field: copying with a rest pattern was a tenth of a warm build.
    return {
      id: stored.id,
      slug: stored.slug,
      published: stored.published,
      updated: stored.updated,
      tags: stored.tags,
      tagSlugs: stored.tagSlugs,
      images: stored.images,
      collection: stored.collection,
      entry: { source: this.entries, start: stored.entry[0], length: stored.entry[1] },
      entryDigest: stored.entryDigest,
      body: { hash: stored.bodyHash, bytes: stored.bodyBytes, html: () => this.readBytes(file, offset, length).toString('utf8') },
    };
  }

  private readBytes(file: string, offset: number, length: number): Buffer {
    let fd = this.fds.get(file);
    if (fd === undefined) this.fds.set(file, (fd = openSync(join(this.dir, file), 'r')));
    const out = Buffer.allocUnsafe(length);
    readSync(fd, out, 0, length, offset);
    return out;
  }

  /** The whole state as the new index; the journal it replaces goes once the index is in place. */
  private writeIndex(): void {
    const path = join(this.dir, INDEX);
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.state));
    renameSync(temp, path);
    rmSync(join(this.dir, JOURNAL), { force: true });
    this.journalRecords = 0;
  }
}
