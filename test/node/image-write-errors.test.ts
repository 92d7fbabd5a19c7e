// Publishing images when the disk fails or the picture moves under the build: the last catalog
// stays whole, nothing half-written is left, and the line says what to do.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCatalog } from '../../src/build/build-catalog.ts';
import { SourceChangedError, writeCatalog } from '../../src/catalog/write-catalog.ts';
import { buildAndWrite } from '../../src/cli/build-command.ts';
import { png } from './support/png.ts';
import { captureConsole } from './support/console.ts';
import { curatedFolder, md } from './support/site.ts';

/** The next write to a path matching `failing` throws ENOSPC, as the kernel would. */
let failing: RegExp | null = null;
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeFileSync = (...args: Parameters<typeof fs.writeFileSync>) => {
    const path = args[0];
    if (failing && typeof path === 'string' && failing.test(path)) throw Object.assign(new Error(`ENOSPC: injected, write '${path}'`), { code: 'ENOSPC', path, syscall: 'write' });
    return fs.writeFileSync(...args);
  };
  const mocked = { ...fs, writeFileSync };
  return { ...mocked, default: mocked };
});

const terminal = captureConsole();
beforeEach(() => {
  process.env.CATALOG_DIR = mkdtempSync(join(tmpdir(), 'catalog-'));
});
afterEach(() => {
  failing = null;
});

const picture = (blue: number) => png(16, 9, (x, y) => [x * 15, y * 25, blue]);
const article = md({ title: 'Ferry', date: '2024-05-01' }, 'A paragraph about the ferry, long enough to be an article body, with several words in it.\n\n![The ferry](images/ferry.png)\n');
const contents = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((rel) => statSync(join(dir, rel)).isFile())
      .sort()
      .map((rel) => [rel, readFileSync(join(dir, rel)).toString('base64')]),
  );

describe('publishing images', () => {
  it('disk full while writing a changed picture: one line naming it, the last catalog whole, no temporaries', async () => {
    process.env.CURATED_DIR = curatedFolder({ 'site.yaml': 'url: https://r.example\n', 'ferry.md': article, 'images/ferry.png': picture(10) });
    expect((await buildAndWrite({ allowErrors: false, cacheDir: null })).status).toBe(0);
    const before = contents(process.env.CATALOG_DIR!);
    writeFileSync(join(process.env.CURATED_DIR, 'images/ferry.png'), picture(200));
    failing = /images\/[0-9a-f]{20}\.png\.\d+\.tmp$/;
    expect((await buildAndWrite({ allowErrors: false, cacheDir: null })).status).toBe(1);
    const lines = terminal.errorLines().filter((line) => !line.includes(': warning: '));
    expect(lines.at(-1)).toMatch(/images\/[0-9a-f]{20}\.png: cannot write: the disk is full \(ENOSPC\); free some space and build again; temporary and unpublished files were removed/);
    expect(contents(process.env.CATALOG_DIR!)).toEqual(before);
  });

  it('a picture deleted between reading and publishing: refused, nothing of the new build renamed into place', () => {
    const dir = curatedFolder({ 'ferry.md': article, 'images/ferry.png': picture(10) });
    const out = mkdtempSync(join(tmpdir(), 'published-'));
    const built = buildCatalog(dir);
    rmSync(join(dir, 'images/ferry.png'));
    expect(() => writeCatalog(out, built.catalog)).toThrow(SourceChangedError);
    expect(() => writeCatalog(out, built.catalog)).toThrow(/images\/ferry\.png: was deleted while the build ran; build again/);
    expect(readdirSync(out).filter((name) => !name.endsWith('.tmp'))).not.toContain('catalog.json');
  });
});
