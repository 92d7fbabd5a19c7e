// Builds a throw-away curated folder, publishes it as the build does, and serves the published
// files through the app, as both runtimes see them.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createApp } from '../../../src/app.ts';
import { buildCatalog, type BuildResult } from '../../../src/build/build-catalog.ts';
import { fileSource } from '../../../src/catalog/file-source.ts';
import { PublishedReader } from '../../../src/catalog/published-reader.ts';
import { writeCatalog } from '../../../src/catalog/write-catalog.ts';

export function curatedFolder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'curated-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Writes what `built` publishes into a new folder; returns the folder and a reader over it. */
export function publish(built: BuildResult, out = mkdtempSync(join(tmpdir(), 'published-'))) {
  writeCatalog(out, built.catalog);
  return { out, reader: new PublishedReader(fileSource(out)) };
}

export function siteFrom(files: Record<string, string | Uint8Array>) {
  const built = buildCatalog(curatedFolder(files));
  const { out, reader } = publish(built);
  const app = createApp(() => reader);
  const get = (path: string, headers: Record<string, string> = {}) => app.request(`http://reader.test${path}`, { headers });
  return { built, app, get, out };
}

/** A Markdown article; its default body names its title, so no two are the same article. */
export const md = (front: Record<string, unknown>, body = `A paragraph of text about ${String(front.title)}, long enough to be an article body, with several words in it.`) =>
  `---\n${Object.entries(front)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('\n')}\n---\n\n${body}\n`;
