// A browser and a feed reader asking for the same rendered feed get each their own representation
// (XML that applies the stylesheet, or the feed's type), as on Node: from what the isolate keeps
// and from the Cache API alike.
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { AssetsBinding } from '../../src/catalog/asset-source.ts';
import { cacheKey } from '../../src/http/view-cache.ts';
import worker from '../../src/worker.ts';
import { BASE, withSiteUrl } from './support/with-site-url.ts';

const ASSETS = (env as unknown as { ASSETS: AssetsBinding }).ASSETS;
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const PATH = '/atom.xml?limit=2';

async function get(site: { ASSETS: AssetsBinding }, accept?: string) {
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(`${BASE}${PATH}`, accept ? { headers: { Accept: accept } } : {}), site, ctx);
  const text = await res.text();
  await waitOnExecutionContext(ctx);
  return { status: res.status, type: res.headers.get('content-type'), etag: res.headers.get('etag'), text };
}

describe('a rendered feed in workerd', () => {
  it('is sent as the feed type to a reader and as XML to a browser, whichever asked first, kept or cached', async () => {
    const first = { ASSETS: withSiteUrl(ASSETS, []) };
    const reader = await get(first);
    const browser = await get(first, BROWSER);
    expect(reader).toMatchObject({ status: 200, type: 'application/atom+xml; charset=utf-8' });
    expect(browser).toMatchObject({ status: 200, type: 'application/xml; charset=utf-8' });
    expect(browser.text).toBe(reader.text);
    // Answered again by the same isolate, from what it keeps.
    expect((await get(first, BROWSER)).type).toBe('application/xml; charset=utf-8');
    expect((await get(first)).type).toBe('application/atom+xml; charset=utf-8');

    // A new reader of the published files keeps nothing yet: both come from the Cache API, each its own.
    const cache = (caches as unknown as { default: Cache }).default;
    const version = ((await (await ASSETS.fetch('https://assets.local/index/head.json')).json()) as { version: string }).version;
    expect((await cache.match(cacheKey(new URL(`${BASE}${PATH}`), version, true)))?.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const second = { ASSETS: withSiteUrl(ASSETS, []) };
    expect(await get(second, BROWSER)).toEqual(browser);
    expect(await get(second)).toEqual(reader);
  });
});
