// Splits a clipping into non-empty lines; each line's measures (line-measures.ts) are worked out when asked for.
import { LineMeasures } from './line-measures.ts';
import { occurrenceCounts } from './occurrences.ts';
import { wordStats, type WordStats } from './word-stats.ts';

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

/** A line of the page: its place, and its text's measures (shared with its repeats), asked for as a decider needs them. */
class ClippingLine implements Line {
  index: number;
  readonly text: string;
  blankBefore: boolean;
  blankAfter = false;
  occurrences = 1;
  readonly memo: LineMemo;
  private readonly measures: LineMeasures;
  /** A repeat hands out its own copy of the names its first showing found. */
  private readonly repeat: boolean;
  private ownAuthors: string[] | null | undefined = undefined;
  /** Set when the line is found to open the comment section (commentThreads); the text's own measure otherwise. */
  private openedComments: boolean | undefined = undefined;

  constructor(measures: LineMeasures, memo: LineMemo, index: number, blankBefore: boolean, repeat: boolean) {
    this.measures = measures;
    this.text = measures.text;
    this.memo = memo;
    this.index = index;
    this.blankBefore = blankBefore;
    this.repeat = repeat;
  }

  /** A line with the same text further down: the same measures and memo, its own place (its count is set at the end). */
  repeatAt(index: number, blankBefore: boolean): ClippingLine {
    return new ClippingLine(this.measures, this.memo, index, blankBefore, true);
  }

  get words(): number { return this.measures.words; }
  get endsSentence(): boolean { return this.measures.endsSentence; }
  get sentenceMarks(): number { return this.measures.sentenceMarks; }
  get lowercaseShare(): number | null { return this.measures.lowercaseShare; }
  get caseless(): boolean { return this.measures.caseless; }
  get ui(): boolean { return this.measures.ui; }
  get pictureCredit(): boolean { return this.measures.pictureCredit; }
  get date(): boolean { return this.measures.date; }
  get bylineAuthors(): string[] | null {
    if (!this.repeat) return this.measures.bylineAuthors;
    if (this.ownAuthors === undefined) this.ownAuthors = this.measures.bylineAuthors && [...this.measures.bylineAuthors];
    return this.ownAuthors;
  }
  get commentsHeader(): boolean { return this.openedComments ?? this.measures.commentsHeader; }
  set commentsHeader(opens: boolean) { this.openedComments = opens; }
  get copyright(): boolean { return this.measures.copyright; }
  get promo(): boolean { return this.measures.promo; }
  get separator(): boolean { return this.measures.separator; }
  get relatedHeader(): boolean { return this.measures.relatedHeader; }
  get prose(): boolean { return this.measures.prose; }
  get headlineLike(): boolean { return this.measures.headlineLike; }
}

function measuredLine(lineText: string, stats: WordStats, index: number, blankBefore: boolean): ClippingLine {
  const memo: LineMemo = { headlineShaped: undefined, bylineOrDateline: undefined, contentWords: undefined };
  return new ClippingLine(new LineMeasures(lineText, stats), memo, index, blankBefore, false);
}

export function splitLines(text: string): Line[] {
  const lines: ClippingLine[] = [];
  const shortLines = new Map<string, ClippingLine>();
  /** Short lines in order, each with the line that first showed its text; lines too long to look up. */
  const shortOnes: ClippingLine[] = [];
  const firstShowings: ClippingLine[] = [];
  const longLines: ClippingLine[] = [];
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
    let line: ClippingLine;
    if (lineText.length > MAX_REPEAT_LENGTH) {
      line = measuredLine(lineText, stats, lines.length, blank);
      longLines.push(line);
    } else {
      const first = shortLines.get(lineText);
      if (first) {
        line = first.repeatAt(lines.length, blank);
        first.occurrences++;
      } else {
        line = measuredLine(lineText, stats, lines.length, blank);
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
