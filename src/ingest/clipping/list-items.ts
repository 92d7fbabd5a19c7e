// Runs of list or table rows that belong to an article ("1. ...", "• ...", "3a etapa: ...").
import type { Line } from './lines.ts';

const ITEM_MARK = /^(\d{1,3}([.):]|[\p{L}º°]{1,2}[.):]?\s)|[-•*·–—▪►✓]\s|\(\d{1,3}\)\s|\p{L}[.)]\s)/u;
const MIN_RUN = 3;

export function looksLikeItem(line: Line): boolean {
  return !line.ui && line.words >= 2 && line.words <= 60 && ITEM_MARK.test(line.text);
}

/** Marks the lines that sit in a run of at least three consecutive item-like lines. */
export function itemRuns(lines: Line[]): boolean[] {
  const inRun = new Array<boolean>(lines.length).fill(false);
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && looksLikeItem(lines[i]!)) continue;
    if (i - start >= MIN_RUN) for (let j = start; j < i; j++) inRun[j] = true;
    start = i + 1;
  }
  return inRun;
}
