// The lead: the first paragraph of the body that says what the story is about, which the summary
// is made of when the page has no standfirst. Notices, bylines, field rows and page source that
// open the body are passed over.
import type { Line } from './lines.ts';
import { isMarkupOrCode } from './line-kind.ts';
import { isSiteNotice } from './ui-vocabulary.ts';

/** How many of the body's first lines the lead may be looked for in (page source can take several). */
const LEAD_REACH = 12;
/** "Tags: battery, saver", "The Fine Print: ...": a template's field, not a sentence of the story. */
const FIELD_ROW = /^[\p{L}][\p{L} ]{0,24}:\s*\S/u;
/** Leftovers of conditional comments and scripts: "[if lt IE 8]>", "<![endif]". */
const PAGE_SOURCE = /^(<!?)?\[(if|endif)\b|^<\/?[a-z]/iu;
/**
 * A contributor's note: "Jane Roe is a senior editor at The Atlantic, where she writes ...",
 * often set off by a dash.
 */
const AUTHOR_NOTE =
  /^[-–—•]?\s*(\p{Lu}[\p{L}.'’-]*\s+){1,3}(is|was)\s+(a|an|the)\s+([\p{L}-]+\s+){0,3}(editor|writer|reporter|journalist|correspondent|columnist|contributor|blogger)\b/u;

/** A paragraph that can open the story. */
export function canBeLead(line: Line): boolean {
  if (!line.prose || line.promo || line.copyright || line.pictureCredit || line.bylineAuthors !== null) return false;
  const text = line.text;
  if (PAGE_SOURCE.test(text) || isMarkupOrCode(text, line.words)) return false;
  if (FIELD_ROW.test(text) && text.indexOf(':') < 26 && line.words < 25) return false;
  return !isContributorNote(text) && !isSiteNotice(text);
}

/** A note about the author rather than the story. */
export function isContributorNote(text: string): boolean {
  return AUTHOR_NOTE.test(text);
}

/** The body's lead line, or null when none of its first lines can be. */
export function findLead(body: readonly Line[]): Line | null {
  for (const line of body.slice(0, LEAD_REACH)) if (canBeLead(line)) return line;
  return null;
}
