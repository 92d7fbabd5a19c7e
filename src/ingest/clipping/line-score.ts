// How much a line adds to (positive) or takes from (negative) the block around it.
import type { Line } from './lines.ts';
import { isMetaLine } from './line-kind.ts';

const MAX_PROSE_GAIN = 40;

export function lineScore(line: Line): number {
  if (line.prose) {
    if (line.occurrences > 1) return -2;
    // Prose that asks the reader to sign up or accept cookies is still furniture.
    if (line.promo && line.words < 40) return -10;
    return Math.min(line.words, MAX_PROSE_GAIN);
  }
  // Captions, bylines and buttons also appear between paragraphs: a small cost only.
  if (isMetaLine(line)) return -2;
  return -(2 + Math.min(line.words, 20) * 0.25);
}

/** Items of a list run count for the block like short prose; teasers for other stories count against it. */
export function scoreLines(lines: Line[], inItemRun: boolean[], inTeaserRun: boolean[]): number[] {
  return lines.map((line, i) => {
    if (inTeaserRun[i]) return -3;
    return inItemRun[i] && !line.prose ? Math.max(2, Math.min(line.words, 20) * 0.5) : lineScore(line);
  });
}
