// Saved news page (.html) -> Extracted: metadata from the head, the article body cleaned of page furniture.
import { emptyExtracted, type Extracted } from '../extracted.ts';
import { htmlToText } from '../html-text.ts';
import { markFurnitureChildren } from './class-names.ts';
import { cleanBody } from './clean-body.ts';
import type { CleaningRule } from './cleaning/rule.ts';
import { bodyFromPageText, pageWithoutFurniture } from './fallback-body.ts';
import { flattenDeepNesting } from './flatten-deep.ts';
import { pageTags } from './keywords.ts';
import { readMetadata } from './metadata.ts';
import { parsePage } from './parse-page.ts';
import { readBody, type ReadableBody } from './readable-body.ts';
import { isSiteDescription } from './site-description.ts';
import { chooseTitle } from './title.ts';
import { removeUnlikelyBlocks } from './unlikely-blocks.ts';

/** Below this many letters a body is page furniture, not an article. */
const MIN_BODY_LETTERS = 80;

export const FALLBACK_WARNING =
  'the article block could not be told apart from the page furniture, so the body was read from the rest of the page; check its first and last paragraphs';

const letterCount = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '').length;

function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.html?(\.gz)?$/i, '').replace(/[-_]+/g, ' ').trim() || base;
}

/** Readability needs this many characters of text in its first pass, or it reads the page again with fewer rules. */
const READABILITY_CHAR_THRESHOLD = 500;

/** The main block Readability finds in a page; `parse` gives the page as a fresh document. */
function readArticle(document: Document, parse: () => Document): ReadableBody {
  prepare(document);
  const pruned = document.body ? removeUnlikelyBlocks(document.body) : false;
  const body = readBody(document);
  const length = (body.content?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (!pruned || length >= READABILITY_CHAR_THRESHOLD) return body;
  // Readability's later passes keep the blocks its first pass drops: they read the whole page.
  const whole = parse();
  prepare(whole);
  return readBody(whole);
}

function prepare(document: Document): void {
  if (!document.body) return;
  flattenDeepNesting(document.body);
  markFurnitureChildren(document.body);
}

/** Readability's main block of `document`, cleaned; '' when too little text is left. */
function cleanedArticle(
  document: Document,
  parse: () => Document,
  titles: string[],
  rules?: CleaningRule[],
): { html: string; text: string; title: string | null } {
  const body = readArticle(document, parse);
  if (!body.content) return { html: '', text: '', title: body.title };
  cleanBody(body.content, { titles: [...titles, body.title ?? ''].filter(Boolean) }, rules);
  const text = body.content.textContent ?? '';
  if (letterCount(text) < MIN_BODY_LETTERS) return { html: '', text: '', title: body.title };
  return { html: body.content.innerHTML.trim(), text, title: body.title };
}

/**
 * Never throws: a page without an article gives an empty body and a warning.
 * When the first reading comes out empty, the page is read again without its furniture blocks,
 * then as plain text by the clipping reader; a body found that way comes with a warning.
 * `rules` replaces the body cleaning rules (all of CLEANING_RULES by default).
 */
export function extractPage(html: string, fileName?: string, rules?: CleaningRule[]): Extracted {
  const source = html ?? '';
  const extracted = emptyExtracted();
  let document: Document;
  try {
    document = parsePage(source);
  } catch {
    extracted.warnings.push('the page could not be parsed');
    document = parsePage('');
  }

  const { titles, keywords, ...metadata } = readMetadata(document);
  Object.assign(extracted, metadata);

  const first = cleanedArticle(document, () => parsePage(source), titles, rules);
  extracted.bodyHtml = first.html;
  if (!extracted.bodyHtml) {
    const retry = () => cleanedArticle(pageWithoutFurniture(source), () => pageWithoutFurniture(source), titles, rules).html;
    const fromText = () => {
      const body = bodyFromPageText(source);
      return letterCount(htmlToText(body)) >= MIN_BODY_LETTERS ? body : '';
    };
    extracted.bodyHtml = tryEach(retry, fromText);
    extracted.warnings.push(extracted.bodyHtml ? FALLBACK_WARNING : 'no article found in the page');
  }

  extracted.title = chooseTitle([...titles, first.title]);
  const articleText = [extracted.title, first.text || htmlToText(extracted.bodyHtml)].join('\n');
  if (extracted.summary && isSiteDescription(extracted.summary, articleText, extracted.source?.name ?? null, extracted.url)) {
    extracted.summary = null; // the build then uses the lead paragraph
  }
  const mentions = `${articleText}\n${extracted.summary ?? ''}`;
  extracted.tags = pageTags(keywords, {
    titles: [...titles, first.title ?? ''],
    text: mentions,
    siteName: extracted.source?.name ?? null,
    authors: extracted.authors,
  });
  if (!extracted.title && fileName) {
    extracted.title = titleFromFileName(fileName);
    extracted.warnings.push('no title found: using the file name');
  } else if (!extracted.title) extracted.warnings.push('no title found');
  return extracted;
}

/** The first candidate that gives a body; a candidate that throws is skipped. */
function tryEach(...candidates: (() => string)[]): string {
  for (const candidate of candidates) {
    try {
      const body = candidate();
      if (body) return body;
    } catch {
      // A page the parser or Readability cannot walk: the next candidate reads it another way.
    }
  }
  return '';
}
