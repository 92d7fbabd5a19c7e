// The one model both halves share: the build produces Articles, the Worker serves them.

export interface Source {
  name: string;
  url: string | null;
}

export interface Author {
  name: string;
}

export interface Image {
  url: string | null;
  caption: string | null;
  /** Its size in bytes, known for an image published from curated/ (the enclosure's length). */
  length?: number;
}

export interface Article {
  /** Stable across edits: derived from the site URL and the slug (or an explicit `id:`). */
  id: string;
  /** URL-safe name of the article's page: /articles/:slug */
  slug: string;
  title: string;
  summary: string;
  /** Display names, de-duplicated case-insensitively; routes use tagSlug(tag). */
  tags: string[];
  /** ISO 8601 with offset. */
  published: string;
  updated: string;
  /** The original article's address, when it has one elsewhere. */
  url: string | null;
  source: Source | null;
  authors: Author[];
  image: Image | null;
  /** The collection (top-level sub-folder of curated/) it is in, by name; null for none. Not part of its id or slug. */
  collection: string | null;
  /** BCP 47 tag, e.g. "en" or "zh-Hant". */
  language: string;
  /** False for a summary-only source: feeds and the page carry the summary and a link, never the body. */
  fullText: boolean;
  /** The editor's note on why the article matters: sanitised HTML, or null. */
  noteHtml: string | null;
  /** Sanitised HTML with absolute links. */
  contentHtml: string;
  /** The cleaned body as plain text, paragraphs separated by blank lines. */
  contentText: string;
}

/** What lists, tag pages and feed selection need: an Article without its body. */
export type ArticleMeta = Omit<Article, 'contentHtml' | 'contentText'>;

/**
 * A tag's slug: as slugify(), but `+` and `#` written right after a letter or digit are spelt out,
 * so C++, C# and C keep distinct pages (c-plus-plus, c-sharp, c).
 */
export function tagSlug(tag: string): string {
  return slugify(tag.replace(/(?<=[\p{L}\p{N}+])\+/gu, ' plus ').replace(/(?<=[\p{L}\p{N}])#/gu, ' sharp '));
}

/** Lower-case, accents folded, anything but letters and digits turned into single hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Newest first by published date, then by slug so the order never depends on the file system. */
export function byNewest(a: Pick<ArticleMeta, 'published' | 'slug'>, b: Pick<ArticleMeta, 'published' | 'slug'>): number {
  if (a.published !== b.published) return a.published < b.published ? 1 : -1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}
