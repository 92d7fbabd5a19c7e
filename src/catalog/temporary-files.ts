// Files of the output folder are written as a temporary beside their place first; renaming the
// temporary makes it the file, so a reader never sees half of one.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, writeFileSync, writevSync } from 'node:fs';
import { dirname } from 'node:path';

export const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Writes `data` (or its pieces, in order) beside `path` and returns the temporary file's name; renaming it makes it `path`. */
export function writeTemporary(path: string, data: string | Uint8Array | readonly Uint8Array[]): string {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  if (Array.isArray(data)) writePieces(temp, data);
  else writeFileSync(temp, data as string | Uint8Array);
  return temp;
}

/** At most this many pieces per writev (POSIX systems allow at least 1,024). */
const PIECES_PER_WRITE = 1024;

/** Writes `pieces` one after another into a new file, with as few system calls as it takes. */
function writePieces(file: string, pieces: readonly Uint8Array[]): void {
  const fd = openSync(file, 'w');
  try {
    for (let from = 0; from < pieces.length; ) {
      const batch = pieces.slice(from, from + PIECES_PER_WRITE);
      const size = batch.reduce((sum, piece) => sum + piece.length, 0);
      const wrote = writevSync(fd, batch);
      if (wrote === size) {
        from += batch.length;
        continue;
      }
      // A short write: carry on from the first byte not written.
      let left = wrote;
      let n = 0;
      while (left >= batch[n]!.length) left -= batch[n++]!.length;
      const rest = [batch[n]!.subarray(left), ...pieces.slice(from + n + 1)];
      pieces = rest;
      from = 0;
    }
  } finally {
    closeSync(fd);
  }
}

export function writeAtomically(path: string, data: string | Uint8Array): void {
  renameSync(writeTemporary(path, data), path);
}
