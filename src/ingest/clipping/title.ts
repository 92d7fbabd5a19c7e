// The headline, chosen by weighing the evidence the whole page gives for each candidate line
// before the body: repeated by the page-title line at the top of a "select all" copy, appearing
// twice, followed by a standfirst, byline or dateline, sharing words with the body's lead, close
// to the body, shaped like a headline. No one measure (least of all a word count) decides alone.
import type { Line } from './lines.ts';
import { isMarkupOrCode, isMetaLine, isSubheading } from './line-kind.ts';
import { lineContentWords } from './content-words.ts';
import { dateShape } from './dates.ts';
import { isLabel } from './tags.ts';
import { isCommentsHeader, isSiteNotice, isTemplateLeftover, isUiLine } from './ui-vocabulary.ts';
import { isAllCaps, normalizeForCompare } from './text-shape.ts';

/** How many lines before the body a headline may sit (menus and share buttons come between). */
const SEARCH_WINDOW = 40;
/** How many lines of the body's start count as its lead. */
const LEAD_LINES = 3;
/** How many lines into the best block a headline may sit, before its first paragraph. */
const BLOCK_REACH = 8;
/** Words in a headline put as a question ("Can a crowdsourced bailout of personal debt work?"). */
const MAX_QUESTION_WORDS = 15;

export interface TitleFinding {
  line: Line | null;
  text: string | null;
  /** The part of the page-title line after the headline, e.g. "BBC News". */
  pageTitleSuffix: string | null;
}

/** Markup, script, addresses, identifiers ("google_ad_section_start") and template leftovers are never headlines. */
const CODE_OR_ADDRESS = /https?:\/\/|www\.|\[if |\bend (of )?\w+$|^(end|begin|start)\b|\b(begin|end|start)$|[\p{L}\p{N}]_[\p{L}\p{N}]/iu;
/** "Author: Jane", "Posted in: News", "Category:Tips": a field of the page's template. */
const FIELD_LABEL =
  /^(author|written by|posted( in| by| on)?|filed (in|under)|categor(y|ies)|tags?|tagged|topics?|published|updated|by|from|source|photo|image|video|share|comments?|reply|email|mail|name|website|search|series|section|you are here)\s*:/iu;
/** List items, breadcrumbs and paging arrows. */
const LIST_OR_ARROW = /^(\d{1,3}[.)]\s|[•·»«›‹|>]|[-–—*]\s)|[»«]$/u;
/** A byline's label whose name is on the next line: "Posted by", "By:", "Written by". */
const BYLINE_LABEL = /(^|\s)by\s*:?$|^(author|posted by|written by)\s*:$/iu;
/** "No Comment", "12 Comments": a counter, in a segment of a meta line. */
const COMMENT_COUNT = /^(no|\d+)\s+(comments?|responses?|replies)$/iu;
const PATH_ARROW = /\s[»›>→]\s|\s[»›>→]$/u;
/** Words in one step of a breadcrumb ("Home › Tech Biz › Gadgets"); a headline after a section name is longer. */
const MAX_PATH_STEP_WORDS = 5;

/** "Posted by", "By:", "23 mins ago by", "Posted on August 9, 2012 at 11:11am by": the name follows on the next line. */
export function isBylineLabel(line: Line): boolean {
  const last = line.text[line.text.length - 1];
  return (last === 'y' || last === 'Y' || last === ':') && line.words <= 12 && BYLINE_LABEL.test(line.text);
}

/** "Sites » The Week in Travel", "Home › Tech Biz ›": a path of short section names. */
function isBreadcrumb(text: string): boolean {
  if (!PATH_ARROW.test(text)) return false;
  const steps = text.split(/[»›>→]/u).map((step) => step.trim()).filter((step) => step.length > 0);
  return steps.every((step) => step.split(/\s+/u).length <= MAX_PATH_STEP_WORDS);
}

/** "Jane Roe 12 days ago", "3 hours ago by": when a comment or a post was written. */
const RELATIVE_TIME = /\b\d+\s+(secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?)\s+ago\b/iu;
/**
 * A call to action: "Go to AdWords", "Submit a Tip", "Get A Blog!", "Download the App". Short, and
 * opening with a verb that sends the reader elsewhere.
 */
