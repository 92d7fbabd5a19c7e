// Dates a clipping states. A cheap shape test says which lines carry a date (line classification
// runs on every line); chrono-node reads the few lines that matter ("Published 2 April 2024 |
// Updated ...", "Tue 12 Mar 2019 07.00 GMT", "June 4, 2024 6:12 AM UTC", "2024-05-07T09:30",
// "07/05/2024", month names in English, German, French, Spanish, Portuguese, Italian and Dutch).
import type { ParsedComponents } from 'chrono-node';
import { lazyModule } from '../lazy-module.ts';

const chrono = lazyModule<typeof import('chrono-node')>('chrono-node');

/** Month names and their usual abbreviations in the supported languages (a prefix test: "sept." and "septembre" both start "sep"). */
const MONTH_WORDS = [
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', // en, and most of de, nl
  'mär', 'mai', 'okt', 'dez', 'maart', 'mei', // de, nl
  'janv', 'févr', 'fev', 'avr', 'juin', 'juil', 'août', 'aout', 'déc', // fr
  'ene', 'abr', 'ago', 'dic', 'set', 'out', 'dez', 'fevereiro', 'março', 'maio', // es, pt
  'gen', 'febbr', 'magg', 'giu', 'lug', 'ott', // it
].join('|');
const CYRILLIC_MONTH_WORDS = [
  'янв', 'фев', 'мар', 'апр', 'ма[йя]', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек', // ru
  'січ', 'лют', 'бер', 'квіт', 'трав', 'черв', 'лип', 'серп', 'вер', 'жовт', 'лист', 'груд', // uk
].join('|');
const YEAR = '(?:19|20)\\d\\d';
/** Shapes outside Latin script, tried only on lines that have such letters: "2019年11月18日", "18 ноября 2019". */
const OTHER_SCRIPT_SHAPE = new RegExp(
  `${YEAR}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|\\d{1,2}\\.?\\s+(?:${CYRILLIC_MONTH_WORDS})\\p{L}*\\.?,?\\s+${YEAR}`,
  'iu',
);
const DATE_SHAPE = new RegExp(
  [
    `\\b${YEAR}[-/.]\\d{1,2}[-/.]\\d{1,2}`,
    `\\b\\d{1,2}[./-]\\d{1,2}[./-](?:${YEAR}|\\d\\d)\\b`,
    `\\b(?:${MONTH_WORDS})\\p{L}*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th|\\.|º)?\\s+(?:de\\s+)?(?:${MONTH_WORDS})\\p{L}*\\.?,?\\s+(?:de\\s+)?${YEAR}\\b`,
    // "18-Nov-2019"
    `\\b\\d{1,2}-(?:${MONTH_WORDS})\\p{L}*-${YEAR}\\b`,
  ].join('|'),
  'iu',
);
const RELATIVE = /^(\d+|an?|one)\s+(second|minute|hour|day|week|month|year)s?\s+ago$/i;
const TIME_ONLY = /^(updated|published|posted)?:?\s*\d{1,2}[:.]\d{2}\s*(am|pm)?\b/iu;

/** Where the line's date starts and how long it is, by shape alone; null when it has none. */
/** Every date shape has a year or a numeric date; most lines with digits have neither. */
const YEAR_OR_NUMERIC = /(?:19|20)\d\d|\d[./-]\d/;

/**
 * A month name glued to the word before it, as a "select all" copy joins inline elements
 * ("Jane DoeNovember 19, 2019"): a capitalised month name right after a lower-case letter. Case
 * matters here, so it is its own expression.
 */
const GLUED_MONTH = /\p{Ll}(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mär|Mai|Okt|Dez)\p{Ll}*\.?\s+\d)/gu;

/** The text with a space put before each glued month name; the same text when there is none. */
export function unglueMonths(text: string): string {
  GLUED_MONTH.lastIndex = 0;
  return GLUED_MONTH.test(text) ? text.replace(GLUED_MONTH, '$& ') : text;
}

export function dateShape(text: string): { index: number; length: number } | null {
  if (!YEAR_OR_NUMERIC.test(text)) return null;
  const m = DATE_SHAPE.exec(text) ?? (OTHER_SCRIPT.test(text) ? OTHER_SCRIPT_SHAPE.exec(text) : null);
  if (m) return { index: m.index, length: m[0].length };
  const unglued = unglueMonths(text);
  if (unglued === text) return null;
  const g = DATE_SHAPE.exec(unglued);
  if (!g) return null;
  // Back to positions in the text as it is: the spaces put in before the date move it on.
  let inserted = 0;
  for (const glue of text.matchAll(GLUED_MONTH)) if (glue.index + 1 + inserted < g.index) inserted++;
  return { index: g.index - inserted, length: g[0].length };
}

