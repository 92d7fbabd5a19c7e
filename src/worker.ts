// Cloudflare Workers entry: code only. Everything the build published (documents, the sharded
// index, body packs) is read from Workers Static Assets, so the script is the same size at any
// number of articles. On a custom domain, what is rendered on request is kept in the Cache API;
// on *.workers.dev the Cache API stores nothing and every such request is rendered.
//
// Scheduled articles are decided per request (the view in force at the Worker's clock), and Cache
// API entries are keyed by that view, so no entry made before a switch is served after it. The cron
// trigger (wrangler.toml) only warms: when a view has just come into force it loads it into an
// isolate and puts the pages of the articles that appeared into the cache.
import { createSite } from './app.ts';
import { assetsSource, type AssetsBinding } from './catalog/asset-source.ts';
import { PublishedReader } from './catalog/published-reader.ts';
import { isNotModified } from './http/conditional.ts';
import { responseWithHeaders } from './http/document-answers.ts';
import { notModifiedHeaders } from './http/respond.ts';
import { isRendered } from './http/rendered-routes.ts';
import { cacheKey, CRON_INTERVAL_MS } from './http/view-cache.ts';
import { SITE_SCOPE } from './feeds/listing-scope.ts';
import { isBrowserNavigation } from './web/feed-in-browser.ts';

interface Env {
  ASSETS: AssetsBinding;
}

// One reader per binding, so shards and packs read by one request serve the next ones in this isolate.
const readers = new WeakMap<AssetsBinding, PublishedReader>();
const readerOf = (env: Env) => {
  let reader = readers.get(env.ASSETS);
  if (!reader) readers.set(env.ASSETS, (reader = new PublishedReader(assetsSource(env.ASSETS))));
  return reader;
};
const { app, answers } = createSite(readerOf);

const defaultCache = () => (typeof caches === 'undefined' ? null : (caches as unknown as { default: Cache }).default);

/**
 * The rendered response for `url` in the view in force now, in the representation `accept` asks
 * for (a browser gets a feed as XML): from the Cache API, else rendered and kept.
 */
async function rendered(url: URL, accept: string | null, env: Env, ctx: ExecutionContext, cache: Cache): Promise<Response> {
  // Read before the app reads the clock: a response can only be of this view or a later one.
  const view = await readerOf(env).head();
  const browser = isBrowserNavigation(accept ?? undefined);
  // A browser's copy of a feed is kept apart from the readers' one; anything else is the same for both.
  let found = browser ? await cache.match(cacheKey(url, view.version, true)) : undefined;
  if (!found) {
    found = await cache.match(cacheKey(url, view.version, false));
    if (found && browser && variesOnAccept(found)) {
      await found.body?.cancel();
      found = undefined;
    }
  }
  if (found) {
    // Kept in this isolate as well: its next requests are answered without the Cache API.
    await answers.rememberResponse(readerOf(env), url.toString(), view, found);
    return found;
  }
  // Rendered from the address and the representation alone; the reader's validators are checked against the copy.
  const response = await app.fetch(new Request(url.toString(), browser ? { headers: { Accept: accept! } } : {}), env, ctx);
  if (response.status === 200) ctx.waitUntil(cache.put(cacheKey(url, view.version, browser && variesOnAccept(response)), response.clone()));
  return response;
}

const variesOnAccept = (response: Response) => /(^|,)\s*accept\s*(,|$)/i.test(response.headers.get('vary') ?? '');

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    // The documents readers poll, and what this isolate has rendered already: no routing, no Cache API.
    const answer = await answers.answer(request, env);
    if (answer) return responseWithHeaders(answer);
    const url = new URL(request.url);
    const cache = defaultCache();
    if (request.method !== 'GET' || !isRendered(url) || !cache) return app.fetch(request, env, ctx);
    const response = await rendered(url, request.headers.get('accept'), env, ctx, cache);
    const validators = { etag: response.headers.get('etag') ?? '', lastModified: response.headers.get('last-modified') ?? '' };
    if (response.status === 200 && validators.etag && isNotModified(request.headers, validators)) {
      await response.body?.cancel();
      return new Response(null, { status: 304, headers: notModifiedHeaders(response.headers) });
    }
    return response;
  },

  /**
   * The cron trigger. Requests are right without it (each judges the schedule by its own clock);
   * when a scheduled view has come into force since the last tick, this loads it and renders the
   * pages of the articles it adds into the Cache API, so the first readers after the switch are
   * served from the cache.
   */
  async scheduled(controller: ScheduledController, env: Env, ctx: ExecutionContext): Promise<void> {
    const reader = readerOf(env);
    const now = controller.scheduledTime;
    const began = (await reader.ownView()).schedule.some((s) => Date.parse(s.at) <= now && Date.parse(s.at) > now - CRON_INTERVAL_MS);
    if (!began) return;
    const view = await reader.head(now);
    await reader.listing(SITE_SCOPE, view);
    const cache = defaultCache();
    // Without a site url, pages link to each request's own origin and are never cached.
    if (!cache || view.site.url === null) return;
    const urls = view.appeared.map((slug) => new URL(`/articles/${encodeURIComponent(slug)}`, view.site.url!));
    await Promise.all(urls.map(async (url) => (await rendered(url, null, env, ctx, cache)).body?.cancel()));
  },
} satisfies ExportedHandler<Env>;
