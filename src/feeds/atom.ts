// Atom 1.0 (RFC 4287), written with `feed`; input prepared and output completed so that
// none of the library's known defects reaches a reader.
import { Feed } from 'feed';
import { tagSlug } from '../article.ts';
import type { FeedData } from './feed-data.ts';
import { bodyWithImage, cdataSafe, escapeHtml, xmlSafe } from './text.ts';

export function renderAtom(data: FeedData): string {
  const feed = new Feed({
    id: data.id,
    title: xmlSafe(data.title),
    description: xmlSafe(data.description || data.title),
    link: data.homeUrl,
    updated: new Date(data.updated),
    generator: 'curated-feeds',
    copyright: '',
    feed: data.urls.atom,
    author: { name: xmlSafe(data.site.author) },
  });
  for (const item of data.items) {
    feed.addItem({
      // Entry titles are always type="html": escape plain text so `&` and `<` survive as text.
      title: cdataSafe(escapeHtml(item.title)),
      id: item.id,
      link: item.link,
      date: new Date(item.updated),
      published: new Date(item.published),
      description: cdataSafe(escapeHtml(item.summary)),
      content: cdataSafe(bodyWithImage(item)),
      ...(item.authors.length ? { author: item.authors.map((a) => ({ name: xmlSafe(a.name) })) } : {}),
      // RFC 4287 requires `term`; tag names carry no `<` (see normaliseTags) and the library escapes `&`.
      category: item.tags.map((name) => ({ term: tagSlug(name), name: xmlSafe(name) })),
    });
  }
  return feed
    .atom1()
    .replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(data.site.language)}">`);
}
