// Issue 9, disk and permissions, anywhere (no root needed): ENOSPC and EROFS injected at the
// write, for the catalog's packs, its index and the build cache.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildAndWrite } from '../../src/cli/build-command.ts';
import { captureConsole } from './support/console.ts';
import { curatedFolder, md as mdOf } from './support/site.ts';

/** The next write to a path matching `failing.path` throws `failing.code`, as the kernel would. */
const failing: { path: RegExp | null; code: string } = { path: null, code: 'ENOSPC' };
function injected(path: unknown): void {
  if (failing.path && typeof path === 'string' && failing.path.test(path)) {
    throw Object.assign(new Error(`${failing.code}: injected, write '${path}'`), { code: failing.code, path, syscall: 'write' });
  }
}
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const wrap =
    <F extends (...args: never[]) => unknown>(f: F) =>
    (...args: Parameters<F>) => {
      injected(args[0]);
      return f(...args);
    };
  const mocked = { ...fs, writeFileSync: wrap(fs.writeFileSync), appendFileSync: wrap(fs.appendFileSync), renameSync: wrap(fs.renameSync) };
  return { ...mocked, default: mocked };
});

const terminal = captureConsole();
beforeEach(() => {
  process.env.CATALOG_DIR = mkdtempSync(join(tmpdir(), 'catalog-'));
});
afterEach(() => {
  failing.path = null;
});
const printed = () => terminal.errorLines().filter((line) => !line.includes(': warning: '));
const md = (front: Record<string, unknown>) => mdOf(front, Array.from({ length: 40 }, (_, i) => `${String(front.title)}${i}`).join(' '));
const tree = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
/** Every file of the folder with its bytes. */
const contents = (dir: string) =>
  Object.fromEntries(tree(dir).filter((rel) => statSync(join(dir, rel)).isFile()).map((rel) => [rel, readFileSync(join(dir, rel)).toString('base64')]));

async function builtOnce() {
  process.env.CURATED_DIR = curatedFolder({ 'site.yaml': 'url: https://r.example\n', 'a.md': md({ title: 'A', date: '2024-01-01' }) });
  expect((await buildAndWrite({ allowErrors: false, cacheDir: null })).status).toBe(0);
  writeFileSync(join(process.env.CURATED_DIR, 'b.md'), md({ title: 'B', date: '2024-01-02' }));
  return { tree: tree(process.env.CATALOG_DIR!), catalog: readFileSync(join(process.env.CATALOG_DIR!, 'catalog.json')) };
}

describe('write errors injected at the write', () => {
  it('disk full while writing a pack: one line, no *.tmp, no orphan packs, the old catalog kept', async () => {
    const before = await builtOnce();
    failing.path = /bodies\/.*\.tmp$/;
    const err0 = printed().length;
    expect((await buildAndWrite({ allowErrors: false, cacheDir: null })).status).toBe(1);
    expect(printed().slice(err0)).toEqual([expect.stringMatching(/bodies\/[0-9a-f]+-[0-9a-f]{16}\.html: cannot write: the disk is full \(ENOSPC\); free some space and build again; temporary and unpublished files were removed, build again once fixed$/)]);
    expect(tree(process.env.CATALOG_DIR!)).toEqual(before.tree);
  });

  it('read-only while writing the index: the packs written for it are removed again', async () => {
    const before = await builtOnce();
    failing.path = /catalog\.json\.\d+\.tmp$/;
    failing.code = 'EROFS';
    expect((await buildAndWrite({ allowErrors: false, cacheDir: null })).status).toBe(1);
    expect(printed().at(-1)).toMatch(/catalog\.json: cannot write: the file system is read-only \(EROFS\); make it writable, or point CATALOG_DIR at a writable folder/);
    expect(tree(process.env.CATALOG_DIR!)).toEqual(before.tree);
    expect(readFileSync(join(process.env.CATALOG_DIR!, 'catalog.json'))).toEqual(before.catalog);
    failing.code = 'ENOSPC';
  });

  it('disk full at the last file of a build: every file of the last catalog keeps its bytes, none is a mix of old and new', async () => {
    const dir = process.env.CATALOG_DIR!;
    await builtOnce();
    const before = contents(dir);
    // catalog.json is written last: by then every other new file has been written.
    failing.path = /catalog\.json\.\d+\.tmp$/;
    expect((await buildAndWrite({ allowErrors: false, cacheDir: null })).status).toBe(1);
    expect(contents(dir)).toEqual(before);
    failing.path = null;
    expect((await buildAndWrite({ allowErrors: false, cacheDir: null })).status).toBe(0);
    expect(contents(dir)).not.toEqual(before);
  });

  it('disk full while saving the build cache: a warning, and the catalog is written', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'curate-cache-'));
    process.env.CURATED_DIR = curatedFolder({ 'site.yaml': 'url: https://r.example\n', 'a.md': md({ title: 'A', date: '2024-01-01' }) });
    failing.path = new RegExp(`^${cacheDir}/.+/`);
    const result = await buildAndWrite({ allowErrors: false, cacheDir });
    expect(result.status).toBe(0);
    const lines = terminal.errorLines();
    expect(lines.some((l) => /warning: cannot write the build cache: the disk is full \(ENOSPC\); this build is not slowed, the next one reads every file again/.test(l))).toBe(true);
    expect(JSON.parse(readFileSync(join(process.env.CATALOG_DIR!, 'catalog.json'), 'utf8')).articles).toHaveLength(1);
  });
});
