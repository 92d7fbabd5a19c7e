// What the build published stays right or is refused: damaged body packs are found and written
// again, a damaged or foreign catalog stops the server and the Worker deploy with one line, and
// Last-Modified moves whenever a document's bytes do.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, truncateSync, utimesSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { buildCatalog } from '../../src/build/build-catalog.ts';
import { fileSource } from '../../src/catalog/file-source.ts';
import { PublishedReader } from '../../src/catalog/published-reader.ts';
import { writeCatalog } from '../../src/catalog/write-catalog.ts';
import { CATALOG_FORMAT } from '../../src/catalog/format.ts';
import { buildAndWrite } from '../../src/cli/build-command.ts';
import { captureConsole } from './support/console.ts';
import { curatedFolder, md } from './support/site.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const files = {
  'site.yaml': 'title: Integrity\nurl: https://integrity.example\n',
  'old.md': md({ title: 'Old', date: '2024-01-01', tags: ['Sea'] }, 'The old article, as it was first written, with a few more words.'),
  'new.md': md({ title: 'New', date: '2024-03-01', tags: ['Land'] }),
};

describe('body packs in the output folder', () => {
  const terminal = captureConsole();

  const setUp = () => {
    process.env.CURATED_DIR = curatedFolder(files);
    process.env.CATALOG_DIR = mkdtempSync(join(tmpdir(), 'integrity-out-'));
    return { out: process.env.CATALOG_DIR, cacheDir: mkdtempSync(join(tmpdir(), 'integrity-cache-')) };
  };
  const said = () => terminal.errorLines().join('\n');
  const packs = (out: string) => readdirSync(join(out, 'bodies')).map((name) => join(out, 'bodies', name));

  it('are checked against the hashes they are named by and written again when cut short (--no-cache)', async () => {
    const { out, cacheDir } = setUp();
    expect((await buildAndWrite({ allowErrors: false, cacheDir })).status).toBe(0);
    const [pack] = packs(out);
    const good = readFileSync(pack!);
    truncateSync(pack!, good.length - 10);
    terminal.clearErrors();
    expect((await buildAndWrite({ allowErrors: false, cacheDir, noCache: true })).status).toBe(0);
    expect(said()).toMatch(/bodies\/.*: damaged since the last build; written again/);
    expect(said()).not.toMatch(/nothing changed/);
    expect(readFileSync(pack!).equals(good)).toBe(true);
  });

  it('are written again when altered in place, even with the size and time kept (--no-cache)', async () => {
    const { out, cacheDir } = setUp();
    await buildAndWrite({ allowErrors: false, cacheDir });
    const [pack] = packs(out);
    const good = readFileSync(pack!);
    const { atime, mtime } = statSync(pack!);
    writeFileSync(pack!, Buffer.from(good.toString('latin1').replace('old article', 'bad article'), 'latin1'));
    utimesSync(pack!, atime, mtime);
    await buildAndWrite({ allowErrors: false, cacheDir, noCache: true });
    expect(readFileSync(pack!).equals(good)).toBe(true);
  });

  it('are written again when cut short, by a cached build too', async () => {
    const { out, cacheDir } = setUp();
    await buildAndWrite({ allowErrors: false, cacheDir });
    const [pack] = packs(out);
    const good = readFileSync(pack!);
    truncateSync(pack!, 5);
    await buildAndWrite({ allowErrors: false, cacheDir });
    expect(readFileSync(pack!).equals(good)).toBe(true);
  });
});

