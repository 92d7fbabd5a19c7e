// One scan that rules out the picture-credit, rights-notice and promotion checks for most lines.
import { isAscii } from './text-shape.ts';

/**
 * Every match of CREDIT_HINT (captions.ts), COPYRIGHT, LEGAL_TERMS and PROMO (ui-vocabulary.ts) on an
 * ASCII line contains one of these; extend the list with those patterns. (On ASCII text, case-insensitive
 * matching is the same with or without the u flag and the same as matching the lower-cased text.)
 */
const CUES = [
  // picture credits
  'phot', 'imag', 'pic', 'credit', 'foto', 'bild', 'getty', 'shutter', 'reuters', 'ap\\b', 'afp', 'epa', 'courtesy',
  // a sentence closed by a credit in brackets: "... 17 years. (Microsoft)"
  '[.!?]["\'’”]?\\s*\\(',
  // rights notices
  '\\(c\\)', 'copyright', 'rights reserved', 'derechos reservados', 'rechte vorbehalten', 'reproduc', 'permission',
  'fair use', 'fair dealing', 'prior', 'terms of', 'privacy policy', 'trademark',
  // promotions
  'sign up', 'subscribe', 'no spam', 'newsletter', 'inbox', 'download', 'follow us', 'click here', 'get more with',
  'log ?in', 'sign in', 'cookie', 'recaptcha', 'continue reading', 'you may also like', 'most ', "don'?t miss",
  'get the latest', 'reprint', 'print edition', 'appears in print', 'this article appear', 'listen to th',
];

/** One alternation per first letter ("c(?:redit|ourtesy|...)"): far quicker to scan than a flat list. */
function groupedByFirstLetter(cues: string[]): RegExp {
  const groups = new Map<string, string[]>();
  for (const cue of cues) {
    const first = /^[a-z]/.test(cue) ? cue[0]! : cue;
    groups.set(first, [...(groups.get(first) ?? []), first === cue ? '' : cue.slice(1)]);
  }
  const alternatives = [...groups].map(([first, rests]) => (rests.length === 1 ? first + rests[0] : `${first}(?:${rests.join('|')})`));
  return new RegExp(alternatives.join('|'), 'i');
}

const FURNITURE_CUE = groupedByFirstLetter(CUES);

/** False when the line certainly has no credit, rights notice or promotion; other lines need the checks. */
export function mayHaveFurnitureWords(text: string, ascii = isAscii(text)): boolean {
  return !ascii || FURNITURE_CUE.test(text);
}
