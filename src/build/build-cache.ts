// What earlier builds made of each file, so a rebuild only reads the files that changed.
// Keyed by the file's bytes (trusting size + modification time first), its dates and the build's
// own version; the folder, the working directory and site.yaml scope the whole cache.
// On disk: index.json (metadata) plus bodies-<generation>.txt, every body HTML back to back; a
// warm build reads the index, and a body only when the pack it belongs to must be written.
import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ArticleMeta } from '../article.ts';
import type { CatalogArticle } from '../catalog/assemble.ts';
import type { FileDates } from '../ingest/ingest-file.ts';
import type { Problem } from '../ingest/problem.ts';
import type { Fingerprint } from './read-stable.ts';

export const defaultCacheDir = () => resolve(process.env.CURATE_CACHE_DIR ?? '.cache/build');

/** One file's outcome, as the rest of the build uses it. */
export interface FileOutcome {
  draft: boolean;
  problems: Problem[];
  /** The article without its plain text (only the duplicate check needs it, through bodyKey). */
  article: CatalogArticle | null;
  /** Hash of the whitespace-normalised plain text: equal for two copies of one article. */
  bodyKey: string | null;
  dateLines?: { published: number; updated: number };
}

interface CacheRecord extends Fingerprint {
  contentHash: string;
  datesKey: string;
  draft: boolean;
  problems: Problem[];
  meta: ArticleMeta | null;
  bodyKey: string | null;
  dateLines?: { published: number; updated: number };
  /** [offset, length] of the body HTML in the bodies file, in bytes. */
  html: [number, number] | null;
  bodyHash?: string;
  bodyBytes?: number;
}

interface CacheIndex {
  scope: string;
  bodiesFile: string;
  bodiesBytes: number;
  records: Record<string, CacheRecord>;
}

/** The catalog file this cache last wrote, so a build that changes nothing can skip writing it. */
type CatalogNote = { path: string; version: string } & Fingerprint;
const LAST_CATALOG = 'last-catalog.json';

/** The index, or null when there is none yet or it does not match its bodies file (start empty). */
function readIndex(dir: string): CacheIndex | null {
  try {
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as CacheIndex;
    return !index.bodiesFile || statSync(join(dir, index.bodiesFile)).size === index.bodiesBytes ? index : null;
  } catch {
    return null;
  }
}

export const datesKey = (d: FileDates) => `${d.origin} ${d.created.getTime()} ${d.modified.getTime()}`;
export const contentHash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Caches kept besides the one in use: other folders, or what earlier versions of the build made. */
const OTHER_SCOPES_KEPT = 2;

/** Every change to the build's source starts a new scope; old ones would otherwise pile up. */
function pruneOtherScopes(root: string, current: string): void {
  let others: { path: string; mtimeMs: number }[];
  try {
    others = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(root, entry.name))
      .filter((path) => path !== current)
      .map((path) => ({ path, mtimeMs: statSync(path).mtimeMs }));
  } catch {
    return;
  }
  others.sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const { path } of others.slice(OTHER_SCOPES_KEPT)) rmSync(path, { recursive: true, force: true });
}

export class BuildCache {
  private index: CacheIndex;
  /** Open bodies files by name: a body is read on its own, only when its pack must be written. */
  private readonly fds = new Map<string, number>();
  private next: Record<string, CacheRecord> = {};
  private appended: Buffer[] = [];
  private appendedBytes = 0;
  hits = 0;
  misses = 0;

  private constructor(
    private readonly dir: string,
    scope: string,
    loaded: CacheIndex | null,
  ) {
    this.index = loaded?.scope === scope ? loaded : { scope, bodiesFile: '', bodiesBytes: 0, records: {} };
  }

  /** The cache of one curated folder; an unreadable or stale cache is simply empty. */
  static open(root: string, scopeParts: readonly string[], reuse = true): BuildCache {
    const scope = createHash('sha256').update(scopeParts.join('\0')).digest('hex');
    const dir = join(root, scope.slice(0, 16));
    const cache = new BuildCache(dir, scope, reuse ? readIndex(dir) : null);
    // Bodies files a compaction replaced are removed only now: bodies handed out by an earlier
    // build may still have been read from them until that build ended.
    if (cache.index.bodiesFile) cache.removeOtherBodiesFiles();
    pruneOtherScopes(root, dir);
    return cache;
  }

