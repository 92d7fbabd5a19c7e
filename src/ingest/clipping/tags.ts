// Tags are topics: the page's own topic lists and a topic label by the headline, never furniture.
import type { Line } from './lines.ts';
import { isMetaLine } from './line-kind.ts';
import { isAllCaps } from './text-shape.ts';
import { isAuthorName, isMenuEntry, isRepeatedBlock, isSectionName, occurrencesOf } from './tag-evidence.ts';
import { mentionedIn, namesByMentions, proseOf, taggedList, unseparatedList } from './tag-clauses.ts';
import { isTopic, MAX_TAG_WORDS } from './topic-name.ts';

export { isTopic };

// The page's own topic lists: "Topics: a, b", "Filed under: a, b", "See more on: a, b", or such a header over short lines.
const LIST_NAMES =
  'related topics|suggested topics|explore more on these topics|more on these topics|topics?|tags?|tagged(?: with| as| in)?|filed under|see more on|more on|keywords|themen|schlagwörter|schlagworte|stichwörter|etiquetas|temas|tags associées|sujets|mots[- ]clés|argomenti|parole chiave|trefwoorden|onderwerpen|palavras[- ]chave|теги|метки';
/**
 * Headers that head a topic list on some pages and other stories on others ("Related", "More about"):
 * their list counts only when it lists two names or more and the article's own text names each.
 */
const TENTATIVE_NAMES = 'related|more about|read more about|in this article';
const TENTATIVE_HEADER = new RegExp(`^(?:${TENTATIVE_NAMES})\\s*:?$`, 'iu');
const TENTATIVE_PREFIX = new RegExp(`^(?:${TENTATIVE_NAMES})\\s*:\\s*(.+)$`, 'iu');
const LIST_PREFIX = new RegExp(`^(?:${LIST_NAMES}|categor(?:y|ies)|posted in)\\s*:\\s*(.+)$`, 'iu');
/** A header alone on its line. Not "Categories": on a blog that heads the site's whole category menu. */
const HEADER_ONLY = new RegExp(`^(?:${LIST_NAMES})\\s*:?$`, 'iu');
const MAX_HEADER_TAGS = 12;
export const MAX_TAGS = 8;

/** A list label inside an item: "Leadership Tagged With: Experience". */
const INNER_LABEL = /(?:^|\s+)(tagged(?: with| as)?|tags?|filed under|categor(?:y|ies))\s*:\s*/iu;

function isTagShaped(line: Line): boolean {
  return line.words >= 1 && line.words <= MAX_TAG_WORDS && !isMetaLine(line) && !line.endsSentence && !line.promo && isTopic(line.text);
}

function splitList(text: string): string[] {
  return text
    .split(/\s*[,;|•·]\s*/u)
    .map((t) => t.trim().replace(/[.]+$/u, ''))
    .filter((t) => t.length > 0 && t.length <= 50);
}

interface ListItems {
  names: string[];
  /** The names listed as categories ("Filed Under: Halloween · Tagged With: Crafts" lists Halloween). */
  categories: Set<string>;
  parts: number;
}

/** The names in one list line ("Tagged With: Crafts", "developers, Windows 8"), and how many parts it has. */
function itemTags(text: string, label: string): ListItems {
  const out: ListItems = { names: [], categories: new Set(), parts: 0 };
  const inline = LIST_PREFIX.exec(text);
  // Labels inside the line start new segments: "Filed Under: Leadership Tagged With: Experience".
  const segments = (inline ? inline[1]! : text).split(INNER_LABEL);
  for (let k = 0; k < segments.length; k += 2) {
    const segmentLabel = k === 0 ? label : segments[k - 1]!;
    for (const part of splitList(segments[k]!)) {
      out.parts++;
      if (!isTopic(part)) continue;
      out.names.push(part);
      if (CATEGORY_LIST.test(segmentLabel)) out.categories.add(part);
    }
  }
  return out;
}

/** "MITT ROMNEY 131", "REPUBLICANS 79": a tag cloud counting the site's articles, not this one's topics. */
const COUNTED = /\s\d+$/u;
const isTagCloud = (lines: Line[], i: number): boolean => lines.slice(i + 1, i + 4).filter((l) => COUNTED.test(l.text)).length >= 2;

