// Runs of alike short lines inside the article: a recipe's ingredients ("2 cups flour"), tour dates,
// a table's rows ("DL Myles Garrett 57 77% 3 QH."). No one of them reads as running text, but together,
// with the article's paragraphs on both sides, they are part of it: they inherit from their neighbours.
import { startsWithDate } from './dates.ts';
import type { Line } from './lines.ts';

const MIN_RUN = 3;
const MAX_ROW_WORDS = 25;
/** How many lines (a heading, a table's header rows) may sit between a run and the paragraph beside it. */
const NEIGHBOUR_REACH = 4;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const STARTS_WITH_NUMBER = /^(?:\d|[½¼¾⅓⅔⅛])/u;

/** What a row starts with: a number (a quantity, a score, a rank), a date, or the same word as its neighbours ("DL", "LB"). */
function rowKey(line: Line): string | null {
  if (line.words === 0 || line.words > MAX_ROW_WORDS || line.occurrences > 1) return null;
  if (line.ui || line.promo || line.copyright || line.commentsHeader || line.relatedHeader || line.separator || line.pictureCredit) return null;
  if (startsWithDate(line.text)) return 'date';
  // Quantities and scores are followed by common words ("2 cups flour"); links to other stories by a
  // title in capitals ("27 Oddest Medical Case Reports").
  if (STARTS_WITH_NUMBER.test(line.text)) return (line.lowercaseShare ?? 1) >= 0.5 ? 'number' : null;
  // A word-led row carries figures ("DL Larry Ogunjobi 63 85%"), which menus and name lists do not.
  if (!/\d/u.test(line.text)) return null;
  const first = FIRST_WORD.exec(line.text)?.[0];
  return first ? `word ${first}` : null;
}

/** Running text within reach of the run, passing over short lines (a heading, a header row). */
function proseWithin(lines: Line[], from: number, step: 1 | -1): boolean {
  for (let k = 1, i = from + step; k <= NEIGHBOUR_REACH && i >= 0 && i < lines.length; k++, i += step) {
    const line = lines[i]!;
    if (line.prose) return !line.promo && line.occurrences === 1;
    if (line.relatedHeader || line.commentsHeader || line.copyright || line.promo) return false;
  }
  return false;
}

/** Marks runs of at least three alike rows with the article's paragraphs before and after them. */
export function alikeRuns(lines: Line[]): boolean[] {
  const marked = new Array<boolean>(lines.length).fill(false);
  let start = 0;
  let key: string | null = null;
  for (let i = 0; i <= lines.length; i++) {
    const next = i < lines.length ? rowKey(lines[i]!) : null;
    if (next !== null && next === key) continue;
    // Rows start..i-1 share one key.
    const allProse = lines.slice(start, i).every((line) => line.prose);
    if (key !== null && i - start >= MIN_RUN && !allProse && proseWithin(lines, start, -1) && proseWithin(lines, i - 1, 1)) {
      for (let k = start; k < i; k++) marked[k] = true;
    }
    start = i;
    key = next;
  }
  return marked;
}
