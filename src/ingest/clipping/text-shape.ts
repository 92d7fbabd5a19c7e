// Shape of a single line of text, independent of what it says.

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;
/** Letters of scripts that have no upper/lower case and no spaces between words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
/** Letters of scripts without case (these do separate words with spaces). */
const CASELESS_SCRIPT = /[\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Georgian}\p{Script=Ethiopic}]/gu;
const SENTENCE_END_CHARS = '.!?。！？…؟।';
const TRAILING_CLOSER_CHARS = ' "\'”’»)]」』）*';

const ASCII_WORD = /[A-Za-z0-9][A-Za-z0-9'_-]*/g;

/** The (global) word pattern for this text: a cheaper one for plain ASCII. */
export function wordPattern(text: string): RegExp {
  return isAscii(text) ? ASCII_WORD : WORD;
}

export function words(text: string): string[] {
  return text.match(wordPattern(text)) ?? [];
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Plain ASCII lines (most lines of most pages) skip the costlier script checks. */
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

export function countMatches(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Any character from Hebrew onwards, leaving out general punctuation (curly quotes, dashes). */
const POSSIBLY_CASELESS = /[\u0590-\u1fff\u2e80-\uffff]/;

function removedLength(text: string, re: RegExp): number {
  return text.length - text.replace(re, '').length;
}

export function unspacedLetterCount(text: string): number {
  return POSSIBLY_CASELESS.test(text) ? removedLength(text, UNSPACED_SCRIPT) : 0;
}

export function caselessLetterCount(text: string): number {
  return POSSIBLY_CASELESS.test(text) ? removedLength(text, CASELESS_SCRIPT) + removedLength(text, UNSPACED_SCRIPT) : 0;
}

/**
 * Word count that also works for scripts written without spaces: there, roughly
 * two characters make a word.
 */
export function wordWeight(text: string, wordList: string[] = words(text)): number {
  const unspaced = unspacedLetterCount(text);
  if (unspaced === 0) return wordList.length;
  const rest = words(text.replace(UNSPACED_SCRIPT, ' ')).length;
  return rest + Math.round(unspaced / 2);
}

/** Ends like a sentence, looking past closing quotes and brackets. */
export function endsLikeSentence(text: string): boolean {
  let end = text.length;
  while (end > 0 && TRAILING_CLOSER_CHARS.includes(text[end - 1]!)) end--;
  return end > 0 && SENTENCE_END_CHARS.includes(text[end - 1]!);
}

/**
 * Share of words starting with a lower-case letter, among words whose first letter has case.
 * Running prose is mostly lower-case function words in every cased language; menus, headlines
 * in title case and names are not. Lines in caseless scripts get null.
 */
export function lowercaseShare(text: string, wordList: string[] = words(text)): number | null {
  let cased = 0;
  let lower = 0;
  for (const w of wordList) {
    const first = w[0]!;
    if (first.toLowerCase() === first.toUpperCase()) continue;
    cased++;
    if (first === first.toLowerCase()) lower++;
  }
  if (cased === 0) return null;
  return lower / cased;
}

/** True when most letters belong to scripts without case. */
export function mostlyCaseless(text: string): boolean {
  if (!POSSIBLY_CASELESS.test(text)) return false;
  const letters = removedLength(text, /\p{L}/gu);
  return letters > 0 && caselessLetterCount(text) / letters > 0.5;
}

/** What may follow a sentence mark: white space (as \s matches it) or a closing quote or bracket. */
const AFTER_MARK = /[\s"'”’»)]/;

/** Sentence-ending marks inside the line, each followed by a space, a closer or the end (a paragraph has several, a headline none). */
export function sentenceMarks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // . ! ? 。 ！ ？ ؟ ।
    if ((c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x61f || c === 0x964) &&
      (i + 1 === text.length || AFTER_MARK.test(text[i + 1]!))) n++;
  }
  return n;
}

export function isAllCaps(text: string): boolean {
  // Plain ASCII, in one pass: no lower-case letter and at least three capitals.
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) capitals++;
    else if (c >= 128) return isAllCapsText(text);
  }
  return capitals >= 3;
}

function isAllCapsText(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** A line made only of symbols, like "___" or "* * *". */
export function isSeparator(text: string): boolean {
  return text.length >= 1 && !/[\p{L}\p{N}]/u.test(text);
}

export function normalizeForCompare(text: string): string {
  // Long paragraphs are compared as they are: punctuation hardly matters there.
  if (text.length > 200) return text.toLowerCase();
  const lower = text.toLowerCase();
  return (isAscii(lower) ? lower.replace(/[^a-z0-9]+/g, ' ') : lower.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
}
