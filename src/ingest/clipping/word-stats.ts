// One pass over a line: how many words, how many start lower-case, how many unspaced-script letters,
// how many sentence marks, whether it has digits, whether it is plain ASCII (which lets later checks
// take their cheaper forms) and whether its whitespace needs tidying.

export interface WordStats {
  /** Words, with unspaced scripts counted at about two characters a word. */
  weight: number;
  /** Words starting with a letter that has case. */
  cased: number;
  /** Of those, starting lower-case. */
  lower: number;
  /** Every character is ASCII. */
  ascii: boolean;
  /** The only whitespace is single plain spaces between other characters. */
  tidy: boolean;
  /**
   * Sentence-ending marks (. ! ? 。 ！ ？ ؟ ।) followed by a space, a closing quote or bracket, or the end: what
   * sentenceMarks() counts, exact on tidy text (where the only whitespace is a plain space).
   */
  sentenceMarks: number;
  /** Has an ASCII digit (what /\d/ finds). */
  digits: boolean;
}

const OTHER = 0, LOWER = 1, UPPER = 2, UNCASED = 3, UNSPACED = 4, JOINER = 5, MARK = 6, SPACE = 7;
/** Kinds that act as OTHER (STOP) or UNCASED (DIGIT) and are also counted. */
const STOP = 9, DIGIT = 10;
/** What the line splitter collapses; as SPACE it ends a word like OTHER does. */
const WHITESPACE = /[\s\u200b]/;

function isUnspacedScript(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x0e00 && code <= 0x0eff) || (code >= 0x1780 && code <= 0x17ff) || (code >= 0x1000 && code <= 0x109f) ||
    (code >= 0xf900 && code <= 0xfaff);
}

/** . ! ? 。 ！ ？ ؟ । */
function isSentenceMark(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x61f || code === 0x964;
}

/** What may follow a sentence mark on a tidy line: a space, a closing quote or bracket (" ' ” ’ » )). */
function canFollowMark(code: number): boolean {
  return code === 32 || code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 0xbb || code === 41;
}

function kindOfWide(code: number): number {
  if (isSentenceMark(code)) return STOP;
  if (code === 0x2019) return JOINER;
  if (WHITESPACE.test(String.fromCharCode(code))) return SPACE;
  if (isUnspacedScript(code)) return UNSPACED;
  const ch = String.fromCharCode(code);
  if (/\p{M}/u.test(ch)) return MARK;
  if (/\p{L}/u.test(ch)) {
    const lower = ch.toLowerCase(), upper = ch.toUpperCase();
    if (lower === upper) return UNCASED;
    return ch === lower ? LOWER : UPPER;
  }
  return /\p{N}/u.test(ch) ? UNCASED : OTHER;
}

function kindOfAscii(code: number): number {
  if (code >= 97 && code <= 122) return LOWER;
  if (code >= 65 && code <= 90) return UPPER;
  if (code >= 48 && code <= 57) return DIGIT;
  if (code === 32 || (code >= 9 && code <= 13)) return SPACE;
  if (isSentenceMark(code)) return STOP;
  return code === 39 || code === 95 || code === 45 ? JOINER : OTHER;
}

const UNKNOWN = -1;
/** The first half of an astral character (mostly emoji and rare Han). */
const HIGH_SURROGATE = 8;
/** The kind of every BMP code unit, filled in as codes are first seen (64 KB). */
const KINDS = new Int8Array(0x10000).fill(UNKNOWN);
for (let code = 0; code < 128; code++) KINDS[code] = kindOfAscii(code);
KINDS.fill(HIGH_SURROGATE, 0xd800, 0xdc00);

function learnedKind(code: number): number {
  const kind = kindOfWide(code);
  KINDS[code] = kind;
  return kind;
}

/** Statistics of text[start, end): a line measured in place in the whole text, which reads faster than a slice of it. */
export function wordStats(text: string, start = 0, end = text.length): WordStats {
  let words = 0, cased = 0, lower = 0, unspaced = 0, marks = 0;
  let digits = false;
  let inWord = false;
  let codes = 0;
  let tidy = true;
  let afterSpace = true;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    codes |= code;
    let kind = KINDS[code]!;
    if (kind === UNKNOWN) kind = learnedKind(code);
    if (kind === SPACE) {
      // Also untidy at the start of the line, where afterSpace starts out true.
      if (afterSpace || code !== 32) tidy = false;
      afterSpace = true;
      inWord = false;
      continue;
    }
    afterSpace = false;
    if (kind === LOWER || kind === UPPER || kind === UNCASED || kind === DIGIT) {
      if (kind === DIGIT) digits = true;
      if (!inWord) {
        inWord = true;
        words++;
        if (kind === LOWER || kind === UPPER) {
          cased++;
          if (kind === LOWER) lower++;
        }
      }
    } else if (kind === OTHER) inWord = false;
    else if (kind === STOP) {
      inWord = false;
      if (i + 1 === end || canFollowMark(text.charCodeAt(i + 1))) marks++;
    }
    else if (kind === UNSPACED) {
      unspaced++;
      inWord = false;
    } else if (kind === HIGH_SURROGATE) {
      // An astral character ends a word; rare Han counts as unspaced.
      const cp = text.codePointAt(i)!;
      if (cp >= 0x20000 && cp <= 0x3ffff) unspaced++;
      inWord = false;
      i++;
      // After a lone high surrogate the unit passed over is any character: it may be a mark or a digit.
      if (i < end) {
        const next = text.charCodeAt(i);
        if (next >= 48 && next <= 57) digits = true;
        else if (isSentenceMark(next) && (i + 1 === end || canFollowMark(text.charCodeAt(i + 1)))) marks++;
      }
    }
    // JOINER and MARK carry a word on and start none.
  }
  if (afterSpace && end > start) tidy = false;
  return { weight: words + Math.round(unspaced / 2), cased, lower, ascii: codes < 128, tidy, sentenceMarks: marks, digits };
}
