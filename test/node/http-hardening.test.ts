// Issue 9, HTTP side: If-Modified-Since only as RFC 9110 allows, security headers by what a
// response is (src/http/security-headers.ts), and with `url: null` no link that follows the Host header is ever cacheable.
import { describe, expect, it } from 'vitest';
import { isNotModified, parseHttpDate, validators } from '../../src/http/conditional.ts';
import { md, siteFrom } from './support/site.ts';

const site = siteFrom({
  'site.yaml': 'title: HTTP test\nurl: https://reading.example\n',
  'one.md': md({ title: 'One', date: '2024-01-01', tags: ['Alpha'] }),
  'two.md': md({ title: 'Two', date: '2024-02-01', tags: ['Beta'] }),
});

describe('If-Modified-Since (RFC 9110 13.1.3)', () => {
  it('is ignored unless it is a valid HTTP date in the past: 3000, an ISO date or a future date get 200', async () => {
    const { get } = site;
    const lastModified = (await get('/atom.xml')).headers.get('last-modified')!;
    expect((await get('/atom.xml', { 'If-Modified-Since': lastModified })).status).toBe(304);
    for (const since of ['3000', '2030-01-01', '2999-01-01T00:00:00Z', 'Fri, 01 Feb 2999 00:00:00 GMT', 'Thu, 31 Feb 2999 00:00:00 GMT', `${lastModified}, ${lastModified}`]) {
      const res = await get('/atom.xml', { 'If-Modified-Since': since });
      expect(res.status, since).toBe(200);
    }
  });

  it('accepts the two obsolete HTTP date forms', () => {
    const v = validators('0'.repeat(32), 'k', '1994-11-06T08:49:37Z');
    for (const since of ['Sunday, 06-Nov-94 08:49:37 GMT', 'Sun Nov  6 08:49:37 1994']) {
      expect(parseHttpDate(since)).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
      expect(isNotModified(new Headers({ 'If-Modified-Since': since }), v)).toBe(true);
    }
  });

  it('a date in the future is ignored, measured against the clock', () => {
    const v = validators('0'.repeat(32), 'k', '2024-01-01T00:00:00Z');
    const headers = new Headers({ 'If-Modified-Since': 'Mon, 01 Jan 2024 00:00:10 GMT' });
    expect(isNotModified(headers, v, Date.UTC(2024, 0, 1, 0, 0, 20))).toBe(true);
    expect(isNotModified(headers, v, Date.UTC(2024, 0, 1, 0, 0, 5))).toBe(false);
  });
});