const isListLine = (line: Line | undefined): boolean => line !== undefined && (HEADER_ONLY.test(line.text) || LIST_PREFIX.test(line.text));
/** A lone comma or bullet between the items of a list. */
const LIST_PUNCTUATION = /^[,;|•·/]+$/u;
/** Lists of the site's sections the article is filed in, rather than of its topics. */
const CATEGORY_LIST = /^(?:categor(?:y|ies)|filed under|posted in)\b/iu;

/** Not a list header but an entry of a menu: two other entries come right before it ("Podcasts" / "Topics" / "Reviews"). */
function inMenuRun(lines: Line[], i: number): boolean {
  const before = [lines[i - 1], lines[i - 2]];
  return before.every(isMenuEntry) && !before.some(isListLine);
}

/** The names a list header ("Tags:", "Related Topics") heads, and the lines they fill. */
function headedList(lines: Line[], i: number): { items: ListItems; at: number[] } {
  const items: ListItems = { names: [], categories: new Set(), parts: 0 };
  const at: number[] = [];
  if (inMenuRun(lines, i) || isTagCloud(lines, i)) return { items, at };
  for (let j = i + 1; j < lines.length && j <= i + MAX_HEADER_TAGS; j++) {
    const next = lines[j]!;
    if (LIST_PUNCTUATION.test(next.text)) continue;
    // A list line is mostly names ("Designer Interviews, General, furniture | 1 Comment").
    const line = next.words <= 12 && !next.endsSentence && !isMetaLine(next) ? itemTags(next.text, lines[i]!.text) : null;
    if (!line || line.names.length * 2 <= line.parts || (j > i + 1 && next.blankBefore && !lines[i + 1]!.blankBefore)) break;
    items.names.push(...line.names);
    for (const name of line.categories) items.categories.add(name);
    at.push(j);
  }
  return { items, at };
}

const TOPICS_LABEL = /^topics?\b/iu;
const TAGS_LABEL = /^tag(?:s|ged)\b/iu;

/**
 * A "Topics" list set right over the page's "Tags" list: the page tells the two apart, its tags being
 * the article's own and the topic over them the section it is filed in ("Topics: Consumer content" /
 * "Tags: smartphones, tablets").
 */
function isSectionOverTags(lines: Line[], header: Line, listLines: number[]): boolean {
  if (!TOPICS_LABEL.test(header.text)) return false;
  const next = lines[Math.max(header.index, ...listLines) + 1];
  return next !== undefined && TAGS_LABEL.test(next.text) && isListLine(next);
}

/**
 * Tags from the page's topic lists: inline lists anywhere, lists under a header only after the
 * headline (above it, a "Topics" header heads the site's menu). Never a byline's name; from a list
 * of categories, never a name the page's menus list as a section ("Category: Tips & Advice").
 */
export function listedTags(lines: Line[], titleIndex: number, authors: string[] = []): string[] {
  const tags: string[] = [];
  let prose: string | null = null;
  const article = () => (prose ??= proseOf(lines));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let found: { items: ListItems; at: number[] } | null = null;
    if (line.words <= 40 && LIST_PREFIX.test(line.text)) found = { items: itemTags(line.text, line.text), at: [i] };
    else if (line.words <= 6 && HEADER_ONLY.test(line.text)) found = headerList(lines, i, titleIndex);
    else if (i > titleIndex && line.words <= 3 && TENTATIVE_HEADER.test(line.text)) found = namedByArticle(headedList(lines, i), article);
    else if (i > titleIndex && line.words <= 40 && TENTATIVE_PREFIX.test(line.text)) {
      found = namedByArticle({ items: itemTags(TENTATIVE_PREFIX.exec(line.text)![1]!, ''), at: [i] }, article);
    } else if (line.words <= 60) found = clauseList(lines, line, article);
    if (!found || isSectionOverTags(lines, line, found.at)) continue;
    const own = new Set(found.at);
    for (const tag of found.items.names.flatMap((name) => unglued(name, article))) {
      const occurrences = occurrencesOf(lines, tag);
      if (isAuthorName(lines, tag, authors, occurrences)) continue;
      if (found.items.categories.has(tag) && isSectionName(lines, tag, own, occurrences)) continue;
      tags.push(tag);
    }
  }
  return tags;
}

