// Files that are not clean UTF-8 articles: each gets a clear `FILE: reason` or a warning with
// the fallback used, never a crash and never an empty body in a feed.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ingestFile } from '../../src/ingest/ingest-file.ts';
import { formatProblem } from '../../src/ingest/problem.ts';
import { DEFAULT_SITE } from '../../src/site.ts';
import { FERRY_CLIPPING } from './support/ferry-clipping.ts';

const dates = { created: new Date('2024-06-01T00:00:00Z'), modified: new Date('2024-06-01T00:00:00Z'), origin: 'mtime' as const };
const ingest = (path: string, bytes: Uint8Array) => {
  const outcome = ingestFile({ path, bytes, dates }, DEFAULT_SITE);
  return { ...outcome, lines: outcome.problems.map(formatProblem) };
};
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('bad input', () => {
  it('an empty file', () => {
    const r = ingest('curated/empty.txt', new Uint8Array());
    expect(r.article).toBeNull();
    expect(r.lines).toEqual(['curated/empty.txt:1: is empty; add the article text or delete the file']);
  });

  it('a binary file', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const r = ingest('curated/photo.txt', bytes);
    expect(r.article).toBeNull();
    expect(r.lines[0]).toMatch(/^curated\/photo\.txt:1: is not text/);
  });

  it('a file over 5 MB', () => {
    const r = ingest('curated/huge.md', utf8('word '.repeat(1_100_000)));
    expect(r.article).toBeNull();
    expect(r.lines[0]).toMatch(/^curated\/huge\.md:1: is 5\.2 MB, over the 5 MB limit/);
  });

  it('a gzip file that is not gzip', () => {
    const r = ingest('curated/page.html.gz', utf8('<html>not gzipped</html>'));
    expect(r.lines[0]).toMatch(/^curated\/page\.html\.gz:1: is not a readable gzip file/);
  });

  it('text in Windows-1252 is read, with a warning', () => {
    const text = `---\ntitle: Caf\u00e9 \u201cnews\u201d\ndate: 2024-01-01\n---\n${'Cr\u00e8me br\u00fbl\u00e9e at the caf\u00e9 \u2013 a review of several desserts. '.repeat(3)}\n`;
    const cp1252: Record<string, number> = { '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96 };
    const bytes = Uint8Array.from([...text].map((ch) => cp1252[ch] ?? ch.charCodeAt(0)));
    const r = ingest('curated/legacy.md', bytes);
    expect(r.article!.title).toBe('Caf\u00e9 \u201cnews\u201d');
    expect(r.article!.contentText).toContain('Cr\u00e8me br\u00fbl\u00e9e');
    expect(r.lines).toContain('curated/legacy.md:1: warning: is not UTF-8: read as Windows-1252; save it as UTF-8 to be sure');
  });

  it('text in UTF-16 with a byte order mark', () => {
    const text = `---\ntitle: \u5317\u4eac and Z\u00fcrich\ndate: 2024-01-01\n---\n${'A paragraph about two cities, long enough to count as a body of text. '.repeat(2)}\n`;
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      le[2 + i * 2] = text.charCodeAt(i) & 0xff;
      le[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const r = ingest('curated/utf16.md', le);
    expect(r.problems).toEqual([]);
    expect(r.article!.title).toBe('\u5317\u4eac and Z\u00fcrich');
  });

  it('HTML with no article in it', () => {
    const r = ingest('curated/nav.html', utf8('<html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/about">About</a></nav></body></html>'));
    expect(r.article).toBeNull();
    expect(r.lines.some((l) => /^curated\/nav\.html:\d+: has no article body left after cleaning/.test(l))).toBe(true);
  });

  it('a saved page, gzipped', () => {
    const html = `<html><head><title>Ferry news</title><meta name="description" content="The ferry is back."></head><body><article><h1>Ferry news</h1>${'<p>The harbour ferry returns to service on Monday after four months of repairs, the operator said.</p>'.repeat(4)}</article></body></html>`;
    const r = ingest('curated/ferry.html.gz', gzipSync(html));
    expect(r.article!.title).toBe('Ferry news');
    expect(r.article!.summary).toBe('The ferry is back.');
    expect(r.article!.contentText).toContain('The harbour ferry returns to service on Monday');
  });

  it('a clipping: cleaned, with title and standfirst found', () => {
    const r = ingest('curated/ferry.txt', utf8(FERRY_CLIPPING));
    expect(r.article!.title).toBe('Harbour ferry returns after a winter of repairs');
    expect(r.article!.summary).toBe('The island service resumes on Monday with a refitted boat and a longer timetable.');
    expect(r.article!.contentText.startsWith('The harbour ferry returns to service on Monday')).toBe(true);
    expect(r.article!.contentText).not.toMatch(/Advertisement|Menu|Share/);
  });

  it('a clipping with no recognisable title gets the file name, with a warning', () => {
    const text = ['The harbour ferry returns to service on Monday after four months of repairs, the operator said on Friday.', '', 'Passengers had been taken to the island by a smaller chartered boat during the winter months.'].join('\n');
    const r = ingest('curated/harbour-ferry.txt', utf8(text));
    expect(r.article).not.toBeNull();
    expect(r.article!.title.toLowerCase()).toContain('harbour ferry');
    expect(r.lines.some((l) => /warning: .*title/i.test(l))).toBe(true);
  });

  it('a file of an unknown kind', () => {
    const r = ingest('curated/notes.docx', utf8('x'));
    expect(r.lines).toEqual(['curated/notes.docx:1: is not an article file; use .md, .txt, .html or .html.gz']);
  });
});
