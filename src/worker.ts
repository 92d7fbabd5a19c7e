// Cloudflare Workers entry: code only. Everything the build published (documents, the sharded
// index, body packs) is read from Workers Static Assets, so the script is the same size at any
// number of articles. On a custom domain, what is rendered on request is kept in the Cache API;
// on *.workers.dev the Cache API stores nothing and every such request is rendered.
import { createApp } from './app.ts';
import { assetsSource, type AssetsBinding } from './catalog/asset-source.ts';
import { PublishedReader } from './catalog/published-reader.ts';
import { isNotModified } from './http/conditional.ts';
import { isRendered } from './http/rendered-routes.ts';

interface Env {
  ASSETS: AssetsBinding;
}

// One reader per binding, so shards and packs read by one request serve the next ones in this isolate.
const readers = new WeakMap<AssetsBinding, PublishedReader>();
const app = createApp((env: Env) => {
  let reader = readers.get(env.ASSETS);
  if (!reader) readers.set(env.ASSETS, (reader = new PublishedReader(assetsSource(env.ASSETS))));
  return reader;
});

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    if (request.method !== 'GET' || !isRendered(url) || typeof caches === 'undefined') return app.fetch(request, env, ctx);
    const cache = (caches as unknown as { default: Cache }).default;
    // Keyed by the address alone; the reader's validators are checked against the copy.
    const key = new Request(url.toString());
    let response = await cache.match(key);
    if (!response) {
      response = await app.fetch(key, env, ctx);
      if (response.status === 200) ctx.waitUntil(cache.put(key, response.clone()));
    }
    const validators = { etag: response.headers.get('etag') ?? '', lastModified: response.headers.get('last-modified') ?? '' };
    if (response.status === 200 && validators.etag && isNotModified(request.headers, validators)) {
      await response.body?.cancel();
      const headers = new Headers(response.headers);
      headers.delete('content-type');
      headers.delete('content-length');
      return new Response(null, { status: 304, headers });
    }
    return response;
  },
} satisfies ExportedHandler<Env>;
