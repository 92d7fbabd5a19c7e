// The shortcuts for plain-paragraph bodies (a clipping's) must give byte for byte what the general
// paths give: sanitize-html's allow-list, and the text walk.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, paragraphsHtml } from '../../src/ingest/clipping/html.ts';
import { feedSafeText } from '../../src/ingest/feed-safe-text.ts';
import { htmlToText } from '../../src/ingest/html-text.ts';
import { isPlainParagraphs, plainParagraphsText } from '../../src/ingest/plain-paragraphs.ts';
import { sanitizeBody, sanitizeByAllowList } from '../../src/ingest/sanitize.ts';
import { streamingHtmlToText, textByScan } from '../../src/ingest/streaming-html-text.ts';

// Any UTF-16 units (lone surrogates, controls, NUL), white space of every kind, and the characters markup uses.
const tricky = fc.constantFrom(' ', '  ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u2028', '\ufeff', '&', '<', '>', '"', "'", '&amp;', '&#39;', 'https://x.test/?utm_source=a&b=1', '\u0000', '\u0085', '\ud800', '🌊');
const paragraph = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 }), tricky), { maxLength: 6 }).map((parts) => parts.join(''));
const paragraphs = fc.array(paragraph, { maxLength: 6 });

describe('plain-paragraph bodies', () => {
  it('are sanitised exactly as the allow-list sanitises them', () => {
    fc.assert(fc.property(paragraphs, (texts) => {
      const html = paragraphsHtml(texts);
      expect(sanitizeBody(html, null)).toBe(sanitizeByAllowList(html, null));
      expect(sanitizeBody(html, 'https://news.example/a/')).toBe(sanitizeByAllowList(html, 'https://news.example/a/'));
    }), { numRuns: 1000 });
  });

  it('read as exactly the text the DOM walk and the scan give', () => {
    fc.assert(fc.property(paragraphs, (texts) => {
      const html = feedSafeText(sanitizeByAllowList(paragraphsHtml(texts), null));
      const text = htmlToText(html);
      expect(streamingHtmlToText(html)).toBe(text);
      const fast = plainParagraphsText(html);
      if (fast !== null) expect(fast).toBe(text);
      const scanned = textByScan(html);
      if (scanned !== null) expect(scanned).toBe(text);
    }), { numRuns: 1000 });
  });

  it('take the shortcut for a clipping body and not for any other markup', () => {
    expect(isPlainParagraphs(paragraphsHtml(['One &amp; two', 'Wrap it in <em> or {}', 'x > y']))).toBe(true);
    expect(isPlainParagraphs('')).toBe(true);
    for (const html of [
      '<p>a</p><p>b</p>', // no newline between
      '<p>a</p>\n', // a trailing newline
      '<p> </p>', // white space only: the allow-list drops it
      '<p class="x">a</p>',
      '<p>a <em>b</em></p>',
      '<p>caf&eacute;</p>',
      '<p>&#233;</p>',
      '<p>a & b</p>',
      '<p>a',
      '<script>alert(1)</script>',
      '<p>a</p>\n<img src=x onerror=alert(1)>',
    ]) expect(isPlainParagraphs(html), html).toBe(false);
  });

  it('keep a paragraph that mentions code, escaped', () => {
    const html = paragraphsHtml(['Wrap the word in <em> or use {}']);
    expect(sanitizeBody(html, null)).toBe(`<p>${escapeHtml('Wrap the word in <em> or use {}')}</p>`);
    expect(streamingHtmlToText(html)).toBe('Wrap the word in <em> or use {}');
  });
});
