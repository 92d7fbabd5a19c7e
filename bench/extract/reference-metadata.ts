// The metadata a saved page declares about itself, read from its HTML: the reference the bench
// scores both readers' titles, dates, summaries and tags against. Deliberately independent of
// src/ingest/page (it must not grade the page reader with its own answers).
import { parseHTML } from 'linkedom';

export interface ReferenceMetadata {
  /** Every title the page gives itself: og:title, twitter:title, headline h1s, <title> and its parts. */
  titles: string[];
  /** og:description, meta description, twitter:description, JSON-LD description. */
  descriptions: string[];
  /** The stated publication time as written (ISO 8601), or null. */
  published: string | null;
  /** Keywords and topics the page declares: article:tag, keywords, JSON-LD keywords, tag/topic links, section. */
  topics: string[];
}

type Node = { [key: string]: unknown };

function jsonLdObjects(document: Document): Node[] {
  const found: Node[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      found.push(value as Node);
      const graph = (value as Node)['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD simply declares nothing.
    }
  }
  return found;
}

function metaContents(document: Document, names: string[]): string[] {
  const out: string[] = [];
  for (const meta of document.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
    const content = meta.getAttribute('content');
    if (content && key.split(/\s+/).some((k) => names.includes(k))) out.push(content);
  }
  return out;
}

const tidy = (text: string): string => text.replace(/\s+/g, ' ').trim();
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Words a site's name in a <title> has at most, for the title less that name to count as the headline. */
const SITE_NAME_WORDS = 3;
const TITLE_SEPARATOR = /\s+[|–—\-«»·•›]\s+|\s+:(?=\S)/gu;

/**
 * "Headline | Site" and "Site - Headline": the whole <title> and each of its parts; and, since a
 * headline may hold a separator itself ("Site » Interview, Part One – Part Two"), the title less
 * a short first or last part (the site's name). A separator opening or closing the title ("» Headline :Site") is dropped.
 */
/**
 * The <title> less an end part that another of the page's titles gives alone: that part is the site's
 * name, however many words it has ("Point and Click Dictionary – pocket scanner ... - The Red Ferret
 * Journal", whose h1 is "The Red Ferret Journal").
 */
function lessSiteName(whole: string, others: string[]): string[] {
  const title = tidy(whole);
  const out: string[] = [];
  for (const other of new Set(others.map(tidy))) {
    if (other.length === 0 || other.length >= title.length) continue;
    const rest = title.endsWith(other) ? title.slice(0, -other.length) : title.startsWith(other) ? title.slice(other.length) : null;
    if (rest === null) continue;
    const headline = rest.replace(/^[\s|–—\-«»·•›:]+|[\s|–—\-«»·•›:]+$/gu, '');
    // Only when a separator stood between the name and the rest.
    if (headline.length > 0 && headline.length < rest.trim().length && headline.split(' ').length >= 2) out.push(headline);
  }
  return out;
}

function titleParts(whole: string): string[] {
  const title = whole.replace(/^[|–—\-«»·•›:\s]+|[|–—\-«»·•›:\s]+$/gu, '');
  const separators = [...title.matchAll(TITLE_SEPARATOR)];
  const parts = title.split(TITLE_SEPARATOR).map(tidy).filter((p) => p.length > 0);
  if (separators.length >= 2) {
    // Only a short end part is taken for the site's name ("Fat Head", "Virtual Geek").
    const first = separators[0]!, last = separators[separators.length - 1]!;
    const isShort = (part: string) => tidy(part).split(' ').length <= SITE_NAME_WORDS;
    if (isShort(title.slice(0, first.index))) parts.push(tidy(title.slice(first.index + first[0].length)));
    if (isShort(title.slice(last.index + last[0].length))) parts.push(tidy(title.slice(0, last.index)));
  }
  // "Blog name: Headline" too.
  parts.push(...parts.flatMap((p) => p.split(/:\s+/u).slice(1).map((rest, i, all) => all.slice(i).join(': '))));
  return [whole, ...(title !== whole ? [title] : []), ...parts.filter((p) => p.split(' ').length >= 2)];
}

