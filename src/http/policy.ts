// What every response says about itself: types and cache policy, in one place.

export const CONTENT_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  text: 'text/plain; charset=utf-8',
} as const;

/** Readers poll often: let caches serve for 5 minutes and keep serving a stale copy for a day while revalidating. */
export const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

export const FEED_LIMIT = { default: 20, max: 100 } as const;
