// An image published from curated/: its address names its bytes, so it is cached for good and
// its ETag is its name; the type is the one the build found in its bytes. Streamed, on Node from
// the file and on Workers from the static asset.
import type { Context } from 'hono';
import type { PublishedReader } from '../catalog/published-reader.ts';
import { IMAGE_NAME, imageEtag, mediaTypeOfImage } from '../catalog/images.ts';
import { isNotModified } from './conditional.ts';
import { CACHE_CONTROL } from './policy.ts';

/** The image's response, or null when no image of that name was published. */
export async function serveImage(c: Context, reader: PublishedReader, name: string): Promise<Response | null> {
  if (!IMAGE_NAME.test(name)) return null;
  const file = await reader.image(name);
  if (!file) return null;
  const etag = imageEtag(name);
  const headers: Record<string, string> = { ETag: etag, 'Cache-Control': CACHE_CONTROL.immutable };
  if (isNotModified(c.req.raw.headers, { etag, lastModified: '' })) {
    await file.discard();
    return c.body(null, 304, headers);
  }
  headers['Content-Type'] = mediaTypeOfImage(name);
  if (Number.isFinite(file.length)) headers['Content-Length'] = String(file.length);
  if (c.req.method === 'HEAD') {
    await file.discard();
    return c.body(null, 200, headers);
  }
  return c.body(file.stream(), 200, headers);
}
