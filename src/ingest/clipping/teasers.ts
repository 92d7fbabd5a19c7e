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

/** A teaser between two of its delimiters: a few lines, one a headline, little running text. */
const MAX_GROUP_LINES = 6;
const MAX_GROUP_PROSE_WORDS = 60;

function isTeaserGroup(lines: Line[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > MAX_GROUP_LINES) return false;
  let prose = 0, heads = 0;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.prose) prose += line.words;
    else if (line.headlineLike) heads++;
  }
  return heads > 0 && prose <= MAX_GROUP_PROSE_WORDS;
}

/**
 * Teasers told by their repeated structure: the same short line ("READ MORE", "Continue reading")
 * closes each of at least three groups of a headline, a byline and a summary. Everything from the
 * first to the last delimiter is marked, and the group before the first one when it has the shape
 * of the next.
 */
function markDelimitedTeasers(lines: Line[], marked: boolean[]): void {
  const byText = new Map<string, number[]>();
  for (const line of lines) {
    if (line.occurrences < MIN_PAIRS || line.prose || line.words > 4) continue;
    const at = byText.get(line.text);
    if (at) at.push(line.index);
    else byText.set(line.text, [line.index]);
  }
  for (const at of byText.values()) {
    let runStart = 0;
    for (let k = 1; k <= at.length; k++) {
      if (k < at.length && isTeaserGroup(lines, at[k - 1]! + 1, at[k]!)) continue;
      // at[runStart..k-1] are delimiters with teaser groups between them.
      if (k - runStart >= MIN_PAIRS) {
        // The first teaser sits before the first delimiter when that closes each one ("READ MORE"):
        // it is as long as the next, and set apart from the article by a line that is not running text.
        const firstLength = at[runStart + 1]! - at[runStart]! - 1;
        const before = lines[at[runStart]! - firstLength - 1];
        const from = isTeaserGroup(lines, at[runStart]! - firstLength, at[runStart]!) && !before?.prose ? at[runStart]! - firstLength : at[runStart]!;
        for (let i = from; i <= at[k - 1]!; i++) marked[i] = true;
      }
      runStart = k;
    }
  }
}

/** Marks lines that belong to a run of at least three headline + summary pairs, or of delimited teasers. */
export function teaserRuns(lines: Line[]): boolean[] {
  const marked = new Array<boolean>(lines.length).fill(false);
  markDelimitedTeasers(lines, marked);
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
