// What the build and its worker threads send each other.
import type { CollectionDefaults } from '../collections/collection.ts';
import type { FileDates } from '../ingest/ingest-file.ts';
import type { FileOutcome } from './build-cache.ts';
import type { Fingerprint } from './read-stable.ts';

export interface FileJob {
  /** The file's slot in the build. */
  index: number;
  path: string;
  file: string;
  /** The curated folder: images an article names must be inside it. */
  root: string;
  gitDates: FileDates | null;
  collection: CollectionDefaults | null;
  /** Its size and time when the build listed it (readStable's first "before"). */
  listed?: Fingerprint;
}

export type FileResult =
  | { index: number; error: string }
  | { index: number; fingerprint: Fingerprint; hash: string; dates: FileDates; outcome: FileOutcome };
