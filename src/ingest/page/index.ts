// Saved news page (.html) -> Extracted: metadata from the head, the article body cleaned of page furniture.
import { emptyExtracted, type Extracted } from '../extracted.ts';
import { markFurnitureChildren } from './class-names.ts';
import { cleanBody } from './clean-body.ts';
import { flattenDeepNesting } from './flatten-deep.ts';
import type { CleaningRule } from './cleaning/rule.ts';
import { readMetadata } from './metadata.ts';
import { parsePage } from './parse-page.ts';
import { readBody } from './readable-body.ts';
import { chooseTitle } from './title.ts';

/** Below this many letters a body is page furniture, not an article. */
const MIN_BODY_LETTERS = 80;

function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.html?(\.gz)?$/i, '').replace(/[-_]+/g, ' ').trim() || base;
}

/**
 * Never throws: a page without an article gives an empty body and a warning.
 * `rules` replaces the body cleaning rules (all of CLEANING_RULES by default).
 */
export function extractPage(html: string, fileName?: string, rules?: CleaningRule[]): Extracted {
  const extracted = emptyExtracted();
  let document: Document;
  try {
    document = parsePage(html ?? '');
  } catch {
    extracted.warnings.push('the page could not be parsed');
    document = parsePage('');
  }

  const { titles, ...metadata } = readMetadata(document);
  Object.assign(extracted, metadata);

  if (document.body) {
    flattenDeepNesting(document.body);
    markFurnitureChildren(document.body);
  }
  const body = readBody(document);
  if (body.content) {
    cleanBody(body.content, { titles: [...titles, body.title ?? ''].filter(Boolean) }, rules);
    const letters = (body.content.textContent ?? '').replace(/[^\p{L}\p{N}]+/gu, '').length;
    if (letters >= MIN_BODY_LETTERS) extracted.bodyHtml = body.content.innerHTML.trim();
  }
  if (!extracted.bodyHtml) extracted.warnings.push('no article found in the page');

  extracted.title = chooseTitle([...titles, body.title]);
  if (!extracted.title && fileName) {
    extracted.title = titleFromFileName(fileName);
    extracted.warnings.push('no title found: using the file name');
  } else if (!extracted.title) extracted.warnings.push('no title found');
  return extracted;
}
