// JSON Feed 1.1. Written directly: `feed`'s json1() produces version 1.0 (no `authors`,
// no `language`), so nothing of it would survive the changes 1.1 needs.
import { authorsOf, feedImages, type FeedData, type FeedItem } from './feed-data.ts';
import { articleContent } from './editorial.ts';
import type { FeedParts } from './fragments.ts';
import type { Site } from '../site.ts';

/** The document without its items: everything but `items`, which is written last. */
export function jsonFeedParts(data: FeedData): FeedParts {
  const { icon } = feedImages(data);
  const doc = {
    version: 'https://jsonfeed.org/version/1.1',
    title: data.title,
    home_page_url: data.homeUrl,
    feed_url: data.urls.json,
    ...(data.paging?.next ? { next_url: data.paging.next.json } : {}),
    description: data.description || data.title,
    icon,
    favicon: icon,
    language: data.site.language,
    authors: [{ name: data.site.author }],
    items: [],
  };
  const empty = JSON.stringify(doc);
  // `…,"items":[]}`: the items go between the brackets.
  return { head: empty.slice(0, -2), tail: ']}\n', before: '', between: ',' };
}

/** One item, the same in every document that lists the article. A field that is undefined is left out (by JSON.stringify). */
export function jsonFeedItem(item: FeedItem, site: Site): string {
  return JSON.stringify({
    id: item.id,
    url: item.link,
    external_url: item.url ?? undefined,
    title: item.title,
    summary: item.summary,
    content_html: articleContent(item, site),
    image: item.image?.url ?? undefined,
    banner_image: item.image?.url ?? undefined,
    date_published: item.published,
    date_modified: item.updated,
    authors: authorsOf(item, site).map((a) => ({ name: a.name })),
    tags: item.tags,
    language: item.language,
  });
}
