// Writes a catalog so that readers only ever see a whole one: bodies first, then the index by rename.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AssembledCatalog } from './assemble.ts';
import { BODIES_DIR, CATALOG_FILE } from './format.ts';

function writeAtomically(path: string, data: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}

/** Returns how many body files were written (unchanged bodies are content-addressed and kept). */
export function writeCatalog(dir: string, { catalog, bodies }: AssembledCatalog): number {
  const bodiesDir = join(dir, BODIES_DIR);
  mkdirSync(bodiesDir, { recursive: true });
  const existing = new Set(readdirSync(bodiesDir));
  let written = 0;
  for (const [hash, html] of bodies) {
    if (existing.has(`${hash}.html`)) continue;
    writeAtomically(join(bodiesDir, `${hash}.html`), html);
    written++;
  }
  writeAtomically(join(dir, CATALOG_FILE), `${JSON.stringify(catalog)}\n`);
  for (const name of existing) {
    if (!bodies.has(name.replace(/\.html$/, ''))) rmSync(join(bodiesDir, name), { force: true });
  }
  return written;
}

export function catalogExists(dir: string): boolean {
  return existsSync(join(dir, CATALOG_FILE));
}
