// Picks the article's paragraphs out of the main block.
import type { Line } from './lines.ts';
import type { Block } from './main-block.ts';
import { isMetaLine, isSubheading } from './line-kind.ts';

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

/** A heading inside the article has at most this many words ("Defensive Line", "Here's why it matters"). */
const MAX_HEADING_WORDS = 15;
const LABELLED = /^[^:]{1,30}:\s/u;
const DOMAIN = /\w\.(?:com|org|net|edu|gov|co|io|info|[a-z]{2})\b/iu;
const HEADING_START = /^["'“‘¿¡(]?[\p{L}\p{N}]/u;

/**
 * A short line between the article's paragraphs that heads the next one: it inherits from its
 * neighbours, a paragraph kept before it and running text (or a list's items) right after it.
 * Furniture that also sits between paragraphs (captions with credits, bylines, dates, buttons,
 * sign-up lines, labelled links) never does.
 */
function isInlineHeading(line: Line, next: Line | undefined, previousKept: Line | undefined, nextInRun: boolean): boolean {
  // "Related: ...", "On HoustonChronicle.com: ...": a labelled link to another page; "Image from
  // GoComics.com", ".comment-author .vcard": a credit, page source. None is a heading.
  if (LABELLED.test(line.text) || DOMAIN.test(line.text) || !HEADING_START.test(line.text)) return false;
  if (line.prose || line.occurrences > 1 || line.words === 0 || line.words > MAX_HEADING_WORDS || line.endsSentence && line.text.endsWith('.')) return false;
  if (isMetaLine(line) || line.promo || line.commentsHeader || line.copyright || line.relatedHeader) return false;
  return previousKept !== undefined && previousKept.prose && previousKept.index === line.index - 1 &&
    next !== undefined && (nextInRun || next.prose && !next.promo && next.occurrences === 1);
}

export function bodyLines(
  lines: Line[], block: Block, skip: ReadonlySet<number>, inItemRun: boolean[], inTeaserRun: boolean[],
): Line[] {
  const end = cutTrailer(lines, block);
  const kept: Line[] = [];
  // Headings over paragraphs come in a series; a lone headline between two paragraphs links to another story.
  const overParagraphs = new Set<Line>();
  let headings = 0;
  for (let i = block.start; i <= end; i++) {
    const line = lines[i]!;
    if (skip.has(i) || inTeaserRun[i]) continue;
    if (keepsAsParagraph(line) || (inItemRun[i] && line.occurrences === 1)) kept.push(line);
    else if (isSubheading(line) && i < end && lines[i + 1]!.prose && kept.length > 0) {
      kept.push(line);
      headings++;
    } else if (i < end && isInlineHeading(line, lines[i + 1], kept[kept.length - 1], inItemRun[i + 1]!)) {
      kept.push(line);
      if (!inItemRun[i + 1]) overParagraphs.add(line);
      headings++;
    }
  }
  return headings >= 2 ? kept : kept.filter((line) => !overParagraphs.has(line));
}
