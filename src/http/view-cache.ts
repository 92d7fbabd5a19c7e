// The Worker's Cache API copies of what is rendered on request are keyed by the view they were
// made in (each scheduled instant's view has its own version), so none outlives a switch.

/** How often the cron trigger runs (wrangler.toml `crons`): a view that began since the last tick is warmed. */
export const CRON_INTERVAL_MS = 60_000;

/** The Cache API key of a rendered response: its address and the version of the view it was made in. */
export function cacheKey(url: URL, viewVersion: string): Request {
  const key = new URL(url);
  key.searchParams.set('view', viewVersion);
  return new Request(key.toString());
}
