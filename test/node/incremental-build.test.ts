// A rebuild after a small change publishes exactly what a cold build of the same folder publishes:
// every file, byte for byte, whatever the rebuild took from the last build (listings it kept,
// documents it did not render again, its cache). Only the dates a build stamps on what changed
// (Last-Modified, in the index and the manifest) may differ.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAndWrite } from '../../src/cli/build-command.ts';
import { MANIFEST_FILE } from '../../src/catalog/manifest.ts';
import { documentFile, listingId } from '../../src/catalog/published.ts';
import { captureConsole } from './support/console.ts';
import { curatedFolder, md } from './support/site.ts';

const tag = (slug: string) => listingId({ kind: 'tag', slug });
const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** 45 articles: "Sea" has exactly one page's worth (20), "Land" the odd ones; one more is dated 2099. */
function folder(): Record<string, string> {
  const files: Record<string, string> = { 'site.yaml': 'title: Increments\nurl: https://increments.example\n' };
  for (let i = 0; i < 45; i++) {
    const tags = [...(i < 20 ? ['Sea'] : []), ...(i % 2 ? ['Land'] : ['Air'])];
    files[`a${String(i).padStart(2, '0')}.md`] = md({ title: `Article ${i}`, date: day(i), tags });
  }
  files['later.md'] = md({ title: 'Scheduled', date: '2099-01-01', tags: ['Land'] });
  return files;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

/** A shard's JSON without the dates a build stamps on documents it (re)made. */
function withoutStamps(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (key === 'lastModified' || key === 'modifiedAt' ? undefined : value));
}

describe('an incremental build', () => {
  const terminal = captureConsole();

  const build = async (out: string, cacheDir: string, noCache = false) => {
    process.env.CATALOG_DIR = out;
    terminal.clearErrors();
    const done = await buildAndWrite({ allowErrors: false, cacheDir, noCache });
    expect(done.status, terminal.errorLines().join('\n')).toBe(0);
  };

  /** Builds the folder cold into a fresh output and compares every published file with `out`. */
  const expectSameAsCold = async (out: string) => {
    const cold = mkdtempSync(join(tmpdir(), 'increments-cold-'));
    await build(cold, mkdtempSync(join(tmpdir(), 'increments-cold-cache-')), true);
    const files = filesUnder(out).filter((f) => f !== MANIFEST_FILE);
    expect(files).toEqual(filesUnder(cold).filter((f) => f !== MANIFEST_FILE));
    for (const file of files) {
      const [ours, theirs] = [readFileSync(join(out, file)), readFileSync(join(cold, file))];
      if (file.startsWith('index/')) expect(withoutStamps(ours.toString('utf8')), file).toEqual(withoutStamps(theirs.toString('utf8')));
      else expect(ours.equals(theirs), `${file} differs from a cold build's`).toBe(true);
    }
    rmSync(cold, { recursive: true, force: true });
  };

  /** A curated folder (CURATED_DIR names it), an empty output folder and an empty cache. */
  const newSite = () => {
    const curated = curatedFolder(folder());
    process.env.CURATED_DIR = curated;
    return { curated, out: mkdtempSync(join(tmpdir(), 'increments-out-')), cacheDir: mkdtempSync(join(tmpdir(), 'increments-cache-')) };
  };

  it('after adding, editing and deleting articles publishes what a cold build does', async () => {
    const { curated, out, cacheDir } = newSite();
    await build(out, cacheDir);
    await expectSameAsCold(out);
    const untouched = join(out, documentFile(tag('air'), 1, 'feed.xml'));
    const untouchedSince = statSync(untouched).mtimeMs;

    // The newest article, in "Sea": the site's and Sea's first pages change, Sea gets a second page.
    writeFileSync(join(curated, 'new.md'), md({ title: 'Newest', date: day(60), tags: ['Sea'] }));
    await build(out, cacheDir);
    expect(readFileSync(join(out, documentFile(tag('sea'), 0, 'feed.xml')), 'utf8')).toContain('Newest');
    expect(filesUnder(out)).toContain(documentFile(tag('sea'), 2, 'feed.xml'));
    // A listing the article is not in was left as it was.
    expect(statSync(untouched).mtimeMs).toBe(untouchedSince);
    await expectSameAsCold(out);

    // An article in the middle of the listings gets another body and another tag.
    writeFileSync(join(curated, 'a30.md'), md({ title: 'Article 30', date: day(30), tags: ['Land', 'Rivers'] }, 'A body written again, about rivers.'));
    await build(out, cacheDir);
    await expectSameAsCold(out);

    // One goes, and one is added older than every other (every body pack after it moves).
    rmSync(join(curated, 'a10.md'));
    writeFileSync(join(curated, 'old.md'), md({ title: 'Oldest', date: '2023-06-01', tags: ['Air'] }));
    await build(out, cacheDir);
    await expectSameAsCold(out);
  });

  it('renders again a document of a kept listing that was damaged since', async () => {
    const { curated, out, cacheDir } = newSite();
    await build(out, cacheDir);
    const damaged = join(out, documentFile(tag('air'), 0, 'atom.xml'));
    writeFileSync(damaged, readFileSync(damaged, 'utf8').slice(0, 100));
    writeFileSync(join(curated, 'new.md'), md({ title: 'Newest', date: day(60), tags: ['Sea'] }));
    await build(out, cacheDir);
    expect(terminal.errorLines().join('\n')).toContain('damaged since the last build');
    await expectSameAsCold(out);
  });
});
