// Turns a saved page into a DOM once, after dropping the parts no reader ever uses.
import { linkedom } from '../lazy-module.ts';

// Script and style bodies are most of a modern page's bytes, and site menus, headers, footers and
// sidebars are never article text: dropping them before parsing saves most of the DOM work.
// Comments go, but only outside raw-text elements: in <title>, <textarea>, <script> and <style> a "<!--"
// is plain text, and removing up to the next "-->" of the page would eat the article.
// JSON-LD scripts carry metadata, so they stay.
const COMMENT_OR_RAW_TEXT = /<!--[\s\S]*?-->|<(script|style|title|textarea)(?=[\s/>])([^>]*)>[\s\S]*?<\/\1\s*>/gi;
const HEAVY_ELEMENT = /<(svg|template|iframe|nav|footer|aside|select|button|header)(?=[\s/>])[^>]*>[\s\S]*?<\/\1\s*>/gi;
// A <noscript> matters only when it holds the real <img> of a lazily loaded picture.
const NOSCRIPT = /<noscript\b[^>]*>([\s\S]*?)<\/noscript\s*>/gi;

// Whitespace next to a block-level tag never shows, but each run of it costs a DOM node.
const BLOCK_TAG = 'div|p|ul|ol|li|dl|dt|dd|section|article|header|footer|nav|aside|main|table|thead|tbody|tfoot|tr|td|th|h[1-6]|figure|figcaption|blockquote|form|head|body|html|meta|link|title|picture|source|noscript|option|select';
const SPACE_AFTER_BLOCK = new RegExp(`(<\\/?(?:${BLOCK_TAG})(?=[\\s/>])[^>]*>)\\s+(?=<)`, 'gi');
const SPACE_BEFORE_BLOCK = new RegExp(`>\\s+(?=<\\/?(?:${BLOCK_TAG})(?=[\\s/>]))`, 'gi');

function slimHtml(html: string): string {
  return html
    .replace(COMMENT_OR_RAW_TEXT, (whole, tag: string | undefined, attrs: string | undefined) => {
      const name = tag?.toLowerCase();
      if (!name) return ''; // a comment
      if (name === 'script') return /ld\+json/i.test(attrs ?? '') ? whole : '';
      return name === 'style' ? '' : whole;
    })
    .replace(HEAVY_ELEMENT, '')
    .replace(NOSCRIPT, (whole, inner: string) => (/<img\b/i.test(inner) ? whole : ''))
    .replace(SPACE_AFTER_BLOCK, '$1')
    .replace(SPACE_BEFORE_BLOCK, '>');
}

export function parsePage(html: string): Document {
  const source = slimHtml(html);
  // linkedom puts a fragment without <html> outside the document element; wrap it.
  const full = /<html[\s>]/i.test(source) ? source : `<!doctype html><html><head></head><body>${source}</body></html>`;
  const { document } = linkedom().parseHTML(full);
  return document as unknown as Document;
}
