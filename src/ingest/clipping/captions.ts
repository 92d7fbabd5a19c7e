// Photo captions and picture credits.
import { isUiLine } from './ui-vocabulary.ts';

const CREDIT_MARK =
  /(\b(photo|photograph|picture|image|pic|credit|foto|bild|imagen|crédit|фото)s?\s*(:|\.\.\.|…|by\b|credit\b|courtesy\b)|\((ap|afp|reuters|getty)?\s*photo\b[^)]*\)|\bimage (copyright|caption)\b|\bgetty images\b|\bshutterstock\b|\b(via|for) (reuters|ap|afp|getty)\b|\/\s*(ap|afp|reuters|getty|epa)(\s+(file|photo))?\s*$|\b(ap|afp|reuters|epa) (file )?photo\b|\bfile photo\b|\bcredit\.\.\.|\bcourtesy of\b)/u;

/**
 * Words one of which every credit contains. Matched in any case on the line as written, it lets
 * through every line it would let through once lower-cased, so most lines skip the lower-casing.
 * New words go into vocabulary-cue.ts too.
 */
const CREDIT_HINT = /phot|imag|pic|credit|foto|bild|getty|shutter|reuters|ap\b|afp|epa|courtesy|\u0444\u043e\u0442\u043e/i;

/**
 * A credit closing a caption: "... © Reuters / David Mercado", "... REUTERS/Jane Doe",
 * "... (Maine State Police; Los Angeles County Sheriff)". Names only after the mark, no sentence.
 */
const TRAILING_CREDIT = /(\s©\s*[\p{Lu}][\p{L}.'’&\s/-]{1,60}|\b(REUTERS|AFP|EPA|AP|XINHUA|GETTY)\s*\/\s*[\p{Lu}][\p{L}.'’\s-]{1,40}|\((\p{Lu}[\p{L}.'’&-]*\s?){1,5}(;\s*(\p{Lu}[\p{L}.'’&-]*\s?){1,6})+\))$/u;

/**
 * A sentence closed by names in brackets: "... in New York. (Jane Roe / Reuters)", "... 17 years. (Microsoft)".
 * Not a link ("(More)", "(Photos)") nor an aside ("(Phew.)").
 */
const BRACKETED_CREDIT = /[.!?]["'’”]?\s*\(((\p{Lu}[\p{L}.'’&-]*\s?){1,4}(\/\s*(\p{Lu}[\p{L}.'’&-]*\s?){1,4})*)\)$/u;

function endsWithBracketedCredit(text: string): boolean {
  const names = BRACKETED_CREDIT.exec(text)?.[1];
  return names !== undefined && !/[.!?]$/u.test(names) && !isUiLine(names);
}

/** A line carrying a picture credit (the caption text usually shares the line). */
export function hasPictureCredit(text: string): boolean {
  if (/[©)]|\/\s*\p{Lu}/u.test(text) && TRAILING_CREDIT.test(text.trimEnd())) return true;
  if (text.endsWith(')') && endsWithBracketedCredit(text)) return true;
  return CREDIT_HINT.test(text) && CREDIT_MARK.test(text.toLowerCase());
}

/** Removes a glued credit from the end of a caption: "Trees in bloom.Credit...Staff" -> "Trees in bloom." */
export function captionWithoutCredit(text: string): string {
  return text
    .replace(/\s*(credit\s*(\.\.\.|…|:)|\b(photo|photograph|picture|image|foto|bild|фото)s?\s*:).*$/iu, '')
    .replace(/\s*\((ap|afp|reuters|getty)?\s*photo\b[^)]*\)\s*$/iu, '')
    .replace(/^image caption\s*/iu, '')
    .trim();
}

/**
 * What a caption says about its picture, credited or not: "Rose Jones was pictured scuba-diving",
 * "The mayor (left) poses with ...", "Seen here at the launch": the words of any site's captions.
 */
const PICTURE_WORDS =
  /\b(pictured|pos(es|ed|ing) (for|with|at|in|beside|next)|(from )?left to right|from left|(seen|shown) here|in (this|the) (photo|picture|image|photograph)|(is|are|was|were) (seen|shown) (at|in|with|during|on|after|before|outside|inside|here))\b|\((left|right|centre|center|top|above|below|inset|pictured)\)/iu;

/** A line that describes a picture: a caption, not a standfirst. */
export function describesPicture(text: string): boolean {
  return PICTURE_WORDS.test(text);
}
