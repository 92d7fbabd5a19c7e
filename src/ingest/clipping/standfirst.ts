// The standfirst (deck): a sentence-like line between the headline and the body.
import type { Line } from './lines.ts';
import { isMetaLine } from './line-kind.ts';

function isDeckCandidate(line: Line): boolean {
  if (isMetaLine(line) || line.promo || line.commentsHeader || line.copyright || line.relatedHeader) return false;
  if (line.words < 6) return false;
  return line.caseless || (line.lowercaseShare ?? 0) >= 0.4;
}

/** First deck-like line after the title and before the block. */
export function standfirstBeforeBlock(lines: Line[], titleIndex: number, blockStart: number): Line | null {
  for (let i = titleIndex + 1; i < blockStart; i++) {
    const line = lines[i]!;
    if (isDeckCandidate(line)) return line;
  }
  return null;
}

/**
 * The block's first line is a deck when it is glued to the header above it while the
 * body's paragraphs below are separated by empty lines.
 */
export function leadIsStandfirst(lines: Line[], bodyLines: Line[], titleIndex: number): boolean {
  const first = bodyLines[0];
  const second = bodyLines[1];
  const third = bodyLines[2];
  if (!first || !second || !third) return false;
  if (first.blankBefore || !first.blankAfter || first.words > 45 || first.index - titleIndex > 6) return false;
  return second.blankBefore && third.blankBefore && isDeckCandidate(first) && lines[first.index - 1] !== undefined;
}