const CALL_TO_ACTION =
  /^(go to|visit|submit|download|subscribe|follow|join|try|shop|buy|click|sign|log|browse|explore|discover|register|get (a|an|the|your|our|more|started)|see (all|more)|view (all|more))\b/iu;
const MAX_CALL_WORDS = 5;

/** What comes before the date in a dateline: "Posted at", "Updated:", or a short name and "on" ("Jane Roe on"). */
const DATELINE_LABEL = /\b(posted|published|updated|submitted|modified)\b/iu;
const DATELINE_NAME = /(^|\b(on|at)|[,|:–—-])\s*$/iu;
/** Words of a name before a dateline's date; a headline that names a date is longer. */
const MAX_DATELINE_NAME_WORDS = 4;

function isDatelineLead(lead: string): boolean {
  if (DATELINE_LABEL.test(lead)) return true;
  return DATELINE_NAME.test(lead) && lead.trim().split(/\s+/u).length <= MAX_DATELINE_NAME_WORDS;
}

/**
 * A dateline: a date line, or a short line stating a full date after a name or a label
 * ("Daniel Honan on November 8, 2012, 12:00 AM", "Posted at 11/07/2012 1:44 AM | Updated ...").
 * A headline may name a date too ("Stuff The Internet Says For October 19, 2012").
 */
function isDateline(line: Line): boolean {
  if (line.date) return true;
  if (line.prose || line.words > 16) return false;
  if (RELATIVE_TIME.test(line.text)) return true;
  const shape = dateShape(line.text);
  return shape !== null && isDatelineLead(line.text.slice(0, shape.index));
}

/** A line the header places after a headline: its byline, the byline's label, or its dateline. */
function isBylineOrDateline(line: Line): boolean {
  if (line.bylineAuthors !== null || line.date) return true;
  // Decided once per line: candidates look at the same lines around them.
  return (line.memo.bylineOrDateline ??= isDateline(line) || isBylineLabel(line));
}


function pageTitleMatch(pageTitle: string, page: string, candidate: string): string | null {
  const firstLetter = /[\p{L}\p{N}]/u.exec(candidate)?.[0]?.toLowerCase();
  if (!firstLetter || page[0] !== firstLetter) return null;
  const own = normalizeForCompare(candidate);
  if (own.length < 8 || !page.startsWith(own)) return null;
  return pageTitle.slice(Math.min(pageTitle.length, candidate.length)).replace(/^\s*[-–—|:•·»]+\s*/u, '').trim();
}

/** Most words capitalised: "Today, I Only Care That You Vote." */
const TITLE_CASE_SHARE = 0.35;
const MAX_STATEMENT_WORDS = 16;

/** A headline written as a sentence, full stop and all, in title case (running text is in sentence case). */
function isTitleCaseStatement(line: Line): boolean {
  if (line.words < 3 || line.words > MAX_STATEMENT_WORDS || !line.text.endsWith('.') || line.text.endsWith('..')) return false;
  if (isMetaLine(line) || line.promo || line.commentsHeader || line.copyright || line.relatedHeader) return false;
  return line.lowercaseShare !== null && line.lowercaseShare < TITLE_CASE_SHARE && line.sentenceMarks <= 2 && !isAllCaps(line.text);
}

/** A headline that names a date ends with a word such as "for" or "on" before it ("Notes For October 19, 2012"). */
const DATE_IN_HEADLINE = /\b(for|on|of|in|since|until|till|from|to|by|at|before|after|through|and)\s*$/iu;
const MIN_DATED_HEADLINE_WORDS = 3;

/**
 * "Gone Snowboarding. Goodbye for now. 9 December, 2011": a headline with its date glued on, as
 * some blogs print them; the headline is the text before the date.
 */
