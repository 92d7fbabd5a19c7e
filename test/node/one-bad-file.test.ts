// Issue 9, "one file takes everything down" and the front matter slips: each bad file gets its
// own `FILE:LINE: reason` and the other articles are built all the same.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/build/build-catalog.ts';
import { ingestFile } from '../../src/ingest/ingest-file.ts';
import { formatProblem } from '../../src/ingest/problem.ts';
import { DEFAULT_SITE } from '../../src/site.ts';
import { curatedFolder, md } from './support/site.ts';

const dates = { created: new Date('2024-06-01T00:00:00Z'), modified: new Date('2024-06-01T00:00:00Z'), origin: 'git' as const };
const site = { ...DEFAULT_SITE, url: 'https://r.example' };
const ingest = (path: string, text: string) => {
  const outcome = ingestFile({ path, bytes: new TextEncoder().encode(text), dates }, site);
  return { ...outcome, lines: outcome.problems.map(formatProblem) };
};
const BODY = 'A paragraph of text about lighthouses and storms, long enough to be an article body, with several words in it.';
const good = md({ title: 'Good', date: '2024-01-01' });
const lines = (result: ReturnType<typeof buildCatalog>) => result.problems.map(formatProblem);

describe('a lone surrogate in any front matter field', () => {
  it('id: "a\\uD800b" is an error at its line for that file only, not a URIError for the build', () => {
    const dir = curatedFolder({ 'site.yaml': 'url: https://r.example\n', 'bad.md': `---\ntitle: Bad\nid: "a\\uD800b"\n---\n\n${BODY}\n`, 'good.md': good });
    const result = buildCatalog(dir);
    expect(result.catalog.articles.map((a) => a.slug)).toEqual(['good']);
    expect(lines(result).filter((l) => l.includes('bad.md'))).toEqual([expect.stringMatching(/bad\.md:3: front matter `"id"` holds a lone surrogate \("a\\ud800b"\)/)]);
  });

  for (const key of ['title', 'summary', 'author', 'tags', 'source', 'url', 'lang', 'slug', 'date', 'image', 'unknown_key']) {
    it(`in \`${key}\``, () => {
      const r = ingest('curated/x.md', `---\n${key === 'date' ? 'title: T' : 'date: 2024-01-01'}\n${key}: "x\\uDC00"\n---\n\n${BODY}\n`);
      expect(r.article).toBeNull();
      expect(r.lines).toEqual([expect.stringMatching(/^curated\/x\.md:3: front matter .* holds a lone surrogate/)]);
    });
  }

  it('`curate check` names the file and line and exits 1, with no stack trace', () => {
    const dir = curatedFolder({ 'site.yaml': 'url: https://r.example\n', 'bad.md': `---\nid: "a\\uD800b"\n---\n\n${BODY}\n`, 'good.md': good });
    const run = spawnSync(process.execPath, [join(process.cwd(), 'bin/curate.mjs'), 'check'], {
      env: { ...process.env, CURATED_DIR: dir, CURATE_CACHE_DIR: join(dir, '.cache') },
      encoding: 'utf8',
    });
    expect(run.stderr).not.toMatch(/URIError|    at /);
    expect(run.stderr).toMatch(/bad\.md:2: front matter `"id"` holds a lone surrogate/);
    expect(run.stderr).toMatch(/1 articles, .* 1 errors/);
    expect(run.status).toBe(1);
  });

  it('a lone surrogate reaching the body from a UTF-16 file becomes U+FFFD', () => {
    const text = `---\ntitle: T\ndate: 2024-01-01\n---\n\n${BODY} \ud800 end.\n`;
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const outcome = ingestFile({ path: 'curated/u16.md', bytes, dates }, site);
    expect(outcome.article!.contentText).toContain('\ufffd end.');
    expect(outcome.article!.contentHtml).not.toMatch(/[\ud800-\udfff](?![\udc00-\udfff])/);
  });
});

