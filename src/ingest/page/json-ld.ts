// Reads the schema.org description of the article from the page's JSON-LD blocks.
import type { ElementIndex } from './element-index.ts';

export type JsonObject = Record<string, unknown>;

const ARTICLE_TYPE = /Article|Posting|Report|Story|NewsArticle|WebPage/i;

function parseBlock(text: string): unknown {
  try {
    // Some sites leave raw newlines or a trailing semicolon in the block.
    return JSON.parse(text.trim().replace(/;\s*$/, '').replace(/[\u0000-\u001f]+/g, ' '));
  } catch {
    return null;
  }
}

function collect(value: unknown, into: JsonObject[]): void {
  if (Array.isArray(value)) for (const item of value) collect(item, into);
  else if (value && typeof value === 'object') {
    const object = value as JsonObject;
    into.push(object);
    if (object['@graph']) collect(object['@graph'], into);
  }
}

function types(object: JsonObject): string {
  const type = object['@type'];
  return Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '';
}

/** The most article-like JSON-LD object of the page, or null. */
export function readJsonLd(elements: ElementIndex): JsonObject | null {
  const objects: JsonObject[] = [];
  for (const script of elements.byTag('SCRIPT')) {
    if (!script.getAttribute('type')?.toLowerCase().includes('ld+json')) continue;
    collect(parseBlock(script.textContent ?? ''), objects);
  }
  const score = (object: JsonObject) => {
    const type = types(object);
    let points = 0;
    if (/Article|Posting|Report|Story/i.test(type)) points += 4;
    else if (ARTICLE_TYPE.test(type)) points += 1;
    if (typeof object.headline === 'string') points += 2;
    if (object.datePublished) points += 1;
    return points;
  };
  let best: JsonObject | null = null;
  let bestScore = 0;
  for (const object of objects) {
    const points = score(object);
    if (points > bestScore) [best, bestScore] = [object, points];
  }
  return best;
}

/** A string field, or the `name` of an object field. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return textOf(value[0]);
  if (value && typeof value === 'object') return textOf((value as JsonObject).name);
  return null;
}

/** Every name in a field that may be a string, an object with `name`, or a list of either. */
export function namesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(namesOf);
  const name = textOf(value);
  return name ? [name] : [];
}

/** An image field: a URL string, an ImageObject, or a list of either. */
export function imageUrlOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return imageUrlOf(value[0]);
  if (value && typeof value === 'object') {
    const object = value as JsonObject;
    return imageUrlOf(object.url ?? object.contentUrl);
  }
  return null;
}