export function headlineBeforeDate(line: Line): string | null {
  if (line.bylineAuthors || line.ui || line.pictureCredit || line.promo || line.prose) return null;
  const shape = dateShape(line.text);
  if (!shape || shape.index === 0 || line.text.slice(shape.index + shape.length).trim().length > 0) return null;
  const lead = line.text.slice(0, shape.index);
  if (/\d/u.test(lead) || isDatelineLead(lead) || DATE_IN_HEADLINE.test(lead)) return null;
  const headline = lead.replace(/[\s,|–—-]+$/u, '');
  return headline.split(/\s+/u).length >= MIN_DATED_HEADLINE_WORDS ? headline : null;
}

function canBeHeadline(line: Line): boolean {
  if (!line.headlineLike && !isTitleCaseStatement(line) && !(line.date && headlineBeforeDate(line) !== null)) return false;
  // Decided once per line: the evidence of every candidate asks about the lines around it.
  return (line.memo.headlineShaped ??= shapedLikeHeadline(line));
}

/** "In Networking, Social Media | No Comment": a segment of the line is a button or a counter. */
function hasFurnitureSegment(text: string): boolean {
  if (!text.includes('|')) return false;
  const segments = text.split('|').map((part) => part.trim()).filter((part) => part.length > 0);
  return segments.length > 1 && segments.some((part) => isCommentsHeader(part, part.split(' ').length) || COMMENT_COUNT.test(part) || isUiLine(part));
}

function shapedLikeHeadline(line: Line): boolean {
  const text = line.text;
  return !hasFurnitureSegment(text) && !isMarkupOrCode(text, line.words) && !CODE_OR_ADDRESS.test(text) && !FIELD_LABEL.test(text) &&
    !LIST_OR_ARROW.test(text) && !isBreadcrumb(text) && !isBylineLabel(line) && !isTemplateLeftover(text, line.words) &&
    (!isDateline(line) || headlineBeforeDate(line) !== null);
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
    if (isBylineOrDateline(line) || line.pictureCredit) return true;
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

function linkLike(line: Line | undefined): boolean {
  return line !== undefined && line.headlineLike && !line.prose && !line.blankBefore;
}

/** A line amid other short link-like lines: a menu or a list of other stories. */
function inLinkRun(lines: Line[], index: number): boolean {
  const line = lines[index]!;
  return linkLike(lines[index - 1]) && linkLike(lines[index + 1]) && !line.blankBefore && !lines[index + 1]!.blankBefore;
}

/** The line is among the links a "Related" header lists ("Latest News › Harbours" over it is a path, not that header). */
export function afterRelatedHeader(lines: Line[], index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 6; i--) {
    const line = lines[i]!;
    if (line.relatedHeader) return !isBreadcrumb(line.text);
    if (!line.headlineLike || line.prose) return false;
  }
  return false;
}

/**
 * The line opens one of several headline + date (or byline) pairs in a row: a list of recent posts
 * with their dates, which an article's own header (headline, byline, then the body) is not.
 */
function inDatedList(lines: Line[], index: number): boolean {
  const pairAt = (i: number) => {
    const head = lines[i];
    const date = lines[i + 1];
    return head !== undefined && date !== undefined && !head.prose && canBeHeadline(head) && head.words >= 3 && !isAllCaps(head.text) &&
      (isDateline(date) || date.bylineAuthors !== null);
  };
  // A pair the body's first paragraph follows is the article's own header, however many pairs are above it.
  return pairAt(index) && !lines[index + 2]?.prose && (pairAt(index + 2) || pairAt(index - 2));
}

/** The two lines have a content word in common. */
function shareWords(a: Line, b: Line): boolean {
  const own = new Set(lineContentWords(a));
  return lineContentWords(b).some((w) => own.has(w));
}

/**
 * Deck-shaped: a longer line in sentence case right under a shorter possible headline whose words it
 * takes up (a deck enlarges on its headline; a menu entry or a section name above a headline shares none).
 */
function underShorterHeadline(lines: Line[], line: Line): boolean {
  if ((line.lowercaseShare ?? 0) < 0.5 || line.words < 8) return false;
  const above = lines[line.index - 1];
  return above !== undefined && canBeHeadline(above) && above.words >= 3 && above.words < line.words && shareWords(above, line);
}

