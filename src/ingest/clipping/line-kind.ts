// What role a line most likely plays, from its shape alone.
import type { Line } from './lines.ts';
import { isAllCaps } from './text-shape.ts';

/** What a line's text alone decides (a line, or the measures its repeats share). */
export type LineText = Omit<Line, 'index' | 'blankBefore' | 'blankAfter' | 'occurrences' | 'memo' | 'prose' | 'headlineLike'>;

const MAY_BE_MARKUP_OR_CODE = /[<>{}=;]/;
const TAG = /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/gi;
const CODE_SYMBOLS = /[{}=;<>]/g;

/**
 * Page source left in the text (tags with their attributes, script) rather than prose that mentions
 * code: tags take a good share of the line, or code symbols come as often as every other word.
 * "Wrap the word in <em> or use {}" stays prose.
 */
export function isMarkupOrCode(text: string, words: number): boolean {
  if (!MAY_BE_MARKUP_OR_CODE.test(text)) return false;
  let tagChars = 0;
  for (const m of text.matchAll(TAG)) tagChars += m[0].length;
  if (tagChars >= text.length * 0.25) return true;
  const symbols = text.match(CODE_SYMBOLS)?.length ?? 0;
  return symbols >= 4 && symbols >= words * 0.5;
}

function countCommas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text[i] === ',' || text[i] === '，' || text[i] === '、') n++;
  return n;
}

/** Running text: long enough, ends like a sentence (or is long), mostly lower-case words. */
export function isProse(line: LineText): boolean {
  if (line.ui || line.separator || line.pictureCredit) return false;
  const lower = line.lowercaseShare;
  const caseOk = line.caseless || lower === null || lower >= 0.4;
  // Fewer than three words never make running text.
  if (!caseOk || line.words < 3) return false;
  // Markup and code are not running text.
  if (isMarkupOrCode(line.text, line.words)) return false;
  // A comma-separated keyword list is long but says nothing.
  if (!line.endsSentence && line.sentenceMarks === 0 && countCommas(line.text) >= 5 && line.words < 40) return false;
  if (line.words >= 20) return true;
  // A sentence that introduces what follows ("Here are the highlights:") is prose too.
  if (line.words >= 5 && (line.endsSentence || (line.text.endsWith(':') && !line.promo && !line.relatedHeader))) return true;
  return line.endsSentence && line.sentenceMarks >= 1 && (lower ?? 1) >= 0.5;
}

/** Page furniture that can also sit inside an article (captions, bylines, dates, buttons). */
export function isMetaLine(line: LineText): boolean {
  return line.ui || line.pictureCredit || line.date || line.bylineAuthors !== null || line.separator;
}

function endsWithStop(text: string): boolean {
  const last = text[text.length - 1];
  return last === '.' || last === ':' || last === ';' || last === ',';
}

/** A short line that reads like a headline: several words, no closing full stop. */
export function isHeadlineLike(line: LineText): boolean {
  if (isMetaLine(line) || line.promo || line.commentsHeader || line.copyright || line.relatedHeader) return false;
  if (line.words < 2 || line.words > 30 || line.text.length > 250) return false;
  return !endsWithStop(line.text) || line.text.endsWith('...') || line.text.endsWith('…');
}

const NUMBERED = /^\d{1,2}[.)]\s/u;

/** A section heading inside the body: short, in capitals, numbered or ending with a colon. */
export function isSubheading(line: Line): boolean {
  if (isMetaLine(line) || line.promo || line.commentsHeader || line.copyright || line.relatedHeader) return false;
  if (line.occurrences > 1 || line.words === 0 || line.words > 12) return false;
  // Longer lines in capitals are links to other stories, not headings.
  return (line.words <= 5 && isAllCaps(line.text)) || NUMBERED.test(line.text) || line.text.endsWith(':');
}
