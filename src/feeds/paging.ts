// RFC 5005 paged-feed links (first, last, previous, next): `link` in Atom, `atom:link` in RSS.
import type { Paging } from './feed-data.ts';
import { emptyElement } from './xml.ts';

const RELATIONS = ['first', 'last', 'previous', 'next'] as const;
const TYPES = { rss: 'application/rss+xml', atom: 'application/atom+xml' } as const;

export function pagingLinks(paging: Paging | undefined, format: 'rss' | 'atom'): string[] {
  if (!paging) return [];
  const element = format === 'rss' ? 'atom:link' : 'link';
  return RELATIONS.flatMap((rel) => {
    const urls = paging[rel];
    return urls ? [emptyElement(element, { rel, type: TYPES[format], href: urls[format] })] : [];
  });
}
