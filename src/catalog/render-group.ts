// One asset file of prerendered documents (a head document, or the four documents of an archive
// page): rendered, hashed and written as a temporary. The same on the main thread and in a
// document thread (document-threads.ts), so where it ran never changes a byte.
import { ORIGIN_MARKER } from './published.ts';
import type { PlannedDocument } from './prerender.ts';
import type { FragmentMemo } from './document-bytes.ts';
import { createHash } from 'node:crypto';
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
  /** documentFileHash() of the file. */
  hash: string;
  /** The temporary holding the file's bytes; renaming it makes it the file. */
  temp: string;
}

function occurrences(bytes: Buffer, needle: string): number {
  let count = 0;
  for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** ORIGIN_MARKER's count in pieces seen before: the memo's item fragments come again in many documents. */
const markersInPiece = new WeakMap<Buffer, number>();
const MARKER = Buffer.from(ORIGIN_MARKER, 'utf8');

/** How often ORIGIN_MARKER occurs in the pieces put end to end, each piece counted once ever. */
export function markersIn(pieces: readonly Buffer[]): number {
  const reach = MARKER.length - 1;
  let count = 0;
  // The last `reach` bytes before the current piece: a marker starting there runs into it.
  let carry: Buffer = Buffer.alloc(0);
  for (const piece of pieces) {
    let own = markersInPiece.get(piece);
    if (own === undefined) markersInPiece.set(piece, (own = occurrences(piece, ORIGIN_MARKER)));
    count += own;
    if (carry.length) {
      const seam = Buffer.concat([carry, piece.subarray(0, reach)]);
      for (let at = seam.indexOf(MARKER); at !== -1 && at < carry.length; at = seam.indexOf(MARKER, at + 1)) count++;
    }
    carry = piece.length >= reach ? piece.subarray(piece.length - reach) : Buffer.concat([carry, piece]).subarray(-reach);
  }
  return count;
}

/**
 * The hash a file of documents is recorded with, from the sha256 (hex) of each of its documents:
 * a file of one document hashes as its bytes do; a file of several, as the list of theirs (so its
 * bytes are hashed once, for the documents' ETags, not twice).
 */
export function documentFileHash(documentHashes: readonly string[]): string {
  return documentHashes.length === 1 ? documentHashes[0]! : hashOf(Buffer.from(documentHashes.join('\n'), 'latin1'));
}

/** Renders the documents of one file, in order, and writes them to a temporary beside `path`. */
export function renderGroup(group: readonly PlannedDocument[], path: string, countMarkers: boolean, memo?: FragmentMemo): RenderedGroup {
  const parts: Buffer[] = [];
  const docs: RenderedDocument[] = [];
  const hashes: string[] = [];
  for (const doc of group) {
    // Hashed and written piece by piece: the pieces are never copied into one buffer.
    const pieces = memo ? doc.renderBytes(memo) : [Buffer.from(doc.render(), 'utf8')];
    const hash = createHash('sha256');
    let bytes = 0;
    for (const piece of pieces) {
      hash.update(piece);
      bytes += piece.length;
    }
    const docHash = hash.digest('hex');
    hashes.push(docHash);
    docs.push({ etag: `"${docHash.slice(0, 16)}"`, bytes, markers: countMarkers ? markersIn(pieces) : 0 });
    parts.push(...pieces);
  }
  return { docs, hash: documentFileHash(hashes), temp: writeTemporary(path, parts) };
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
