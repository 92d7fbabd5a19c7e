// Byline, date and picture caption from the lines around the headline.
import type { Line } from './lines.ts';
import { captionWithoutCredit } from './captions.ts';
import {
  dateShape, findDate, findWeekdayDate, hasLabelledDate, hasUpdateOnlyLabel, hasWeekdayDate, latestYearIn, numericOrder, opensWithDateline, yearBefore, yearlessBadge, type DayOrder,
} from './dates.ts';

export interface Range {
  from: number;
  /** Exclusive. */
  to: number;
}

function inRange(lines: Line[], range: Range): Line[] {
  return lines.slice(Math.max(0, range.from), Math.min(lines.length, range.to));
}

export function findAuthors(lines: Line[], header: Range, body: Range): string[] {
  for (const range of [header, body]) {
    for (const line of inRange(lines, range)) if (line.bylineAuthors) return line.bylineAuthors;
  }
  return [];
}

export interface Published {
  published: string | null;
  updated: string | null;
  /** The line whose date gave no year, when the year was worked out from its weekday. */
  yearlessLine?: string;
}

/** How many lines into the body a dateline may still sit (after a photo and its credit, a share row). */
const BODY_DATELINE_REACH = 8;
/** How many lines after the body a post's footer ("This entry was posted on ...", "Posted in ...") may sit. */
const FOOTER_REACH = 8;
/** A comment's signature: "jean jett on October 7, 2012 at 7:21 pm said:", "On October 29, 2012 at 2:35am, Rosa said...". */
const COMMENT_SIGNATURE = /\b(?:said|says|wrote|replied|commented)\s*(?::|\.\.\.|…)?$/iu;

/** A date set as a calendar badge, one part a line ("Nov" / "01" / "2012"): the parts read together. */
function badgeDates(lines: Line[], range: Range): Array<{ text: string }> {
  const out: Array<{ text: string }> = [];
  const short = (line: Line | undefined) => line !== undefined && line.words <= 2 && line.text.length <= 12 && dateShape(line.text) === null;
  for (const line of inRange(lines, range)) {
    const parts = [line, lines[line.index + 1], lines[line.index + 2]];
    if (!parts.every(short)) continue;
    const text = parts.map((part) => part!.text).join(' ');
    if (dateShape(text)) out.push({ text });
  }
  return out;
}

/** When a line labelled as an update only ("Updated: ...") comes first, the lines labelled as the publication ("Published: ...") before the rest. */
function publishedFirst<T extends { text: string }>(lines: T[]): T[] {
  if (lines.length < 2 || !hasUpdateOnlyLabel(lines[0]!.text)) return lines;
  const published = lines.filter((line) => hasLabelledDate(line.text, 'published'));
  return published.length === 0 ? lines : [...published, ...lines.filter((line) => !published.includes(line))];
}

/** The date the date lines state when they all name one day (teaser lists name several); else null. */
function onlyDateOnPage(dateLines: Line[], language: string | null, order: DayOrder): string | null {
  let first: string | null = null;
  for (const line of dateLines) {
    const found = findDate(line.text, { language, order });
    if (!found) continue;
    if (first === null) first = found.iso;
    else if (found.iso.slice(0, 10) !== first.slice(0, 10)) return null;
  }
  return first;
}

/**
 * The stated date, chosen by position: the datelines between the headline and the body first (lines
 * that are mostly a date, bylines with a date, short lines holding one, a labelled "Updated Nov 06,
 * 2012" in a longer line), then those above the headline, nearest first, then those opening the
 * body, then the body's own date lines;
 * never a comment's. Else a date the page states on its own (no date line names another day); else a
 * weekday date near the headline, which gets its year from the page. Numeric dates are read day or month first as the page's own dates show.
 */
