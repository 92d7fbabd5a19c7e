// Splits a clipping into non-empty lines and measures each one.
import { bylineAuthors } from './bylines.ts';
import { hasPictureCredit } from './captions.ts';
import { isDateLine } from './dates.ts';
import {
  endsLikeSentence, isSeparator, mostlyCaseless, sentenceMarks, words,
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
}

export function splitLines(text: string): Line[] {
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  const lines: Line[] = [];
  const counts = new Map<string, number>();
  const keys: string[] = [];
  let blank = true;
  for (const rawLine of raw) {
    const lineText = rawLine.replace(/[\s\u200b]+/g, ' ').trim();
    if (!lineText) {
      blank = true;
      const last = lines[lines.length - 1];
      if (last) last.blankAfter = true;
      continue;
    }
    const stats = wordStats(lineText);
    const weight = stats.weight;
    // Exact text: repeated furniture repeats verbatim.
    const key = lineText;
    keys.push(key);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    lines.push({
      index: lines.length,
      text: lineText,
      words: weight,
      endsSentence: endsLikeSentence(lineText),
      sentenceMarks: sentenceMarks(lineText),
      lowercaseShare: stats.cased > 0 ? stats.lower / stats.cased : null,
      caseless: mostlyCaseless(lineText),
      blankBefore: blank,
      blankAfter: false,
      occurrences: 1,
      ui: weight <= 8 && isUiLine(lineText, words(lineText)),
      pictureCredit: weight <= 60 && hasPictureCredit(lineText),
      date: weight <= 12 && isDateLine(lineText, weight),
      bylineAuthors: weight <= 16 ? bylineAuthors(lineText, weight) : null,
      commentsHeader: isCommentsHeader(lineText, weight),
      copyright: weight <= 60 && isCopyrightLine(lineText),
      promo: weight < 40 && hasPromoVocabulary(lineText),
      separator: isSeparator(lineText),
      relatedHeader: isRelatedHeader(lineText, weight),
    });
    blank = false;
  }
  for (const line of lines) line.occurrences = counts.get(keys[line.index]!) ?? 1;
  return lines;
}
