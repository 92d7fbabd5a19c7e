// Runs of list or table rows that belong to an article: numbered or bulleted lines, or
// short lines under an introduction that ends with a colon (bullets are often lost in a copy).
import type { Line } from './lines.ts';
import { alikeRuns } from './alike-runs.ts';
import { isMetaLine } from './line-kind.ts';

const ITEM_MARK = /^(\d{1,3}([.):]|[\p{L}º°]{1,2}[.):]?\s)|[-•*·–—▪►✓]\s|\(\d{1,3}\)\s|\p{L}[.)]\s)/u;
const MIN_MARKED_RUN = 3;
const MIN_INTRODUCED_RUN = 2;
const MAX_ITEM_WORDS = 40;

export function looksLikeItem(line: Line): boolean {
  return !line.ui && line.words >= 2 && line.words <= 60 && ITEM_MARK.test(line.text);
}

function isPlainItem(line: Line): boolean {
  return !isMetaLine(line) && !line.promo && !line.commentsHeader && !line.copyright && !line.relatedHeader &&
    line.occurrences === 1 && line.words >= 1 && line.words <= MAX_ITEM_WORDS && !line.text.endsWith(':');
}

function markIntroducedLists(lines: Line[], inRun: boolean[]): void {
  for (let i = 0; i < lines.length; i++) {
    const intro = lines[i]!;
    if (!intro.text.endsWith(':') || intro.words < 2 || isMetaLine(intro) || intro.relatedHeader) continue;
    let j = i + 1;
    while (j < lines.length && isPlainItem(lines[j]!) && !lines[j]!.prose) j++;
    if (j - (i + 1) >= MIN_INTRODUCED_RUN) for (let k = i + 1; k < j; k++) inRun[k] = true;
  }
}

/** Marks the lines that belong to a list run: marked or introduced items, and runs of alike rows inside the article. */
export function itemRuns(lines: Line[]): boolean[] {
  const inRun = alikeRuns(lines);
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && looksLikeItem(lines[i]!)) continue;
    if (i - start >= MIN_MARKED_RUN) for (let j = start; j < i; j++) inRun[j] = true;
    start = i + 1;
  }
  markIntroducedLists(lines, inRun);
  return inRun;
}
