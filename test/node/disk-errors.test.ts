// Issue 9, disk and permissions, on real file systems: a small tmpfs that fills up, and one
// remounted read-only (mounting needs root; elsewhere disk-errors-injected.test.ts covers the same
// paths with errors injected at the write).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { buildAndWrite } from '../../src/cli/build-command.ts';
import { curatedFolder, md as mdOf } from './support/site.ts';

const mounts: string[] = [];
function tmpfs(size: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'curate-tmpfs-'));
  const run = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
  if (run.status !== 0) return null;
  mounts.push(dir);
  return dir;
}
const remountReadOnly = (dir: string) => expect(spawnSync('mount', ['-o', 'remount,ro', dir]).status).toBe(0);
const canMount = (() => {
  const dir = tmpfs('64k');
  return dir !== null;
})();
afterAll(() => {
  for (const dir of mounts) spawnSync('umount', [dir]);
});

let err: MockInstance<typeof console.error>;
beforeEach(() => {
  err = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  err.mockRestore();
  delete process.env.CURATED_DIR;
  delete process.env.CATALOG_DIR;
});
const printed = () => err.mock.calls.map((c) => String(c[0])).filter((line) => !line.includes(': warning: '));
const words = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}${i}`).join(' ');
const md = (front: Record<string, unknown>, body = words(40, String(front.title))) => mdOf(front, body);
const site = 'url: https://r.example\n';
/** Every file under `dir`, relative to it. */
const tree = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

describe.runIf(canMount)('on a real tmpfs', () => {
  it('a full disk: one line naming the path and the fix, no *.tmp or orphan packs, the old catalog intact', async () => {
    const out = tmpfs('256k')!;
    process.env.CATALOG_DIR = join(out, 'catalog');
    process.env.CURATED_DIR = curatedFolder({ 'site.yaml': site, 'small.md': md({ title: 'Small', date: '2024-01-01' }) });
    expect((await buildAndWrite({ allowErrors: false, cacheDir: null })).status).toBe(0);
    const before = tree(process.env.CATALOG_DIR);
    const catalog = readFileSync(join(process.env.CATALOG_DIR, 'catalog.json'));
    // Bodies of ~160 KB each: the packs no longer fit.
    writeFileSync(join(process.env.CURATED_DIR, 'big.md'), md({ title: 'Big', date: '2024-01-02' }, words(20_000, 'a')));
    writeFileSync(join(process.env.CURATED_DIR, 'bigger.md'), md({ title: 'Bigger', date: '2024-01-03' }, words(20_000, 'b')));
    const err0 = printed().length;
    expect((await buildAndWrite({ allowErrors: false, cacheDir: null })).status).toBe(1);
    const lines = printed().slice(err0);
    expect(lines).toEqual([expect.stringMatching(/catalog(\/.*)?: cannot write: the disk is full \(ENOSPC\); free some space and build again; temporary and unpublished files were removed, build again once fixed$/)]);
    expect(lines.join('\n')).not.toMatch(/    at /);
    expect(tree(process.env.CATALOG_DIR)).toEqual(before);
    expect(readFileSync(join(process.env.CATALOG_DIR, 'catalog.json'))).toEqual(catalog);
  });

  it('a read-only output folder: one line naming the path and the fix', async () => {
    const out = tmpfs('1m')!;
    process.env.CATALOG_DIR = join(out, 'catalog');
    process.env.CURATED_DIR = curatedFolder({ 'site.yaml': site, 'a.md': md({ title: 'A', date: '2024-01-01' }) });
    expect((await buildAndWrite({ allowErrors: false, cacheDir: null })).status).toBe(0);
    const before = tree(process.env.CATALOG_DIR);
    writeFileSync(join(process.env.CURATED_DIR, 'b.md'), md({ title: 'B', date: '2024-01-02' }));
    remountReadOnly(out);
    const err0 = printed().length;
    expect((await buildAndWrite({ allowErrors: false, cacheDir: null })).status).toBe(1);
    expect(printed().slice(err0)).toEqual([
      expect.stringMatching(/catalog\/bodies\/.*: cannot write: the file system is read-only \(EROFS\); make it writable, or point CATALOG_DIR at a writable folder; temporary and unpublished files were removed, build again once fixed$/),
    ]);
    expect(tree(process.env.CATALOG_DIR)).toEqual(before);
  });

  it('a read-only cache folder: a warned, uncached build', async () => {
    const cache = tmpfs('1m')!;
    remountReadOnly(cache);
    process.env.CATALOG_DIR = mkdtempSync(join(tmpdir(), 'catalog-'));
    process.env.CURATED_DIR = curatedFolder({ 'site.yaml': site, 'a.md': md({ title: 'A', date: '2024-01-01' }) });
    const result = await buildAndWrite({ allowErrors: false, cacheDir: join(cache, 'build') });
    expect(result.status).toBe(0);
    expect(printed()[0]).toMatch(/^warning: .*build: cannot write: the file system is read-only \(EROFS\); building without the cache/);
    expect(result.result!.catalog.articleCount).toBe(1);
  });

  it('a full cache folder: a warned, uncached build', async () => {
    const cache = tmpfs('64k')!;
    mkdirSync(join(cache, 'build'));
    // Fill it to the last byte.
    try {
      for (let i = 0; ; i++) writeFileSync(join(cache, `fill-${i}`), Buffer.alloc(4096));
    } catch {
      /* full */
    }
    process.env.CATALOG_DIR = mkdtempSync(join(tmpdir(), 'catalog-'));
    process.env.CURATED_DIR = curatedFolder({ 'site.yaml': site, 'a.md': md({ title: 'A', date: '2024-01-01' }) });
    const result = await buildAndWrite({ allowErrors: false, cacheDir: join(cache, 'build') });
    expect(result.status).toBe(0);
    expect(printed()[0]).toMatch(/^warning: .*: cannot write: the disk is full \(ENOSPC\); building without the cache/);
  });
});
