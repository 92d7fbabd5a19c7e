// Slugs and ids that survive edits: made from the file name (or `slug:`/`id:`), never from content.
import { tagSlug } from '../article.ts';

export function slugFromStem(stem: string): string {
  return tagSlug(stem) || 'article';
}

/**
 * The article's id: its page address under the site URL by default. An explicit `id:` that is
 * already an absolute URI is kept (normalised so every format writes the same string); any
 * other explicit id becomes a tag: URI under the site's host.
 */
export function articleId(siteUrl: string, slug: string, explicit?: string): string {
  if (explicit) {
    if (/^[a-z][a-z0-9+.-]*:[^\s]/i.test(explicit)) {
      try {
        return new URL(explicit).href;
      } catch {
        /* not a URI after all: fall through to a tag: URI */
      }
    }
    return `tag:${new URL(siteUrl).host},2000:${encodeURIComponent(explicit)}`;
  }
  return `${siteUrl}/articles/${encodeURIComponent(slug)}`;
}
