// RSS 2.0 with content:encoded, dc:creator and atom:link rel=self, written with `feed`.
// The library's input is prepared so none of its known output defects reaches a reader.
import { Feed } from 'feed';
import type { FeedData } from './feed-data.ts';
import { bodyWithImage, cdataSafe, escapeHtml, xmlSafe } from './text.ts';

const DCTERMS = 'http://purl.org/dc/terms/';

export function renderRss(data: FeedData): string {
  const feed = new Feed({
    id: data.id,
    title: xmlSafe(data.title),
    description: xmlSafe(data.description || data.title),
    link: data.homeUrl,
    language: data.site.language,
    updated: new Date(data.updated),
    generator: 'curated-feeds',
    copyright: '',
    // Given explicitly: without it the self link may point at another format's URL.
    feed: data.urls.rss,
  });
  for (const item of data.items) {
    const authors = item.authors.length ? item.authors : [{ name: data.site.author }];
    feed.addItem({
      title: cdataSafe(rssTitle(item.title)),
      link: item.link,
      // Omitted when it is the link, so the guid is a permalink; an explicit id gets isPermaLink="false".
      ...(item.id === item.link ? {} : { guid: xmlSafe(item.id) }),
      // Only `date`, never `published`: the library lets `published` overwrite pubDate.
      date: new Date(item.published),
      description: cdataSafe(escapeHtml(item.summary)),
      content: cdataSafe(bodyWithImage(item)),
      category: item.tags.map((name) => ({ name: xmlSafe(name) })),
      // dc:creator instead of <author>, which RSS reserves for e-mail addresses.
      extensions: [
        // xml-js writes an array as repeated elements.
        { name: 'dc:creator', objects: authors.map((a) => ({ _text: xmlSafe(a.name) })) as unknown as Record<string, unknown> },
        { name: 'dcterms:modified', objects: { _text: item.updated } },
      ],
    });
  }
  return feed.rss2().replace(/<rss version="2.0"/, `<rss version="2.0" xmlns:dcterms="${DCTERMS}"`);
}

/**
 * RSS titles are plain text, yet readers decode entities and drop tags in them. A title with
 * `<` or entity-like text (`&amp;`) is escaped so it reads as written; any other title stays
 * as it is, since validators flag escaped markup in titles.
 */
function rssTitle(title: string): string {
  return /<|&(#\d+|#x[\da-f]+|\w+);/i.test(title) ? escapeHtml(title) : title;
}
