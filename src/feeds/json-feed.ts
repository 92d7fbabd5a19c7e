// JSON Feed 1.1. Written directly: `feed`'s json1() produces version 1.0 (no `authors`,
// no `language`), so nothing of it would survive the changes 1.1 needs.
import { authorsOf, feedImages, type FeedData } from './feed-data.ts';
import { articleContent } from './editorial.ts';

export function renderJsonFeed(data: FeedData): string {
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
    items: data.items.map((item) => ({
      id: item.id,
      url: item.link,
      ...(item.url ? { external_url: item.url } : {}),
      title: item.title,
      summary: item.summary,
      content_html: articleContent(item, data.site),
      ...(item.image?.url ? { image: item.image.url, banner_image: item.image.url } : {}),
      date_published: item.published,
      date_modified: item.updated,
      authors: authorsOf(item, data.site).map((a) => ({ name: a.name })),
      tags: item.tags,
      language: item.language,
    })),
  };
  return `${JSON.stringify(doc)}\n`;
}
