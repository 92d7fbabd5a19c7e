// What the whole page says about a short name that might be a tag: every place it appears is
// looked at, so an author box, a section menu or a repeated widget gives the name away wherever
// the candidate itself was found.
import type { Line } from './lines.ts';
import { isRole, isTopic, MAX_TAG_WORDS } from './topic-name.ts';

/** A by-word alone on its line, the name on the next ("By" / "Jeremy Glass"). */
const BY_WORD = /^(?:by|posted by|written by|words by|von|par|por|door|di)$/iu;
/** Author-box leftovers and labels: "author-name", ".author-avatar", "About the author". */
const AUTHOR_WORD = /\bauthors?\b|\bautor/iu;

/** Every line with exactly this text, in page order. */
export function occurrencesOf(lines: Line[], text: string): Line[] {
  return lines.filter((line) => line.text === text);
}

/**
 * A name set as an author: beside a date ("Jolie O'Dell" over "October 30, 2012") or a role
 * ("Roger Harrabin" over "Environment correspondent"), after
 * a lone "By", in an author box, or opening the author's bio ("Lance Whitney wears a few hats").
 */
function byAuthor(lines: Line[], line: Line): boolean {
  const before = lines[line.index - 1];
  const after = lines[line.index + 1];
  for (const near of [before, after]) {
    if (!near) continue;
    // Not beside a byline: that names the authors itself, and a topic label may sit over it.
    if (near.date || isRole(near.text)) return true;
    if (near.words <= 4 && AUTHOR_WORD.test(near.text)) return true;
  }
  if (before && BY_WORD.test(before.text)) return true;
  return after !== undefined && after.prose && after.text.startsWith(`${line.text} `);
}

/** An entry of a menu: a short name, no sentence, no button, no code. */
export function isMenuEntry(line: Line | undefined): boolean {
  return line !== undefined && line.words >= 1 && line.words <= MAX_TAG_WORDS && !line.endsSentence && !line.prose && !line.date &&
    line.bylineAuthors === null && !line.promo && isTopic(line.text);
}

/** Between two other menu entries: one item of a section menu or a run of links. */
function inMenu(lines: Line[], line: Line): boolean {
  return isMenuEntry(lines[line.index - 1]) && isMenuEntry(lines[line.index + 1]);
}

/** The article's own byline names (case-insensitive), and names the page sets as an author anywhere. */
export function isAuthorName(lines: Line[], text: string, authors: string[], occurrences = occurrencesOf(lines, text)): boolean {
  const key = text.toLowerCase();
  if (authors.some((a) => a.toLowerCase() === key || a.toLowerCase().startsWith(`${key} (`))) return true;
  return occurrences.some((line) => byAuthor(lines, line));
}

/** A section name: the page lists it in a menu somewhere, other than at `except` (the list it was read from). */
export function isSectionName(lines: Line[], text: string, except: Set<number>, occurrences = occurrencesOf(lines, text)): boolean {
  return occurrences.some((line) => !except.has(line.index) && inMenu(lines, line));
}

/**
 * A widget repeated whole (a caption's "Enlarge Image" / "Close", a login box, an author box): every
 * time the line appears, the same line comes before it, or the same line after it. A topic label
 * appears in different places (above the headline, again in the topic list by the body).
 */
export function isRepeatedBlock(lines: Line[], occurrences: Line[]): boolean {
  if (occurrences.length < 2) return false;
  const same = (offset: number) => {
    const texts = occurrences.map((line) => lines[line.index + offset]?.text);
    return texts[0] !== undefined && texts.every((t) => t === texts[0]);
  };
  return same(-1) || same(1);
}
