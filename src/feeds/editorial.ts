// What an article's content is, the same in every feed and on its page: the editor's note (set
// apart and signed) above either the body or, for a summary-only source, the summary and a link
// to the full article at its publication.
import type { ArticleMeta } from '../article.ts';
import { editorOf, type Site } from '../site.ts';
import { bodyWithImage } from './lead-image.ts';
import { escapeHtml } from './text.ts';

export type EditorialItem = Pick<ArticleMeta, 'title' | 'summary' | 'url' | 'source' | 'image' | 'fullText' | 'noteHtml'> & { contentHtml: string };

/** The class the note's block carries on pages (feed readers drop classes; the blockquote and the label remain). */
export const NOTE_CLASS = 'editor-note';

/** The note as a blockquote whose first paragraph opens with "Editor's note (NAME):". */
export function noteBlock(noteHtml: string, site: Pick<Site, 'editor' | 'author'>): string {
  const label = `<strong>Editor’s note</strong> (${escapeHtml(editorOf(site))}):`;
  const inner = noteHtml.startsWith('<p>') ? `<p>${label} ${noteHtml.slice(3)}` : `<p>${label}</p>${noteHtml}`;
  return `<blockquote class="${NOTE_CLASS}">${inner}</blockquote>`;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Where the full article is, and the publication's name to say so with; null when the article names no address. */
export function originalLink(item: Pick<ArticleMeta, 'url' | 'source'>): { href: string; publication: string } | null {
  const href = item.url ?? item.source?.url ?? null;
  if (!href) return null;
  return { href, publication: item.source?.name ?? hostOf(href) ?? href };
}

/** A summary-only article's stand-in for its body: the summary and "Read the full article at …". */
export function summaryView(item: Pick<ArticleMeta, 'summary' | 'url' | 'source'>): string {
  const link = originalLink(item);
  const read = link ? `<p class="read-original"><a href="${escapeHtml(link.href)}">Read the full article at ${escapeHtml(link.publication)}</a></p>` : '';
  return `<p>${escapeHtml(item.summary)}</p>${read}`;
}

/** The HTML a feed item carries (content:encoded, Atom content, content_html) and its page shows. */
export function articleContent(item: EditorialItem, site: Pick<Site, 'editor' | 'author'>): string {
  const note = item.noteHtml ? noteBlock(item.noteHtml, site) : '';
  return `${note}${item.fullText === false ? summaryView(item) : bodyWithImage(item)}`;
}
