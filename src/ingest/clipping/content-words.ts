// The words that carry a line's subject: what a headline, its standfirst and the lead share.
import type { Line } from './lines.ts';

const CONTENT_WORD = /[\p{L}\p{N}]{4,}/gu;
/** The same on plain ASCII, lower-cased: its only letters and digits are these. */
const ASCII_CONTENT_WORD = /[a-z0-9]{4,}/g;
const NON_ASCII = /[^\x00-\x7f]/;

/** Long function words that say nothing about the story (English, the commonest case). */
const FUNCTION_WORDS = new Set([
  'this', 'that', 'with', 'from', 'have', 'more', 'will', 'been', 'were', 'they', 'their', 'what', 'when', 'which',
  'about', 'after', 'into', 'than', 'then', 'them', 'these', 'those', 'there', 'here', 'also', 'only', 'over', 'some',
  'such', 'your', 'just', 'like', 'said', 'says', 'would', 'could', 'should', 'most', 'other', 'where', 'while',
]);

export function contentWords(text: string): string[] {
  const lower = text.toLowerCase();
  return (lower.match(NON_ASCII.test(lower) ? CONTENT_WORD : ASCII_CONTENT_WORD) ?? []).filter((w) => !FUNCTION_WORDS.has(w));
}

/** contentWords of a line's text, worked out once however many candidates ask (read it, do not change it). */
export function lineContentWords(line: Line): readonly string[] {
  return (line.memo.contentWords ??= contentWords(line.text));
}

/** Share of the text's content words found in the set (0 when it has none). */
export function sharedShare(text: string, words: ReadonlySet<string>): number {
  const own = contentWords(text);
  if (own.length === 0 || words.size === 0) return 0;
  return own.filter((w) => words.has(w)).length / own.length;
}
