// Slugs and ids that survive edits: made from the file name (or `slug:`/`id:`), never from content.
import { createHash } from 'node:crypto';
import { slugify } from '../article.ts';

export function slugFromStem(stem: string): string {
  return slugify(stem) || 'article';
}

/**
 * The article's id: its page address under the site URL by default. An explicit `id:` that is
 * already an absolute URI is kept (normalised so every format writes the same string); any
 * other explicit id becomes a tag: URI under the site's host. Without a site URL, ids are
 * name-based UUIDs (urn:uuid:), which never look like an address that could be visited.
 */
export function articleId(siteUrl: string | null, slug: string, explicit?: string): string {
  if (explicit) {
    if (/^[a-z][a-z0-9+.-]*:[^\s]/i.test(explicit)) {
      try {
        return new URL(explicit).href;
      } catch {
        /* not a URI after all: fall through */
      }
    }
    return siteUrl ? `tag:${new URL(siteUrl).host},2000:${encodeURIComponent(explicit)}` : nameUuid(`id:${explicit}`);
  }
  return siteUrl ? `${siteUrl}/articles/${encodeURIComponent(slug)}` : nameUuid(`slug:${slug}`);
}

/** A version 5 style UUID (SHA-1 of a fixed namespace and `name`), as urn:uuid:. */
function nameUuid(name: string): string {
  const hex = createHash('sha1').update(`curated-feeds article\0${name}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
