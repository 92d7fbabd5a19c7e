// Teaser lists: headline, one-line summary, headline, one-line summary... (links to other stories).
import type { Line } from './lines.ts';

const MIN_PAIRS = 3;
const MAX_TEASER_WORDS = 35;
const NUMBERED = /^\d{1,3}[.)]/u;

function isTeaserHead(line: Line | undefined): boolean {
  return line !== undefined && line.headlineLike && !line.prose && !NUMBERED.test(line.text);
}

function isTeaserText(line: Line | undefined): boolean {
  return line !== undefined && line.prose && line.words <= MAX_TEASER_WORDS && line.sentenceMarks <= 2;
}

/** Marks lines that belong to a run of at least three headline + summary pairs. */
export function teaserRuns(lines: Line[]): boolean[] {
  const marked = new Array<boolean>(lines.length).fill(false);
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (isTeaserHead(lines[j]) && isTeaserText(lines[j + 1])) j += 2;
    if ((j - i) / 2 >= MIN_PAIRS) {
      for (let k = i; k < j; k++) marked[k] = true;
      i = j;
    } else i++;
  }
  return marked;
}
