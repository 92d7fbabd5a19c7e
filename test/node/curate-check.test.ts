import { existsSync, mkdirSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStable } from '../../src/build/read-stable.ts';
import { runBuild } from '../../src/cli/build-command.ts';
import { runCheck } from '../../src/cli/check-command.ts';
import { captureConsole } from './support/console.ts';

const words = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}${i}`).join(' ');
const md = (front: string, body: string) => `---\n${front}\n---\n\n${body}\n`;

/** A curated folder holding one of every kind of bad input, plus two good articles. */
function seedBadFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'curate-check-'));
  const put = (name: string, text: string | Buffer) => writeFileSync(join(dir, name), text);
  put('good.md', md('title: Good\ndate: 2024-01-01', words(40, 'good')));
  put('empty.md', '');
  put('binary.md', Buffer.from([0x00, 0x01, 0x02, 0x03, 0x00, 0xff]));
  put('bad-yaml.md', '---\ntitle: Bad\ntags: [one, two\n---\n\nText.\n');
  put('slug-a.md', md('title: A\ndate: 2024-01-02\nslug: same-slug', words(40, 'a')));
  put('slug-b.md', md('title: B\ndate: 2024-01-03\nslug: same-slug', words(40, 'b')));
  put('id-a.md', md('title: Id A\ndate: 2024-01-04\nid: same-id', words(40, 'c')));
  put('id-b.md', md('title: Id B\ndate: 2024-01-05\nid: same-id', words(40, 'd')));
  put('copy-one.md', md('title: Copy one\ndate: 2024-01-06', words(40, 'copy')));
  put('copy-two.md', md('title: Copy two\ndate: 2024-01-07', words(40, 'copy')));
  put('future.md', md('title: Future\ndate: 2099-01-01', words(40, 'future')));
  put('bad-date.md', md('title: Bad date\ndate: next tuesday', words(40, 'when')));
  put('no-title.md', md('date: 2024-01-08', words(40, 'untitled')));
  put('tiny.md', md('title: Tiny\ndate: 2024-01-09', 'Just three words.'));
  put('nothing-left.md', md('title: Nothing\ndate: 2024-01-10', '<script>alert(1)</script>'));
  put('with spaces.md', md('title: Spaces\ndate: 2024-01-11', words(40, 'space')));
  put('café.md', md('title: Café\ndate: 2024-01-12', words(40, 'cafe')));
  symlinkSync('loop.md', join(dir, 'loop.md'));
  symlinkSync('.', join(dir, 'again'));
  mkdirSync(join(dir, 'folder.md'));
  writeFileSync(join(dir, 'folder.md', 'inside.md'), md('title: Inside\ndate: 2024-01-13', words(40, 'inside')));
  return dir;
}

/** Every `FILE:LINE: reason` line, with FILE relative to the folder. */
function problemLines(lines: string[], dir: string): string[] {
  const prefix = `${relative(process.cwd(), dir)}/`;
  return lines.filter((line) => line.startsWith(prefix)).map((line) => line.slice(prefix.length));
}

describe('curate check and the build on a folder of bad inputs', () => {
  const terminal = captureConsole();

  it('reports every problem as FILE:LINE: reason and exits non-zero', () => {
    const dir = seedBadFolder();
    expect(runCheck({ dir, cacheDir: null })).toBe(1);
    const lines = problemLines(terminal.errorLines(), dir);
    const expected: Array<[string, RegExp]> = [
      ['empty.md:1: ', /is empty/],
      ['binary.md:1: ', /is not text/],
      ['bad-yaml.md:', /front matter is not valid YAML/],
      ['slug-b.md:1: ', /same slug as .*slug-a\.md/],
      ['id-b.md:1: ', /same id as .*id-a\.md/],
      ['copy-two.md:1: ', /same article body as .*copy-one\.md/],
      ['future.md:3: ', /warning: scheduled: appears 2099-01-01 00:00 UTC/],
      ['bad-date.md:3: ', /is not a date I can read/],
      ['no-title.md:', /warning: no title found/],
      ['tiny.md:', /warning: body cleaned down to 3 words/],
      ['nothing-left.md:', /has no article body left after cleaning/],
      ['with spaces.md:1: ', /warning: its name has spaces; .*rename it to with-spaces\.md/],
      ['café.md:1: ', /warning: its name has non-ASCII characters; .*rename it to cafe\.md/],
      ['loop.md:1: ', /is a symlink loop/],
      ['again:1: ', /warning: .*symlink loop/],
      ['folder.md:1: ', /warning: is a folder named like an article file/],
    ];
    for (const [start, reason] of expected) {
      expect(lines.some((line) => line.startsWith(start) && reason.test(line)), `${start} ${reason}\n${lines.join('\n')}`).toBe(true);
    }
    // Good articles are not blamed; the article inside the oddly named folder is read.
    expect(lines.some((line) => line.startsWith('good.md') || line.startsWith('folder.md/inside.md'))).toBe(false);
    expect(terminal.errorLines().at(-1)).toMatch(/^check failed: .* errors/);
  });

  it('makes the build report the same problems and write no catalog', async () => {
    const dir = seedBadFolder();
    runCheck({ dir, cacheDir: null, now: new Date() });
    const fromCheck = problemLines(terminal.errorLines(), dir);
    terminal.clearErrors();
    const catalog = mkdtempSync(join(tmpdir(), 'curate-catalog-'));
    process.env.CURATED_DIR = dir;
    process.env.CATALOG_DIR = catalog;
    expect(await runBuild({ allowErrors: false, cacheDir: null })).toBe(1);
    expect(problemLines(terminal.errorLines(), dir)).toEqual(fromCheck);
    expect(existsSync(join(catalog, 'catalog.json'))).toBe(false);
    expect(terminal.errorLines().at(-1)).toMatch(/^build failed: .*the previous catalog is left as it was/);
  });

  it('names a curated folder that does not exist', () => {
    const missing = join(tmpdir(), 'curate-no-such-folder');
    expect(runCheck({ dir: missing, cacheDir: null })).toBe(1);
    expect(String(terminal.errorLines()[0])).toMatch(/curate-no-such-folder: the curated folder does not exist; create it or set CURATED_DIR/);
  });

  it('refuses a file that changes while it is read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-moving-'));
    const path = join(dir, 'moving.md');
    writeFileSync(path, 'first');
    let n = 0;
    const result = readStable(path, (p) => {
      const bytes = Buffer.from(`still being saved ${n}`);
      writeFileSync(p, `still being saved ${++n} and more`);
      return bytes;
    });
    expect(result).toEqual({ error: expect.stringMatching(/changed while the build read it/) });
    writeFileSync(path, 'settled');
    expect(readStable(path)).toMatchObject({ bytes: Buffer.from('settled') });
  });

  it('reads a file as it is now when it changed after being listed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-listed-'));
    const path = join(dir, 'listed.md');
    writeFileSync(path, 'as listed');
    const listed = { size: statSync(path).size, mtimeMs: statSync(path).mtimeMs - 5000 };
    writeFileSync(path, 'saved again since');
    expect(readStable(path, undefined, listed)).toMatchObject({ bytes: Buffer.from('saved again since'), fingerprint: { size: 17 } });
  });
});
