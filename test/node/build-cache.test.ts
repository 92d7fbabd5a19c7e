import { packBytes } from '../../src/catalog/assemble.ts';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/build/build-catalog.ts';
import { writeCatalog } from '../../src/catalog/write-catalog.ts';
import { syntheticArticle } from '../../bench/build/synthetic.ts';

function folder(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'curate-cache-'));
  for (let i = 0; i < n; i++) {
    const { name, text } = syntheticArticle(i, 80);
    writeFileSync(join(dir, name), text);
  }
  // One clipping without a date and one bad file, so warnings and errors are cached too.
  writeFileSync(join(dir, 'clip.txt'), `A clipping headline\n\n${syntheticArticle(999, 60).text.split('---').pop()}`);
  writeFileSync(join(dir, 'broken.md'), '---\ntitle: [\n---\n');
  return dir;
}

/** Builds and writes; returns the catalog bytes and how many files were read. */
function build(dir: string, cacheDir: string | null, useCache = true) {
  const result = buildCatalog(dir, { cacheDir, useCache });
  const out = mkdtempSync(join(tmpdir(), 'curate-out-'));
  writeCatalog(out, result.catalog);
  return { bytes: readFileSync(join(out, 'catalog.json'), 'utf8'), result };
}

describe('the build cache', () => {
  it('gives a warm build byte for byte the catalog and problems of a cold one', () => {
    const dir = folder(30);
    const cacheDir = mkdtempSync(join(tmpdir(), 'curate-cachedir-'));
    const cold = build(dir, null);
    const first = build(dir, cacheDir);
    const warm = build(dir, cacheDir);
    expect(first.result.read).toBe(32);
    expect(warm.result).toMatchObject({ read: 0, cached: 32 });
    expect(warm.bytes).toBe(cold.bytes);
    expect(warm.result.problems).toEqual(cold.result.problems);
    const packed = (r: typeof cold.result) => [...r.catalog.packs].map(([file, pack]) => [file, packBytes(pack).toString('utf8')]);
    expect(packed(warm.result)).toEqual(packed(cold.result));
  });

  it('reads only what was added or changed, and everything when told not to use it', () => {
    const dir = folder(30);
    const cacheDir = mkdtempSync(join(tmpdir(), 'curate-cachedir-'));
    build(dir, cacheDir);
    const { name, text } = syntheticArticle(500, 80);
    writeFileSync(join(dir, name), text);
    const added = build(dir, cacheDir);
    expect(added.result).toMatchObject({ read: 1, cached: 32 });
    expect(added.bytes).toBe(build(dir, null).bytes);

    const edited = join(dir, syntheticArticle(3, 80).name);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: .*$/m, 'title: "A new title"'));
    const afterEdit = build(dir, cacheDir);
    expect(afterEdit.result).toMatchObject({ read: 1, cached: 32 });
    expect(afterEdit.result.catalog.articles.some((a) => a.title === 'A new title')).toBe(true);
    // The version covers every served byte: an edited title is a new version.
    expect(afterEdit.result.catalog.version).not.toBe(added.result.catalog.version);
    expect(JSON.parse(afterEdit.bytes).version).toBe(afterEdit.result.catalog.version);

    expect(build(dir, cacheDir, false).result).toMatchObject({ read: 33, cached: 0 });
  });
});

/** The one scope folder of a cache used by one curated folder. */
const scopeDir = (cacheDir: string) => join(cacheDir, readdirSync(cacheDir)[0]!);

describe('the cache journal', () => {
  it('forgets deleted files and keeps later builds equal to cold ones', () => {
    const dir = folder(20);
    const cacheDir = mkdtempSync(join(tmpdir(), 'curate-cachedir-'));
    build(dir, cacheDir);
    rmSync(join(dir, syntheticArticle(4, 80).name));
    const { name, text } = syntheticArticle(600, 80);
    writeFileSync(join(dir, name), text);
    const changed = build(dir, cacheDir);
    expect(changed.result).toMatchObject({ read: 1, cached: 21 });
    // The change went into the journal, not a new index; the next build reads the journal back.
    expect(readFileSync(join(scopeDir(cacheDir), 'journal.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
    const again = build(dir, cacheDir);
    expect(again.result).toMatchObject({ read: 0, cached: 22 });
    expect(again.bytes).toBe(build(dir, null).bytes);
  });

  it('treats a torn journal line or a cut-short data file as no cache at all', () => {
    const dir = folder(10);
    for (const damage of ['torn journal', 'short entries file']) {
      const cacheDir = mkdtempSync(join(tmpdir(), 'curate-cachedir-'));
      build(dir, cacheDir);
      const scope = scopeDir(cacheDir);
      if (damage === 'torn journal') appendFileSync(join(scope, 'journal.jsonl'), '{"generation":"x","bod');
      else truncateSync(join(scope, readdirSync(scope).find((f) => f.startsWith('entries-'))!), 100);
      const rebuilt = build(dir, cacheDir);
      expect(rebuilt.result, damage).toMatchObject({ read: 12, cached: 0 });
      expect(rebuilt.bytes, damage).toBe(build(dir, null).bytes);
    }
  });
});

describe('cache compaction', () => {
  it('rewrites the data files once old bodies outweigh live ones, and builds stay equal to cold ones', () => {
    const dir = folder(5);
    const cacheDir = mkdtempSync(join(tmpdir(), 'curate-cachedir-'));
    build(dir, cacheDir);
    const generation = () => (JSON.parse(readFileSync(join(scopeDir(cacheDir), 'index.json'), 'utf8')) as { generation: string }).generation;
    const first = generation();
    // A 200 KB body edited again and again: each version is appended until compaction drops the old ones.
    const big = join(dir, 'long-read.md');
    const paragraph = syntheticArticle(700, 300).text.split('---').pop()!.trim();
    let compactedAfter = 0;
    for (let edit = 1; edit <= 20 && !compactedAfter; edit++) {
      writeFileSync(big, `---\ntitle: A long read, version ${edit}\ndate: 2024-01-0${1 + (edit % 9)}\n---\n\n${Array(120).fill(paragraph).join('\n\n')}\n`);
      const warm = build(dir, cacheDir);
      expect(warm.result.read).toBe(1);
      expect(warm.bytes).toBe(build(dir, null).bytes);
      if (generation() !== first) compactedAfter = edit;
    }
    expect(compactedAfter).toBeGreaterThan(1);
    // After compaction the journal is gone and the next build reads nothing.
    expect(readdirSync(scopeDir(cacheDir))).not.toContain('journal.jsonl');
    const again = build(dir, cacheDir);
    expect(again.result).toMatchObject({ read: 0, cached: 8 });
    expect(again.bytes).toBe(build(dir, null).bytes);
  });
});

describe('old caches', () => {
  it('are removed beyond the two most recently used besides the current one', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'curate-cachedir-'));
    const folders = [folder(2), folder(2), folder(2), folder(2)];
    for (const dir of folders) buildCatalog(dir, { cacheDir });
    // Four folders built: the last one's cache and the two before it remain.
    expect(readdirSync(cacheDir)).toHaveLength(3);
  });
});
