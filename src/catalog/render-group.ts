// One asset file of prerendered documents (a head document, or the four documents of an archive
// page): rendered, hashed and written as a temporary. The same on the main thread and in a
// document thread (document-threads.ts), so where it ran never changes a byte.
import { ORIGIN_MARKER } from './published.ts';
import type { PlannedDocument } from './prerender.ts';
import type { FragmentMemo } from './document-bytes.ts';
import { hashOf, writeTemporary } from './temporary-files.ts';

export interface RenderedDocument {
  /** Strong ETag (quoted), from the document's own bytes. */
  etag: string;
  bytes: number;
  /** How often ORIGIN_MARKER occurs in it (counted only for a site without `url`). */
  markers: number;
}

export interface RenderedGroup {
  docs: RenderedDocument[];
  /** sha256 of the whole file, hex. */
  hash: string;
  /** The temporary holding the file's bytes; renaming it makes it the file. */
  temp: string;
}

function occurrences(bytes: Buffer, needle: string): number {
  let count = 0;
  for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** Renders the documents of one file, in order, and writes them to a temporary beside `path`. */
export function renderGroup(group: readonly PlannedDocument[], path: string, countMarkers: boolean, memo?: FragmentMemo): RenderedGroup {
  const parts: Buffer[] = [];
  const docs: RenderedDocument[] = [];
  let docHash = '';
  for (const doc of group) {
    const pieces = memo ? doc.renderBytes(memo) : [Buffer.from(doc.render(), 'utf8')];
    const bytes = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
    docHash = hashOf(bytes);
    docs.push({ etag: `"${docHash.slice(0, 16)}"`, bytes: bytes.length, markers: countMarkers ? occurrences(bytes, ORIGIN_MARKER) : 0 });
    parts.push(bytes);
  }
  const file = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  // A file of one document is that document's bytes: its hash is already known.
  const hash = parts.length === 1 ? docHash : hashOf(file);
  return { docs, hash, temp: writeTemporary(path, file) };
}

/**
 * Files are claimed this many at a time, in the order of their articles in the site's listing:
 * the documents listing one article (its site page, its tags' pages) then mostly fall to one
 * thread, which makes the article's items once (FragmentMemo).
 */
export const FILES_PER_CLAIM = 32;

/** The plan's documents cut into files: documents sharing a file come one after another. */
export function groupsByFile(docs: readonly PlannedDocument[]): PlannedDocument[][] {
  const groups: PlannedDocument[][] = [];
  for (let i = 0; i < docs.length; ) {
    let j = i;
    while (j < docs.length && docs[j]!.file === docs[i]!.file) j++;
    groups.push(docs.slice(i, j));
    i = j;
  }
  return groups;
}
