// Issue 9, "editors' work lost or hidden": adding an article twice, two copies of one article,
// skipped files, an empty or missing folder, and a deploy without `url`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/build/build-catalog.ts';
import { runAdd } from '../../src/cli/add-command.ts';
import { buildAndWrite } from '../../src/cli/build-command.ts';
import { captureConsole } from './support/console.ts';
import { curatedFolder, md } from './support/site.ts';

const story = md({ title: 'Harbour ferry returns', date: '2024-03-01' }, 'The harbour ferry returns to service on Monday after four months of repairs, the operator said on Friday, and will run every half hour.');

const terminal = captureConsole();
const printed = () => terminal.errorLines().join('\n');

describe('curate add of the same article twice', () => {
  it('is refused with a message naming the existing file, and nothing is written', () => {
    const dir = curatedFolder({ 'site.yaml': 'url: https://r.example\n' });
    const source = join(curatedFolder({ 'story.md': story }), 'story.md');
    expect(runAdd({ source, dir, cacheDir: null }).status).toBe(0);
    const second = runAdd({ source, dir, cacheDir: null });
    expect(second.status).toBe(1);
    expect(second.path).toBeNull();
    expect(printed()).toMatch(/harbour-ferry-returns\.md already holds this article \(the same text\); edit that file instead; nothing was added/);
    expect(readdirSync(dir).sort()).toEqual(['harbour-ferry-returns.md', 'site.yaml']);
  });

  it('is refused through the build cache as well', () => {
    const dir = curatedFolder({ 'site.yaml': 'url: https://r.example\n', 'old-name.md': story });
    const cacheDir = mkdtempSync(join(tmpdir(), 'curate-cache-'));
    const source = join(curatedFolder({ 'story.md': story }), 'story.md');
    expect(runAdd({ source, dir, cacheDir }).status).toBe(1);
    expect(runAdd({ source, dir, cacheDir }).status).toBe(1);
    expect(printed()).toMatch(/old-name\.md already holds this article/);
  });
});

describe('two files holding one article', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z' } });

  it('the one there first by mtime keeps the URL and id; the copy gets the error', () => {
    const dir = curatedFolder({ 'site.yaml': 'url: https://r.example\n', 'story.md': story, 'story-2.md': story });
    utimesSync(join(dir, 'story.md'), new Date('2024-01-01'), new Date('2024-01-01'));
    utimesSync(join(dir, 'story-2.md'), new Date('2024-06-01'), new Date('2024-06-01'));
    const result = buildCatalog(dir);
    expect(result.catalog.articles.map((a) => [a.slug, a.id])).toEqual([['story', 'https://r.example/articles/story']]);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([expect.objectContaining({ file: expect.stringMatching(/story-2\.md$/), message: expect.stringMatching(/^has the same article body as .*story\.md/) })]);
  });

  it('a committed file wins over a newer uncommitted copy, whatever the names', () => {
    const dir = curatedFolder({ 'site.yaml': 'url: https://r.example\n', 'zz-original.md': story });
    git(dir, 'init', '-q');
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@t', 'add', '.');
    git(dir, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'add');
    writeFileSync(join(dir, 'aa-copy.md'), story);
    utimesSync(join(dir, 'aa-copy.md'), new Date('2020-01-01'), new Date('2020-01-01'));
    const result = buildCatalog(dir);
    expect(result.catalog.articles.map((a) => a.slug)).toEqual(['zz-original']);
  });
});

describe('skipped files and empty folders', () => {
  it('files named _*, .* and README.md are listed as skipped', () => {
    const dir = curatedFolder({ 'site.yaml': 'url: https://r.example\n', 'a.md': story, '_notes.md': story, '.hidden.md': story, 'README.md': '# read me', 'sub/_drafts/x.md': story });
    const result = buildCatalog(dir);
    expect(result.skipped.map((p) => p.replace(/^.*curated-[^/]+\//, ''))).toEqual(['.hidden.md', 'README.md', '_notes.md', 'sub/_drafts/']);
  });

  it('`curate build` prints the skipped line', async () => {
    process.env.CURATED_DIR = curatedFolder({ 'site.yaml': 'url: https://r.example\n', 'a.md': story, '_notes.md': story });
    process.env.CATALOG_DIR = mkdtempSync(join(tmpdir(), 'catalog-'));
    expect((await buildAndWrite({ allowErrors: false, cacheDir: null })).status).toBe(0);
    expect(printed()).toMatch(/^skipped 1 by name .*: .*_notes\.md$/m);
  });

  it('a build of 0 articles over a catalog that had some is refused unless --allow-empty', async () => {
    process.env.CATALOG_DIR = mkdtempSync(join(tmpdir(), 'catalog-'));
    process.env.CURATED_DIR = curatedFolder({ 'site.yaml': 'url: https://r.example\n', 'a.md': story });
    expect((await buildAndWrite({ allowErrors: false, cacheDir: null })).status).toBe(0);
    const empty = curatedFolder({ 'site.yaml': 'url: https://r.example\n' });
    process.env.CURATED_DIR = empty;
    expect((await buildAndWrite({ allowErrors: false, cacheDir: null })).status).toBe(1);
    expect(printed()).toMatch(/has no articles, and the catalog in .* has 1; the previous catalog is left as it was\. Check CURATED_DIR, or build with --allow-empty/);
    // npm start (--allow-errors) keeps serving the old catalog.
    expect((await buildAndWrite({ allowErrors: true, cacheDir: null })).status).toBe(0);
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync(join(process.env.CATALOG_DIR, 'catalog.json'), 'utf8')).articles).toHaveLength(1);
    expect((await buildAndWrite({ allowErrors: false, allowEmpty: true, cacheDir: null })).status).toBe(0);
    expect(JSON.parse(readFileSync(join(process.env.CATALOG_DIR, 'catalog.json'), 'utf8')).articles).toHaveLength(0);
  });

  it('a missing CURATED_DIR is an error naming it', async () => {
    const gone = curatedFolder({});
    rmSync(gone, { recursive: true });
    process.env.CURATED_DIR = gone;
    process.env.CATALOG_DIR = mkdtempSync(join(tmpdir(), 'catalog-'));
    expect((await buildAndWrite({ allowErrors: true, cacheDir: null })).status).toBe(1);
    expect(printed()).toContain(`${gone}: the curated folder does not exist; create it or set CURATED_DIR`);
  });
});

describe('url: null', () => {
  it('is refused by a deploy build, and warned by every build', async () => {
    process.env.CURATED_DIR = curatedFolder({ 'site.yaml': 'title: T\nurl: null\n', 'a.md': story });
    process.env.CATALOG_DIR = mkdtempSync(join(tmpdir(), 'catalog-'));
    expect((await buildAndWrite({ allowErrors: false, deploy: true, cacheDir: null })).status).toBe(1);
    expect(printed()).toMatch(/site\.yaml: `url` is not set; set it to the site's public address .* before deploying/);
    expect(readdirSync(process.env.CATALOG_DIR)).toEqual([]);
    expect((await buildAndWrite({ allowErrors: false, cacheDir: null })).status).toBe(0);
    expect(printed()).toMatch(/site\.yaml:2: warning: `url` is not set/);
  });
});
