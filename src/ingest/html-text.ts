// Sanitised body HTML -> plain text: paragraphs (and other blocks) separated by blank lines.
import { linkedom } from './lazy-module.ts';

const BLOCK = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD',
  'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'CAPTION', 'HR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER',
]);

export function htmlToText(html: string): string {
  const { document } = linkedom().parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const text = line.replace(/[ \t\f\v\r\n\u00a0]+/g, ' ').trim();
    if (text) blocks.push(text);
    line = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) line += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') line += '\n';
        else if (tag === 'TD' || tag === 'TH') {
          walk(child);
          line += ' ';
        } else if (BLOCK.has(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(document.body);
  flush();
  return blocks.join('\n\n');
}
