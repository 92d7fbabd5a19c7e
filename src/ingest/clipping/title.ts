// The headline: a headline-like line shortly before the main block, preferably one that
// the page title (often the first line of a "select all" copy) repeats.
import type { Line } from './lines.ts';
import { normalizeForCompare } from './text-shape.ts';

const SEARCH_WINDOW = 14;

export interface TitleFinding {
  line: Line | null;
  text: string | null;
  /** The part of the page-title line after the headline, e.g. "BBC News". */
  pageTitleSuffix: string | null;
}

function pageTitleMatch(pageTitle: string, page: string, candidate: string): string | null {
  // Cheap rejection before normalising: the first letters must agree.
  const firstLetter = /[\p{L}\p{N}]/u.exec(candidate)?.[0]?.toLowerCase();
  if (!firstLetter || page[0] !== firstLetter) return null;
  const own = normalizeForCompare(candidate);
  if (own.length < 8 || !page.startsWith(own)) return null;
  const rest = pageTitle.slice(Math.min(pageTitle.length, candidate.length)).replace(/^\s*[-–—|:•·»]+\s*/u, '').trim();
  return rest;
}

function looksLikeStandfirst(line: Line, above: Line): boolean {
  return (line.endsSentence || line.words >= 15) && line.words > above.words && (line.lowercaseShare ?? 0.5) >= 0.4;
}

export function findTitle(lines: Line[], blockStart: number): TitleFinding {
  const pageTitle = lines[0];
  // A headline repeated by the page title wins, wherever it is before the block.
  if (pageTitle) {
    const page = normalizeForCompare(pageTitle.text);
    for (let i = Math.min(blockStart, lines.length) - 1; i >= 1; i--) {
      const line = lines[i]!;
      if (!line.headlineLike) continue;
      const suffix = pageTitleMatch(pageTitle.text, page, line.text);
      if (suffix !== null) return { line, text: line.text, pageTitleSuffix: suffix || null };
    }
  }
  const nearby: Line[] = [];
  for (let i = blockStart - 1; i >= 0 && i >= blockStart - SEARCH_WINDOW; i--) {
    const line = lines[i]!;
    if (line.headlineLike && line.words >= 3) nearby.push(line);
  }
  let chosen = nearby[0] ?? null;
  const above = nearby[1];
  if (chosen && above && chosen.index - above.index <= 6 && looksLikeStandfirst(chosen, above)) chosen = above;
  return { line: chosen, text: chosen?.text ?? null, pageTitleSuffix: null };
}

/** "my-great_post.txt" -> "My great post". */
export function titleFromFileName(fileName: string | undefined): string | null {
  if (!fileName) return null;
  const base = fileName.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '');
  const spaced = base.replace(/[-_]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (!spaced) return null;
  return spaced[0]!.toUpperCase() + spaced.slice(1);
}
