// The allow-list every body passes through, whatever kind of file it came from.
import sanitizeHtml from 'sanitize-html';
import type { LocalImage } from './local-images.ts';
import { isPlainParagraphs } from './plain-paragraphs.ts';
import { cleanUrl, withoutTrackingInText } from './urls.ts';

/**
 * Decides an `<img src>` before it is resolved as an address: the image published from curated/,
 * null to leave the image out, undefined when `src` is an address like any other.
 */
export type LocalImageHook = (src: string) => LocalImage | null | undefined;

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'a', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'sub', 'sup', 'small', 'mark', 'q', 'cite', 'abbr', 'time', 'span',
  'figure', 'figcaption', 'img',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
];

/**
 * Removes everything not on the allow-list (scripts, styles, event handlers, iframes, forms),
 * makes links and images absolute against `baseUrl` (kept relative when there is none: no
 * made-up host is ever written) and strips tracking parameters.
 * Headings are shifted so a body never has an <h1> of its own (the page's title is the h1).
 */
export function sanitizeBody(html: string, baseUrl: string | null, localImage?: LocalImageHook): string {
  // Plain paragraphs (a clipping's body) have nothing for the allow-list to remove, and no image.
  return isPlainParagraphs(html) ? withoutTrackingInText(html) : sanitizeByAllowList(html, baseUrl, localImage);
}

/** sanitizeBody without the shortcut for plain paragraphs. */
export function sanitizeByAllowList(html: string, baseUrl: string | null, localImage?: LocalImageHook): string {
  const attr = (value: string | undefined) => (value ? cleanUrl(value, baseUrl, { keepRelative: true }) : null);
  const clean = sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      abbr: ['title'],
      time: ['datetime'],
      td: ['colspan', 'rowspan'],
      th: ['colspan', 'rowspan', 'scope'],
      ol: ['start'],
      code: ['class'],
    },
    allowedClasses: { code: [/^language-[\w-]+$/] },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'form', 'button', 'select', 'svg', 'math', 'template'],
    transformTags: {
      h1: 'h2',
      a: (tagName, attribs) => {
        const href = attr(attribs.href);
        const out: Record<string, string> = {};
        if (href) out.href = href;
        if (attribs.title) out.title = attribs.title;
        return { tagName, attribs: out };
      },
      img: (tagName, attribs) => {
        const raw = attribs.src ?? attribs['data-src'];
        const local = raw && localImage ? localImage(raw) : undefined;
        const src = local === undefined ? attr(raw) : local && local.address;
        const out: Record<string, string> = { ...attribs };
        delete out['data-src'];
        // The file's own size, unless the author gave one: the page keeps its place while it loads.
        if (local && !out.width && !out.height) Object.assign(out, { width: String(local.width), height: String(local.height) });
        if (src) out.src = src;
        else delete out.src;
        return { tagName, attribs: out };
      },
    },
    exclusiveFilter: (frame) =>
      (frame.tag === 'img' && !frame.attribs.src) ||
      (frame.tag === 'a' && !frame.attribs.href && !frame.text.trim()) ||
      (['p', 'li', 'figure', 'span', 'strong', 'em', 'b', 'i'].includes(frame.tag) && !frame.text.trim() && !frame.mediaChildren.length),
  });
  // Addresses written out as text lose their tracking parameters too (attributes are clean already;
  // sanitize-html hands text to its filters in pieces split at entities, so this runs on the whole).
  return withoutTrackingInText(clean);
}
