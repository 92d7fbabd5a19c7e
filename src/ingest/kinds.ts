// Which reader handles a file, by its name.
import type { Extracted } from './extracted.ts';
import { extractMarkdown } from './markdown.ts';
import { extractClipping } from './clipping/index.ts';
import { extractPage } from './page/index.ts';

export type Kind = 'markdown' | 'clipping' | 'page';

const KINDS: Array<[RegExp, Kind]> = [
  [/\.(md|markdown)$/i, 'markdown'],
  [/\.txt$/i, 'clipping'],
  [/\.(html?|html?\.gz)$/i, 'page'],
];

export function kindOf(fileName: string): Kind | null {
  return KINDS.find(([pattern]) => pattern.test(fileName))?.[1] ?? null;
}

/** The file name without its extensions ("a.html.gz" -> "a"). */
export function stemOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/(\.(md|markdown|txt|html?))?(\.gz)?$/i, '');
}

export function extractByKind(kind: Kind, body: string, fileName: string): Extracted {
  if (kind === 'markdown') return extractMarkdown(body);
  if (kind === 'clipping') return extractClipping(body, stemOf(fileName));
  return extractPage(body, stemOf(fileName));
}