const OTHER_SCRIPT = /[\u0400-\u04ff\u3000-\u9fff]/u;
const DATE_SHAPE_AT_START = new RegExp(DATE_SHAPE.source, 'iuy');
const OTHER_SCRIPT_SHAPE_AT_START = new RegExp(OTHER_SCRIPT_SHAPE.source, 'iuy');

/** Whether the line opens with its date (dateShape(text)?.index === 0), trying the patterns at the start only where that says the same. */
export function startsWithDate(text: string): boolean {
  if (!YEAR_OR_NUMERIC.test(text)) return false;
  DATE_SHAPE_AT_START.lastIndex = 0;
  if (DATE_SHAPE_AT_START.test(text)) return true;
  // The other scripts' shapes count only on a line with no Latin-script date anywhere.
  if (!OTHER_SCRIPT.test(text) || DATE_SHAPE.test(text)) return false;
  OTHER_SCRIPT_SHAPE_AT_START.lastIndex = 0;
  return OTHER_SCRIPT_SHAPE_AT_START.test(text);
}
const DATE_SHAPES = new RegExp(`${DATE_SHAPE.source}|${OTHER_SCRIPT_SHAPE.source}`, 'giu');
const TIMES = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?/giu;
/** Labels, weekdays, zones and joining words a dateline adds to its dates ("Updated: ... a.m. EDT"). */
const DATELINE_WORDS = new RegExp(
  '^(?:' + [
    'published', 'posted', 'updated', 'last', 'modified', 'date', 'on', 'at', 'and', 'the', 'am', 'pm', 'a\\.m', 'p\\.m',
    'veröffentlicht', 'aktualisiert', 'publié', 'mis', 'à', 'jour', 'publicado', 'actualizado', 'atualizado', 'pubblicato',
    'aggiornato', 'gepubliceerd', 'bijgewerkt', 'le', 'el', 'em', 'il', 'op', 'um', 'uhr',
    '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?', 'utc', 'gmt', '[ecmpa][sd]t', 'bst', 'cet', 'cest', 'ist', 'jst', 'aest',
  ].join('|') + ')\\.?:?$',
  'iu',
);

/** Words left once a line's dates, times and dateline words are taken out. */
function wordsBesideDates(text: string): number {
  const rest = text.replace(DATE_SHAPES, ' ').replace(TIMES, ' ');
  return rest.split(/[\s,|·•–—()]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w) && !DATELINE_WORDS.test(w)).length;
}

/**
 * A line that is little more than a date or time stamp ("Updated 4:15 PM UTC, May 7, 2024", "3 hours
 * ago", "Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m.").
 */
export function isDateLine(text: string, wordCount: number): boolean {
  if (!/\d|\bago\b/i.test(text)) return false;
  const trimmed = text.trim();
  if (RELATIVE.test(trimmed)) return true;
  if (wordCount > 12) return false;
  const shape = dateShape(trimmed);
  if (!shape) return TIME_ONLY.test(trimmed) && wordCount <= 6;
  return shape.length >= trimmed.length * 0.4 || wordCount <= 8 || wordsBesideDates(trimmed) <= 2;
}

const PUBLISHED_LABELS = 'published|posted|veröffentlicht|publié|publicado|pubblicato|gepubliceerd';
const UPDATED_LABELS = 'updated|modified|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt';
/**
 * A label right before the date: "Updated Nov 06, 2012", "Published: 2 April 2024", "Posted on Monday, ...",
 * "Published 6:56 a.m. ET Nov. 19, 2019" (a time first), "Posted by Jane Doe on ..." (a name between).
 */
const labelBefore = (labels: string) =>
  new RegExp(
    `\\b(?:${labels})(?:\\s+by\\s+[^,;|:]{1,40}?\\s+(?=on\\b))?\\s*:?\\s*(?:on|am|le|el|em|il|op)?\\s*` +
      `(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[a-z]{1,4}\\b)?,?\\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s*)?$`,
    'iu',
  );
const DATE_LABEL = labelBefore(`${PUBLISHED_LABELS}|${UPDATED_LABELS}`);
const PUBLISHED_LABEL = labelBefore(PUBLISHED_LABELS);

/** Whether the line labels its date as the publication or update time (or, with `published`, the publication time), whatever else it holds. */
export function hasLabelledDate(text: string, which: 'any' | 'published' = 'any'): boolean {
  const shape = dateShape(text);
  return shape !== null && (which === 'any' ? DATE_LABEL : PUBLISHED_LABEL).test(text.slice(0, shape.index));
}

/** Whether the line labels its date as an update and nothing in it as the publication ("Updated: Nov 20, 2019"). */
export function hasUpdateOnlyLabel(text: string): boolean {
  return hasLabelledDate(text) && !hasLabelledDate(text, 'published') && !/\b(?:published|posted|first)\b/iu.test(text);
}

