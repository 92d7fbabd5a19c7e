// Splits a clipping into non-empty lines and measures each one.
import { bylineAuthors } from './bylines.ts';
import { hasPictureCredit } from './captions.ts';
import { isDateLine } from './dates.ts';
import { isHeadlineLike, isProse } from './line-kind.ts';
import { mayHaveFurnitureWords } from './vocabulary-cue.ts';
import { occurrenceCounts } from './occurrences.ts';
import {
  endsLikeSentence, isSeparator, mostlyCaseless, sentenceMarks,
} from './text-shape.ts';
import { wordStats } from './word-stats.ts';
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
}

const SPACE_RUN = /[\s\u200b]+/g;

/** Collapses runs of whitespace (zero-width spaces included) to one space and trims. */
function tidyLine(raw: string): string {
  return raw.replace(SPACE_RUN, ' ').trim();
}

function withNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
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
    const weight = stats.weight;
    const vocabulary = weight <= 60 && mayHaveFurnitureWords(lineText, stats.ascii);
    const line: Line = {
      index: lines.length,
      text: lineText,
      words: weight,
      endsSentence: endsLikeSentence(lineText),
      sentenceMarks: sentenceMarks(lineText),
      lowercaseShare: stats.cased > 0 ? stats.lower / stats.cased : null,
      caseless: !stats.ascii && mostlyCaseless(lineText),
      blankBefore: blank,
      blankAfter: false,
      occurrences: 1,
      ui: weight <= 8 && isUiLine(lineText, stats.ascii),
      pictureCredit: vocabulary && hasPictureCredit(lineText),
      date: weight <= 12 && isDateLine(lineText, weight),
      bylineAuthors: weight <= 16 ? bylineAuthors(lineText, weight) : null,
      commentsHeader: isCommentsHeader(lineText, weight),
      copyright: vocabulary && isCopyrightLine(lineText),
      promo: vocabulary && weight < 40 && hasPromoVocabulary(lineText),
      // A word starting with a cased letter rules out a line of symbols.
      separator: stats.cased === 0 && isSeparator(lineText),
      relatedHeader: isRelatedHeader(lineText, weight),
      prose: false,
      headlineLike: false,
    };
    line.prose = isProse(line);
    line.headlineLike = isHeadlineLike(line);
    lines.push(line);
    blank = false;
  }
  // Exact text: repeated furniture repeats verbatim.
  const counts = occurrenceCounts(lines.map((line) => line.text));
  for (const line of lines) line.occurrences = counts[line.index]!;
  return lines;
}
