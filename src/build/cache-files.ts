// The build cache on disk, in one folder per scope:
// - bodies-<generation>.txt: every body's HTML back to back; a warm build reads a body only when
//   the pack it belongs to must be written;
// - entries-<generation>.txt: every article's catalog entry as JSON, back to back, read whole;
// - index.json: every file's record at some point, with where its body and entry lie;
// - journal.jsonl: what each build since then added, changed or removed, one line per build, so
//   adding one article to 10,000 appends a line instead of writing the whole index again.
// Anything that does not fit together (a torn line, a data file of the wrong size) reads as no
// cache at all: the build is then cold, never wrong.
import { appendFileSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogArticle } from '../catalog/assemble.ts';
import type { Problem } from '../ingest/problem.ts';
import type { ImageDependency } from './image-files.ts';
import type { Fingerprint } from './read-stable.ts';

/** [offset, length] in bytes. */
export type Span = [number, number];

/** An article as the cache keeps it: its body in the bodies file, its entry in the entries file. */
export type StoredArticle = Omit<CatalogArticle, 'body' | 'entry'> & { bodyHash: string; bodyBytes: number; html: Span; entry: Span };

export interface CacheRecord extends Fingerprint {
  contentHash: string;
  datesKey: string;
  draft: boolean;
  problems: Problem[];
  article: StoredArticle | null;
  bodyKey: string | null;
  dateLines?: { published: number; updated: number };
  imageFiles?: ImageDependency[];
}

/** The sizes of the two data files of one generation. */
export interface Sizes {
  /** Names bodies-<generation>.txt and entries-<generation>.txt; empty before the first save. */
  generation: string;
  bodiesBytes: number;
  entriesBytes: number;
}

export interface CacheState extends Sizes {
  scope: string;
  records: Record<string, CacheRecord>;
}

/** One build's changes, a line of the journal. */
export interface JournalLine extends Sizes {
  set: Record<string, CacheRecord>;
  removed: string[];
}

export const bodiesFile = (generation: string) => `bodies-${generation}.txt`;
export const entriesFile = (generation: string) => `entries-${generation}.txt`;

export const INDEX = 'index.json';
export const JOURNAL = 'journal.jsonl';

export interface LoadedState {
  state: CacheState;
  /** The whole entries file. */
  entries: Buffer;
  journalRecords: number;
}

/** The index with its journal applied, or null when there is none or the parts do not fit together. */
export function readState(dir: string): LoadedState | null {
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
      if (line.generation !== state.generation) return null;
      Object.assign(state.records, line.set);
      for (const path of line.removed) delete state.records[path];
      state.bodiesBytes = line.bodiesBytes;
      state.entriesBytes = line.entriesBytes;
      journalRecords += Object.keys(line.set).length + line.removed.length;
    }
    if (!state.generation) return null;
    const entries = readFileSync(join(dir, entriesFile(state.generation)));
    const fits = entries.length === state.entriesBytes && statSync(join(dir, bodiesFile(state.generation))).size === state.bodiesBytes;
    return fits ? { state, entries, journalRecords } : null;
  } catch {
    return null;
  }
}

/** Caches kept besides the one in use: other folders, or what earlier versions of the build made. */
const OTHER_SCOPES_KEPT = 2;

/** Every change to the build's source starts a new scope; old ones would otherwise pile up. */
export function pruneOtherScopes(root: string, current: string): void {
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

/** Bytes waiting to be appended to a data file, each piece known by where it will lie in the file. */
export class Pending {
  private pieces = new Map<number, Uint8Array>();
  bytes = 0;

  /** Queues `data` for a file that holds `base` bytes now; returns where it will lie. */
  add(base: number, data: Uint8Array): Span {
    const offset = base + this.bytes;
    this.pieces.set(offset, data);
    this.bytes += data.length;
    return [offset, data.length];
  }

  /** The piece queued at `offset`, or null when that part is in the file already. */
  at(offset: number, length: number): Uint8Array | null {
    // An empty piece shares its offset with the next one, so it is never looked up.
    if (length === 0) return new Uint8Array(0);
    return this.pieces.get(offset) ?? null;
  }

  /** Appends the queued bytes to the file of `base` bytes; returns its new size. */
  appendTo(path: string, base: number): number {
    if (this.pieces.size) appendFileSync(path, Buffer.concat([...this.pieces.values()]));
    return base + this.bytes;
  }
}
