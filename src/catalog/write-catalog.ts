// Writes a catalog so that readers only ever see a whole one: body packs first, then the index
// by rename. Packs are named by their content, so an unchanged pack is never written again.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packBytes, type AssembledCatalog } from './assemble.ts';
import { BODIES_DIR, CATALOG_FILE } from './format.ts';

function writeAtomically(path: string, data: string | Uint8Array): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}

/** Returns how many pack files were written. */
export function writeCatalog(dir: string, { bytes, packs }: AssembledCatalog): number {
  const bodiesDir = join(dir, BODIES_DIR);
  mkdirSync(bodiesDir, { recursive: true });
  const existing = new Set(readdirSync(bodiesDir));
  let written = 0;
  for (const [file, pack] of packs) {
    if (existing.has(file)) continue;
    writeAtomically(join(bodiesDir, file), packBytes(pack));
    written++;
  }
  writeAtomically(join(dir, CATALOG_FILE), bytes);
  for (const name of existing) if (!packs.has(name)) rmSync(join(bodiesDir, name), { force: true });
  return written;
}

export function catalogExists(dir: string): boolean {
  return existsSync(join(dir, CATALOG_FILE));
}
