// Second and third candidates for a page whose first reading cleans down to nothing: Readability took
// a comment thread, a gallery or a link list for the article, and the cleaning rightly dropped it.
import { extractClipping } from '../clipping/index.ts';
import { htmlToText } from '../html-text.ts';
import { namedAsFurniture } from './class-names.ts';
import { parsePage } from './parse-page.ts';

/** The page parsed afresh without the blocks its class names call furniture (comments, related, share...). */
export function pageWithoutFurniture(html: string): Document {
  const document = parsePage(html);
  for (const element of [...(document.body?.querySelectorAll('[class], [id]') ?? [])]) {
    if (element.parentNode && namedAsFurniture(element)) element.remove();
  }
  return document;
}

/**
 * The article found in the page's visible text by the clipping reader, which finds the main run of
 * prose as in a pasted "select all" copy; '' when there is none.
 */
export function bodyFromPageText(html: string): string {
  const body = parsePage(html).body;
  if (!body) return '';
  return extractClipping(htmlToText(body.innerHTML)).bodyHtml;
}
