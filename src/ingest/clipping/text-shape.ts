// Shape of a single line of text, independent of what it says.

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu;
/** Letters of scripts that have no upper/lower case and no spaces between words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
/** Letters of scripts without case (these do separate words with spaces). */
const CASELESS_SCRIPT = /[\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Georgian}\p{Script=Ethiopic}]/gu;
const SENTENCE_END = /[.!?。！？…؟।]$/u;
const TRAILING_CLOSERS = /[\s"'”’»)\]」』）]+$/u;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function countMatches(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

export function unspacedLetterCount(text: string): number {
  return countMatches(text, UNSPACED_SCRIPT);
}

export function caselessLetterCount(text: string): number {
  return countMatches(text, CASELESS_SCRIPT) + unspacedLetterCount(text);
}

/**
 * Word count that also works for scripts written without spaces: there, roughly
 * two characters make a word.
 */
export function wordWeight(text: string): number {
  const unspaced = unspacedLetterCount(text);
  if (unspaced === 0) return words(text).length;
  const rest = words(text.replace(UNSPACED_SCRIPT, ' ')).length;
  return rest + Math.round(unspaced / 2);
}

/** Ends like a sentence, looking past closing quotes and brackets. */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text.replace(TRAILING_CLOSERS, ''));
}

/**
 * Share of words starting with a lower-case letter, among words whose first letter has case.
 * Running prose is mostly lower-case function words in every cased language; menus, headlines
 * in title case and names are not. Lines in caseless scripts get null.
 */
export function lowercaseShare(text: string): number | null {
  let cased = 0;
  let lower = 0;
  for (const w of words(text)) {
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
  const letters = countMatches(text, /\p{L}/gu);
  return letters > 0 && caselessLetterCount(text) / letters > 0.5;
}

/** Sentence-ending marks inside the line (a paragraph has several, a headline none). */
export function sentenceMarks(text: string): number {
  return countMatches(text, /[.!?。！？؟।](?=\s|$|["'”’»)])/gu);
}

export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** A line made only of symbols, like "___" or "* * *". */
export function isSeparator(text: string): boolean {
  return text.length >= 1 && !/[\p{L}\p{N}]/u.test(text);
}

export function normalizeForCompare(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
