// Everything a saved page says about its article outside the body: meta tags, JSON-LD, <html lang>.
import type { Extracted } from '../extracted.ts';
import { toIsoDate } from './dates.ts';
import { ElementIndex } from './element-index.ts';
import { imageUrlOf, namesOf, readJsonLd, textOf } from './json-ld.ts';
import { firstMeta, linkHref, readMetaTags } from './meta-tags.ts';
import type { KeywordSources } from './keywords.ts';
import { headlineFromPage } from './headline.ts';
import { statedDate } from './stated-date.ts';
import { stripSiteName } from './title.ts';

export type PageMetadata = Omit<Extracted, 'title' | 'bodyHtml' | 'warnings' | 'tags'> & {
  /** Title candidates in order of trust, before Readability's own guess. */
  titles: string[];
  /** The page's declared keywords, turned into tags once the body is known (keywords.ts). */
  keywords: KeywordSources;
};

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return base ? new URL(href, base).href : new URL(href).href;
  } catch {
    return null;
  }
}

function uniqueIgnoringCase(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const value = raw.replace(/\s+/g, ' ').trim();
    const key = value.toLowerCase();
    if (!value || seen.has(key)) continue;
    seen.add(key);
    out.push(value);
  }
  return out;
}

const isUrl = (value: string) => /^(https?:)?\/\//i.test(value);

const oneLine = (text: string | null) => text?.replace(/\s+/g, ' ').trim() || null;

/** "By Jane Roe" -> "Jane Roe". */
const authorName = (name: string) => name.replace(/^by\s+/i, '');

/** The caption of the figure showing `imageUrl`, when the page has one. */
function figureCaption(elements: ElementIndex, imageUrl: string): string | null {
  const file = imageUrl.split(/[?#]/)[0]?.split('/').pop();
  if (!file || file.length < 5) return null;
  for (const figure of elements.byTag('FIGURE')) {
    const shows = [...figure.querySelectorAll('img, source')].some((img) =>
      ['src', 'srcset', 'data-src', 'data-srcset'].some((name) => img.getAttribute(name)?.includes(file)),
    );
    if (!shows) continue;
    const caption = figure.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim();
    return caption || null;
  }
  return null;
}

function language(document: Document, locale: string | null): string | null {
  const lang = document.documentElement?.getAttribute('lang')?.trim();
  const tag = lang || locale?.trim();
  if (!tag) return null;
  return tag.replace(/_/g, '-');
}

function firstTimeElement(elements: ElementIndex): string | null {
  for (const time of elements.byTag('TIME')) {
    if (!time.hasAttribute('datetime')) continue;
    const iso = toIsoDate(time.getAttribute('datetime'));
    if (iso) return iso;
  }
  return null;
}

/** Meta names for the publication date, most specific first (Open Graph, schema.org, Dublin Core, CMS habits). */
const PUBLISHED_KEYS = [
  'article:published_time', 'datepublished', 'og:pubdate', 'pubdate', 'publish-date', 'item-publish-date',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'date',
];

/** "/2012/10/30/slug" in the article's address states its date. */
function dateInUrl(url: string | null): string | null {
  const match = url ? /\/((?:19|20)\d\d)\/([01]\d)\/([0-3]\d)\//.exec(url) : null;
  return match ? toIsoDate(`${match[1]}-${match[2]}-${match[3]}`) : null;
}

export function readMetadata(document: Document): PageMetadata {
  // One walk of the page serves every look-up below (the tree is not changed until the body is read).
  const elements = new ElementIndex(document);
  const meta = readMetaTags(elements);
  const ld = readJsonLd(elements) ?? {};

  const url = absolute(linkHref(elements, 'canonical') ?? firstMeta(meta, 'og:url'), null);
  const siteName = oneLine(firstMeta(meta, 'og:site_name') ?? textOf(ld.publisher));
  let origin: string | null = null;
  try {
    origin = url ? new URL(url).origin : null;
  } catch {
    origin = null;
  }

  const documentTitle = elements.byTag('TITLE')[0]?.textContent?.trim() ?? '';
  const declared = [
    stripSiteName(firstMeta(meta, 'og:title', 'twitter:title') ?? '', siteName, false),
    stripSiteName(textOf(ld.headline) ?? '', siteName, false),
  ].filter(Boolean);
  // The page's headings are searched only when the page declares no headline.
  const shown = declared.length ? '' : (headlineFromPage(document, elements, documentTitle, url) ?? '');
  const titles = [...declared, shown, stripSiteName(documentTitle, siteName, true)].filter(Boolean);

  const imageUrl = absolute(firstMeta(meta, 'og:image', 'og:image:url', 'twitter:image') ?? imageUrlOf(ld.image), url);

  const metaAuthors = [...(meta.get('author') ?? []), ...(meta.get('article:author') ?? [])].filter((a) => !isUrl(a));

  return {
    titles,
    summary: oneLine(firstMeta(meta, 'og:description', 'description', 'twitter:description') ?? textOf(ld.description)),
    keywords: {
      articleTags: meta.get('article:tag') ?? [],
      jsonLd: ld.keywords,
      metaKeywords: [...(meta.get('news_keywords') ?? []), ...(meta.get('keywords') ?? [])],
    },
    source: siteName ? { name: siteName, url: origin } : null,
    authors: uniqueIgnoringCase([...metaAuthors, ...namesOf(ld.author).filter((a) => !isUrl(a))].map(authorName)),
    published:
      toIsoDate(firstMeta(meta, ...PUBLISHED_KEYS)) ??
      toIsoDate(textOf(ld.datePublished)) ??
      firstTimeElement(elements) ??
      statedDate(document, elements) ??
      dateInUrl(url),
    updated: toIsoDate(firstMeta(meta, 'article:modified_time', 'datemodified')) ?? toIsoDate(textOf(ld.dateModified)),
    url,
    image: imageUrl ? { url: imageUrl, caption: figureCaption(elements, imageUrl) } : null,
    language: language(document, firstMeta(meta, 'og:locale')),
  };
}
