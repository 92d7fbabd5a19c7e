// Prerendered documents made on several threads are byte for byte the documents made on one.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/build/build-catalog.ts';
import { MANIFEST_FILE, readManifest } from '../../src/catalog/manifest.ts';
import { documentFile, listingId } from '../../src/catalog/published.ts';
import { writeCatalog } from '../../src/catalog/write-catalog.ts';
import { curatedFolder, md } from './support/site.ts';

const NOW = new Date('2025-06-01T12:00:00Z');
const TAGS = ['Sea', 'Land', 'Air', 'Rivers'];

function folder(n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const date = new Date(Date.UTC(2024, 0, 1) + i * 43_200_000).toISOString();
    files[`${i % 4 === 1 ? 'shore/' : ''}a${String(i).padStart(3, '0')}.md`] = md({ title: `Article ${i}`, date, tags: [TAGS[i % 4], 'All'] }, `Article ${i}: ${'word '.repeat(40 + (i % 7) * 30)}end.`);
  }
  // Scheduled: each makes a view of its own, written after the build's.
  files['later.md'] = md({ title: 'Later', date: '2025-06-03T08:00:00Z', tags: ['Sea'] });
  files['much-later.md'] = md({ title: 'Much later', date: '2025-06-09T08:00:00Z', tags: ['Air'] });
  return files;
}

const listing = (dir: string) => (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => name !== MANIFEST_FILE).sort();

describe('rendering documents on several threads', () => {
  const built = buildCatalog(curatedFolder(folder(260)), { now: NOW });

  it('writes the same files with the same bytes and records as one thread does', () => {
    const one = mkdtempSync(join(tmpdir(), 'one-thread-'));
    const many = mkdtempSync(join(tmpdir(), 'threads-'));
    const written = writeCatalog(one, built.catalog, { now: NOW });
    expect(writeCatalog(many, built.catalog, { now: NOW, parallel: { threads: 2, from: 1, threadsOnly: true } })).toBe(written);
    expect(written).toBeGreaterThan(60);
    expect(listing(many)).toEqual(listing(one));
    for (const name of listing(one)) {
      if (!name.includes('.')) continue; // a folder
      expect(readFileSync(join(many, name)).equals(readFileSync(join(one, name))), name).toBe(true);
    }
    expect(readManifest(many).documents).toEqual(readManifest(one).documents);
    expect(readManifest(many).shards).toEqual(readManifest(one).shards);
    // Written again, nothing has changed: nothing is rendered or written.
    expect(writeCatalog(many, built.catalog, { now: NOW, parallel: { threads: 2, from: 1 } })).toBe(0);
  });

  it('renders on threads only the listings a rebuild does not keep, as one thread does', () => {
    const one = mkdtempSync(join(tmpdir(), 'one-thread-'));
    const many = mkdtempSync(join(tmpdir(), 'threads-'));
    writeCatalog(one, built.catalog, { now: NOW });
    writeCatalog(many, built.catalog, { now: NOW });
    const seaArchive = join(many, documentFile(listingId({ kind: 'tag', slug: 'sea' }), 1, 'feed.xml'));
    const seaSince = statSync(seaArchive).mtimeMs;
    // The oldest article of all moves every page of the site's listing and its tags': many files to render.
    const oldest = md({ title: 'Oldest', date: '2023-01-01', tags: ['Rivers', 'All'] });
    const rebuilt = buildCatalog(curatedFolder({ ...folder(260), 'oldest.md': oldest }), { now: NOW });
    expect(writeCatalog(many, rebuilt.catalog, { now: NOW, parallel: { threads: 2, from: 1, threadsOnly: true } })).toBe(writeCatalog(one, rebuilt.catalog, { now: NOW }));
    expect(statSync(seaArchive).mtimeMs).toBe(seaSince);
    expect(listing(many)).toEqual(listing(one));
    for (const name of listing(one)) {
      if (!name.includes('.')) continue; // a folder
      expect(readFileSync(join(many, name)).equals(readFileSync(join(one, name))), name).toBe(true);
    }
    expect(readManifest(many).documents).toEqual(readManifest(one).documents);
  });

  it('reports a file that cannot be written on a thread as the write error it is', () => {
    const out = mkdtempSync(join(tmpdir(), 'threads-blocked-'));
    // A file where the folder of every archive page should be.
    mkdirSync(join(out, 'docs'), { recursive: true });
    writeFileSync(join(out, 'docs', 'site'), 'in the way');
    let error: NodeJS.ErrnoException | undefined;
    try {
      writeCatalog(out, built.catalog, { now: NOW, parallel: { threads: 2, from: 1, threadsOnly: true } });
    } catch (err) {
      error = err as NodeJS.ErrnoException;
    }
    expect(error?.code).toMatch(/^(ENOTDIR|EEXIST)$/);
    expect(error?.path).toContain(join(out, 'docs', 'site'));
  });
});
