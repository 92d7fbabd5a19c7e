// Issue 9: hostile requests against app.request(): never a 5xx, HEAD and 304 without a body,
// 405 with Allow, security headers on all but a 304 (which sends only what RFC 9110 15.4.5 lists). REQUEST_RUNS=10000 for a longer run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { md, siteFrom } from './support/site.ts';

/** Each case sends two requests: its own and a GET/HEAD twin. */
const RUNS = Number(process.env.REQUEST_RUNS ?? 1000);
const sites = [
  siteFrom({
    'site.yaml': 'title: Fuzz\nurl: https://reading.example\n',
    'one.md': md({ title: 'One', date: '2024-01-01', tags: ['Alpha', 'C++'] }),
    'two.md': md({ title: 'Two <b>&amp;</b>', date: '2024-02-01', tags: ['Beta'] }),
  }),
  siteFrom({ 'site.yaml': 'title: No url\n', 'three.md': md({ title: 'Three', date: '2024-03-01', tags: ['Gamma'] }) }),
];

const anyText = fc.string({ unit: 'binary', maxLength: 30 });
const segment = fc.oneof(
  fc.constantFrom('one', 'two', 'three', 'alpha', 'c-plus-plus', 'nope', '..', '.', '%2e%2e', '%00', '%E0%A4%A', '%ff', '%', '', 'feed.xml', 'a'.repeat(3000)),
  anyText.map(encodeURIComponent),
  fc.string({ maxLength: 12 }).map((s) => s.replace(/[#?/]/g, '')),
);
const path = fc.oneof(
  fc.constantFrom('/', '/feed.xml', '/atom.xml', '/feed.json', '/articles/one', '/tags/alpha', '/tags/alpha/feed.xml', '/tags/beta/atom.xml', '/tags/alpha/feed.json', '/articles/one/', '/tags/alpha/'),
  fc.tuple(fc.constantFrom('/articles/', '/tags/', '/tags/', '/'), segment).map(([a, b]) => a + b),
  fc.tuple(segment, fc.constantFrom('feed.xml', 'atom.xml', 'feed.json', '')).map(([tag, file]) => `/tags/${tag}/${file}`),
  fc.array(segment, { maxLength: 5 }).map((parts) => `/${parts.join('/')}`),
);
const query = fc.oneof(
  fc.constant(''),
  fc.tuple(fc.constantFrom('limit', 'page', 'x', 'limit[]'), fc.oneof(fc.constantFrom('0', '1', '100', '101', '-1', '1e3', '2', 'NaN', ''), anyText.map(encodeURIComponent))).map(([k, v]) => `?${k}=${v}`),
  anyText.map((s) => `?${encodeURIComponent(s)}`),
);
const header = fc.oneof(
  fc.constantFrom('*', '"stale"', 'W/"x"', '', ','),
  fc.constantFrom('Thu, 01 Feb 2024 00:00:00 GMT', 'Fri, 01 Feb 2999 00:00:00 GMT', '3000', '2024-01-01', 'Sunday, 06-Nov-94 08:49:37 GMT'),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
);
const request = fc.record({
  site: fc.constantFrom(0, 1),
  method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND'),
  host: fc.constantFrom('reader.test', 'evil.example', '127.0.0.1:8787', '[::1]', 'xn--80ak6aa92e.com'),
  path,
  query,
  headers: fc.dictionary(fc.constantFrom('If-None-Match', 'If-Modified-Since', 'Accept', 'Accept-Encoding', 'Range', 'Cookie', 'X-Forwarded-Host'), header, { maxKeys: 3 }),
});

describe('request fuzzing against app.request()', () => {
  it(`at least 2,000 hostile requests: no 5xx, HEAD and 304 without body, 405 with Allow`, async () => {
    let sent = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const { app } = sites[r.site]!;
        const url = `http://${r.host}${r.path}${r.query}`;
        const send = async (method: string) => {
          sent++;
          const res = await app.request(url, { method, headers: r.headers });
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          const body = await res.text();
          expect(res.status, `${method} ${url}`).toBeLessThan(500);
          if (res.status === 304) {
            // Only what RFC 9110 15.4.5 lists: the reader's stored 200 keeps its security headers.
            for (const name of res.headers.keys()) expect(['etag', 'cache-control', 'vary', 'expires', 'content-location', 'date']).toContain(name);
          } else {
            expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
            expect(res.headers.get('x-content-type-options')).toBe('nosniff');
          }
          if (method === 'HEAD' || res.status === 304) expect(body, `${method} ${url} ${res.status}`).toBe('');
          if (res.status === 405) expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
          if (r.site === 1 && res.status !== 405) expect(res.headers.get('cache-control') ?? 'no-store').toBe('no-store');
          return res.status;
        };
        const status = await send(r.method);
        // HEAD answers as GET would, without the body.
        const twin = await send(r.method === 'HEAD' ? 'GET' : 'HEAD');
        if (r.method === 'GET' || r.method === 'HEAD') expect(twin).toBe(status);
      }),
      { numRuns: RUNS },
    );
    expect(sent).toBe(2 * RUNS);
    if (!process.env.REQUEST_RUNS) expect(sent).toBeGreaterThanOrEqual(2000);
    console.log(`requests: ${sent} sent; by status ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`);
  }, 120_000);
});
