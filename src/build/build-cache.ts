// What earlier builds made of each file, so a rebuild only reads the files that changed.
// Keyed by the file's bytes (trusting size + modification time first), its dates and the build's
// own version; the folder, the working directory and site.yaml scope the whole cache.
// On disk, in one folder per scope:
// - bodies-<generation>.txt: every body's HTML back to back; a warm build reads a body only when
//   the pack it belongs to must be written;
// - index.json: every file's record at some point;
// - journal.jsonl: what each build since then added, changed or removed, one line per build, so
//   adding one article to 10,000 appends a line instead of writing the whole index again.
// Anything that does not fit together (a torn line, a bodies file of the wrong size) makes the
// cache empty: the build is then cold, never wrong.
import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BodySource, CatalogArticle } from '../catalog/assemble.ts';
import type { FileDates } from '../ingest/ingest-file.ts';
import type { Problem } from '../ingest/problem.ts';
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
}

/** An article as the cache keeps it: its body is [offset, length] in the bodies file, in bytes. */
type StoredArticle = Omit<CatalogArticle, 'body'> & { bodyHash: string; bodyBytes: number; html: [number, number] };

interface CacheRecord extends Fingerprint {
  contentHash: string;
  datesKey: string;
  draft: boolean;
  problems: Problem[];
  article: StoredArticle | null;
  bodyKey: string | null;
  dateLines?: { published: number; updated: number };
}

interface CacheState {
  scope: string;
  bodiesFile: string;
  bodiesBytes: number;
  records: Record<string, CacheRecord>;
}

/** One build's changes, a line of the journal. */
interface JournalLine {
  bodiesFile: string;
  bodiesBytes: number;
  set: Record<string, CacheRecord>;
  removed: string[];
}

const INDEX = 'index.json';
const JOURNAL = 'journal.jsonl';
/** The journal is folded into the index once it holds this many records. */
const JOURNAL_MAX_RECORDS = 2000;

/** The catalog file this cache last wrote, so a build that changes nothing can skip writing it. */
type CatalogNote = { path: string; version: string } & Fingerprint;
const LAST_CATALOG = 'last-catalog.json';

