// One scan that rules out the picture-credit, rights-notice and promotion checks for most lines.
import { CREDIT_HINT } from './captions.ts';
import { COPYRIGHT, LEGAL_TERMS, PROMO } from './ui-vocabulary.ts';
import { isAscii } from './text-shape.ts';

/**
 * Any of their words. On plain ASCII text, case-insensitive matching is the same with or without
 * the u flag and the same as matching the lower-cased text, so a line without any of these words
 * passes none of the checks.
 */
const FURNITURE_WORDS = new RegExp([CREDIT_HINT, COPYRIGHT, LEGAL_TERMS, PROMO].map((re) => re.source).join('|'), 'i');

/** False when the line certainly has no credit, rights notice or promotion; other lines need the checks. */
export function mayHaveFurnitureWords(text: string, ascii = isAscii(text)): boolean {
  return !ascii || FURNITURE_WORDS.test(text);
}
