// Finds the article's main block with Readability, keeping class names for the cleaning that follows.
import { readability } from '../lazy-module.ts';

export interface ReadableBody {
  /** Readability's content element, still attached to the page's document. */
  content: Element | null;
  title: string | null;
}

export function readBody(document: Document): ReadableBody {
  try {
    const reader = new (readability().Readability)<Element>(document, {
      keepClasses: true,
      serializer: (node) => node as Element,
    });
    const result = reader.parse();
    return { content: result?.content ?? null, title: result?.title?.trim() || null };
  } catch {
    // Readability assumes a well-formed document; a page it cannot walk has no article we can find.
    return { content: null, title: null };
  }
}
