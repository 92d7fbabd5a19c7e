// Comment threads without a header: after the article, the same signature (a name over the date and
// time it was written) opens each of several short runs of text. The thread is never the article,
// however much text it holds, and its first signature opens the comment section, as a "12 Comments"
// header would.
import type { Line } from './lines.ts';

/** A thread is at least this many comments. */
const MIN_COMMENTS = 2;
/** Lines a comment (its text, a "Reply" link) may take before the next signature. */
const MAX_COMMENT_LINES = 12;
/** Running text the article must have given before a thread can start (a byline and date at the top are no comment). */
const MIN_ARTICLE_WORDS = 50;
/** A comment's stamp gives the time of day, or how long ago it was written. */
const TIME_OF_DAY = /\b\d{1,2}[:.]\d{2}\b|\bago\b/iu;
const MAX_NAME_LENGTH = 40;

/** A commenter's name or handle alone on its line: a few words, no sentence, no date. */
function isNameLine(line: Line): boolean {
  return line.words >= 1 && line.words <= 5 && line.text.length <= MAX_NAME_LENGTH && !line.prose && !line.date &&
    !line.ui && !line.endsSentence && !line.commentsHeader && !line.separator;
}

/** A signature at i: a name line over a stamped date line, followed by the comment's text. */
function isSignature(lines: Line[], i: number): boolean {
  const name = lines[i]!, stamp = lines[i + 1], text = lines[i + 2];
  return isNameLine(name) && stamp !== undefined && stamp.date && TIME_OF_DAY.test(stamp.text) && text !== undefined && text.prose;
}

/**
 * Marks the lines of a header-less comment thread (from its first signature to the end of its last
 * comment), and makes its first signature the start of the comment section.
 */
export function commentThreads(lines: Line[]): boolean[] {
  const marked = new Array<boolean>(lines.length).fill(false);
  let articleWords = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.commentsHeader) break;
    if (articleWords >= MIN_ARTICLE_WORDS && isSignature(lines, i)) {
      const signatures = threadSignatures(lines, i);
      if (signatures.length >= MIN_COMMENTS) {
        line.commentsHeader = true;
        const end = lastCommentLine(lines, signatures[signatures.length - 1]!);
        for (let k = i; k <= end; k++) marked[k] = true;
        break;
      }
    }
    if (line.prose) articleWords += line.words;
  }
  return marked;
}

/** The signatures that follow one another from `first`, each within a comment's reach of the last. */
function threadSignatures(lines: Line[], first: number): number[] {
  const found = [first];
  for (let i = first + 3; i < lines.length && i <= found[found.length - 1]! + 2 + MAX_COMMENT_LINES; i++) {
    if (!isSignature(lines, i)) continue;
    found.push(i);
    i += 2;
  }
  return found;
}

/** The last comment runs on while its text does, and a line or two of links ("Reply") after it. */
function lastCommentLine(lines: Line[], signature: number): number {
  let end = signature + 2;
  for (let i = end + 1; i < lines.length && i <= signature + 2 + MAX_COMMENT_LINES; i++) {
    if (lines[i]!.prose) end = i;
    else if (i - end > 2) break;
  }
  return Math.min(lines.length - 1, end + 1);
}
