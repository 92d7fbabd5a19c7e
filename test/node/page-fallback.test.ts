// A saved page whose first reading comes out empty still gives its article, with a warning;
// markup that looks like a comment inside <title> does not swallow the page.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/html-text.ts';
import { ingestFile } from '../../src/ingest/ingest-file.ts';
import { extractPage, FALLBACK_WARNING } from '../../src/ingest/page/index.ts';
import { DEFAULT_SITE } from '../../src/site.ts';

const dates = { created: new Date('2024-06-01T00:00:00Z'), modified: new Date('2024-06-01T00:00:00Z'), origin: 'mtime' as const };

const ARTICLE = [
  'The night ferry to the islands sailed again on Monday, three months after a storm damaged its pier.',
  'Repairs cost the port more than it had planned, and the timetable stays reduced until the spring.',
].map((p) => `<p>${p}</p>`).join('');

const comments = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    `<div class="comment"><p>Reader ${i + 1} wrote a long reply about the old timetable, the price of tickets, the café on board and how the crossing felt in winter, with many commas, and more.</p></div>`,
  ).join('');

/** A short post followed by a much longer comment thread, as on many blogs. */
const BLOG_PAGE = `<!doctype html><html><head><title>Night ferry sails again | Harbour Blog</title></head><body>
  <div class="post"><h1>Night ferry sails again</h1>${ARTICLE}</div>
  <div id="comments"><h3>42 responses</h3>${comments(40)}</div>
</body></html>`;

describe('a page whose first reading comes out empty', () => {
  it('is read again without its furniture blocks, with a warning', () => {
    const page = extractPage(BLOG_PAGE, 'night-ferry');
    const text = htmlToText(page.bodyHtml);
    expect(text).toContain('The night ferry to the islands sailed again on Monday');
    expect(text).toContain('the timetable stays reduced until the spring');
    expect(text).not.toContain('Reader 3 wrote');
    expect(page.warnings).toContain(FALLBACK_WARNING);
    expect(page.title).toBe('Night ferry sails again');
  });

  it('falls back to the page text through the clipping reader when every block is named as furniture', () => {
    // The article itself sits in a block whose class says "related": the second reading drops it too.
    const paragraphs = Array.from({ length: 5 }, (_, i) =>
      `<p>Paragraph ${i + 1} tells how the port rebuilt its pier after the storm, and why the ferry company waited for the survey.</p>`,
    ).join('');
    const html = `<html><head><title>Pier rebuilt</title></head><body>
      <div class="related-story">${paragraphs}</div>
      <div id="comments">${comments(40)}</div></body></html>`;
    const page = extractPage(html, 'pier');
    const text = htmlToText(page.bodyHtml);
    expect(text).toContain('Paragraph 1 tells how the port rebuilt its pier');
    expect(text).toContain('Paragraph 5 tells');
    expect(page.warnings).toContain(FALLBACK_WARNING);
  });

  it('does not fail the build: the article is kept and the problem is a warning', () => {
    const outcome = ingestFile({ path: 'curated/night-ferry.html', bytes: new TextEncoder().encode(BLOG_PAGE), dates }, DEFAULT_SITE);
    expect(outcome.article).not.toBeNull();
    expect(outcome.article!.contentText).toContain('sailed again on Monday');
    expect(outcome.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(outcome.problems.map((p) => p.message)).toContain(FALLBACK_WARNING);
  });

  it('still reports a page that has no article text at all', () => {
    const page = extractPage('<html><head><title>Contact</title></head><body><div class="comments"><p>Call us.</p></div></body></html>');
    expect(page.bodyHtml).toBe('');
    expect(page.warnings).toContain('no article found in the page');
    expect(page.warnings).not.toContain(FALLBACK_WARNING);
  });

  it('leaves a page that reads well the first time alone', () => {
    const html = `<html><head><title>Ferry</title></head><body><article>${ARTICLE}${ARTICLE}</article></body></html>`;
    expect(extractPage(html).warnings).toEqual([]);
  });
});

describe('"<!--" inside raw-text elements', () => {
  const body = `<article><h1>Back in service</h1>${ARTICLE}${ARTICLE}</article>`;

  it('keeps the title and the body when <title> holds "<!--" and a later comment closes', () => {
    const page = extractPage(`<html><head><title>Ferry <!-- returns</title></head><body>${body}<!-- end of article --><p>x</p></body></html>`);
    expect(page.title).toBe('Ferry <!-- returns');
    expect(htmlToText(page.bodyHtml)).toContain('sailed again on Monday');
    expect(page.warnings).toEqual([]);
  });

  it('keeps the body when a script or a textarea holds "<!--"', () => {
    const page = extractPage(
      `<html><head><title>Ferry</title><script>document.write("<!--")</script></head><body>${body}<textarea><!-- note</textarea><!-- a --></body></html>`,
    );
    expect(htmlToText(page.bodyHtml)).toContain('timetable stays reduced');
  });

  it('still drops ordinary comments', () => {
    const page = extractPage(`<html><head><title>Ferry</title></head><body><article>${ARTICLE}<!-- <p>Hidden draft paragraph about the old pier.</p> -->${ARTICLE}</article></body></html>`);
    expect(page.bodyHtml).not.toContain('Hidden draft');
  });
});
