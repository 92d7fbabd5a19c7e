// Addresses taken from editors' files are written as RFC 3986 URIs: JSON Feed's `uri` format, the
// W3C validator and strict XML readers refuse what the WHATWG serialiser lets through (`[`, `|`, `^`).
import fc from 'fast-check';
import addFormats from 'ajv-formats';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { cleanUrl } from '../../src/ingest/urls.ts';

const ajv = new Ajv();
addFormats(ajv);
const isUri = ajv.compile({ type: 'string', format: 'uri' });

describe('cleanUrl writes RFC 3986 URIs', () => {
  it('escapes the characters WHATWG leaves in a path, query and fragment', () => {
    expect(cleanUrl('https://news.example/a[1]|b^c', null)).toBe('https://news.example/a%5B1%5D%7Cb%5Ec');
    expect(cleanUrl('https://news.example/p?q=[x]&r=|', null)).toBe('https://news.example/p?q=%5Bx%5D&r=%7C');
    expect(cleanUrl('https://news.example/p#a#b', null)).toBe('https://news.example/p#a%23b');
    expect(cleanUrl('https://news.example/100%', null)).toBe('https://news.example/100%25');
  });

  it('leaves a well-formed address as the URL parser wrote it', () => {
    for (const href of ['https://news.example/', 'https://news.example/a%20b?x=1&y=2#top', 'https://[2001:db8::1]:8080/p?', 'mailto:desk@news.example', 'https://news.example/p#'])
      expect(cleanUrl(href, null)).toBe(new URL(href).href);
  });

  it('gives a valid URI or nothing for any text, absolute or against a base', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.boolean(), (text, relative) => {
        const out = relative ? cleanUrl(text, 'https://site.example/base/') : cleanUrl(`https://news.example/${text}`, null);
        if (out !== null && !out.startsWith('#')) expect(isUri(out), out).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
