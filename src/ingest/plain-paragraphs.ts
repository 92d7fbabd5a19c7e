// Bodies made only of plain paragraphs, as the clipping reader writes them: `<p>text</p>` lines
// joined by newlines, the text escaped with &amp; &lt; &gt; and nothing else. sanitize-html passes
// such a body through unchanged and the text walk reads each paragraph as one block, so both have
// a shortcut for it here; anything else (another tag, an attribute, an unknown entity, a paragraph
// of white space only) is left to the general paths.

const OPEN = '<p>';
const CLOSE = '</p>';
/** Inside a paragraph: no markup, and every `&` starts one of the three entities. */
const NOT_PLAIN_TEXT = /[<>]|&(?!(?:amp|lt|gt);)/;

/** The paragraphs' escaped texts, or null when `html` is not plain paragraphs. */
export function plainParagraphs(html: string): string[] | null {
  const out: string[] = [];
  let at = 0;
  while (at < html.length) {
    if (!html.startsWith(OPEN, at)) return null;
    const close = html.indexOf(CLOSE, at + OPEN.length);
    if (close === -1) return null;
    const text = html.slice(at + OPEN.length, close);
    // An empty paragraph is one sanitize-html drops.
    if (NOT_PLAIN_TEXT.test(text) || text.trim() === '') return null;
    out.push(text);
    at = close + CLOSE.length;
    if (at < html.length) {
      if (html.charCodeAt(at) !== 10) return null;
      at++;
      if (at === html.length) return null;
    }
  }
  return out;
}

export function isPlainParagraphs(html: string): boolean {
  return plainParagraphs(html) !== null;
}

const ENTITY = /&(amp|lt|gt);/g;
const ENTITY_TEXT: Record<string, string> = { amp: '&', lt: '<', gt: '>' };
/** The white space the text walk collapses (html-text.ts), and what shows it is there. */
const SPACE_RUN = /[ \t\f\v\r\n\u00a0]+/g;
const UNTIDY = /[\t\f\v\r\n\u00a0]| {2}/;

/** The text of a plain-paragraph body exactly as htmlToText gives it; null for any other body. */
export function plainParagraphsText(html: string): string | null {
  const paragraphs = plainParagraphs(html);
  if (paragraphs === null) return null;
  const blocks: string[] = [];
  for (const escaped of paragraphs) {
    const text = escaped.includes('&') ? escaped.replace(ENTITY, (_, name: string) => ENTITY_TEXT[name]!) : escaped;
    const block = (UNTIDY.test(text) ? text.replace(SPACE_RUN, ' ') : text).trim();
    if (block) blocks.push(block);
  }
  return blocks.join('\n\n');
}
