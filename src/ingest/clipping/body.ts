// Picks the article's paragraphs out of the main block.
import type { Line } from './lines.ts';
import type { Block } from './main-block.ts';
import { isSubheading } from './line-kind.ts';

/** After a separator ("___", "* * *") this little text is a trailer ("AP writers contributed"), not body. */
const TRAILER_MAX_WORDS = 40;

function keepsAsParagraph(line: Line): boolean {
  if (!line.prose) return false;
  if (line.occurrences > 1 && line.words < 30) return false;
  if (line.promo && line.words < 40) return false;
  return true;
}

function cutTrailer(lines: Line[], block: Block): number {
  let wordsAfter = 0;
  for (let i = block.end; i > block.start; i--) {
    const line = lines[i]!;
    if (line.separator) return wordsAfter <= TRAILER_MAX_WORDS ? i - 1 : block.end;
    wordsAfter += line.words;
    if (wordsAfter > TRAILER_MAX_WORDS) break;
  }
  return block.end;
}

export function bodyLines(
  lines: Line[], block: Block, skip: ReadonlySet<number>, inItemRun: boolean[], inTeaserRun: boolean[],
): Line[] {
  const end = cutTrailer(lines, block);
  const kept: Line[] = [];
  for (let i = block.start; i <= end; i++) {
    const line = lines[i]!;
    if (skip.has(i) || inTeaserRun[i]) continue;
    if (keepsAsParagraph(line) || (inItemRun[i] && line.occurrences === 1)) kept.push(line);
    else if (isSubheading(line) && i < end && lines[i + 1]!.prose && kept.length > 0) kept.push(line);
  }
  return kept;
}
