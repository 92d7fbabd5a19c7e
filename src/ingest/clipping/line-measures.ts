// What a line's text alone says about it, each measure worked out the first time a decider asks for
// it: most deciders look at a few lines only, and the cheap measures rule the costly ones out for most
// lines. One set of measures serves every line of the page with the same text.
import { bylineAuthors } from './bylines.ts';
import { hasPictureCredit } from './captions.ts';
import { isDateLine } from './dates.ts';
import { isHeadlineLike, isProse } from './line-kind.ts';
import { endsLikeSentence, isSeparator, mostlyCaseless } from './text-shape.ts';
import { hasPromoVocabulary, isCommentsHeader, isCopyrightLine, isRelatedHeader, isUiLine } from './ui-vocabulary.ts';
import { mayHaveFurnitureWords } from './vocabulary-cue.ts';
import type { WordStats } from './word-stats.ts';

/** A line without a digit is a date line only as a relative time ("a day ago"); isDateLine is exact on the rest. */
function mayBeDateLine(text: string, stats: WordStats): boolean {
  if (stats.digits) return true;
  const n = text.length;
  return n >= 3 && (text.charCodeAt(n - 1) | 32) === 111 && (text.charCodeAt(n - 2) | 32) === 103 && (text.charCodeAt(n - 3) | 32) === 97;
}

/** Not worked out yet (every measure is a boolean, a number, an array or null). */
const UNSET = undefined;

export class LineMeasures {
  readonly text: string;
  /** Words, with unspaced scripts counted at about two characters a word. */
  readonly words: number;
  readonly sentenceMarks: number;
  /** Share of lower-case initial letters; null for caseless scripts. */
  readonly lowercaseShare: number | null;
  /** A word starting with a cased letter rules out a line of symbols. */
  readonly separator: boolean;
  private readonly ascii: boolean;
  private readonly digits: boolean;
  private readonly stats: WordStats;
  private endsSentenceMeasure: boolean | undefined = UNSET;
  private caselessMeasure: boolean | undefined = UNSET;
  private uiMeasure: boolean | undefined = UNSET;
  private vocabularyMeasure: boolean | undefined = UNSET;
  private pictureCreditMeasure: boolean | undefined = UNSET;
  private dateMeasure: boolean | undefined = UNSET;
  private bylineMeasure: string[] | null | undefined = UNSET;
  private commentsHeaderMeasure: boolean | undefined = UNSET;
  private copyrightMeasure: boolean | undefined = UNSET;
  private promoMeasure: boolean | undefined = UNSET;
  private relatedHeaderMeasure: boolean | undefined = UNSET;
  private proseMeasure: boolean | undefined = UNSET;
  private headlineLikeMeasure: boolean | undefined = UNSET;

  constructor(text: string, stats: WordStats) {
    this.text = text;
    this.stats = stats;
    this.words = stats.weight;
    this.sentenceMarks = stats.sentenceMarks;
    this.lowercaseShare = stats.cased > 0 ? stats.lower / stats.cased : null;
    this.ascii = stats.ascii;
    this.digits = stats.digits;
    this.separator = stats.cased === 0 && isSeparator(text);
  }

  get endsSentence(): boolean {
    return (this.endsSentenceMeasure ??= endsLikeSentence(this.text));
  }

  get caseless(): boolean {
    return (this.caselessMeasure ??= !this.ascii && mostlyCaseless(this.text));
  }

  get ui(): boolean {
    return (this.uiMeasure ??= this.words <= 8 && isUiLine(this.text, this.ascii));
  }

  /** False when the line certainly holds no credit, rights notice or promotion. */
  private get vocabulary(): boolean {
    return (this.vocabularyMeasure ??= this.words <= 60 && mayHaveFurnitureWords(this.text, this.ascii));
  }

  get pictureCredit(): boolean {
    return (this.pictureCreditMeasure ??= this.vocabulary && hasPictureCredit(this.text));
  }

  get date(): boolean {
    return (this.dateMeasure ??= this.words <= 12 && mayBeDateLine(this.text, this.stats) && isDateLine(this.text, this.words));
  }

  get bylineAuthors(): string[] | null {
    if (this.bylineMeasure === UNSET) this.bylineMeasure = this.words <= 16 ? bylineAuthors(this.text, this.words) : null;
    return this.bylineMeasure;
  }

  /** Comment-section and related-story headers are short (both tests say no past six words). */
  get commentsHeader(): boolean {
    return (this.commentsHeaderMeasure ??= this.words <= 6 && isCommentsHeader(this.text, this.words));
  }

  get copyright(): boolean {
    return (this.copyrightMeasure ??= this.vocabulary && isCopyrightLine(this.text));
  }

  get promo(): boolean {
    return (this.promoMeasure ??= this.vocabulary && this.words < 40 && hasPromoVocabulary(this.text));
  }

  get relatedHeader(): boolean {
    return (this.relatedHeaderMeasure ??= this.words <= 6 && isRelatedHeader(this.text, this.words));
  }

  get prose(): boolean {
    return (this.proseMeasure ??= isProse(this));
  }

  get headlineLike(): boolean {
    return (this.headlineLikeMeasure ??= isHeadlineLike(this));
  }
}
