// Reading a file that an editor may be saving at the same moment: the bytes count only if the
// file's size and modification time are the same before and after the read.
import { readFileSync, statSync, type Stats } from 'node:fs';

export interface Fingerprint {
  size: number;
  mtimeMs: number;
}

export type StableRead = { bytes: Buffer; fingerprint: Fingerprint } | { error: string };

const fingerprintOf = (stat: Stats): Fingerprint => ({ size: stat.size, mtimeMs: stat.mtimeMs });
const same = (a: Fingerprint, b: Fingerprint) => a.size === b.size && a.mtimeMs === b.mtimeMs;

/**
 * Tries twice; `read` is replaceable so tests can change the file in the middle of a read.
 * `known`: the file's size and time when the build listed it, taken for the first "before".
 */
export function readStable(path: string, read: (path: string) => Buffer = readFileSync, known?: Fingerprint): StableRead {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const before = attempt === 0 && known ? known : fingerprintOf(statSync(path));
      const bytes = read(path);
      const after = fingerprintOf(statSync(path));
      if (same(before, after) && bytes.length === after.size) return { bytes, fingerprint: after };
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'ENOENT') return { error: 'was deleted while the build read it; build again' };
      if (code === 'EISDIR') return { error: 'is a folder, not a file' };
      return { error: `cannot be read (${code ?? (err as Error).message}); check its permissions` };
    }
  }
  return { error: 'changed while the build read it (is it still being saved?); build again when it is saved' };
}
