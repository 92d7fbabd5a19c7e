// The Worker's Cache API copies of what is rendered on request are keyed by the view they were
// made in (each scheduled instant's view has its own version), so none outlives a switch.

/** How often the cron trigger runs (wrangler.toml `crons`): a view that began since the last tick is warmed. */
export const CRON_INTERVAL_MS = 60_000;

/**
 * The Cache API key of a rendered response: its address, the version of the view it was made in,
 * and whether it is a feed's XML for a browser (the Cache API does not tell copies apart by Vary).
 */
export function cacheKey(url: URL, viewVersion: string, forBrowser = false): Request {
  const key = new URL(url);
  key.searchParams.set('view', viewVersion);
  if (forBrowser) key.searchParams.set('representation', 'browser');
  return new Request(key.toString());
}
