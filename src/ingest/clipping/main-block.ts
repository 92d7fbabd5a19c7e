// The article's main block: the best-scoring run of contiguous lines.
import type { Line } from './lines.ts';

export interface Block {
  start: number;
  /** Inclusive. */
  end: number;
  score: number;
}

/** A comment section can only win over earlier text when it is much stronger. */
const AFTER_COMMENTS_WEIGHT = 0.35;
/** Earlier text must amount to this much before comments are discounted (a header link is not a section). */
const MIN_SCORE_BEFORE_COMMENTS = 50;

/** Lines the article cannot run across (comment sections, rights notices). */
export function isHardBoundary(line: Line): boolean {
  return line.commentsHeader || line.copyright;
}

function bestRun(scores: number[], from: number, to: number): Block | null {
  let best: Block | null = null;
  let runStart = from;
  let runScore = 0;
  for (let i = from; i < to; i++) {
    if (runScore <= 0) {
      runScore = 0;
      runStart = i;
    }
    runScore += scores[i]!;
    if (runScore > 0 && (!best || runScore > best.score)) best = { start: runStart, end: i, score: runScore };
  }
  return best;
}

/** Best contiguous run by summed score that does not cross a hard boundary; null if nothing scores. */
export function findMainBlock(lines: Line[], scores: number[]): Block | null {
  let best: Block | null = null;
  let bestWeighted = 0;
  let segmentStart = 0;
  let afterComments = false;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    if (line && !isHardBoundary(line)) continue;
    const run = bestRun(scores, segmentStart, i);
    if (run) {
      const weighted = run.score * (afterComments ? AFTER_COMMENTS_WEIGHT : 1);
      if (weighted > bestWeighted) {
        best = run;
        bestWeighted = weighted;
      }
    }
    if (line?.commentsHeader && bestWeighted >= MIN_SCORE_BEFORE_COMMENTS) afterComments = true;
    segmentStart = i + 1;
  }
  return best;
}

/**
 * When the best block comes after a comment-section header (a long thread outweighs a short
 * article), the article's own block before that header: its headline is the page's headline.
 * The section starts at the first header with an article's worth of text above it, as in
 * findMainBlock: a counter in the byline row ("Mary · Quickies · 7 Comments") opens nothing.
 */
export function blockBeforeComments(lines: Line[], scores: number[], block: Block): Block | null {
  for (let header = 0; header < block.start; header++) {
    if (!lines[header]!.commentsHeader) continue;
    const run = bestRun(scores, 0, header);
    if (run && run.score >= MIN_SCORE_BEFORE_COMMENTS) return run;
  }
  return null;
}