/** The index with its journal applied, or null when there is none or the parts do not fit together. */
function readState(dir: string): { state: CacheState; journalRecords: number } | null {
  try {
    const state = JSON.parse(readFileSync(join(dir, INDEX), 'utf8')) as CacheState;
    let journal = '';
    try {
      journal = readFileSync(join(dir, JOURNAL), 'utf8');
    } catch {
      // No build since the index was written.
    }
    let journalRecords = 0;
    for (const text of journal.split('\n')) {
      if (!text) continue;
      const line = JSON.parse(text) as JournalLine;
      if (line.bodiesFile !== state.bodiesFile) return null;
      Object.assign(state.records, line.set);
      for (const path of line.removed) delete state.records[path];
      state.bodiesBytes = line.bodiesBytes;
      journalRecords += Object.keys(line.set).length + line.removed.length;
    }
    const fits = !state.bodiesFile || statSync(join(dir, state.bodiesFile)).size === state.bodiesBytes;
    return fits ? { state, journalRecords } : null;
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
  private state: CacheState;
  /** Records this build made or updated, and every path it looked up. */
  private changed: Record<string, CacheRecord> = {};
  private seen = new Set<string>();
  /** Open bodies files by name: a body is read on its own, only when its pack must be written. */
  private readonly fds = new Map<string, number>();
  private appended: Buffer[] = [];
  private appendedBytes = 0;
  private journalRecords = 0;
  hits = 0;
  misses = 0;

  private constructor(
    private readonly dir: string,
    scope: string,
    loaded: { state: CacheState; journalRecords: number } | null,
  ) {
    const usable = loaded?.state.scope === scope;
    this.state = usable ? loaded.state : { scope, bodiesFile: '', bodiesBytes: 0, records: {} };
    this.journalRecords = usable ? loaded.journalRecords : 0;
  }

  /** The cache of one curated folder; an unreadable or stale cache is simply empty. */
  static open(root: string, scopeParts: readonly string[], reuse = true): BuildCache {
    const scope = createHash('sha256').update(scopeParts.join('\0')).digest('hex');
    const dir = join(root, scope.slice(0, 16));
    const cache = new BuildCache(dir, scope, reuse ? readState(dir) : null);
    // Bodies files a compaction replaced are removed only now: bodies handed out by an earlier
    // build may still have been read from them until that build ended.
    if (cache.state.bodiesFile) cache.removeOtherBodiesFiles();
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
    this.hits++;
    const stored = record.article;
    return {
      draft: record.draft,
      problems: record.problems,
      article: stored && { ...stored, body: this.bodySource(stored) },
      bodyKey: record.bodyKey,
      ...(record.dateLines ? { dateLines: record.dateLines } : {}),
    };
  }

  store(path: string, fingerprint: Fingerprint, hash: string, dates: FileDates, outcome: FileOutcome): void {
    this.seen.add(path);
    this.misses++;
    let article: StoredArticle | null = null;
    if (outcome.article) {
      const { body, ...rest } = outcome.article;
      const bytes = Buffer.from(typeof body.html === 'string' ? body.html : body.html(), 'utf8');
      article = { ...rest, bodyHash: body.hash, bodyBytes: body.bytes, html: [this.state.bodiesBytes + this.appendedBytes, bytes.length] };
      this.appended.push(bytes);
      this.appendedBytes += bytes.length;
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
    const total = this.state.bodiesBytes + this.appendedBytes;
    if (!this.state.bodiesFile || total > 2 * live + 1_000_000) {
      this.compact();
      this.writeIndex();
    } else if (changes || removed.length) {
      if (this.appended.length) appendFileSync(join(this.dir, this.state.bodiesFile), Buffer.concat(this.appended));
      this.state.bodiesBytes = total;
      this.journalRecords += changes + removed.length;
      if (this.journalRecords > JOURNAL_MAX_RECORDS) this.writeIndex();
      else {
        const line: JournalLine = { bodiesFile: this.state.bodiesFile, bodiesBytes: total, set: this.changed, removed };
        appendFileSync(join(this.dir, JOURNAL), `${JSON.stringify(line)}\n`);
      }
    }
    this.changed = {};
    this.seen = new Set();
    this.appended = [];
    this.appendedBytes = 0;
  }

  /** Closes the bodies files; bodies handed out earlier cannot be read after this. */
  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }

  private removeOtherBodiesFiles(): void {
    for (const name of readdirSync(this.dir)) {
      if (name.startsWith('bodies-') && name !== this.state.bodiesFile) rmSync(join(this.dir, name), { force: true });
    }
  }

  /** Writes a new bodies file with only the bodies still in use. */
  private compact(): void {
    const pending = Buffer.concat(this.appended);
    const old = this.state.bodiesFile;
    const parts: Buffer[] = [];
    let at = 0;
    for (const record of Object.values(this.state.records)) {
      if (!record.article) continue;
      const [offset, length] = record.article.html;
      const start = offset - this.state.bodiesBytes;
      parts.push(start < 0 ? this.readBytes(old, offset, length) : pending.subarray(start, start + length));
      record.article = { ...record.article, html: [at, length] };
      at += length;
    }
    const bytes = Buffer.concat(parts);
    const name = `bodies-${Date.now().toString(36)}-${process.pid}.txt`;
    writeFileSync(join(this.dir, name), bytes);
    this.state = { ...this.state, bodiesFile: name, bodiesBytes: bytes.length };
  }

  /** A cached body, read later from the file it is in now, whatever the cache does meanwhile. */
  private bodySource(stored: StoredArticle): BodySource {
    const file = this.state.bodiesFile;
    const [offset, length] = stored.html;
    return { hash: stored.bodyHash, bytes: stored.bodyBytes, html: () => this.readBytes(file, offset, length).toString('utf8') };
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
