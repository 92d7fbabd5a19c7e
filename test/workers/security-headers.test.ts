// Issue 9: the security headers come from the app itself, so workerd sends them like Node does.
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

describe('security headers in workerd', () => {
  it('every kind of response carries CSP, nosniff, Referrer-Policy and frame-ancestors', async () => {
    for (const [path, method] of [['/', 'GET'], ['/feed.xml', 'GET'], ['/feed.json', 'HEAD'], ['/nowhere', 'GET'], ['/feed.xml', 'POST']] as const) {
      const res = await SELF.fetch(`https://reader.example${path}`, { method });
      expect(res.headers.get('content-security-policy'), path).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      await res.arrayBuffer();
    }
  });
});