/**
 * A topic label: short, capitalised, and shown twice by the page (above the headline and again
 * near the body), as "Hong Kong economy" is; a headline's repeat is the page title instead.
 */
function isRepeatedLabel(lines: Line[], line: Line): boolean {
  if (line.occurrences <= 1 || !isLabel(line)) return false;
  // A kicker is followed by its headline; a short headline shown twice, by its own byline or dateline.
  const next = lines[line.index + 1];
  return next === undefined || !isBylineOrDateline(next);
}

/** How far above a line its header's byline may be (datelines, share rows and labels come between). */
const BYLINE_REACH = 6;

/**
 * The line comes after a byline or dateline that follows another possible headline: a headline
 * comes before its byline, so what sits between the byline and the body is a label, a caption, a
 * share row or a standfirst.
 */
function afterAnotherHeadlinesByline(lines: Line[], index: number): boolean {
  // A headline with a byline or dateline of its own is not in another's header (a teaser list is headline, date, headline, date).
  for (let i = index + 1; i <= index + 2 && i < lines.length; i++) if (isBylineOrDateline(lines[i]!)) return false;
  for (let i = index - 1; i >= 0 && i >= index - BYLINE_REACH; i--) {
    const line = lines[i]!;
    // Only meta lines, buttons and topic labels of up to three words come between a byline and what follows it.
    if (line.prose || (canBeHeadline(line) && line.words > 3)) return false;
    if (!isBylineOrDateline(line)) continue;
    // A blog's dateline may come before its headline: only a byline, or a dateline right under a headline, closes a header.
    if (line.bylineAuthors === null && !isBylineLabel(line)) {
      const above = lines[i - 1];
      if (above && canBeHeadline(above) && above.words >= 3 && !isAllCaps(above.text)) return true;
      continue;
    }
    // Above the byline: its headline, past share rows, tool links, counters and one standfirst.
    let decks = 0;
    for (let k = i - 1; k >= 0 && k >= i - BYLINE_REACH - 2; k--) {
      const above = lines[k]!;
      if (above.prose && ++decks > 1) break;
      if (canBeHeadline(above) && above.words >= 3) {
        if (!isAllCaps(above.text)) return true;
        break;
      }
    }
  }
  return false;
}

function evidence(
  lines: Line[], line: Line, blockStart: number, lead: Set<string>, page: { text: string; key: string } | null, between: number,
): number {
  let score = 0;
  if (page && line.index > 0 && pageTitleMatch(page.text, page.key, line.text) !== null) score += 6;
  if (line.occurrences > 1) score += isRepeatedLabel(lines, line) ? -3 : 1.5;
  score += 4 * leadOverlap(line, lead);
  if (headerFollows(lines, line.index, blockStart)) score += 2;
  // Each headline-like line or paragraph between it and the body makes it less likely the headline.
  score -= Math.min(5, between * 0.4);
  // A headline starts with a capital or a figure ("2012's polls"); a lower-case start is a fragment.
  const first = /^[^\p{L}\p{N}]*(\p{L})/u.exec(line.text)?.[1];
  if (first && first === first.toLowerCase() && first !== first.toUpperCase()) score -= 2;
  if (isAllCaps(line.text)) score -= 1.5;
  if (line.words <= 2) score -= 2;
  if (inLinkRun(lines, line.index)) score -= 1.5;
  if (afterRelatedHeader(lines, line.index)) score -= 3;
  if (inDatedList(lines, line.index)) score -= 3;
  if (underShorterHeadline(lines, line)) score -= 2.5;
  if (afterAnotherHeadlinesByline(lines, line.index)) score -= 3;
  if (isSubheading(line)) score -= 1;
  if (line.words <= MAX_CALL_WORDS && CALL_TO_ACTION.test(line.text)) score -= 3;
  return score;
}

/** How far under the block's first paragraph an article's dated headline may sit (a sidebar's blurbs, a blog's welcome come first). */
const HEADER_REACH = 30;

/**
 * A line that can head a story when a byline or dateline confirms it: a possible headline, or a short
 * one put as a question or ending in an ellipsis, which reads as running text.
 */
