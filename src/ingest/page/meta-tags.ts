// The <meta> values of a page, keyed by their lower-cased property / name / itemprop.
import type { ElementIndex } from './element-index.ts';

export type MetaTags = Map<string, string[]>;

export function readMetaTags(elements: ElementIndex): MetaTags {
  const tags: MetaTags = new Map();
  for (const meta of elements.byTag('META')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (!key) continue;
      const list = tags.get(key);
      if (list) list.push(content);
      else tags.set(key, [content]);
    }
  }
  return tags;
}

/** The first value among the given keys, in the order of the keys. */
export function firstMeta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return null;
}

export function linkHref(elements: ElementIndex, rel: string): string | null {
  for (const link of elements.byTag('LINK')) {
    if (!link.hasAttribute('rel')) continue;
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href')?.trim();
    if (rels.includes(rel) && href) return href;
  }
  return null;
}
