import { describe, expect, it } from 'vitest';
import { sanitizeBody } from '../../src/ingest/sanitize.ts';
import { htmlToText } from '../../src/ingest/html-text.ts';

describe('sanitizeBody', () => {
  it('removes scripts, event handlers, iframes, forms and inline styles', () => {
    const out = sanitizeBody(
      '<p onclick="steal()" style="color:red">Hi<script>alert(1)</script><img src="x.png" onerror="alert(2)"></p>' +
        '<iframe src="https://evil.example/"></iframe><form action="/x"><input name="q"></form><a href="javascript:alert(3)">j</a>',
      'https://example.com/a/',
    );
    expect(out).not.toMatch(/script|onclick|onerror|iframe|form|input|style|javascript:/i);
    expect(out).toContain('<img src="https://example.com/a/x.png" />');
  });

  it('makes links absolute and strips tracking parameters', () => {
    const out = sanitizeBody('<a href="/story?id=7&utm_source=tw&fbclid=abc">s</a>', 'https://news.example/x/');
    expect(out).toBe('<p><a href="https://news.example/story?id=7">s</a></p>'.slice(3, -4));
  });

  it('keeps typographic quotes and non-ASCII text', () => {
    const out = sanitizeBody('<p>“Grüße” — 北京 &amp; ‘Zoë’</p>', null);
    expect(htmlToText(out)).toBe('“Grüße” — 北京 & ‘Zoë’');
  });
});
