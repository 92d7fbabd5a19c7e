// Files of the output folder are written as a temporary beside their place first; renaming the
// temporary makes it the file, so a reader never sees half of one.
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Writes `data` beside `path` and returns the temporary file's name; renaming it makes it `path`. */
export function writeTemporary(path: string, data: string | Uint8Array): string {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  return temp;
}

export function writeAtomically(path: string, data: string | Uint8Array): void {
  renameSync(writeTemporary(path, data), path);
}
