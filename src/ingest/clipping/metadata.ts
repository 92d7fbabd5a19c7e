// Byline, date and picture caption from the lines around the headline.
import type { Line } from './lines.ts';
import { captionWithoutCredit } from './captions.ts';
import { dateShape, findDate, numericOrder } from './dates.ts';

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
}

/**
 * The stated date: from the date and byline lines of the header, then just above it, then the body.
 * Numeric dates are read day or month first as the page's own dates show.
 */
export function findPublished(lines: Line[], header: Range, body: Range, language: string | null): Published {
  // Around the headline any short line with a date counts ("Monday November 18, 2019 7:45 am PST by Joe Rossignol").
  const aroundHeadline = (line: Line) => line.date || line.bylineAuthors || (line.words <= 16 && !line.prose && dateShape(line.text) !== null);
  const candidates = [
    ...inRange(lines, header).filter(aroundHeadline),
    ...inRange(lines, { from: header.from - 10, to: header.from }).filter(aroundHeadline),
    ...inRange(lines, body).filter((line) => line.date || line.bylineAuthors),
  ];
  const order = numericOrder(candidates.map((line) => line.text), language);
  for (const line of candidates) {
    const found = findDate(line.text, { language, order });
    if (found) return { published: found.iso, updated: found.updatedIso };
  }
  return { published: null, updated: null };
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
