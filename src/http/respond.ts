// Sends a rendered page or feed with its validators, or 304 when the reader already has it.
import type { Context } from 'hono';
import { CACHE_CONTROL } from './policy.ts';
import { isNotModified, validators } from './conditional.ts';

export interface Cacheable {
  catalogVersion: string;
  /** Everything besides the catalog version that the bytes depend on. */
  key: string;
  lastModified: string;
  contentType: string;
  status?: 200 | 404;
  /** A request header besides Accept-Encoding that chooses between representations. */
  vary?: string;
  render: () => Promise<string> | string;
}

export async function respond(c: Context, r: Cacheable): Promise<Response> {
  const v = validators(r.catalogVersion, r.key, r.lastModified);
  const headers: Record<string, string> = {
    ETag: v.etag,
    'Last-Modified': v.lastModified,
    'Cache-Control': CACHE_CONTROL,
    Vary: r.vary ? `${r.vary}, Accept-Encoding` : 'Accept-Encoding',
  };
  if ((r.status ?? 200) === 200 && isNotModified(c.req.raw.headers, v)) return c.body(null, 304, headers);
  const body = await r.render();
  return c.body(body, r.status ?? 200, { ...headers, 'Content-Type': r.contentType });
}
