// Byline, date and picture caption from the lines around the headline.
import type { Line } from './lines.ts';
import { captionWithoutCredit } from './captions.ts';
import { findDate } from './dates.ts';

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

export function findPublished(lines: Line[], header: Range, body: Range): string | null {
  for (const range of [header, body]) {
    for (const line of inRange(lines, range)) {
      if (!line.date && !line.bylineAuthors) continue;
      const found = findDate(line.text);
      if (found) return found.iso;
    }
  }
  return null;
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
