// Markdown body -> Extracted. Raw HTML is allowed here because every body is sanitised afterwards.
import MarkdownIt from 'markdown-it';
import { emptyExtracted, type Extracted } from './extracted.ts';

const md = new MarkdownIt({ html: true, linkify: true, typographer: false });
// file: addresses reach the sanitiser, which drops them from links and refuses them as images by
// name, rather than being shown as raw Markdown text.
const validLink = md.validateLink.bind(md);
md.validateLink = (url) => /^file:/i.test(url.trim()) || validLink(url);

const LEADING_H1 = /^\s*#[ \t]+(.+?)[ \t#]*\r?\n/;

export function extractMarkdown(body: string): Extracted {
  const out = emptyExtracted();
  let source = body;
  const h1 = LEADING_H1.exec(source);
  if (h1?.[1]) {
    out.title = h1[1].trim();
    source = source.slice(h1[0].length);
  }
  out.bodyHtml = md.render(source);
  return out;
}
