// Issue 9: the security headers come from the app itself, so workerd sends them like Node does
// (which ones depend on what a response is: src/http/security-headers.ts).
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

describe('security headers in workerd', () => {
  it('every kind of response carries CSP, nosniff and frame-ancestors; a page a browser shows, Referrer-Policy too', async () => {
    for (const [path, method, page] of [['/', 'GET', true], ['/feed.xml', 'GET', false], ['/feed.json', 'HEAD', false], ['/nowhere', 'GET', true], ['/feed.xml', 'POST', true]] as const) {
      const res = await SELF.fetch(`https://reader.example${path}`, { method });
      expect(res.headers.get('content-security-policy'), path).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe(page ? 'strict-origin-when-cross-origin' : null);
      await res.arrayBuffer();
    }
  });

  it('a 304 sends only ETag, Cache-Control and Vary (RFC 9110 15.4.5), prerendered or rendered', async () => {
    for (const path of ['/feed.xml', '/atom.xml?limit=2', '/articles/tidal-energy-comes-of-age']) {
      const first = await SELF.fetch(`https://reader.example${path}`);
      await first.arrayBuffer();
      expect(first.status, path).toBe(200);
      const again = await SELF.fetch(`https://reader.example${path}`, { headers: { 'If-None-Match': first.headers.get('etag')! } });
      expect(again.status, path).toBe(304);
      expect([...again.headers.keys()].sort(), path).toEqual(['cache-control', 'etag', 'vary']);
    }
  });
});
