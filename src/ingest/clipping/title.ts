// The headline, chosen by weighing the evidence the whole page gives for each candidate line
// before the body: repeated by the page-title line at the top of a "select all" copy, appearing
// twice, followed by a standfirst, byline or dateline, sharing words with the body's lead, close
// to the body, shaped like a headline. No one measure (least of all a word count) decides alone.
import type { Line } from './lines.ts';
import { isMarkupOrCode, isSubheading } from './line-kind.ts';
import { lineContentWords } from './content-words.ts';
import { isLabel } from './tags.ts';
import { isCommentsHeader, isUiLine } from './ui-vocabulary.ts';
import { isAllCaps, normalizeForCompare } from './text-shape.ts';

/** How many lines before the body a headline may sit (menus and share buttons come between). */
const SEARCH_WINDOW = 40;
/** How many lines of the body's start count as its lead. */
const LEAD_LINES = 3;
/** How many lines into the best block a headline may sit, before its first paragraph. */
const BLOCK_REACH = 8;

export interface TitleFinding {
  line: Line | null;
  text: string | null;
  /** The part of the page-title line after the headline, e.g. "BBC News". */
  pageTitleSuffix: string | null;
}

/** Markup, script, addresses and template leftovers are never headlines. */
const CODE_OR_ADDRESS = /https?:\/\/|www\.|\[if |\bend (of )?\w+$|^(end|begin|start)\b|\b(begin|end|start)$/iu;
/** "Author: Jane", "Posted in: News", "Category:Tips": a field of the page's template. */
const FIELD_LABEL =
  /^(author|written by|posted( in| by| on)?|filed (in|under)|categor(y|ies)|tags?|tagged|topics?|published|updated|by|from|source|photo|image|video|share|comments?|reply|email|mail|name|website|search)\s*:/iu;
/** List items, breadcrumbs and paging arrows. */
const LIST_OR_ARROW = /^(\d{1,3}[.)]\s|[•·»«›‹|>]|[-–—*]\s)|[»«]$/u;

function pageTitleMatch(pageTitle: string, page: string, candidate: string): string | null {
  const firstLetter = /[\p{L}\p{N}]/u.exec(candidate)?.[0]?.toLowerCase();
  if (!firstLetter || page[0] !== firstLetter) return null;
  const own = normalizeForCompare(candidate);
  if (own.length < 8 || !page.startsWith(own)) return null;
  return pageTitle.slice(Math.min(pageTitle.length, candidate.length)).replace(/^\s*[-–—|:•·»]+\s*/u, '').trim();
}

/** Decided once per line: the evidence of every candidate asks about the lines around it. */
const headlineShaped = new WeakMap<Line, boolean>();

function canBeHeadline(line: Line): boolean {
  if (!line.headlineLike) return false;
  let ok = headlineShaped.get(line);
  if (ok === undefined) {
    ok = shapedLikeHeadline(line);
    headlineShaped.set(line, ok);
  }
  return ok;
}

/** "In Networking, Social Media | No Comment": a segment of the line is a button or a counter. */
function hasFurnitureSegment(text: string): boolean {
  if (!text.includes('|')) return false;
  const segments = text.split('|').map((part) => part.trim()).filter((part) => part.length > 0);
  return segments.length > 1 && segments.some((part) => isCommentsHeader(part, part.split(' ').length) || isUiLine(part));
}

function shapedLikeHeadline(line: Line): boolean {
  return !hasFurnitureSegment(line.text) && !isMarkupOrCode(line.text, line.words) && !CODE_OR_ADDRESS.test(line.text) && !FIELD_LABEL.test(line.text) && !LIST_OR_ARROW.test(line.text);
}

/** Share of the line's content words that the lead uses too. */
function leadOverlap(line: Line, lead: Set<string>): number {
  const own = lineContentWords(line);
  if (own.length === 0 || lead.size === 0) return 0;
  return own.filter((w) => lead.has(w)).length / own.length;
}

function leadWords(lines: Line[], blockStart: number): Set<string> {
  const lead = new Set<string>();
  let taken = 0;
  for (let i = Math.max(0, blockStart); i < lines.length && taken < LEAD_LINES; i++) {
    if (!lines[i]!.prose) continue;
    for (const w of lineContentWords(lines[i]!)) lead.add(w);
    taken++;
  }
  return lead;
}

/** What follows a headline: its standfirst, byline, dateline, a picture credit, then the body. */
function headerFollows(lines: Line[], index: number, blockStart: number): boolean {
  const headline = lines[index]!;
  let deckSeen = false;
  for (let i = index + 1; i <= index + 5 && i < lines.length; i++) {
    const line = lines[i]!;
    if (line.bylineAuthors || line.date || line.pictureCredit) return true;
    if (line.prose) return i >= blockStart || !line.endsSentence || line.words < 50;
    if (line.headlineLike && !line.ui && line.words >= 3) {
      // One deck without a full stop may come first ("... while engineers replace damaged supports").
      if (deckSeen || line.words <= headline.words) return false;
      deckSeen = true;
    }
  }
  return false;
}

