// A response must not be kept past the instant a scheduled article appears: when that instant is
// nearer than its Cache-Control allows, max-age and s-maxage end at it, and no stale copy may be
// served after it (stale-while-revalidate is dropped; stale-if-error, for a failing site, stays).
import type { MiddlewareHandler } from 'hono';

export function capToSwitch(cacheControl: string, secondsLeft: number): string {
  const left = Math.max(0, Math.floor(secondsLeft));
  let capped = false;
  const directives = cacheControl.split(/\s*,\s*/).map((directive) => {
    const m = /^(max-age|s-maxage)=(\d+)$/.exec(directive);
    if (!m || Number(m[2]) <= left) return directive;
    capped = true;
    return `${m[1]}=${left}`;
  });
  return (capped ? directives.filter((d) => !d.startsWith('stale-while-revalidate=')) : directives).join(', ');
}

/** Caps every response's Cache-Control to the next switch that `nextSwitch` names for its request (ms, or null). */
export function expireAtSwitch(nextSwitch: (request: Request) => Promise<{ next: number | null; now: number } | null>): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const cacheControl = c.res.headers.get('Cache-Control');
    if (!cacheControl || cacheControl === 'no-store') return;
    const when = await nextSwitch(c.req.raw);
    if (!when || when.next === null) return;
    c.res.headers.set('Cache-Control', capToSwitch(cacheControl, (when.next - when.now) / 1000));
  };
}
