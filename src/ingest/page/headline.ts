// The headline as the page itself shows it, for pages without og:title or a JSON-LD headline.
// The evidence: the headline is repeated, once in <title> (beside the site's name) and once as a heading
// on the page; a blog's post heading links to the post's own address; the site's logo heading links home.
import type { ElementIndex } from './element-index.ts';

const SEPARATOR = /\s+(?:\||-|–|—|·|•|»|«|›|‹|::|:|\/)\s+/;
const MAX_WORDS = 30;
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4']);

const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const oneLine = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

function resolves(href: string | null, base: string | null): string | null {
  // "#respond", "?replytocom=" and the like point into this page's furniture, not at the post.
  if (!href || /[#?]/.test(href)) return null;
  try {
    return new URL(href, base ?? undefined).href.replace(/\/$/, '');
  } catch {
    return null;
  }
}

/** Links to the site's home page: the heading is the logo, not the story. */
function linksHome(heading: Element, base: string | null): boolean {
  return [...heading.querySelectorAll('a[href]')].some((a) => {
    const href = a.getAttribute('href')!.trim();
    if (href === '/' || href === './') return true;
    try {
      const url = new URL(href, base ?? undefined);
      return url.pathname === '/' || url.pathname === '';
    } catch {
      return false;
    }
  });
}

function linksTo(heading: Element, address: string | null, base: string | null): boolean {
  if (!address) return false;
  return [...heading.querySelectorAll('a[href]')].some((a) => resolves(a.getAttribute('href'), base) === address);
}

/**
 * The page heading that repeats the <title> (or one of its parts), or that links to the page's own address;
 * null when no heading has that evidence.
 */
export function headlineFromPage(document: Document, elements: ElementIndex, documentTitle: string, url: string | null): string | null {
  const body = document.body;
  if (!body) return null;
  const segments = new Set([documentTitle, ...documentTitle.split(SEPARATOR)].map(key).filter((k) => k.length > 2));
  const titleKey = key(documentTitle);
  const address = resolves(url, null);
  let permalink: string | null = null;
  let contained: string | null = null;
  // The site's name is a part of <title> too, often shown as a heading: of the headings that repeat
  // a part, the one repeating the longest part is the headline.
  let repeated: string | null = null;
  for (const heading of elements.within(body).filter((e) => HEADING_TAGS.has(e.tagName))) {
    const text = oneLine(heading);
    const headingKey = key(text);
    if (headingKey.length < 3 || text.split(' ').length > MAX_WORDS || linksHome(heading, url)) continue;
    const ownLink = linksTo(heading, address, url);
    if (segments.has(headingKey) && (segments.size > 1 || ownLink || heading.tagName === 'H1')) {
      if (!repeated || headingKey.length > key(repeated).length) repeated = text;
      continue;
    }
    if (ownLink) permalink ??= text;
    // <title> is the headline plus the site's name, joined in a way the separators above miss.
    if (!contained && headingKey.length >= 0.5 * titleKey.length && titleKey.includes(headingKey)) contained = text;
  }
  return repeated ?? permalink ?? contained;
}
