// What the last build published, kept beside the output (never uploaded): each document's inputs
// and validators, and the size, time and hash of every file written, so the next build renders
// only what changed and notices a file that was damaged after it was written.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentInfo } from './published.ts';

export const MANIFEST_FILE = 'manifest.json';
const MANIFEST_FORMAT = 4;

export interface WrittenFile {
  size: number;
  mtimeMs: number;
  /** sha256 of its bytes, hex; for a file of several documents, documentFileHash() of theirs. */
  hash: string;
}

export interface DocumentRecord extends DocumentInfo {
  /** A hash of everything the document is made from (code, site, entries, links). */
  key: string;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  version: string;
  modifiedAt: string;
  documents: Record<string, DocumentRecord>;
  /** Index shards by the key of what they were made from, so unchanged ones are not made again. */
  shards: Record<string, string>;
  /** Each view's listings (listingNote()), so a listing nothing touched is neither planned nor rendered again. */
  listings: Record<string, ListingRecord>;
  files: Record<string, WrittenFile>;
}

export interface ListingRecord {
  /** listingKey() of the listing: the key of everything its documents are made from. */
  key: string;
  /** A hash of what the shards of its pages (all but the head) are made from. */
  pages: string;
}

/** A listing's name in Manifest.listings: its id in the view of epochDir `dir` ('' for the build's own). */
export const listingNote = (dir: string, id: string) => `${dir}/${id}`;

export const emptyManifest = (): Manifest => ({ format: MANIFEST_FORMAT, version: '', modifiedAt: '', documents: {}, shards: {}, listings: {}, files: {} });

/** The last build's manifest; a missing or damaged one is an empty one (everything is checked again). */
export function readManifest(dir: string): Manifest {
  try {
    const m = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as Manifest;
    return m.format === MANIFEST_FORMAT && m.documents && m.files && m.shards && m.listings ? m : emptyManifest();
  } catch {
    return emptyManifest();
  }
}
