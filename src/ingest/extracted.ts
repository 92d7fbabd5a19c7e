// What a kind-specific reader (clipping, saved page, Markdown) finds in one file,
// before front matter overrides, sanitising and enrichment turn it into an Article.

export interface Extracted {
  title: string | null;
  /** The standfirst / deck / meta description, when the file has one. */
  summary: string | null;
  tags: string[];
  source: { name: string; url: string | null } | null;
  authors: string[];
  /** Dates as found; ISO 8601 when they could be read. */
  published: string | null;
  updated: string | null;
  /** The canonical address of the original. */
  url: string | null;
  image: { url: string | null; caption: string | null } | null;
  language: string | null;
  /** The article body as HTML, not yet sanitised. */
  bodyHtml: string;
  /** Things an editor should know, e.g. "no title found: using the file name". */
  warnings: string[];
}

export function emptyExtracted(): Extracted {
  return {
    title: null,
    summary: null,
    tags: [],
    source: null,
    authors: [],
    published: null,
    updated: null,
    url: null,
    image: null,
    language: null,
    bodyHtml: '',
    warnings: [],
  };
}
