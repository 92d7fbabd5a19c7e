// What every response says about itself: types and cache policy, in one place.

export const CONTENT_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  text: 'text/plain; charset=utf-8',
} as const;

/**
 * Cache-Control, by kind of response:
 * - documents (feeds and pages): readers and shared caches (Cloudflare's Cache API on a custom
 *   domain, proxies) keep them 5 minutes and may serve a stale copy for a day while they
 *   revalidate, or when the site fails; a revalidation costs a 304 and no body.
 * - not found: a minute, so a new article's address is not hidden for long.
 * - refused requests (400, 405): not stored.
 * - images: a year, never revalidated (a new picture gets a new address).
 */
export const CACHE_CONTROL = {
  document: 'public, max-age=300, s-maxage=300, stale-while-revalidate=86400, stale-if-error=86400',
  notFound: 'public, max-age=60, s-maxage=60',
  refused: 'no-store',
  /** Images published from curated/: their address is a hash of their bytes, so it never serves other bytes. */
  immutable: 'public, max-age=31536000, immutable',
} as const;

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

export const FEED_LIMIT = { default: 20, max: 100 } as const;

/**
 * A `?limit=` feed is the one thing rendered on request: it carries at most this many bytes of
 * bodies (at least one article), which keeps its rendering near 2 ms of CPU.
 */
export const RENDER_BODY_BUDGET = 80_000;
