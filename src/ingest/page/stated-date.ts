// The date a page states in its visible text when its metadata gives none: <time> elements, microformat
// and schema.org markup, elements whose class names a date ("entry-date", "posted-on", "timestamp"),
// a heading that is only a date, or a short line right under the headline ("Published on May 5th, 2012").
// The text is read by the clipping reader's date parser, so both kinds of input read dates alike.
import { dateShape, findDate, type DateReading } from '../clipping/dates.ts';
import { anyOfPattern, classWords, mayNameAny } from './class-names.ts';
import { toIsoDate } from './dates.ts';
import type { ElementIndex } from './element-index.ts';

const DATE_CLASS_WORDS = new Set(['date', 'dates', 'datetime', 'pubdate', 'published', 'posted', 'postdate', 'timestamp', 'dateline', 'time']);
const DATE_CLASS_HINT = anyOfPattern(DATE_CLASS_WORDS);
/** A date in a longer text is a date the story mentions, not the date it was published. */
const MAX_WORDS = 25;
/** How many blocks of text after the headline may hold its dateline. */
const BLOCKS_AFTER_HEADLINE = 4;

const oneLine = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

function isDateHeading(element: Element): boolean {
  if (!/^H[1-6]$/.test(element.tagName)) return false;
  const text = oneLine(element);
  const shape = dateShape(text);
  return shape !== null && shape.length >= 0.6 * text.length;
}

function namesADate(element: Element): boolean {
  if (element.tagName === 'TIME' || isDateHeading(element)) return true;
  if (/datePublished|dateCreated/i.test(element.getAttribute('itemprop') ?? '')) return true;
  return mayNameAny(element, DATE_CLASS_HINT) && classWords(element).some((word) => DATE_CLASS_WORDS.has(word));
}

function dateIn(element: Element, reading: DateReading): string | null {
  // Markup that carries the date as an attribute: <meta itemprop content>, <abbr class="published" title>.
  for (const value of [element.getAttribute('content'), element.getAttribute('title')]) {
    // An ISO value is read whole, with its time; anything else through the text parser.
    const found = value ? ((/^\d{4}-\d\d-\d\d/.test(value.trim()) ? toIsoDate(value) : null) ?? findDate(value, reading)?.iso) : null;
    if (found) return found;
  }
  const text = oneLine(element);
  if (!text || text.split(' ').length > MAX_WORDS) return null;
  return findDate(text, reading)?.iso ?? null;
}

/** Dated elements in page order, each with the list it sits in (if any). */
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** What `time, [itemprop], [class], [id], h1, …, h6` selects. */
const mayNameADate = (element: Element) =>
  element.tagName === 'TIME' || HEADINGS.has(element.tagName) || element.hasAttribute('itemprop') || element.hasAttribute('class') || element.hasAttribute('id');

function markedDates(inBody: Element[], reading: DateReading): { iso: string; list: Element | null }[] {
  const found: { iso: string; list: Element | null }[] = [];
  for (const element of inBody) {
    if (!mayNameADate(element) || !namesADate(element)) continue;
    const iso = dateIn(element, reading);
    if (iso) found.push({ iso, list: element.closest('ul, ol') });
  }
  return found;
}

/** A short block among the first few after the page's <h1> that states a date. */
const BLOCKS = new Set(['P', 'DIV', 'SPAN', 'H2', 'H3', 'H4', 'H5', 'H6']);

function datelineUnderHeadline(inBody: Element[], reading: DateReading): string | null {
  const headline = inBody.find((element) => element.tagName === 'H1');
  if (!headline) return null;
  let blocks = 0;
  for (const element of inBody) {
    if (!BLOCKS.has(element.tagName)) continue;
    if (!(headline.compareDocumentPosition(element) & 4) || headline.contains(element)) continue; // before it
    if (element.querySelector('p, div')) continue; // a container: its blocks come next
    const text = oneLine(element);
    if (!text) continue;
    if (text.split(' ').length <= MAX_WORDS) {
      const found = findDate(text, reading);
      if (found) return found.iso;
    }
    if (++blocks >= BLOCKS_AFTER_HEADLINE) return null;
  }
  return null;
}

/** The date the page's own text states for the article, as ISO 8601; null when there is none. */
export function statedDate(document: Document, elements: ElementIndex): string | null {
  const root = document.body;
  if (!root) return null;
  const inBody = elements.within(root);
  // Month names in the page's language as well as English.
  const reading: DateReading = { language: document.documentElement?.getAttribute('lang')?.trim().slice(0, 2).toLowerCase() || null };
  const marked = markedDates(inBody, reading);
  // A list with several dates is a list of other stories (archives, teasers, comments).
  const own = marked.find(({ list }) => !list || marked.filter((other) => other.list === list).length === 1);
  return own?.iso ?? datelineUnderHeadline(inBody, reading);
}
