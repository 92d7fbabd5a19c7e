// The standfirst (deck): a sentence-like line between the headline and the body.
import type { Line } from './lines.ts';
import { dateShape } from './dates.ts';
import { lineContentWords, sharedShare } from './content-words.ts';
import { isMarkupOrCode, isMetaLine } from './line-kind.ts';
import { normalizeForCompare } from './text-shape.ts';
import { isSiteNotice } from './ui-vocabulary.ts';
import { isContributorNote } from './lead.ts';
import { describesPicture } from './captions.ts';
import { afterRelatedHeader } from './title.ts';

/** "Tags: a, b", "Posted in: News": a template's field, not a sentence about the article. */
const FIELD_LABEL = /^[\p{L}][\p{L} ]{0,20}:\s*\S/u;

/** Section paths: "Home › News", "Sites » Travel". */
const PATH_MARK = /\s[»›]\s|\s[»›]$/u;

/** A line that repeats the whole headline inside it is a breadcrumb or a page-title line, not a deck. */
function repeatsHeadline(line: Line, headline: Line | undefined): boolean {
  if (!headline || headline.words < 3 || line.text.length <= headline.text.length) return false;
  return normalizeForCompare(line.text).includes(normalizeForCompare(headline.text));
}

function isDeckCandidate(line: Line, headline?: Line): boolean {
  if (isMetaLine(line) || line.promo || line.commentsHeader || line.copyright || line.relatedHeader) return false;
  if (PATH_MARK.test(line.text) || isSiteNotice(line.text) || isContributorNote(line.text) || repeatsHeadline(line, headline)) return false;
  if (describesPicture(line.text)) return false;
  if (isMarkupOrCode(line.text, line.words) || dateShape(line.text) !== null) return false;
  if (FIELD_LABEL.test(line.text) && line.text.indexOf(':') < 22 && line.words < 25) return false;
  if (line.words < 6) return false;
  return line.caseless || (line.lowercaseShare ?? 0) >= 0.4;
}

/** How many paragraphs after a deck show what the story is about. */
const STORY_LINES = 5;
/** Share of a deck's content words the headline or the paragraphs after it must use. */
const MIN_SHARED = 0.15;

/**
 * A standfirst sums up the story, so it shares words with the headline or the paragraphs after
 * it; a notice ("These are external links and will open in a new window") shares none.
 */
function aboutTheStory(lines: Line[], deck: Line, titleIndex: number): boolean {
  if (deck.caseless) return true;
  const headline = lines[titleIndex];
  const story = new Set(headline ? lineContentWords(headline) : []);
  let taken = 0;
  for (let i = deck.index + 1; i < lines.length && taken < STORY_LINES; i++) {
    if (!lines[i]!.prose) continue;
    for (const w of lineContentWords(lines[i]!)) story.add(w);
    taken++;
  }
  return sharedShare(deck.text, story) >= MIN_SHARED;
}

const DECK_REACH = 4;
const MAX_DECK_WORDS = 45;

function bylineOrDateFollows(lines: Line[], from: number): boolean {
  for (let i = from; i < lines.length && i < from + DECK_REACH; i++) {
    const line = lines[i]!;
    if (line.bylineAuthors || line.date) return true;
    if (line.prose) return false;
  }
  return false;
}

/**
 * First deck-like line after the title: before the block, or right under the headline when
 * it is an unfinished sentence or the byline/dateline comes after it.
 */
export function findStandfirst(lines: Line[], titleIndex: number, blockStart: number): Line | null {
  for (let i = titleIndex + 1; i < blockStart; i++) {
    const line = lines[i]!;
    if (!isDeckCandidate(line, lines[titleIndex])) continue;
    // The links a "Related Stories" header lists are other stories' headlines: the header is over.
    return !afterRelatedHeader(lines, i) && aboutTheStory(lines, line, titleIndex) ? line : null;
  }
  for (let i = Math.max(titleIndex + 1, blockStart); i <= titleIndex + DECK_REACH && i < lines.length; i++) {
    const line = lines[i]!;
    if (!isDeckCandidate(line, lines[titleIndex])) {
      if (line.prose) return null;
      continue;
    }
    if (line.text.endsWith(':') || line.words > MAX_DECK_WORDS) return null;
    return (!line.endsSentence || bylineOrDateFollows(lines, i + 1)) && aboutTheStory(lines, line, titleIndex) ? line : null;
  }
  return null;
}

/**
 * The block's first line is a deck when it is glued to the header above it while the
 * body's paragraphs below are separated by empty lines.
 */
export function leadIsStandfirst(lines: Line[], bodyLines: Line[], titleIndex: number): boolean {
  const first = bodyLines[0];
  const second = bodyLines[1];
  const third = bodyLines[2];
  if (!first || !second || !third) return false;
  if (first.blankBefore || !first.blankAfter || first.words > 45 || first.index - titleIndex > 6) return false;
  // The layout is the evidence here, so the deck need not share the story's words.
  return second.blankBefore && third.blankBefore && isDeckCandidate(first) && lines[first.index - 1] !== undefined;
}