/** Labels that speak of the article itself, wherever they sit: not a menu's "Topics". */
const OWN_LIST_LABEL = /^(?:filed under|tagged(?: with| as| in)?)\s*:?$/iu;

/**
 * The list under a header alone on its line: after the headline; above it, a list the article is
 * filed under that runs up to the headline ("Filed under:" / "Entertainment" / "TV Shows" / headline).
 * Elsewhere above the headline, and under other headers there ("Topics"), it is the site's menu.
 */
function headerList(lines: Line[], i: number, titleIndex: number): { items: ListItems; at: number[] } | null {
  if (i > titleIndex) return headedList(lines, i);
  if (i + 1 >= titleIndex || !OWN_LIST_LABEL.test(lines[i]!.text)) return null;
  const found = headedList(lines, i);
  return found.at.length > 0 && found.at[found.at.length - 1] === titleIndex - 1 ? found : null;
}

/**
 * A capital right after a word of three letters or more inside a name: links a copy set side by side
 * ("FerriesIsles of Scilly"), or a brand's own spelling ("YouTube"; not "iPhone", "McDonald's").
 */
const GLUE = /(?<=\p{L}{2}\p{Ll})(?=\p{Lu})/u;

/**
 * A listed name as the names it is made of: itself, unless it has a glue point and the article does
 * not name it whole ("YouTube" it does); then its pieces when the article names each, else nothing.
 */
function unglued(name: string, article: () => string): string[] {
  if (!GLUE.test(name) || mentionedIn(article(), name)) return [name];
  const pieces = name.split(GLUE);
  return pieces.every((piece) => isTopic(piece) && mentionedIn(article(), piece)) ? pieces : [];
}

/** The list, when it has two names or more and the article's own text names each; else null (one name under "Related" is a link). */
function namedByArticle(found: { items: ListItems; at: number[] }, article: () => string): { items: ListItems; at: number[] } | null {
  const names = found.items.names;
  return names.length >= 2 && names.every((name) => mentionedIn(article(), name)) ? found : null;
}

/** A list written into a footer line ("Posted in Travel | Tagged ferries, piers"), or names set side by side after a label. */
function clauseList(lines: Line[], line: Line, article: () => string): { items: ListItems; at: number[] } | null {
  const tagged = taggedList(line);
  if (tagged !== null) {
    const items = itemTags(tagged, 'tagged');
    return items.names.length * 2 > items.parts ? { items, at: [line.index] } : null;
  }
  const unseparated = line.words <= MAX_TAG_WORDS * 3 ? unseparatedList(line.text) : null;
  const names = unseparated === null ? null : namesByMentions(unseparated.split(/\s+/u), article());
  if (names === null || !names.every(isTopic)) return null;
  return { items: { names, categories: new Set(), parts: names.length }, at: [line.index] };
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
 * it names the topic rather than a section, an author or a button: the page shows it at least twice,
 * in different places, and nowhere as an author, a menu entry or part of a repeated widget.
 */
export function topicLabels(lines: Line[], titleIndex: number, headerEnd: number, authors: string[]): string[] {
  const labels: string[] = [];
  const isTopicLabel = (line: Line | undefined): boolean => {
    if (line === undefined || line.occurrences < 2 || !isLabel(line)) return false;
    const occurrences = occurrencesOf(lines, line.text);
    return !isAuthorName(lines, line.text, authors, occurrences) && !isSectionName(lines, line.text, new Set(), occurrences) &&
      !isRepeatedBlock(lines, occurrences);
  };
  const before = lines[titleIndex - 1];
  if (!isLabel(lines[titleIndex - 2]) && isTopicLabel(before)) labels.push(before!.text);
  for (let i = titleIndex + 1; i < headerEnd; i++) {
    const line = lines[i]!;
    if (!isLabel(lines[i - 1]) && !isLabel(lines[i + 1]) && isTopicLabel(line)) labels.push(line.text);
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
