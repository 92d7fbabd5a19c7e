// "Originally published in X": where an article first appeared, shown on its page.
import { html } from 'hono/html';
import type { ArticleMeta } from '../article.ts';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Names the publication and links the original article (or the publication when that is all there is). */
export function attribution(entry: Pick<ArticleMeta, 'source' | 'url'>) {
  const link = entry.url ?? entry.source?.url ?? null;
  const name = entry.source?.name ?? (entry.url ? hostOf(entry.url) : null);
  if (!name) return '';
  return html`<p class="attribution">Originally published in ${link ? html`<a href="${link}">${name}</a>` : name}</p>`;
}
