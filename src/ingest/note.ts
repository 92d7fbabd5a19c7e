// The editor's note (`note:` front matter): Markdown, cleaned by the same allow-list as a body.
import MarkdownIt from 'markdown-it';
import { sanitizeBody } from './sanitize.ts';

// Raw HTML is allowed as in bodies: the sanitiser removes what is not on its list.
const md = new MarkdownIt({ html: true, linkify: true, typographer: false });

/** The note as sanitised HTML, relative links resolved against the site's address; null when nothing is left. */
export function noteToHtml(markdown: string, baseUrl: string | null): string | null {
  const html = sanitizeBody(md.render(markdown), baseUrl).trim();
  return html ? html : null;
}
