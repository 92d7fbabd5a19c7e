// A cheap language guess: the script, then a handful of very common words for Latin-script text.

const SCRIPTS: Array<[RegExp, string]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Devanagari}/gu, 'hi'],
];

const COMMON_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'was', 'for', 'it'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'auf', 'ein'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'pas'],
  es: ['el', 'la', 'los', 'y', 'que', 'es', 'por', 'con', 'una', 'para'],
  pt: ['o', 'a', 'os', 'e', 'que', 'não', 'com', 'uma', 'para', 'é'],
  it: ['il', 'la', 'che', 'e', 'di', 'non', 'per', 'una', 'sono', 'gli'],
  nl: ['de', 'het', 'en', 'van', 'een', 'is', 'niet', 'met', 'dat', 'voor'],
};

const LANGUAGE_OF_WORD = new Map<string, string[]>();
for (const [lang, list] of Object.entries(COMMON_WORDS)) {
  for (const word of list) LANGUAGE_OF_WORD.set(word, [...(LANGUAGE_OF_WORD.get(word) ?? []), lang]);
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

const SAMPLE_LENGTH = 1200;

/** The start of the texts joined with spaces: as much as the guess reads, without joining them all. */
export function leadingSample(texts: string[]): string {
  let sample = '';
  for (let i = 0; i < texts.length && sample.length < SAMPLE_LENGTH; i++) sample += i === 0 ? texts[i] : ` ${texts[i]}`;
  return sample.slice(0, SAMPLE_LENGTH);
}

/** ASCII and general punctuation (curly quotes, dashes): no letters there but a-z, before or after lower-casing. */
const PLAIN_LATIN = /^[\x00-\x7f\u2000-\u206f]*$/;

function letterRuns(lower: string): string[] {
  return (PLAIN_LATIN.test(lower) ? lower.match(/[a-z]+/g) : lower.match(/\p{L}+/gu)) ?? [];
}

export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_LENGTH);
  if (/[\u0370-\u1fff\u2e80-\uffff]/.test(sample)) {
    const letters = count(sample, /\p{L}/gu);
    if (letters < 20) return null;
    // Japanese text mixes kana with Han; kana alone decides it.
    for (const [re, lang] of SCRIPTS) {
      const share = count(sample, re) / letters;
      if (share > (lang === 'ja' ? 0.1 : 0.3)) return lang;
    }
  }
  const tokens = letterRuns(sample.toLowerCase());
  if (tokens.length < 5) return null;
  const hits = new Map<string, number>();
  for (const token of tokens) {
    const languages = LANGUAGE_OF_WORD.get(token);
    if (languages) for (const lang of languages) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestHits = 0;
  for (const [lang, n] of hits) {
    if (n > bestHits) {
      best = lang;
      bestHits = n;
    }
  }
  return bestHits / tokens.length >= 0.05 ? best : null;
}
