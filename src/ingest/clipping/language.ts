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

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 5000);
  const letters = count(sample, /\p{L}/gu);
  if (letters < 20) return null;
  // Japanese text mixes kana with Han; kana alone decides it.
  for (const [re, lang] of SCRIPTS) {
    const share = count(sample, re) / letters;
    if (share > (lang === 'ja' ? 0.1 : 0.3)) return lang;
  }
  const tokens = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best: string | null = null;
  let bestHits = 0;
  for (const [lang, list] of Object.entries(COMMON_WORDS)) {
    const set = new Set(list);
    const hits = tokens.filter((t) => set.has(t)).length;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return tokens.length > 0 && bestHits / tokens.length >= 0.05 ? best : null;
}