function mayHeadStory(line: Line): boolean {
  return canBeHeadline(line) && line.words >= 3 && (!line.prose || line.words <= MAX_QUESTION_WORDS);
}

/**
 * A possible headline with its own byline or dateline (under it, or a dateline right above it) comes
 * after the paragraph, in the block: the article starts there, and the paragraphs above it are the
 * site's tagline, a welcome, a sidebar's blurbs or a promotion, not the body's first. Its index, or -1.
 */
function datedHeadlineAhead(lines: Line[], index: number, blockEnd: number): number {
  // A notice about comments opens a comment thread, whose posts have names and dates too.
  if (isSiteNotice(lines[index]!.text)) return -1;
  for (let j = index + 1; j <= index + HEADER_REACH && j < blockEnd; j++) {
    const line = lines[j]!;
    // A byline first: the paragraph is the standfirst of a headline above it, and what follows is that header's.
    if (line.commentsHeader || line.bylineAuthors !== null || isBylineLabel(line)) return -1;
    if (!mayHeadStory(line)) continue;
    const above = lines[j - 1]!;
    const dated = isBylineOrDateline(lines[j + 1]!) || (!above.prose && isDateline(above));
    // An article follows that headline in the block: more running text than the paragraphs passed over
    // (a list of teasers has less; a comment thread under a blog post's footer byline is another block).
    if (dated) return proseWords(lines, j + 1, Math.min(j + 1 + STORY_REACH, blockEnd + 1)) > proseWords(lines, index, j) ? j : -1;
  }
  return -1;
}

/** Lines under a headline in which its story's paragraphs are weighed. */
const STORY_REACH = 30;

function proseWords(lines: Line[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && i < lines.length; i++) if (lines[i]!.prose && lines[i]!.occurrences === 1) n += lines[i]!.words;
  return n;
}

/** Every line that could be the headline, with the weight of its evidence. */
export function titleCandidates(lines: Line[], blockStart: number, blockEnd = lines.length - 1): Array<{ line: Line; score: number }> {
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
    let opensBody = i >= blockStart && line.prose && !line.promo;
    if (opensBody) {
      const dated = datedHeadlineAhead(lines, i, blockEnd);
      // Close under the paragraph, the dated headline is among the candidates; further down, the
      // candidates as if the block began under it are weighed too.
      if (dated >= 0 && dated < end) opensBody = false;
      else if (dated >= 0) out.push(...titleCandidates(lines, dated + 1, blockEnd));
    }
    // The body's first paragraph ends the search, unless it is a headline put as a question or an exclamation.
    if (opensBody && !(line.words <= MAX_QUESTION_WORDS && /[?!]$/u.test(line.text))) break;
    if (!canBeHeadline(line)) continue;
    const from = Math.max(blockStart, i + 1);
    if (from !== leadFrom) {
      lead = leadWords(lines, from);
      leadFrom = from;
    }
    const between = i + 1 < blockStart ? competingAfter[i + 1 - start]! : 0;
    out.push({ line, score: evidence(lines, line, from, lead, page, between) });
    if (opensBody) break;
  }
  return out;
}

/** The headline for the block that starts at blockStart and ends (inclusive) at blockEnd. */
export function findTitle(lines: Line[], blockStart: number, blockEnd = lines.length - 1): TitleFinding {
  let best: Line | null = null;
  let bestScore = -Infinity;
  for (const { line, score } of titleCandidates(lines, blockStart, blockEnd)) {
    if (score > bestScore) {
      best = line;
      bestScore = score;
    }
  }
  const page = lines[0];
  const suffix = best && page && best.index > 0 ? pageTitleMatch(page.text, normalizeForCompare(page.text), best.text) : null;
  const text = best ? headlineBeforeDate(best) ?? best.text : null;
  return { line: best, text, pageTitleSuffix: suffix || null };
}

/** "my-great_post.txt" -> "My great post". */
export function titleFromFileName(fileName: string | undefined): string | null {
  if (!fileName) return null;
  const base = fileName.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '');
  const spaced = base.replace(/[-_]+/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (!spaced) return null;
  return spaced[0]!.toUpperCase() + spaced.slice(1);
}
