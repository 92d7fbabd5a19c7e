// Scheduled publishing inside workerd: the sample folder's scheduled article
// (curated/seed-library-spring.md, dated 2030-01-07 09:00 UTC) is judged by the Worker's clock at
// each request (faked here with vi.setSystemTime), and the cron trigger's `scheduled` handler warms
// the view that has just come into force.
import { createExecutionContext, createScheduledController, env, SELF, waitOnExecutionContext } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AssetsBinding } from '../../src/catalog/asset-source.ts';
import { cacheKey } from '../../src/http/view-cache.ts';
import worker from '../../src/worker.ts';
import { withSiteUrl } from './support/with-site-url.ts';

const BASE = 'https://reader.example';
const SLUG = 'seed-library-spring';
const TITLE = 'The seed library that opens with the spring';
const AT = Date.parse('2030-01-07T09:00:00Z');
const ASSETS = (env as unknown as { ASSETS: AssetsBinding }).ASSETS;

const AFFECTED = ['/feed.xml', '/atom.xml', '/feed.json', '/', '/tags/cities', '/tags/cities/atom.xml', '/sitemap.xml', '/feed.json?limit=3'];

async function fetched(path: string, headers: Record<string, string> = {}) {
  const res = await SELF.fetch(`${BASE}${path}`, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

describe('a scheduled article in workerd, judged by the clock of each request', () => {
  afterEach(() => void vi.useRealTimers());

  it('is in no feed, page, tag or sitemap before its date, and in all of them after, with new validators', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(AT - 2000);
    const before = new Map<string, Awaited<ReturnType<typeof fetched>>>();
    for (const path of AFFECTED) {
      const res = await fetched(path);
      expect(res.status, path).toBe(200);
      expect(res.text, path).not.toContain(SLUG);
      before.set(path, res);
    }
    expect((await fetched(`/articles/${SLUG}`)).status).toBe(404);
    expect((await fetched('/tags/gardens/feed.xml')).status).toBe(404);

    vi.setSystemTime(AT);
    for (const path of AFFECTED) {
      const res = await fetched(path);
      expect(res.status, path).toBe(200);
      expect(res.text, path).toContain(path === '/sitemap.xml' ? `/articles/${SLUG}` : TITLE);
      expect(res.headers.get('etag'), path).not.toBe(before.get(path)!.headers.get('etag'));
      if (!path.includes('limit')) expect(res.headers.get('last-modified'), path).toBe('Mon, 07 Jan 2030 09:00:00 GMT');
      expect((await fetched(path, { 'If-None-Match': before.get(path)!.headers.get('etag')! })).status, path).toBe(200);
    }
    const page = await fetched(`/articles/${SLUG}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(TITLE);
    expect((await fetched('/tags/gardens/feed.xml')).status).toBe(200);
  });

  it('leaves the documents it does not enter as they were: a collection it is not in, a tag it does not carry', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const validators = async (path: string) => {
      const res = await fetched(path);
      expect(res.status, path).toBe(200);
      expect(res.text, path).not.toContain(SLUG);
      return `${res.headers.get('etag')} ${res.headers.get('last-modified')}`;
    };
    const paths = ['/collections/climate', '/collections/climate/feed.xml', '/collections/climate/feed.json', '/tags/food/atom.xml'];
    vi.setSystemTime(AT - 1000);
    const before = await Promise.all(paths.map(validators));
    vi.setSystemTime(AT + 1000);
    expect(await Promise.all(paths.map(validators))).toEqual(before);
  });
});

/** The sample site has no url (so its pages are never cached); this binding serves its heads with one. */
describe('a site with a url in workerd', () => {
  afterEach(() => void vi.useRealTimers());

  it('keeps no response past the next switch', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const site = { ASSETS: withSiteUrl(ASSETS, []) };
    const cacheControl = async (path: string) => {
      const ctx = createExecutionContext();
      const res = await worker.fetch(new Request(`${BASE}${path}`), site, ctx);
      await res.arrayBuffer();
      await waitOnExecutionContext(ctx);
      return res.headers.get('cache-control');
    };
    vi.setSystemTime(AT - 120_000);
    for (const path of ['/feed.xml', '/tags/cities', '/articles/night-trains-return', '/feed.json?limit=2']) {
      expect(await cacheControl(path), path).toBe('public, max-age=120, s-maxage=120, stale-if-error=86400');
    }
    vi.setSystemTime(AT - 3_600_000);
    expect(await cacheControl('/feed.xml')).toBe('public, max-age=300, s-maxage=300, stale-while-revalidate=86400, stale-if-error=86400');
  });

  it('keys Cache API copies by the view, so a page cached before the switch is not served after it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const site = { ASSETS: withSiteUrl(ASSETS, []) };
    const page = async () => {
      const ctx = createExecutionContext();
      const res = await worker.fetch(new Request(`${BASE}/articles/tidal-energy-comes-of-age`), site, ctx);
      await res.arrayBuffer();
      await waitOnExecutionContext(ctx);
      return res.headers.get('last-modified');
    };
    const cache = (caches as unknown as { default: Cache }).default;
    const head = (await (await ASSETS.fetch('https://assets.local/index/head.json')).json()) as { version: string; schedule: { head: string }[] };
    const scheduled = (await (await ASSETS.fetch(`https://assets.local/${head.schedule[0]!.head}`)).json()) as { version: string };
    const keyIn = (version: string) => cacheKey(new URL(`${BASE}/articles/tidal-energy-comes-of-age`), version);
    vi.setSystemTime(AT - 1000);
    const before = await page();
    expect((await cache.match(keyIn(head.version)))?.headers.get('last-modified')).toBe(before);
    expect(await cache.match(keyIn(scheduled.version))).toBeUndefined();
    vi.setSystemTime(AT + 1000);
    expect(await page()).toBe('Mon, 07 Jan 2030 09:00:00 GMT');
    expect(before).not.toBe('Mon, 07 Jan 2030 09:00:00 GMT');
    expect((await cache.match(keyIn(scheduled.version)))?.headers.get('last-modified')).toBe('Mon, 07 Jan 2030 09:00:00 GMT');
  });

  it('has a cron trigger that puts the pages of the articles that just appeared into the Cache API, and does nothing between switches', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const reads: string[] = [];
    const site = { ASSETS: withSiteUrl(ASSETS, reads) };
    const tick = async (scheduledTime: number) => {
      vi.setSystemTime(scheduledTime);
      const ctx = createExecutionContext();
      await worker.scheduled(createScheduledController({ scheduledTime, cron: '* * * * *' }), site, ctx);
      await waitOnExecutionContext(ctx);
    };
    const cache = (caches as unknown as { default: Cache }).default;
    const head = async () => (await (await ASSETS.fetch('https://assets.local/index/head.json')).json()) as { schedule: { head: string }[] };
    const scheduledHead = (await (await ASSETS.fetch(`https://assets.local/${(await head()).schedule[0]!.head}`)).json()) as { version: string };
    const key = cacheKey(new URL(`${BASE}/articles/${SLUG}`), scheduledHead.version);

    await tick(AT - 30_000);
    expect(reads.some((p) => p.startsWith('index/at-'))).toBe(false);
    await tick(AT + 90_000);
    expect(reads.some((p) => p.startsWith('index/at-'))).toBe(false);
    expect(await cache.match(key)).toBeUndefined();

    await tick(AT + 30_000);
    expect(reads).toContain(`${(await head()).schedule[0]!.head}`);
    const warmed = await cache.match(key);
    expect(warmed?.status).toBe(200);
    const text = await warmed!.text();
    expect(text).toContain(`<h1>${TITLE}</h1>`);
    expect(text).toContain(`${BASE}/articles/${SLUG}`);
  });
});