/** What may follow a wire dateline's date: a time and zone, an agency in brackets or slashes, then a dash. */
const WIRE_DATELINE_END = /^,?\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{1,4}\b)?\s*)?(?:\([^()]{1,30}\)\s*|\/[^/]{1,30}\/\s*)?(?:--?|–|—)\s/u;
/** A place before the date: a few words, no sentence ("PORT ISAAC, Cornwall,", "NEW YORK"). */
const WIRE_PLACE = /^(?:[\p{Lu}][\p{L}.'’-]*(?:\s+|,\s*)){0,5}$/u;

/**
 * A dateline the way wire copy opens a story's first paragraph: an optional place, the date, a dash
 * ("PORT ISAAC, Cornwall, Nov. 19, 2019 — The harbour board ...", "NEW YORK, Nov. 19, 2019 /PRNewswire/ --").
 */
export function opensWithDateline(text: string): boolean {
  const shape = dateShape(text);
  if (shape === null || shape.index > 60) return false;
  return WIRE_PLACE.test(text.slice(0, shape.index)) && WIRE_DATELINE_END.test(text.slice(shape.index + shape.length));
}

export type DayOrder = 'day-first' | 'month-first';

export interface DateReading {
  /** Languages whose month names to read, besides English ("de", "fr", ...). */
  language?: string | null;
  /** How to read 07/05/2024; month first unless the page shows otherwise. */
  order?: DayOrder;
}

export interface FoundDate {
  iso: string;
  /** A second date the line labels as the update ("Published 2 April 2024 | Updated 3 April 2024"). */
  updatedIso: string | null;
}

type Parser = { parse(text: string, ref?: Date): Array<{ index: number; text: string; start: ParsedComponents }> };
const parsers = new Map<string, Parser>();

function parserFor(language: string, order: DayOrder): Parser | null {
  const key = `${language}/${order}`;
  let parser = parsers.get(key);
  if (!parser) {
    const c = chrono();
    if (language === 'en') parser = order === 'day-first' ? new c.Chrono(c.en.configuration.createConfiguration(true, true)) : c.en.strict;
    else {
      const locale = (c as unknown as Record<string, { strict?: Parser }>)[language];
      if (!locale?.strict) return null;
      parser = locale.strict;
    }
    parsers.set(key, parser);
  }
  return parser;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A full date (year, month, day; or the year given) as ISO 8601; with a time when the line gives one, UTC when it names no zone. */
function isoOf(c: ParsedComponents, knownYear?: number): string | null {
  if ((knownYear === undefined && !c.isCertain('year')) || !c.isCertain('month') || !c.isCertain('day')) return null;
  const y = knownYear ?? c.get('year')!, m = c.get('month')!, d = c.get('day')!;
  if (y < 1900 || y > 2200) return null;
  const day = `${y}-${pad(m)}-${pad(d)}`;
  if (!c.isCertain('hour')) return day;
  const offset = c.isCertain('timezoneOffset') ? c.get('timezoneOffset')! : 0;
  const utc = Date.UTC(y, m - 1, d, c.get('hour')!, c.get('minute') ?? 0) - offset * 60_000;
  return new Date(utc).toISOString().replace('.000Z', 'Z');
}

/** Languages whose month names a line may use whatever the page's own language ("12. März 2019" on a page read as English). */
const OTHER_LANGUAGES = ['de', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'uk', 'ja'];

/**
 * The languages to read a page's dates in: its own (Cyrillic pages in Russian, then Ukrainian), then
 * English, then the other supported ones, for a date line the first ones cannot read.
 */
function languagesFor(language: string | null | undefined): string[] {
  const first = !language || language === 'en' ? ['en'] : language === 'ru' ? ['ru', 'uk', 'en'] : [language, 'en'];
  return [...first, ...OTHER_LANGUAGES.filter((l) => !first.includes(l))];
}

/** "July 23, 2012 @08:24PM": the at sign some sites put before the time, which chrono-node reads as a separate time. */
const AT_SIGN = /,?\s*@\s*(?=\d)/gu;

/** "http://example.com/2012/10/28/story/": an address's date names a folder, not the article's date. */
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+/giu;
const withoutAddresses = (text: string): string => (text.includes('://') || text.includes('www.') ? text.replace(ADDRESS, ' ') : text);

/** The first full date the line states, read by chrono-node; null when there is none. */
export function findDate(text: string, reading: DateReading = {}): FoundDate | null {
  if (!dateShape(text)) return null;
  const order = reading.order ?? 'month-first';
  const plain = unglueMonths(withoutAddresses(text.includes('@') ? text.replace(AT_SIGN, ' at ') : text));
  if (!dateShape(plain)) return null;
  for (const language of languagesFor(reading.language)) {
    const parser = parserFor(language, order);
    if (!parser) continue;
    const dates = parser.parse(plain).map((r) => ({ iso: isoOf(r.start), at: r.index })).filter((r) => r.iso !== null);
    if (dates.length === 0) continue;
    const second = dates[1];
    const updated = second && /\b(updated|modified|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt)\b/iu.test(plain.slice(0, second.at)) ? second.iso : null;
    return { iso: dates[0]!.iso!, updatedIso: updated };
  }
  return null;
}

const NUMERIC = /\b(\d{1,2})([./-])(\d{1,2})[./-](?:\d{4}|\d\d)\b/g;

/**
 * Day or month first in numeric dates, from the page's own dates: a first number over 12 can only be
 * a day. Failing that, dates written with points ("12.03.2019") are day first, as everywhere they are
 * used; slashes follow the page's language.
 */
export function numericOrder(texts: string[], language: string | null): DayOrder {
  let dotted = false;
  for (const text of texts) {
    for (const m of text.matchAll(NUMERIC)) {
      if (Number(m[1]) > 12) return 'day-first';
      if (Number(m[3]) > 12) return 'month-first';
      if (m[2] === '.') dotted = true;
    }
  }
  return dotted || (language && language !== 'en') ? 'day-first' : 'month-first';
}

/** A weekday, month and day without a year: "on Tuesday July 24, @05:45PM", "Tue 24 Jul". */
const WEEKDAY_DATE = new RegExp(
  `\\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+(?:(?:${MONTH_WORDS})\\p{L}*\\.?\\s+\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_WORDS}))`,
  'iu',
);
export const hasWeekdayDate = (text: string): boolean => WEEKDAY_DATE.test(text);
/** How many years before the page's latest year a weekday date may fall. */
const YEARS_BACK = 5;

/**
 * A date stated with its weekday but no year ("on Tuesday July 24, @05:45PM"): the year is the latest
 * one, no later than the latest year the page shows (its copyright line, other dates), on which that
 * day falls on that weekday. Null without a weekday or without such a year.
 */
export function findWeekdayDate(text: string, latestYear: number | null): string | null {
  if (latestYear === null || !hasWeekdayDate(text)) return null;
  const parser = parserFor('en', 'month-first')!;
  for (const r of parser.parse(text.includes('@') ? text.replace(AT_SIGN, ' at ') : text)) {
    const c = r.start;
    if (c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day') || !c.isCertain('weekday')) continue;
    for (let year = latestYear; year >= latestYear - YEARS_BACK; year--) {
      const at = new Date(Date.UTC(year, c.get('month')! - 1, c.get('day')!));
      if (at.getUTCDay() === c.get('weekday')) return isoOf(c, year);
    }
  }
  return null;
}

const YEARS = /\b(?:19|20)\d\d\b/g;

/** The latest year (not after the reading's own) any of the texts mentions; null when none does. */
export function latestYearIn(texts: string[], now = new Date()): number | null {
  let latest: number | null = null;
  for (const text of texts) {
    for (const m of text.matchAll(YEARS)) {
      const year = Number(m[0]);
      if (year <= now.getUTCFullYear() && (latest === null || year > latest)) latest = year;
    }
  }
  return latest;
}

/** A month name alone on a line ("Jun", "Sept."), as a calendar badge sets it. */
const MONTH_ONLY = new RegExp(`^(?:${MONTH_WORDS})\\p{L}*\\.?$`, 'iu');
const DAY_ONLY = /^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/u;

/** A badge with no year, as two lines ("Jun" / "28", "28" / "Jun"): month and day, or null. */
export function yearlessBadge(first: string, second: string): { month: number; day: number } | null {
  const [monthText, dayText] = MONTH_ONLY.test(first) && DAY_ONLY.test(second) ? [first, second]
    : DAY_ONLY.test(first) && MONTH_ONLY.test(second) ? [second, first] : [null, null];
  if (monthText === null) return null;
  const read = parserFor('en', 'month-first')!.parse(`${monthText} ${parseInt(dayText!, 10)}`)[0]?.start;
  if (!read?.isCertain('month') || !read.isCertain('day')) return null;
  return { month: read.get('month')!, day: read.get('day')! };
}

/**
 * The year of a day given without one: the page's latest stated date (the comments under a post come
 * after it) is on or after the article's, so the day falls in that date's year or the one before.
 */
export function yearBefore(day: { month: number; day: number }, latestIso: string): string {
  const latest = latestIso.slice(0, 10);
  let year = Number(latest.slice(0, 4));
  const iso = (y: number) => `${y}-${pad(day.month)}-${pad(day.day)}`;
  if (iso(year) > latest) year--;
  return iso(year);
}
