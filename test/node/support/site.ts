// Builds a throw-away curated folder and serves it from memory, as the app sees a real catalog.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createApp } from '../../../src/app.ts';
import { buildCatalog, type BuildResult } from '../../../src/build/build-catalog.ts';
import { packBytes } from '../../../src/catalog/assemble.ts';
import { sliceBody } from '../../../src/catalog/format.ts';
import type { CatalogStore } from '../../../src/catalog/store.ts';

export function curatedFolder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'curated-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export function memoryStore(built: BuildResult): CatalogStore {
  return {
    load: async () => built.catalog,
    body: async (entry) => sliceBody(packBytes(built.catalog.packs.get(entry.body.file) ?? []), entry.body),
  };
}

export function siteFrom(files: Record<string, string | Uint8Array>) {
  const built = buildCatalog(curatedFolder(files));
  const store = memoryStore(built);
  const app = createApp(() => store);
  const get = (path: string, headers: Record<string, string> = {}) => app.request(`http://reader.test${path}`, { headers });
  return { built, app, get };
}

/** A Markdown article; its default body names its title, so no two are the same article. */
export const md = (front: Record<string, unknown>, body = `A paragraph of text about ${String(front.title)}, long enough to be an article body, with several words in it.`) =>
  `---\n${Object.entries(front)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n')}\n---\n\n${body}\n`;
