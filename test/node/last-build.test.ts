// A build of a folder nothing has touched since the last build stops after looking at it, printing
// what the last one printed; anything the build reads or wrote that changed makes it build again.
import { mkdtempSync, readdirSync, readFileSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAndWrite } from '../../src/cli/build-command.ts';
import { captureConsole } from './support/console.ts';
import { curatedFolder, md } from './support/site.ts';

describe('a build with nothing changed', () => {
  const terminal = captureConsole();
  const setUp = (extra: Record<string, string> = {}) => {
    const curated = curatedFolder({
      'site.yaml': 'title: Shortcut\nurl: https://shortcut.example\n',
      'a.md': md({ title: 'Alpha', date: '2024-01-01', tags: ['Sea'] }),
      'b.md': md({ title: 'Beta', date: '2024-02-01', tags: ['Land'] }),
      '_notes.md': 'not an article',
      'bad.md': md({ title: 'Bad', date: 'not a date at all' }),
      ...extra,
    });
    process.env.CURATED_DIR = curated;
    process.env.CATALOG_DIR = mkdtempSync(join(tmpdir(), 'shortcut-out-'));
    return { curated, out: process.env.CATALOG_DIR, cacheDir: mkdtempSync(join(tmpdir(), 'shortcut-cache-')) };
  };
  const build = async (cacheDir: string, noCache = false) => {
    terminal.clearErrors();
    const done = await buildAndWrite({ allowErrors: true, cacheDir, noCache });
    expect(done.status).toBe(0);
    return { built: done.result !== null, said: terminal.errorLines() };
  };
  const feed = (out: string) => readFileSync(join(out, 'docs', 'site', '0', 'feed.xml'), 'utf8');

  it('is not built again, and prints what the last build printed', async () => {
    const { cacheDir } = setUp();
    const first = await build(cacheDir);
    expect(first.built).toBe(true);
    const again = await build(cacheDir);
    expect(again.built).toBe(false);
    // The same lines: what was skipped, the problems, and the summary (its time aside).
    const untimed = (lines: string[]) => lines.map((line) => line.replace(/ in [\d.]+ s/, ' in T s'));
    expect(untimed(again.said).slice(0, -1)).toEqual(untimed(first.said).slice(0, -1));
    expect(again.said.at(-1)).toMatch(/^built 2 articles, 2 tags, 0 drafts, \d+ warnings, 1 errors in [\d.]+ s \(3 unchanged, 0 read\): files with errors are left out until fixed$/);
    expect(again.said.join('\n')).toMatch(/bad\.md:3: front matter `date`/);
  });

  it('is built again when an article changes or is touched', async () => {
    const { curated, out, cacheDir } = setUp();
    await build(cacheDir);
    writeFileSync(join(curated, 'a.md'), md({ title: 'Alpha', date: '2024-01-01', tags: ['Sea'] }, 'Another body.'));
    expect((await build(cacheDir)).built).toBe(true);
    expect(feed(out)).toContain('Another body.');
    // Touched, the same bytes: built again (its time is its file date), then not.
    utimesSync(join(curated, 'a.md'), new Date(0), new Date(0));
    const touched = await build(cacheDir);
    expect(touched.built).toBe(true);
    expect((await build(cacheDir)).built).toBe(false);
  });

  it('is built again when an article is added or removed, site.yaml changes, or a file is skipped', async () => {
    const { curated, out, cacheDir } = setUp();
    await build(cacheDir);
    writeFileSync(join(curated, 'c.md'), md({ title: 'Gamma', date: '2024-03-01' }));
    expect((await build(cacheDir)).built).toBe(true);
    expect(feed(out)).toContain('Gamma');
    writeFileSync(join(curated, 'site.yaml'), 'title: Renamed site\nurl: https://shortcut.example\n');
    expect((await build(cacheDir)).built).toBe(true);
    expect(feed(out)).toContain('Renamed site');
    writeFileSync(join(curated, '.hidden.md'), 'x');
    const skipped = await build(cacheDir);
    expect(skipped.built).toBe(true);
    expect(skipped.said.join('\n')).toMatch(/skipped 2 by name/);
    expect((await build(cacheDir)).built).toBe(false);
  });

  it('is built again when a published file was damaged or one was added among the packs', async () => {
    const { out, cacheDir } = setUp();
    await build(cacheDir);
    const good = feed(out);
    truncateSync(join(out, 'docs', 'site', '0', 'feed.xml'), 10);
    expect((await build(cacheDir)).built).toBe(true);
    expect(feed(out)).toBe(good);
    const stray = join(out, 'bodies', 'stray.html');
    writeFileSync(stray, 'left over');
    expect((await build(cacheDir)).built).toBe(true);
    expect(readdirSync(join(out, 'bodies'))).not.toContain('stray.html');
    expect((await build(cacheDir)).built).toBe(false);
  });

  it('is always built with --no-cache, and after a build with a scheduled article', async () => {
    const { cacheDir } = setUp({ 'later.md': md({ title: 'Later', date: '2099-01-01' }) });
    await build(cacheDir);
    expect((await build(cacheDir)).built).toBe(true);
    expect((await build(cacheDir, true)).built).toBe(true);
  });
});
