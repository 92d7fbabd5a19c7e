// Topic lists a page writes into a line rather than after a "Tags:" label: a blog's footer ("Posted in
// Travel | Tagged ferries, piers | Leave a comment", "This entry was posted in Travel and tagged ferries,
// piers on April 2, 2024."), and links set side by side with nothing between them ("Tags Kristi Noem
// South Dakota"), which only the article's own text can cut into names.
import type { Line } from './lines.ts';
import { MAX_TAG_WORDS } from './topic-name.ts';

/** "Tagged ferries, piers", "Tagged as Consumer Reports, Honda": one part of a footer line. */
const TAGGED_PART = /^tagged(?:\s+(?:with|as))?\s+(?![:])(.+)$/iu;
/** "... posted in Travel and tagged ferries, piers on April 2, 2024.", "... filed under PR and tagged twitter by Sue." */
const TAGGED_CLAUSE = /\b(?:posted|filed)\s+(?:in|under)\s.+?\sand\s+tagged\s+(.+?)(?:\s+(?:by|on|at)\s.*)?(?:\.\s|\.$|$)/iu;

/**
 * The list a footer line gives after "tagged" (without a colon), or null. A line of its own must not
 * be a sentence ("Tagged by police as a suspect, he fled."); a part between bars, or the clause a
 * blog's footer sentence ends with, may be.
 */
export function taggedList(line: Line): string | null {
  if (!/tagged/iu.test(line.text)) return null;
  const parts = line.text.split(/\s+\|\s+/u);
  for (const part of parts) {
    const m = TAGGED_PART.exec(part.trim());
    if (m && (parts.length > 1 || (!line.endsSentence && !line.prose))) return m[1]!;
  }
  return TAGGED_CLAUSE.exec(line.text)?.[1] ?? null;
}

/** "Tags Kristi Noem South Dakota": a list label, a space, then names with no separator between them. */
const UNSEPARATED = /^(?:[Tt]ags|[Tt]opics|[Tt]hemen|[Ss]ujets|[Tt]emas)\s+(?=\p{Lu})([^,;|•·:]+)$/u;

export function unseparatedList(text: string): string | null {
  return UNSEPARATED.exec(text)?.[1] ?? null;
}

/** Whether the article's running text names `name` (whole words, case-insensitive). */
export function mentionedIn(prose: string, name: string): boolean {
  const key = name.toLowerCase();
  let at = prose.indexOf(key);
  while (at >= 0) {
    const before = prose[at - 1];
    const after = prose[at + key.length];
    if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) return true;
    at = prose.indexOf(key, at + 1);
  }
  return false;
}

/**
 * Names side by side cut where the article's text shows them: from the left, the longest run of
 * words (up to a tag's length) that the running text names. Null when some word belongs to no name
 * the text names: the cut would be a guess.
 */
export function namesByMentions(words: string[], prose: string): string[] | null {
  const names: string[] = [];
  let i = 0;
  while (i < words.length) {
    let taken = 0;
    for (let n = Math.min(MAX_TAG_WORDS, words.length - i); n >= 1 && taken === 0; n--) {
      if (mentionedIn(prose, words.slice(i, i + n).join(' '))) taken = n;
    }
    if (taken === 0) return null;
    names.push(words.slice(i, i + taken).join(' '));
    i += taken;
  }
  return names;
}

/** The page's running text, lower-cased, for mention checks. */
export function proseOf(lines: Line[]): string {
  return lines.filter((line) => line.prose).map((line) => line.text).join('\n').toLowerCase();
}
