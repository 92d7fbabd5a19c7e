import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { md, siteFrom } from './support/site.ts';

const site = siteFrom({
  'site.yaml': 'title: HTTP test\nurl: https://reading.example\n',
  'one.md': md({ title: 'One', date: '2024-01-01', updated: '2024-01-05T10:00:00Z', tags: ['Alpha'] }),
  'two.md': md({ title: 'Two', date: '2024-02-01', tags: ['Beta'] }),
});
const { get, app } = site;

describe('HTTP semantics', () => {
  it('sends a strong ETag made from the bytes, a Last-Modified of when they were published, and a cache policy', async () => {
    const res = await get('/feed.xml');
    const body = await res.text();
    expect(res.headers.get('etag')).toBe(`"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`);
    expect(Date.parse(res.headers.get('last-modified')!)).toBeLessThanOrEqual(Date.now());
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+.*s-maxage=\d+.*stale-while-revalidate=\d+/);
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
    const tag = await get('/tags/alpha/feed.xml');
    expect(tag.headers.get('etag')).not.toBe(res.headers.get('etag'));
  });

  it('answers 304 without a body to If-None-Match and If-Modified-Since', async () => {
    const first = await get('/atom.xml');
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    const byTag = await get('/atom.xml', { 'If-None-Match': etag });
    expect(byTag.status).toBe(304);
    expect(await byTag.text()).toBe('');
    expect(byTag.headers.get('etag')).toBe(etag);
    expect((await get('/atom.xml', { 'If-None-Match': `"other", ${etag}` })).status).toBe(304);
    expect((await get('/atom.xml', { 'If-None-Match': '"stale"' })).status).toBe(200);
    expect((await get('/atom.xml', { 'If-Modified-Since': lastModified })).status).toBe(304);
    const before = new Date(Date.parse(lastModified) - 1000).toUTCString();
    expect((await get('/atom.xml', { 'If-Modified-Since': before })).status).toBe(200);
    expect((await get('/atom.xml', { 'If-Modified-Since': 'not a date' })).status).toBe(200);
    // If-None-Match wins over If-Modified-Since.
    expect((await get('/atom.xml', { 'If-None-Match': '"stale"', 'If-Modified-Since': lastModified })).status).toBe(200);
  });

  it('gives different ETags for different limits', async () => {
    const a = (await get('/feed.json?limit=1')).headers.get('etag');
    const b = (await get('/feed.json?limit=2')).headers.get('etag');
    expect(a).not.toBe(b);
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await app.request('http://reader.test/feed.xml', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(res.headers.get('etag')).toBeTruthy();
    expect(await res.text()).toBe('');
  });

  it('refuses other methods with 405 and an Allow header', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const res = await app.request('http://reader.test/feed.xml', { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    }
    const options = await app.request('http://reader.test/feed.xml', { method: 'OPTIONS' });
    expect(options.status).toBe(204);
  });

  it('answers 404 pages for unknown articles, tags and paths, and 400 for bad pages', async () => {
    for (const path of ['/articles/nope', '/tags/nope', '/tags/nope/feed.xml', '/nothing-here', '/articles/%E0%A4%A']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    }
    expect((await get('/?page=0')).status).toBe(400);
    expect((await get('/?page=x')).status).toBe(400);
    expect((await get('/tags/alpha?page=9')).status).toBe(400);
  });

  it('serves HTML pages with autodiscovery links for the feeds', async () => {
    const home = await (await get('/')).text();
    expect(home).toContain('<link rel="alternate" type="application/rss+xml" title="HTTP test (RSS)" href="https://reading.example/feed.xml">');
    expect(home).toContain('type="application/atom+xml"');
    expect(home).toContain('type="application/feed+json"');
    const tag = await (await get('/tags/alpha')).text();
    expect(tag).toContain('href="https://reading.example/tags/alpha/feed.xml"');
    const article = await get('/articles/one');
    expect(article.status).toBe(200);
    expect(await article.text()).toContain('<h1>One</h1>');
    expect((await get('/tags/alpha/')).status).toBe(301);
  });
});
