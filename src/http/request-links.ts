// With no `url` in site.yaml, links are made from the address each request arrives at. Such a
// response must not be kept by a shared cache: a request with `Host: evil.example` would
// otherwise plant links to evil.example for every later reader.
import type { MiddlewareHandler } from 'hono';

const linksFromRequest = new WeakSet<Request>();

/** Notes that this request's response links to the request's own origin. */
export function markLinksFromRequest(request: Request): void {
  linksFromRequest.add(request);
}

export const neverCacheRequestLinks: MiddlewareHandler = async (c, next) => {
  await next();
  if (linksFromRequest.has(c.req.raw)) c.res.headers.set('Cache-Control', 'no-store');
};
