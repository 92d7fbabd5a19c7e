// RSS 2.0 with content:encoded, dc:creator, Media RSS and atom:link rel=self. Written directly:
// titles as plain text, every author, source, enclosure and the stylesheet need exact control of
// the output, which `feed` does not give (see docs/feed-v6-defects.md).
import { authorsOf, feedImages, sourceAddress, stylesheetPath, type FeedData, type FeedItem } from './feed-data.ts';
import { imageType } from './image-types.ts';
import { pagingLinks } from './paging.ts';
import { escapeHtml } from './text.ts';
import { articleContent } from './editorial.ts';
import { imageAlt } from './lead-image.ts';
import { cdataElement, emptyElement, parentElement, startTag, textElement, xmlProlog } from './xml.ts';
import type { FeedParts } from './fragments.ts';
import type { Site } from '../site.ts';

const NAMESPACES = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:dcterms': 'http://purl.org/dc/terms/',
  'xmlns:media': 'http://search.yahoo.com/mrss/',
};

const rfc822 = (iso: string) => new Date(iso).toUTCString();

/** Each item's line break and indentation inside the channel. */
const ITEM_INDENT = '\n    ';

/** What comes before the items: the prolog and the channel's own elements. */
function rssHead(data: FeedData): string {
  const { logo, icon } = feedImages(data);
  // RSS images must be GIF, JPEG or PNG: only what site.yaml names, never the default SVG icon.
  const channelImage = logo ?? (data.site.icon ? icon : null);
  const children = [
    textElement('title', data.title),
    textElement('link', data.homeUrl),
    textElement('description', data.description || data.title),
    textElement('language', data.site.language),
    textElement('lastBuildDate', rfc822(data.updated)),
    textElement('generator', 'curated-feeds'),
    textElement('docs', 'https://www.rssboard.org/rss-specification'),
    emptyElement('atom:link', { href: data.urls.rss, rel: 'self', type: 'application/rss+xml' }),
    ...pagingLinks(data.paging, 'rss'),
    channelImage ? parentElement('image', [textElement('url', channelImage), textElement('title', data.title), textElement('link', data.homeUrl)], {}, '    ') : '',
  ];
  let head = `${xmlProlog(stylesheetPath(data))}${startTag('rss', { version: '2.0', ...NAMESPACES })}\n  <channel>`;
  for (const child of children) if (child) head += `${ITEM_INDENT}${child}`;
  return head;
}

/** The document without its items (`head`, `tail`) and how each item is set between them. */
export function rssParts(data: FeedData): FeedParts {
  return { head: rssHead(data), tail: '\n  </channel>\n</rss>\n', before: ITEM_INDENT, between: '' };
}

/** One `<item>`, the same in every document that lists the article. */
export function rssItem(item: FeedItem, site: Site): string {
  const image = item.image?.url ? item.image : null;
  const type = image ? imageType(image.url!) : null;
  const source = item.source ?? null;
  const sourceUrl = sourceAddress(item);
  return parentElement(
    'item',
    [
      // Plain text, escaped once: every reader shows it as written.
      textElement('title', item.title),
      textElement('link', item.link),
      // A permalink when the id is the page's address; an explicit id is only an id.
      textElement('guid', item.id, { isPermaLink: item.id === item.link ? 'true' : 'false' }),
      textElement('pubDate', rfc822(item.published)),
      // RSS descriptions are HTML: the plain-text summary is escaped for it.
      textElement('description', escapeHtml(item.summary)),
      cdataElement('content:encoded', articleContent(item, site)),
      // dc:creator, one per author: RSS's own <author> is for e-mail addresses.
      ...authorsOf(item, site).map((a) => textElement('dc:creator', a.name)),
      ...item.tags.map((name) => textElement('category', name)),
      source && sourceUrl ? textElement('source', source.name, { url: sourceUrl }) : '',
      image && type ? emptyElement('enclosure', { url: image.url, type, length: image.length ?? 0 }) : '',
      image
        ? parentElement(
            'media:content',
            [textElement('media:description', imageAlt(image, item.title), { type: 'plain' })],
            { url: image.url, medium: 'image', type, fileSize: image.length },
            '      ',
          )
        : '',
      image ? emptyElement('media:thumbnail', { url: image.url }) : '',
      textElement('dcterms:modified', item.updated),
    ],
    {},
    '    ',
  );
}