/** A line that competes with the candidate: another possible headline, not a menu entry or a link under "Related". */
function competes(lines: Line[], line: Line): boolean {
  return canBeHeadline(line) && line.words >= 3 && !isAllCaps(line.text) && !afterRelatedHeader(lines, line.index);
}

/** A line amid other short link-like lines: a menu or a list of other stories. */
function inLinkRun(lines: Line[], index: number): boolean {
  const linkLike = (line: Line | undefined) => line !== undefined && line.headlineLike && !line.prose && !line.blankBefore;
  const line = lines[index]!;
  return linkLike(lines[index - 1]) && linkLike(lines[index + 1]) && !line.blankBefore && !lines[index + 1]!.blankBefore;
}

function afterRelatedHeader(lines: Line[], index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 6; i--) {
    const line = lines[i]!;
    if (line.relatedHeader) return true;
    if (!line.headlineLike || line.prose) return false;
  }
  return false;
}

/** Deck-shaped: a longer line in sentence case right under a shorter possible headline. */
function underShorterHeadline(lines: Line[], line: Line): boolean {
  if ((line.lowercaseShare ?? 0) < 0.5 || line.words < 8) return false;
  const above = lines[line.index - 1];
  return above !== undefined && canBeHeadline(above) && above.words >= 3 && above.words < line.words;
}

/**
 * A topic label: short, capitalised, and shown twice by the page (above the headline and again
 * near the body), as "Hong Kong economy" is; a headline's repeat is the page title instead.
 */
function isRepeatedLabel(line: Line): boolean {
  return line.occurrences > 1 && isLabel(line);
}

function evidence(
  lines: Line[], line: Line, blockStart: number, lead: Set<string>, page: { text: string; key: string } | null, between: number,
): number {
  let score = 0;
  if (page && line.index > 0 && pageTitleMatch(page.text, page.key, line.text) !== null) score += 6;
  if (line.occurrences > 1) score += isRepeatedLabel(line) ? -3 : 1.5;
  score += 4 * leadOverlap(line, lead);
  if (headerFollows(lines, line.index, blockStart)) score += 2;
  // Each headline-like line or paragraph between it and the body makes it less likely the headline.
  score -= Math.min(5, between * 0.4);
  const first = /\p{L}/u.exec(line.text)?.[0];
  if (first && first === first.toLowerCase() && first !== first.toUpperCase()) score -= 2;
  if (isAllCaps(line.text)) score -= 1.5;
  if (line.words <= 2) score -= 2;
  if (inLinkRun(lines, line.index)) score -= 1.5;
  if (afterRelatedHeader(lines, line.index)) score -= 3;
  if (underShorterHeadline(lines, line)) score -= 2.5;
  if (isSubheading(line)) score -= 1;
  return score;
}

/** Every line that could be the headline, with the weight of its evidence. */
/** Every line that could be the headline, with the weight of its evidence. */
export function titleCandidates(lines: Line[], blockStart: number): Array<{ line: Line; score: number }> {
  const pageLine = lines[0];
  const page = pageLine ? { text: pageLine.text, key: normalizeForCompare(pageLine.text) } : null;
  const out: Array<{ line: Line; score: number }> = [];
  // The best block may begin with a promotion or an intro above the headline: look a little into it too.
  const end = Math.min(blockStart + BLOCK_REACH, lines.length);
  let leadFrom = -1;
  let lead = new Set<string>();
  const start = Math.max(0, blockStart - SEARCH_WINDOW);
  // competingAfter[i - start]: paragraphs and competing headlines from line i to the body.
  const competingAfter = new Array<number>(Math.max(0, blockStart - start) + 1).fill(0);
  for (let i = blockStart - 1; i >= start; i--) {
    const line = lines[i]!;
    competingAfter[i - start] = competingAfter[i - start + 1]! + (line.prose || competes(lines, line) ? 1 : 0);
  }
  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    if (i >= blockStart && line.prose && !line.promo) break;
    if (!canBeHeadline(line)) continue;
    const from = Math.max(blockStart, i + 1);
    if (from !== leadFrom) {
      lead = leadWords(lines, from);
      leadFrom = from;
    }
    const between = i + 1 < blockStart ? competingAfter[i + 1 - start]! : 0;
    out.push({ line, score: evidence(lines, line, from, lead, page, between) });
  }
  return out;
}

export function findTitle(lines: Line[], blockStart: number): TitleFinding {
  let best: Line | null = null;
  let bestScore = -Infinity;
  for (const { line, score } of titleCandidates(lines, blockStart)) {
    if (score > bestScore) {
      best = line;
      bestScore = score;
    }
  }
  const page = lines[0];
  const suffix = best && page && best.index > 0 ? pageTitleMatch(page.text, normalizeForCompare(page.text), best.text) : null;
  return { line: best, text: best?.text ?? null, pageTitleSuffix: suffix || null };
}

/** "my-great_post.txt" -> "My great post". */
export function titleFromFileName(fileName: string | undefined): string | null {
  if (!fileName) return null;
  const base = fileName.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '');
  const spaced = base.replace(/[-_]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (!spaced) return null;
  return spaced[0]!.toUpperCase() + spaced.slice(1);
}