describe('archive pages in the output folder (one file of four documents)', () => {
  const terminal = captureConsole();
  const many = Object.fromEntries(
    Array.from({ length: 30 }, (_, i) => [`a${String(i).padStart(2, '0')}.md`, md({ title: `Article ${i}`, date: `2024-01-${String(i + 1).padStart(2, '0')}`, tags: ['Sea'] })]),
  );
  const setUp = async () => {
    process.env.CURATED_DIR = curatedFolder({ 'site.yaml': files['site.yaml'], ...many });
    process.env.CATALOG_DIR = mkdtempSync(join(tmpdir(), 'integrity-pages-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'integrity-cache-'));
    expect((await buildAndWrite({ allowErrors: false, cacheDir })).status).toBe(0);
    const page = join(process.env.CATALOG_DIR, 'docs', 'site', '1.pages');
    return { cacheDir, page, good: readFileSync(page) };
  };

  it('are trusted by a --no-cache build when whole, each of their documents hashed', async () => {
    const { cacheDir, page, good } = await setUp();
    const { mtimeMs } = statSync(page);
    terminal.clearErrors();
    expect((await buildAndWrite({ allowErrors: false, cacheDir, noCache: true })).status).toBe(0);
    expect(terminal.errorLines().join('\n')).not.toMatch(/damaged/);
    expect(statSync(page).mtimeMs).toBe(mtimeMs);
    expect(readFileSync(page).equals(good)).toBe(true);
  });

  it('are written again when one of their documents is altered in place, size and time kept (--no-cache)', async () => {
    const { cacheDir, page, good } = await setUp();
    const { atime, mtime } = statSync(page);
    const altered = Buffer.from(good);
    // A byte near the end: inside the last of the four documents.
    altered[altered.length - 20] = altered[altered.length - 20] === 0x41 ? 0x42 : 0x41;
    writeFileSync(page, altered);
    utimesSync(page, atime, mtime);
    terminal.clearErrors();
    expect((await buildAndWrite({ allowErrors: false, cacheDir, noCache: true })).status).toBe(0);
    expect(terminal.errorLines().join('\n')).toMatch(/docs\/site\/1\.pages: damaged since the last build; written again/);
    expect(readFileSync(page).equals(good)).toBe(true);
  });
});

describe('a damaged or foreign catalog', () => {
  const published = () => {
    const out = mkdtempSync(join(tmpdir(), 'integrity-pub-'));
    writeCatalog(out, buildCatalog(curatedFolder(files)).catalog);
    return out;
  };
  const damage = {
    truncated: (out: string) => truncateSync(join(out, 'catalog.json'), 200),
    'of another format': (out: string) => {
      const path = join(out, 'catalog.json');
      writeFileSync(path, readFileSync(path, 'utf8').replace(`{"format":${CATALOG_FORMAT},`, '{"format":1,'));
    },
  };
  const expected = {
    truncated: /catalog\.json is not whole JSON \(truncated or damaged\): run `npm run build`/,
    'of another format': new RegExp(`catalog\\.json has format 1, this code reads format ${CATALOG_FORMAT}: run \`npm run build\``),
  };

  for (const [what, spoil] of Object.entries(damage)) {
    it(`stops the Node server from starting, with one line, when ${what}`, () => {
      const out = published();
      spoil(out);
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
        cwd: ROOT,
        env: { ...process.env, CATALOG_DIR: out, PORT: '19401' },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(run.status).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(join(out, 'catalog.json'));
      expect(lines[0]).toMatch(expected[what as keyof typeof expected]);
    });

    it(`is refused by the Worker build's check when ${what}`, () => {
      const out = published();
      spoil(out);
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-worker.ts'], { cwd: ROOT, env: { ...process.env, CATALOG_DIR: out }, encoding: 'utf8', timeout: 20_000 });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(expected[what as keyof typeof expected]);
    });
  }
});

describe('Last-Modified', () => {
  it('moves whenever the bytes of a document change, and only then', async () => {
    const dir = curatedFolder(files);
    const out = mkdtempSync(join(tmpdir(), 'integrity-lm-'));
    const publishAt = (iso: string) => writeCatalog(out, buildCatalog(dir).catalog, { now: new Date(iso) });
    publishAt('2025-01-01T00:00:00Z');
    const app = createApp(() => new PublishedReader(fileSource(out)));
    const get = (path: string, headers: Record<string, string> = {}) => app.request(`https://integrity.example${path}`, { headers });
    const before = await get('/feed.xml');
    const sea = await get('/tags/sea/atom.xml');
    const land = await get('/tags/land/atom.xml');

    // An edit of the older article's body: its dates stay as they were.
    writeFileSync(join(dir, 'old.md'), files['old.md'].replace('as it was first written', 'as it was edited later'));
    publishAt('2025-01-01T00:00:00Z');
    const after = await get('/feed.xml');
    expect(await after.text()).toContain('as it was edited later');
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect(after.headers.get('last-modified')).not.toBe(before.headers.get('last-modified'));
    expect((await get('/feed.xml', { 'If-Modified-Since': before.headers.get('last-modified')! })).status).toBe(200);
    expect((await get('/tags/sea/atom.xml', { 'If-Modified-Since': sea.headers.get('last-modified')! })).status).toBe(200);
    // A document the edit did not touch keeps its validators.
    const landAgain = await get('/tags/land/atom.xml');
    expect(landAgain.headers.get('last-modified')).toBe(land.headers.get('last-modified'));
    expect((await get('/tags/land/atom.xml', { 'If-Modified-Since': land.headers.get('last-modified')! })).status).toBe(304);
  });
});
