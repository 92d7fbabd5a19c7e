// Atom 1.0 (RFC 4287). Written directly: plain-text titles (type="text"), every author, source,
// related and enclosure links and the stylesheet need exact control of the output, which `feed`
// does not give (see docs/feed-v6-defects.md).
import { authorsOf, feedImages, sourceAddress, stylesheetPath, type FeedData, type FeedItem } from './feed-data.ts';
import { imageType } from './image-types.ts';
import { pagingLinks } from './paging.ts';
import { articleContent } from './editorial.ts';
import { imageAlt } from './lead-image.ts';
import { emptyElement, parentElement, startTag, textElement, xmlProlog } from './xml.ts';
import type { FeedParts } from './fragments.ts';
import type { Site } from '../site.ts';

const iso = (date: string) => new Date(date).toISOString();

const person = (name: string, indent: string) => parentElement('author', [textElement('name', name)], {}, indent);

/** Each entry's line break and indentation inside the feed. */
const ENTRY_INDENT = '\n  ';

/** What comes before the entries: the prolog and the feed's own elements. */
function atomHead(data: FeedData): string {
  const { icon, logo } = feedImages(data);
  const children = [
    textElement('id', data.id),
    textElement('title', data.title, { type: 'text' }),
    textElement('subtitle', data.description || data.title, { type: 'text' }),
    emptyElement('link', { rel: 'alternate', type: 'text/html', href: data.homeUrl }),
    emptyElement('link', { rel: 'self', type: 'application/atom+xml', href: data.urls.atom }),
    ...pagingLinks(data.paging, 'atom'),
    textElement('updated', iso(data.updated)),
    person(data.site.author, '  '),
    textElement('generator', 'curated-feeds'),
    textElement('icon', icon),
    textElement('logo', logo),
  ];
  let head = `${xmlProlog(stylesheetPath(data))}${startTag('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': data.site.language })}`;
  for (const child of children) if (child) head += `${ENTRY_INDENT}${child}`;
  return head;
}

/** The document without its entries (`head`, `tail`) and how each entry is set between them. */
export function atomParts(data: FeedData): FeedParts {
  return { head: atomHead(data), tail: '\n</feed>\n', before: ENTRY_INDENT, between: '' };
}

/** One `<entry>`, the same in every document that lists the article. */
export function atomEntry(item: FeedItem, site: Site): string {
  const image = item.image?.url ? item.image : null;
  const imageMediaType = image ? imageType(image.url!) : null;
  return parentElement(
    'entry',
    [
      textElement('title', item.title, { type: 'text' }),
      textElement('id', item.id),
      emptyElement('link', { rel: 'alternate', type: 'text/html', href: item.link }),
      item.url ? emptyElement('link', { rel: 'related', type: 'text/html', href: item.url }) : '',
      image && imageMediaType ? emptyElement('link', { rel: 'enclosure', type: imageMediaType, href: image.url, title: imageAlt(image, item.title), length: image.length }) : '',
      textElement('published', iso(item.published)),
      textElement('updated', iso(item.updated)),
      ...authorsOf(item, site).map((a) => person(a.name, '    ')),
      // term is what most readers show, so it carries the name too; the label says so for those that read it.
      ...item.tags.map((name) => emptyElement('category', { term: name, label: name })),
      atomSource(item),
      textElement('summary', item.summary, { type: 'text' }),
      textElement('content', articleContent(item, site), { type: 'html' }),
    ],
    {},
    '  ',
  );
}

/**
 * The publication the article first appeared in. RFC 4287 wants its id and updated: the
 * publication's address (or the original article's site) and, as the latest date known of it,
 * the article's own publication. Left out when there is no address to name it by.
 */
function atomSource(item: FeedItem): string {
  const address = sourceAddress(item);
  if (!item.source || !address) return '';
  return parentElement(
    'source',
    [
      textElement('id', address),
      textElement('title', item.source.name, { type: 'text' }),
      emptyElement('link', { rel: 'alternate', type: 'text/html', href: address }),
      textElement('updated', iso(item.published)),
    ],
    {},
    '    ',
  );
}
