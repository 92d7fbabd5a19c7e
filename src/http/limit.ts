// The one query parameter feeds take: ?limit=N.
import { FEED_LIMIT } from './policy.ts';

export type LimitResult = { ok: true; limit: number } | { ok: false; message: string };

export function parseLimit(raw: string | undefined): LimitResult {
  if (raw === undefined) return { ok: true, limit: FEED_LIMIT.default };
  if (/^\d{1,3}$/.test(raw)) {
    const n = Number(raw);
    if (n >= 1 && n <= FEED_LIMIT.max) return { ok: true, limit: n };
  }
  return { ok: false, message: `limit must be a whole number from 1 to ${FEED_LIMIT.max} (default ${FEED_LIMIT.default}); got "${raw.slice(0, 40)}"` };
}
