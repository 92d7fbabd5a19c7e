// Tags are topics: the page's own topic lists and a topic label by the headline, never furniture.
import type { Line } from './lines.ts';
import { isMetaLine } from './line-kind.ts';
import { isAllCaps } from './text-shape.ts';

// The page's own topic lists: "Topics: a, b", "Filed under: a, b", "See more on: a, b", or such a header over short lines.
const LIST_NAMES =
  'related topics|suggested topics|explore more on these topics|more on these topics|topics?|tags?|tagged(?: with| as| in)?|filed under|see more on|more on|keywords|themen|schlagwörter|etiquetas|temas|tags associées|sujets|argomenti|теги|метки';
const LIST_PREFIX = new RegExp(`^(?:${LIST_NAMES}|categor(?:y|ies)|posted in)\\s*:\\s*(.+)$`, 'iu');
/** A header alone on its line. Not "Categories": on a blog that heads the site's whole category menu. */
const HEADER_ONLY = new RegExp(`^(?:${LIST_NAMES})\\s*:?$`, 'iu');
const MAX_TAG_WORDS = 4;
const MAX_HEADER_TAGS = 12;
export const MAX_TAGS = 8;

/** A list label inside an item: "Leadership Tagged With: Experience". */
const INNER_LABEL = /\s+(?:tagged(?: with| as)?|tags?|filed under|categor(?:y|ies))\s*:\s*/iu;

/** Share buttons, menus, counters, feeds and widgets: never a topic. */
const FURNITURE =
  /\b(share|shares|close|panel|follow|comments?|replay|watch|e-?mail|print|subscribe|newsletters?|log ?in|sign (in|up)|menu|search|archives?|index|links|syndicate|trackbacks?|guides|alerts|rss|feeds?|widgets?|loading|advertisement|sponsored|read more|view all|see all|posted|updated|ago|begin|end|button|bar|facebook|twitter|linkedin|pinterest|pin|reddit|whatsapp|buffer|tweet|flipboard|recent|related|popular|trending)\b|^about\s/iu;
/** Handles, addresses, file and class names, counts, template leftovers. */
const NOT_A_NAME = /[@#$/|<>{}=_]|\.\w|\(\d+\)|^\d+$|[:,;]$|^[-.]/u;

/** Whether a candidate tag reads as a topic: a short name, no furniture, no code, no date, no byline. */
export function isTopic(text: string): boolean {
  const words = text.split(/\s+/u).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > MAX_TAG_WORDS || text.length < 2 || text.length > 50) return false;
  if (!/\p{L}/u.test(text) || NOT_A_NAME.test(text) || FURNITURE.test(text)) return false;
  return !/\d{4}|^by\s/iu.test(text) && !/[.!?]$/u.test(text);
}

function isTagShaped(line: Line): boolean {
  return line.words >= 1 && line.words <= MAX_TAG_WORDS && !isMetaLine(line) && !line.endsSentence && !line.promo && isTopic(line.text);
}

function splitList(text: string): string[] {
  return text
    .split(/\s*[,;|•·]\s*/u)
    .map((t) => t.trim().replace(/[.]+$/u, ''))
    .filter((t) => t.length > 0 && t.length <= 50);
}

/** One item of a list run; "Tagged With: Crafts" and "developers, Windows 8" hold more than a name. */
function itemTags(text: string): string[] {
  const inline = LIST_PREFIX.exec(text);
  return splitList(inline ? inline[1]! : text).flatMap((t) => t.split(INNER_LABEL)).filter(isTopic);
}

/**
 * Tags from the page's topic lists: inline lists anywhere, lists under a header only after the
 * headline (above it, a "Topics" header heads the site's menu).
 */
export function listedTags(lines: Line[], titleIndex: number): string[] {
  const tags: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const inline = line.words <= 40 ? LIST_PREFIX.exec(line.text) : null;
    if (inline) {
      tags.push(...splitList(inline[1]!).filter(isTopic));
      continue;
    }
    if (i <= titleIndex || line.words > 6 || !HEADER_ONLY.test(line.text)) continue;
    for (let j = i + 1; j < lines.length && j <= i + MAX_HEADER_TAGS; j++) {
      const next = lines[j]!;
      const items = next.words <= 12 && !next.endsSentence ? itemTags(next.text) : [];
      if (items.length === 0 || (j > i + 1 && next.blankBefore && !lines[i + 1]!.blankBefore)) break;
      tags.push(...items);
    }
  }
  return tags;
}

/** Starts with a capital (or is in a script without case) and is no camelCase identifier. */
function isNameCased(text: string): boolean {
  const first = /\p{L}/u.exec(text)?.[0] ?? '';
  return first === first.toUpperCase() && !/\p{Ll}\p{Lu}/u.test(text.split(/\s+/u)[0]!);
}

export function isLabel(line: Line | undefined): boolean {
  return line !== undefined && isTagShaped(line) && !line.ui && line.words <= MAX_TAG_WORDS && !isAllCaps(line.text) && isNameCased(line.text);
}

/**
 * A short topic label (kicker) by the headline or between the header and the body. The evidence that
 * it names the topic rather than a section, an author or a button: the page shows it at least twice.
 */
export function topicLabels(lines: Line[], titleIndex: number, headerEnd: number, authors: string[]): string[] {
  const labels: string[] = [];
  const names = new Set(authors.map((a) => a.toLowerCase()));
  // A name over a date or byline ("Zac Hall" / "Nov. 18th 2019 12:12 pm") is an author block.
  const byAuthorBlock = (line: Line) =>
    [lines[line.index - 1], lines[line.index + 1]].some((l) => l !== undefined && (l.date || l.bylineAuthors !== null));
  const repeated = (line: Line | undefined) =>
    line !== undefined && line.occurrences > 1 && isLabel(line) && !names.has(line.text.toLowerCase()) && !byAuthorBlock(line);
  const before = lines[titleIndex - 1];
  if (repeated(before) && !isLabel(lines[titleIndex - 2])) labels.push(before!.text);
  for (let i = titleIndex + 1; i < headerEnd; i++) {
    const line = lines[i]!;
    if (repeated(line) && !isLabel(lines[i - 1]) && !isLabel(lines[i + 1])) labels.push(line.text);
  }
  return labels;
}

/** Case-insensitively distinct, in first-seen order. */
export function uniqueTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const key = tag.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
