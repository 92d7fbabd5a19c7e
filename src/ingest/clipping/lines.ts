// Splits a clipping into non-empty lines and measures each one.
import { bylineAuthors } from './bylines.ts';
import { hasPictureCredit } from './captions.ts';
import { isDateLine } from './dates.ts';
import { isHeadlineLike, isProse } from './line-kind.ts';
import { mayHaveFurnitureWords } from './vocabulary-cue.ts';
import { occurrenceCounts } from './occurrences.ts';
import { endsLikeSentence, isSeparator, mostlyCaseless } from './text-shape.ts';
import { wordStats, type WordStats } from './word-stats.ts';
import { hasPromoVocabulary, isCommentsHeader, isCopyrightLine, isRelatedHeader, isUiLine } from './ui-vocabulary.ts';

export interface Line {
  /** Position among the non-empty lines. */
  index: number;
  text: string;
  /** Words, with unspaced scripts counted at about two characters a word. */
  words: number;
  endsSentence: boolean;
  sentenceMarks: number;
  /** Share of lower-case initial letters; null for caseless scripts. */
  lowercaseShare: number | null;
  caseless: boolean;
  /** An empty line separates this line from the one before / after it. */
  blankBefore: boolean;
  blankAfter: boolean;
  /** How many lines of the clipping have the same text (1 = unique). */
  occurrences: number;
  ui: boolean;
  pictureCredit: boolean;
  date: boolean;
  bylineAuthors: string[] | null;
  commentsHeader: boolean;
  copyright: boolean;
  promo: boolean;
  separator: boolean;
  relatedHeader: boolean;
  /** Running text (see isProse); decided once, many steps ask. */
  prose: boolean;
  /** Reads like a headline (see isHeadlineLike). */
  headlineLike: boolean;
  /** Decisions about the text that deciders work out when first asked, kept for the next ask. */
  memo: LineMemo;
}

/**
 * What deciders find out about a line from its text alone, the first time they ask: a repeat of the
 * line shares it (so only ever keep here what the text decides, never what the neighbours do).
 */
export interface LineMemo {
  headlineShaped: boolean | undefined;
  bylineOrDateline: boolean | undefined;
  contentWords: readonly string[] | undefined;
}

const SPACE_RUN = /[\s\u200b]+/g;

/** Collapses runs of whitespace (zero-width spaces included) to one space and trims. */
function tidyLine(raw: string): string {
  return raw.replace(SPACE_RUN, ' ').trim();
}

function withNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Lines up to this long are looked up among the page's earlier lines: menus and buttons repeat, paragraphs rarely do. */
const MAX_REPEAT_LENGTH = 64;

/** A line without a digit is a date line only as a relative time ("a day ago"); isDateLine is exact on the rest. */
function mayBeDateLine(text: string, stats: WordStats): boolean {
  if (stats.digits) return true;
  const n = text.length;
  return n >= 3 && (text.charCodeAt(n - 1) | 32) === 111 && (text.charCodeAt(n - 2) | 32) === 103 && (text.charCodeAt(n - 3) | 32) === 97;
}

/** Everything about a line that its text alone decides. */
function measureLine(lineText: string, stats: WordStats, index: number, blankBefore: boolean): Line {
  const weight = stats.weight;
  const vocabulary = weight <= 60 && mayHaveFurnitureWords(lineText, stats.ascii);
  const line: Line = {
    index,
    text: lineText,
    words: weight,
    endsSentence: endsLikeSentence(lineText),
    sentenceMarks: stats.sentenceMarks,
    lowercaseShare: stats.cased > 0 ? stats.lower / stats.cased : null,
    caseless: !stats.ascii && mostlyCaseless(lineText),
    blankBefore,
    blankAfter: false,
    occurrences: 1,
    ui: weight <= 8 && isUiLine(lineText, stats.ascii),
    pictureCredit: vocabulary && hasPictureCredit(lineText),
    date: weight <= 12 && mayBeDateLine(lineText, stats) && isDateLine(lineText, weight),
    bylineAuthors: weight <= 16 ? bylineAuthors(lineText, weight) : null,
    // Comment-section and related-story headers are short (both tests say no past six words).
    commentsHeader: weight <= 6 && isCommentsHeader(lineText, weight),
    copyright: vocabulary && isCopyrightLine(lineText),
    promo: vocabulary && weight < 40 && hasPromoVocabulary(lineText),
    // A word starting with a cased letter rules out a line of symbols.
    separator: stats.cased === 0 && isSeparator(lineText),
    relatedHeader: weight <= 6 && isRelatedHeader(lineText, weight),
    prose: false,
    headlineLike: false,
    memo: { headlineShaped: undefined, bylineOrDateline: undefined, contentWords: undefined },
  };
  line.prose = isProse(line);
  line.headlineLike = isHeadlineLike(line);
  return line;
}

/** A line with the same text as an earlier one: the same measures and memo, its own place (its count is set at the end). */
function repeatLine(first: Line, index: number, blankBefore: boolean): Line {
  return { ...first, index, blankBefore, blankAfter: false, bylineAuthors: first.bylineAuthors && [...first.bylineAuthors] };
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const shortLines = new Map<string, Line>();
  /** Short lines in order, each with the line that first showed its text; lines too long to look up. */
  const shortOnes: Line[] = [];
  const firstShowings: Line[] = [];
  const longLines: Line[] = [];
  let blank = true;
  const source = withNewlines(text);
  for (let start = 0; start <= source.length; ) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    // Most lines are already tidy, and the word count finds out in passing.
    let stats = wordStats(source, start, end);
    let lineText = source.slice(start, end);
    if (!stats.tidy) {
      lineText = tidyLine(lineText);
      stats = wordStats(lineText);
    }
    start = end + 1;
    if (!lineText) {
      blank = true;
      const last = lines[lines.length - 1];
      if (last) last.blankAfter = true;
      continue;
    }
    let line: Line;
    if (lineText.length > MAX_REPEAT_LENGTH) {
      line = measureLine(lineText, stats, lines.length, blank);
      longLines.push(line);
    } else {
      const first = shortLines.get(lineText);
      if (first) {
        line = repeatLine(first, lines.length, blank);
        first.occurrences++;
      } else {
        line = measureLine(lineText, stats, lines.length, blank);
        shortLines.set(lineText, line);
      }
      shortOnes.push(line);
      firstShowings.push(first ?? line);
    }
    lines.push(line);
    blank = false;
  }
  // Exact text: repeated furniture repeats verbatim. A short line's first showing has counted its repeats.
  for (let i = 0; i < shortOnes.length; i++) shortOnes[i]!.occurrences = firstShowings[i]!.occurrences;
  const counts = occurrenceCounts(longLines.map((line) => line.text));
  longLines.forEach((line, i) => { line.occurrences = counts[i]!; });
  return lines;
}