/** Links the page marks as tags or topics (rel=tag, /tag/..., /topics/...). */
function topicLinks(document: Document): string[] {
  const out: string[] = [];
  for (const a of document.querySelectorAll('a[href]')) {
    const href = a.getAttribute('href') ?? '';
    const rel = (a.getAttribute('rel') ?? '').toLowerCase();
    if (rel.split(/\s+/).includes('tag') || /[/?&](tags?|topics?|keywords?|subjects?|themes?)([/=]|$)/i.test(href)) {
      const text = tidy(a.textContent ?? '');
      if (text.length > 0 && text.length <= 60) out.push(text);
    }
  }
  return out;
}

/** A keywords list, comma-separated. */
function splitKeywords(values: string[]): string[] {
  return values.flatMap((v) => v.split(/\s*[,;]\s*/)).map(tidy).filter((v) => v.length > 0);
}

/**
 * A time inside a comment thread dates that comment: HTML's pubdate marks the publication time of
 * the nearest article element, and blogs mark each comment up as one (<article id="comment-10870">).
 */
function inComments(element: Element): boolean {
  for (let e: Element | null = element.parentElement; e; e = e.parentElement) {
    if (/\bcomment(?:s|list)?\b/i.test(`${e.getAttribute('id') ?? ''} ${e.getAttribute('class') ?? ''}`)) return true;
  }
  return false;
}

function firstDate(values: string[]): string | null {
  for (const value of values) {
    const v = tidy(value);
    if (/^\d{4}-?\d{2}-?\d{2}/.test(v) && !Number.isNaN(Date.parse(v.length === 8 ? `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6)}` : v))) {
      return v.length === 8 ? `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6)}` : v;
    }
  }
  return null;
}

export function referenceMetadata(html: string): ReferenceMetadata {
  const { document } = parseHTML(html);
  const ld = jsonLdObjects(document);
  const pageTitle = tidy(document.querySelector('title')?.textContent ?? '');
  const declared = [
    ...metaContents(document, ['og:title', 'twitter:title', 'headline']),
    ...ld.flatMap((o) => strings(o.headline)),
    ...[...document.querySelectorAll('h1, [itemprop~="headline"], .entry-title, .post-title')].map((h) => h.textContent ?? ''),
  ].map(tidy).filter((t) => t.length > 0);
  const titles = [
    ...declared,
    ...(pageTitle ? [...titleParts(pageTitle), ...lessSiteName(pageTitle, declared)] : []),
  ].map(tidy).filter((t) => t.length > 0);
  const descriptions = [
    ...metaContents(document, ['og:description', 'description', 'twitter:description']),
    ...ld.flatMap((o) => strings(o.description)),
  ].map(tidy).filter((d) => d.length > 0);
  const times = [...document.querySelectorAll('time[datetime]')]
    .filter((t) => t.hasAttribute('pubdate') || /publish/i.test(`${t.getAttribute('itemprop')} ${t.getAttribute('class')}`))
    .filter((t) => !inComments(t))
    .map((t) => t.getAttribute('datetime') ?? '');
  const published = firstDate([
    ...metaContents(document, ['article:published_time', 'article:published', 'datepublished', 'og:published_time',
      'pdate', 'date', 'dc.date.issued', 'dcterms.created', 'dc.date', 'sailthru.date', 'pubdate', 'publishdate']),
    ...ld.flatMap((o) => strings(o.datePublished)),
    ...times,
  ]);
  const topics = [
    // One article:tag is one tag, commas and all ("Elections, Governors"): its parts are fragments.
    ...metaContents(document, ['article:tag']).map(tidy),
    ...splitKeywords(metaContents(document, ['keywords', 'news_keywords'])),
    ...ld.flatMap((o) => (Array.isArray(o.keywords) ? strings(o.keywords).map(tidy) : splitKeywords(strings(o.keywords)))),
    ...metaContents(document, ['article:section']).map(tidy),
    ...ld.flatMap((o) => strings(o.articleSection)).map(tidy),
    ...topicLinks(document),
  ];
  return { titles, descriptions, published, topics };
}
