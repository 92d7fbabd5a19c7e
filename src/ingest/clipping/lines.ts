// Splits a clipping into non-empty lines and measures each one.
import { bylineAuthors } from './bylines.ts';
import { hasPictureCredit } from './captions.ts';
import { isDateLine } from './dates.ts';
import {
  endsLikeSentence, isAllCaps, isSeparator, lowercaseShare, mostlyCaseless, normalizeForCompare, sentenceMarks, wordWeight, words,
} from './text-shape.ts';
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
  allCaps: boolean;
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
  let blank = true;
  for (const rawLine of raw) {
    const lineText = rawLine.replace(/[\s\u00a0\u200b\ufeff]+/gu, ' ').trim();
    if (!lineText) {
      blank = true;
      const last = lines[lines.length - 1];
      if (last) last.blankAfter = true;
      continue;
    }
    const wordList = words(lineText);
    const weight = wordWeight(lineText);
    const key = normalizeForCompare(lineText);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    lines.push({
      index: lines.length,
      text: lineText,
      words: weight,
      endsSentence: endsLikeSentence(lineText),
      sentenceMarks: sentenceMarks(lineText),
      lowercaseShare: lowercaseShare(lineText),
      caseless: mostlyCaseless(lineText),
      allCaps: isAllCaps(lineText),
      blankBefore: blank,
      blankAfter: false,
      occurrences: 1,
      ui: isUiLine(lineText, wordList),
      pictureCredit: weight <= 60 && hasPictureCredit(lineText),
      date: isDateLine(lineText, weight),
      bylineAuthors: bylineAuthors(lineText, weight),
      commentsHeader: isCommentsHeader(lineText, weight),
      copyright: weight <= 60 && isCopyrightLine(lineText),
      promo: hasPromoVocabulary(lineText),
      separator: isSeparator(lineText),
      relatedHeader: isRelatedHeader(lineText, weight),
    });
    blank = false;
  }
  for (const line of lines) line.occurrences = counts.get(normalizeForCompare(line.text)) ?? 1;
  return lines;
}
