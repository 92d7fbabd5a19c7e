// A saved page's own topic labels -> the article's tags. Pages declare keywords in several places
// of unequal trust: article:tag is per article, JSON-LD keywords and meta keywords are often the
// site's SEO list, CMS codes ("channel_other", "Section:culture") or split names ("T", "E").
import { toIsoDate } from './dates.ts';

export const MAX_TAGS = 8;

export interface KeywordSources {
  /** One value per <meta property="article:tag">: each is a whole label. */
  articleTags: string[];
  /** JSON-LD `keywords`: a list, or one comma-separated string. */
  jsonLd: unknown;
  /** <meta name="news_keywords"> and <meta name="keywords">: comma-separated lists. */
  metaKeywords: string[];
}

export interface ArticleContext {
  /** The page's headline candidates (og:title, JSON-LD headline, <title>...). */
  titles: string[];
  /** Title, summary and body text: a keyword list the article never mentions is the site's, not the article's. */
  text: string;
  siteName: string | null;
  authors: string[];
}

// A label is a name or a phrase, not markup: entity remains, CMS codes, paths, addresses.
const CODE_LIKE = /[_/\\:|=#@{}[\]]|&(?:amp|quot|lt|gt|nbsp|apos|#\d+|#x[0-9a-f]+)\b|\.(?:com|net|org|co|uk)\b|^www\./i;

const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** "NFL blogs" and "nfl blog" are one label. */
const variantKey = (text: string) => key(text).replace(/(\p{L}{3,})s\b/gu, '$1');

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/gi, '&')
    .replace(/&quot;/gi, '"')
    .replace(/&#0*39;|&apos;/gi, "'")
    .replace(/&nbsp;/gi, ' ');
}

/** Splits comma- (or semicolon-) separated lists. */
function splitList(value: string): string[] {
  return value.split(/[,;]/);
}

/**
 * A "list" that is the headline cut into words ("marsha, blackburn, gop, congresswoman, refuses, to, ...")
 * labels nothing: single words, nearly all of them the title's words in the title's order.
 */
function isTitleCutUp(list: string[], title: string): boolean {
  const items = list.map(key).filter(Boolean);
  if (items.length < 5 || items.some((item) => item.includes(' '))) return false;
  const titleWords = key(title).split(' ');
  let position = 0;
  let inOrder = 0;
  for (const item of items) {
    const found = titleWords.indexOf(item, position);
    if (found >= 0) {
      inOrder++;
      position = found + 1;
    }
  }
  return inOrder >= 0.75 * items.length;
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(asList);
  return typeof value === 'string' ? splitList(value) : [];
}

/** The words of `text` (lower-cased), for "does the article mention this label". */
function wordSet(text: string): Set<string> {
  return new Set(key(text).split(' ').filter(Boolean));
}

/** True when every word of the label appears in the article: a topic it actually covers. */
function mentioned(label: string, words: Set<string>): boolean {
  const parts = key(label).split(' ').filter(Boolean);
  return parts.length > 0 && parts.every((part) => words.has(part) || words.has(part.replace(/s$/, '')) || words.has(`${part}s`));
}

function isLabel(label: string, context: ArticleContext): boolean {
  const letters = label.replace(/[^\p{L}]+/gu, '');
  if (letters.length < 2) return false; // "T", "E", "2012": fragments and numbers
  if (CODE_LIKE.test(label)) return false;
  if (toIsoDate(label) || /^\p{L}*\s*\d{1,4}([-./ ]\d{1,4}){1,2}$/u.test(label)) return false;
  const labelKey = key(label);
  // The publication ("BBC" on "BBC Future"), not a topic.
  if (context.siteName && labelKey.split(' ').every((word) => ` ${key(context.siteName!)} `.includes(` ${word} `))) return false;
  if (context.authors.some((author) => key(author) === labelKey)) return false; // a byline
  return true;
}

/**
 * The article's tags, at most MAX_TAGS, in the page's order: article:tag first (trusted as labels),
 * then JSON-LD and meta keywords, of which only the labels the article itself mentions are kept.
 */
export function pageTags(sources: KeywordSources, context: ArticleContext): string[] {
  const words = wordSet(context.text);
  // Several article:tag values are one label each ("Beshear, Andrew G"); a single one may hold a list.
  const articleTags = sources.articleTags.length === 1 ? splitList(sources.articleTags[0]!) : sources.articleTags;
  const candidates: { label: string; trusted: boolean }[] = [
    ...articleTags.map((label) => ({ label, trusted: true })),
    ...[asList(sources.jsonLd), ...sources.metaKeywords.map(splitList)]
      .filter((list) => !context.titles.some((title) => isTitleCutUp(list, title)))
      .flat()
      .map((label) => ({ label, trusted: false })),
  ];
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const { label: raw, trusted } of candidates) {
    const label = decodeEntities(raw).replace(/\s+/g, ' ').trim();
    const labelKey = variantKey(label);
    if (!labelKey || seen.has(labelKey)) continue;
    seen.add(labelKey);
    if (!isLabel(label, context)) continue;
    if (!trusted && !mentioned(label, words)) continue;
    tags.push(label);
    if (tags.length === MAX_TAGS) break;
  }
  return tags;
}