  /** The recorded outcome when the file is unchanged; `read` is called only if size or mtime moved. */
  lookup(path: string, stat: Fingerprint, dates: FileDates, read: () => Uint8Array | null): FileOutcome | null {
    const record = this.index.records[path];
    if (!record || record.datesKey !== datesKey(dates)) return null;
    // A record from before bodies were hashed at read time cannot place its body: read the file again.
    if (record.meta && record.bodyHash === undefined) return null;
    if (record.size !== stat.size || record.mtimeMs !== stat.mtimeMs) {
      const bytes = read();
      if (!bytes || contentHash(bytes) !== record.contentHash) return null;
    }
    this.next[path] = { ...record, size: stat.size, mtimeMs: stat.mtimeMs };
    this.hits++;
    return {
      draft: record.draft,
      problems: record.problems,
      article:
        record.meta && record.html
          ? { ...record.meta, body: { hash: record.bodyHash!, bytes: record.bodyBytes!, html: this.bodyReader(record.html) } }
          : null,
      bodyKey: record.bodyKey,
      ...(record.dateLines ? { dateLines: record.dateLines } : {}),
    };
  }

  store(path: string, fingerprint: Fingerprint, hash: string, dates: FileDates, outcome: FileOutcome): void {
    this.misses++;
    let html: [number, number] | null = null;
    let meta: ArticleMeta | null = null;
    let bodyHash: string | undefined;
    let bodyBytes: number | undefined;
    if (outcome.article) {
      const { body, ...rest } = outcome.article;
      const contentHtml = typeof body.html === 'string' ? body.html : body.html();
      meta = rest;
      bodyHash = body.hash;
      bodyBytes = body.bytes;
      const bytes = Buffer.from(contentHtml, 'utf8');
      html = [this.index.bodiesBytes + this.appendedBytes, bytes.length];
      this.appended.push(bytes);
      this.appendedBytes += bytes.length;
    }
    this.next[path] = {
      ...fingerprint,
      contentHash: hash,
      datesKey: datesKey(dates),
      draft: outcome.draft,
      problems: outcome.problems,
      meta,
      bodyKey: outcome.bodyKey,
      ...(outcome.dateLines ? { dateLines: outcome.dateLines } : {}),
      html,
      ...(bodyHash !== undefined ? { bodyHash, bodyBytes } : {}),
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

  /** Notes the catalog just written, in a file of its own so the large index is not written twice. */
  rememberCatalog(path: string, version: string): void {
    const { size, mtimeMs } = statSync(path);
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, LAST_CATALOG), JSON.stringify({ path, version, size, mtimeMs } satisfies CatalogNote));
  }

  /** Writes what this build used and made; files no longer in the folder are forgotten. */
  save(): void {
    mkdirSync(this.dir, { recursive: true });
    const live = Object.values(this.next).reduce((n, r) => n + (r.html?.[1] ?? 0), 0);
    const total = this.index.bodiesBytes + this.appendedBytes;
    const compacted = !this.index.bodiesFile || total > 2 * live + 1_000_000;
    if (compacted) this.compact();
    else if (this.appended.length) {
      const added = Buffer.concat(this.appended);
      appendFileSync(join(this.dir, this.index.bodiesFile), added);
      this.index.bodiesBytes += added.length;
    }
    this.index.records = this.next;
    this.next = {};
    this.appended = [];
    this.appendedBytes = 0;
    this.writeIndex();
  }

  /** Closes the bodies files; bodies handed out earlier cannot be read after this. */
  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }

  private removeOtherBodiesFiles(): void {
    for (const name of readdirSync(this.dir)) {
      if (name.startsWith('bodies-') && name !== this.index.bodiesFile) rmSync(join(this.dir, name), { force: true });
    }
  }

  /** Writes a new bodies file with only the bodies still in use. */
  private compact(): void {
    const pending = Buffer.concat(this.appended);
    const old = this.index.bodiesFile;
    const parts: Buffer[] = [];
    let at = 0;
    for (const record of Object.values(this.next)) {
      if (!record.html) continue;
      const [offset, length] = record.html;
      const start = offset - this.index.bodiesBytes;
      parts.push(start < 0 ? this.readBytes(old, offset, length) : pending.subarray(start, start + length));
      record.html = [at, length];
      at += length;
    }
    const bytes = Buffer.concat(parts);
    const name = `bodies-${Date.now().toString(36)}-${process.pid}.txt`;
    writeFileSync(join(this.dir, name), bytes);
    this.index = { ...this.index, bodiesFile: name, bodiesBytes: bytes.length };
  }

  /** Reads a cached body later, from the file it is in now, whatever the cache does meanwhile. */
  private bodyReader([offset, length]: [number, number]): () => string {
    const file = this.index.bodiesFile;
    return () => this.readBytes(file, offset, length).toString('utf8');
  }

  private readBytes(file: string, offset: number, length: number): Buffer {
    let fd = this.fds.get(file);
    if (fd === undefined) this.fds.set(file, (fd = openSync(join(this.dir, file), 'r')));
    const out = Buffer.allocUnsafe(length);
    readSync(fd, out, 0, length, offset);
    return out;
  }

  private writeIndex(): void {
    mkdirSync(this.dir, { recursive: true });
    const path = join(this.dir, 'index.json');
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(this.index));
    renameSync(temp, path);
  }
}