describe('security headers', () => {
  const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
  const DOCUMENT_ONLY = ['referrer-policy', 'x-frame-options', 'cross-origin-opener-policy', 'origin-agent-cluster', 'strict-transport-security', 'x-dns-prefetch-control'];

  it('every page a browser shows has CSP (no scripts in HTML), nosniff, Referrer-Policy and frame-ancestors', async () => {
    const { app } = site;
    const requests: Array<[string, RequestInit]> = [
      ['/', {}],
      ['/articles/one', {}],
      ['/tags/alpha', {}],
      ['/feed.xml', { headers: { Accept: BROWSER } }],
      ['/atom.xml?limit=1', { headers: { Accept: BROWSER } }],
      ['/feed.xsl', {}],
      ['/nowhere', {}],
      ['/feed.xml?limit=0', {}],
      ['/feed.xml', { method: 'POST' }],
    ];
    for (const [path, init] of requests) {
      const res = await app.request(`http://reader.test${path}`, init);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, `${path} ${res.status}`).toMatch(/default-src 'none'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      if (/html/.test(res.headers.get('content-type') ?? '')) expect(csp).not.toMatch(/script-src/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      // Switches for browsers long gone.
      for (const name of ['x-xss-protection', 'x-download-options', 'x-permitted-cross-domain-policies']) expect(res.headers.get(name), `${path} ${name}`).toBeNull();
    }
  });

  it('a feed in its own type keeps the CSP, nosniff and CORP, not the headers of a browsing session', async () => {
    for (const path of ['/feed.xml', '/atom.xml', '/feed.json', '/tags/alpha/atom.xml', '/feed.xml?limit=1', '/feed.json?limit=1']) {
      for (const method of ['GET', 'HEAD']) {
        const res = await site.app.request(`http://reader.test${path}`, { method });
        expect(res.headers.get('content-type'), path).toMatch(/^application\/(rss\+xml|atom\+xml|feed\+json)/);
        expect(res.headers.get('content-security-policy'), path).toMatch(/^default-src 'none'.*frame-ancestors 'none'/);
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
        for (const name of DOCUMENT_ONLY) expect(res.headers.get(name), `${method} ${path} ${name}`).toBeNull();
      }
    }
  });

  it('a 304 sends only what RFC 9110 15.4.5 lists (ETag, Cache-Control, Vary), for every kind of document', async () => {
    const { app } = site;
    for (const [path, accept] of [['/', ''], ['/feed.xml', ''], ['/feed.xml', BROWSER], ['/feed.json', ''], ['/articles/one', ''], ['/atom.xml?limit=1', ''], ['/feed.xsl', '']]) {
      const headers: Record<string, string> = accept ? { Accept: accept } : {};
      const first = await app.request(`http://reader.test${path}`, { headers });
      const again = await app.request(`http://reader.test${path}`, { headers: { ...headers, 'If-None-Match': first.headers.get('etag')! } });
      expect(again.status, path).toBe(304);
      expect([...again.headers.keys()].sort(), path).toEqual(['cache-control', 'etag', 'vary']);
      for (const name of ['etag', 'cache-control', 'vary']) expect(again.headers.get(name), `${path} ${name}`).toBe(first.headers.get(name));
    }
  });
});

describe('url: null', () => {
  const BODY = 'A paragraph with a [relative link](/more/story?utm_source=feed&page=2) and an ![image](pics/a.jpg), long enough to be an article body.';
  const unset = siteFrom({
    'site.yaml': 'title: No address yet\n',
    'one.md': md({ title: 'One', date: '2024-01-01', id: 'legacy-42' }, BODY),
    'two.md': md({ title: 'Two', date: '2024-01-02' }),
  });

  it('every build warns that url is not set', () => {
    expect(unset.built.problems.filter((p) => p.file.endsWith('site.yaml'))).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringMatching(/^`url` is not set/) })]);
  });

  it('responses whose links follow the Host header are never cacheable', async () => {
    const res = await unset.app.request('http://evil.example/feed.xml', { headers: { Host: 'evil.example' } });
    expect(await res.text()).toContain('http://evil.example/articles/');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const pinned = await site.app.request('http://evil.example/feed.xml');
    expect(await pinned.text()).not.toContain('evil.example');
    expect(pinned.headers.get('cache-control')).toMatch(/max-age=/);
  });

  it('curated.invalid never appears in a served byte; relative links stay relative', async () => {
    for (const path of ['/feed.xml', '/atom.xml', '/feed.json', '/', '/articles/one', '/articles/two']) {
      const text = await (await unset.get(path)).text();
      expect(text, path).not.toContain('curated.invalid');
    }
    const page = await (await unset.get('/articles/one')).text();
    expect(page).toContain('<a href="/more/story?page=2">relative link</a>');
    // An image named by a path is a file of the folder; this one is not there, so it is left out, with a warning.
    expect(page).not.toContain('pics/a.jpg');
    expect(unset.built.problems).toContainEqual(expect.objectContaining({ file: expect.stringMatching(/one\.md$/), severity: 'warning', message: expect.stringMatching(/^image "pics\/a\.jpg" was not found/) }));
    const json = (await (await unset.get('/feed.json')).json()) as { items: { id: string }[] };
    for (const item of json.items) expect(item.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
