// The article's lead image above its body, once: saved pages often carry it in the body already,
// under another address for the same file (relative, resized, with a query string).
import type { Image } from '../article.ts';
import { escapeHtml } from './text.ts';

const IMG_SRC = /<img\b[^>]*?\ssrc="([^"]*)"/gi;

/** The file an image address names, without query, fragment or a size suffix such as `-1200x800`. */
function imageKey(url: string): string {
  let path = url.replace(/&amp;/g, '&');
  try {
    path = new URL(path, 'https://x.invalid/').pathname;
  } catch {
    // Keep the raw text: it still compares equal to itself.
  }
  let file = path.slice(path.lastIndexOf('/') + 1);
  try {
    file = decodeURIComponent(file);
  } catch {
    // A stray `%` (an address that is not percent-encoded): compared as written.
  }
  file = file.toLowerCase();
  return file.replace(/([-_](\d{2,5}x\d{2,5}|w\d{2,5}|\d{2,5}w|scaled|large|medium|small))+(?=\.[a-z0-9]+$)/, '');
}

export function bodyHasImage(bodyHtml: string, url: string): boolean {
  const key = imageKey(url);
  for (const match of bodyHtml.matchAll(IMG_SRC)) if (imageKey(match[1]!) === key) return true;
  return false;
}

/** The alt text of the lead image: its caption, else the article's title. */
export function imageAlt(image: Image, title: string): string {
  return image.caption ?? title;
}

/** The article body as feeds and pages show it: the lead image (with its caption) above the text, never twice. */
export function bodyWithImage(item: { contentHtml: string; image: Image | null; title: string }): string {
  const image = item.image;
  if (!image?.url || bodyHasImage(item.contentHtml, image.url)) return item.contentHtml;
  const caption = image.caption ? `<figcaption>${escapeHtml(image.caption)}</figcaption>` : '';
  return `<figure><img src="${escapeHtml(image.url)}" alt="${escapeHtml(imageAlt(image, item.title))}" />${caption}</figure>${item.contentHtml}`;
}