describe('front matter slips are errors or warnings at their own line', () => {
  it('date: 2024-13-45 is an error at its line, not 2025-02-14', () => {
    const r = ingest('curated/d.md', `---\ntitle: T\ndate: 2024-13-45\n---\n\n${BODY}\n`);
    expect(r.article).toBeNull();
    expect(r.lines).toEqual([expect.stringMatching(/^curated\/d\.md:3: front matter `date` "2024-13-45" is not a date I can read/)]);
    const updated = ingest('curated/u.md', `---\ntitle: T\ndate: 2024-01-01\nupdated: 2024-02-30\n---\n\n${BODY}\n`);
    expect(updated.lines).toEqual([expect.stringMatching(/^curated\/u\.md:4: front matter `updated` "2024-02-30"/)]);
  });

  it('unquoted YAML dates and times are still read', () => {
    const r = ingest('curated/t.md', `---\ntitle: T\ndate: 2024-04-21T19:05:00+02:00\nupdated: 2024-04-22\n---\n\n${BODY}\n`);
    expect(r.problems).toEqual([]);
    expect(r.article).toMatchObject({ published: '2024-04-21T17:05:00Z', updated: '2024-04-22T00:00:00Z' });
  });

  it('a front matter block without its closing --- is an error, not the body and summary', () => {
    const r = ingest('curated/open.md', `---\ntitle: Open\ndate: 2024-01-01\n\n${BODY}\n`);
    expect(r.article).toBeNull();
    expect(r.lines).toEqual(['curated/open.md:1: front matter has no closing `---` line; add a line `---` after its last `key: value` line']);
  });

  it('a Markdown rule at the top of a file is still a body', () => {
    const r = ingest('curated/rule.md', `---\n\n${BODY}\n`);
    expect(r.article).not.toBeNull();
  });

  it('tags: this is about lighthouses and storms is a warning at its line', () => {
    const r = ingest('curated/s.md', `---\ntitle: T\ndate: 2024-01-01\ntags: this is about lighthouses and storms\n---\n\n${BODY}\n`);
    expect(r.lines).toEqual([
      'curated/s.md:4: warning: front matter `tags` is one tag of 6 words ("this is about lighthouses and storms"); separate tags with commas: `tags: one, two`',
    ]);
    expect(ingest('curated/ok.md', `---\ntitle: T\ndate: 2024-01-01\ntags: lighthouses, storms and wind\n---\n\n${BODY}\n`).problems).toEqual([]);
  });
});

describe('tags', () => {
  it('C++, C# and c get distinct slugs and pages', () => {
    const dir = curatedFolder({
      'site.yaml': 'url: https://r.example\n',
      'a.md': md({ title: 'A', date: '2024-01-01', tags: ['C++', 'C#', 'c'] }),
      'b.md': md({ title: 'B', date: '2024-01-02', tags: ['F#', 'Notes + ideas'] }),
    });
    const result = buildCatalog(dir);
    expect(result.catalog.tags.map((t) => [t.slug, t.name])).toEqual([
      ['c', 'c'],
      ['c-plus-plus', 'C++'],
      ['c-sharp', 'C#'],
      ['f-sharp', 'F#'],
      ['notes-ideas', 'Notes + ideas'],
    ]);
  });

  it('tags with no letters or digits are dropped with a warning at the tags line', () => {
    const r = ingest('curated/t.md', `---\ntitle: T\ndate: 2024-01-01\ntags: ["..", "%", "🌊", Sea]\n---\n\n${BODY}\n`);
    expect(r.article!.tags).toEqual(['Sea']);
    expect(r.lines).toEqual(['..', '%', '🌊'].map((t) => `curated/t.md:4: warning: tag "${t}" has no letter or digit to make a page address of, so it is left out; spell it in words`));
  });
});

describe('site.yaml', () => {
  it('reports every error at its own line and still checks every article', () => {
    const dir = curatedFolder({
      'site.yaml': 'title: Fine\nlanguage: not a tag\nurl: ftp://nope\ncolour: blue\n',
      'good.md': md({ title: 'Good', date: '2024-01-01' }, BODY),
      'bad.md': `---\ntitle: Bad\ndate: 2024-13-45\n---\n\n${BODY}\n`,
    });
    const result = buildCatalog(dir);
    const found = lines(result).map((l) => l.replace(/^\S*?([^/\s]+:\d+:)/, '$1'));
    expect(found).toEqual(
      expect.arrayContaining([
        'site.yaml:2: `language` must be a language tag such as en',
        expect.stringMatching(/^site\.yaml:3: `url` must be an absolute http\(s\) address/),
        expect.stringMatching(/^site\.yaml:4: unknown setting `colour`/),
        expect.stringMatching(/^bad\.md:3: front matter `date`/),
      ]),
    );
    expect(result.catalog.site.title).toBe('Fine');
    expect(result.catalog.articles.map((a) => a.slug)).toEqual(['good']);
  });

  it('a YAML syntax error is reported at its line', () => {
    const result = buildCatalog(curatedFolder({ 'site.yaml': 'title: Fine\nurl: https://r.example\ndescription: [unclosed\n', 'good.md': good }));
    expect(lines(result)[0]).toMatch(/site\.yaml:[34]: is not valid YAML/);
    expect(result.catalog.articles).toHaveLength(1);
  });
});
