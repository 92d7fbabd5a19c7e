// The article's main block: the best-scoring run of contiguous lines.
import type { Line } from './lines.ts';

export interface Block {
  start: number;
  /** Inclusive. */
  end: number;
  score: number;
}

/** Lines after which the article cannot continue (comment sections, rights notices). */
export function isHardBoundary(line: Line): boolean {
  return line.commentsHeader || line.copyright;
}

/** Best contiguous run by summed score that does not cross a hard boundary; null if nothing scores. */
export function findMainBlock(lines: Line[], scores: number[]): Block | null {
  let best: Block | null = null;
  let runStart = 0;
  let runScore = 0;
  for (let i = 0; i < lines.length; i++) {
    if (isHardBoundary(lines[i]!)) {
      runScore = 0;
      runStart = i + 1;
      continue;
    }
    if (runScore <= 0) {
      runScore = 0;
      runStart = i;
    }
    runScore += scores[i]!;
    if (runScore > 0 && (!best || runScore > best.score)) best = { start: runStart, end: i, score: runScore };
  }
  return best;
}