export function findPublished(lines: Line[], titleIndex: number, header: Range, body: Range, language: string | null): Published {
  // The comment section follows the article; a comment count in the header ("12 Comments") opens nothing.
  const commentsFrom = lines.findIndex((line) => line.index > body.from && line.commentsHeader);
  // Cheap flags first: most lines hold no date, and this runs over the body too.
  const beforeComments = (line: Line) =>
    (commentsFrom < 0 || line.index < commentsFrom) && !(line.words <= 30 && COMMENT_SIGNATURE.test(line.text.slice(-16)));
  const dateline = (line: Line) =>
    (line.date || line.bylineAuthors !== null || (line.words <= 16 && !line.prose && dateShape(line.text) !== null) ||
      (line.words <= 30 && hasLabelledDate(line.text))) && beforeComments(line);
  const afterTitle = Math.max(header.from, titleIndex + 1);
  const near = (range: Range): Array<{ text: string }> => [...inRange(lines, range).filter(dateline), ...badgeDates(lines, range)];
  // A wire dateline opens the standfirst or the body's first paragraph ("NEW YORK, Nov. 19, 2019 — ...").
  const wireDateline = inRange(lines, { from: afterTitle, to: body.from + 1 }).filter((line) => !dateline(line) && opensWithDateline(line.text));
  const headerLines = near({ from: afterTitle, to: header.to });
  const candidates = [
    // Between the headline and the body, a date labelled as the publication's before one labelled as an update.
    ...publishedFirst(headerLines),
    ...wireDateline,
    // Above the headline, nearest first: farther up are the dates of other stories.
    ...near({ from: header.from - 10, to: afterTitle }).reverse(),
    ...inRange(lines, { from: body.from, to: Math.min(body.to, body.from + BODY_DATELINE_REACH) }).filter(dateline),
    ...inRange(lines, body).filter((line) => (line.date || line.bylineAuthors !== null) && beforeComments(line)),
    // A post's footer labels its publication date, in a line of its own or in a sentence that may close
    // the body ("This entry was posted on ..."); an "Updated ..." there may be anybody's.
    ...inRange(lines, { from: body.to - 1, to: body.to + FOOTER_REACH }).filter((line) => hasLabelledDate(line.text, 'published') && beforeComments(line)),
  ];
  const order = numericOrder(candidates.map((line) => line.text), language);
  for (const line of candidates) {
    const found = findDate(line.text, { language, order });
    if (!found) continue;
    // "Updated: Nov 20, 2019" over "Published: Nov 19, 2019": the update is the line put after it.
    const updateLine = found.updatedIso === null && !hasUpdateOnlyLabel(line.text) ? headerLines.find((c) => hasUpdateOnlyLabel(c.text)) : undefined;
    return { published: found.iso, updated: found.updatedIso ?? (updateLine ? findDate(updateLine.text, { language, order })?.iso ?? null : null) };
  }
  // Nothing near the headline: a date the whole page states on its own, when it states no other day.
  const alone = onlyDateOnPage(lines.filter((line) => line.date && beforeComments(line)), language, order);
  if (alone) return { published: alone, updated: null };
  // No full date: a weekday date by the headline ("on Tuesday July 24, @05:45PM") takes its year from the page.
  const yearless = inRange(lines, { from: header.from - 10, to: Math.min(body.to, body.from + BODY_DATELINE_REACH) })
    .filter((line) => line.words <= 16 && !line.prose && hasWeekdayDate(line.text) && beforeComments(line));
  if (yearless.length > 0) {
    const latest = latestYearIn(lines.map((line) => line.text));
    for (const line of yearless) {
      const iso = findWeekdayDate(line.text, latest);
      if (iso) return { published: iso, updated: null, yearlessLine: line.text };
    }
  }
  const badge = yearlessBadgeNear(lines, { from: header.from - 10, to: Math.min(body.to, body.from + BODY_DATELINE_REACH) }, beforeComments);
  if (badge) return badge;
  return { published: null, updated: null };
}

/** A calendar badge without a year ("Jun" / "28") by the headline: its year comes from the page's latest date. */
function yearlessBadgeNear(lines: Line[], range: Range, beforeComments: (line: Line) => boolean): Published | null {
  const found = inRange(lines, range).map((line) => {
    const next = lines[line.index + 1];
    return next && line.words <= 1 && next.words <= 1 ? { line, next, day: yearlessBadge(line.text, next.text) } : null;
  }).find((b) => b?.day);
  if (!found) return null;
  // Every date line counts, comments too: they come after the post.
  let latest: string | null = null;
  for (const line of lines) {
    if (!line.date) continue;
    const iso = findDate(line.text)?.iso ?? null;
    if (iso && (latest === null || iso > latest)) latest = iso;
  }
  if (latest === null) return null;
  return { published: yearBefore(found.day!, latest), updated: null, yearlessLine: `${found.line.text} ${found.next.text}` };
}

export function findCaption(lines: Line[], header: Range, body: Range): string | null {
  for (const range of [header, body]) {
    for (const line of inRange(lines, range)) {
      if (!line.pictureCredit) continue;
      const caption = captionWithoutCredit(line.text);
      if (caption.length >= 10) return caption;
    }
  }
  return null;
}
