// Reads a pasted plain-text clipping of a web article: finds the headline, the standfirst and
// the article's paragraphs, and drops the page furniture around and inside them.
import { emptyExtracted, type Extracted } from '../extracted.ts';
import { bodyLines } from './body.ts';
import { commentThreads } from './comment-threads.ts';
import { paragraphsHtml } from './html.ts';
import { guessLanguage, leadingSample } from './language.ts';
import { scoreLines } from './line-score.ts';
import { itemRuns } from './list-items.ts';
import { teaserRuns } from './teasers.ts';
import { splitLines, type Line } from './lines.ts';
import { blockBeforeComments, findMainBlock, type Block } from './main-block.ts';
import { findAuthors, findCaption, findPublished, type Range } from './metadata.ts';
import { normalizePaste } from './normalize-paste.ts';
import { findSource } from './source.ts';
import { findLead } from './lead.ts';
import { leadIsStandfirst, findStandfirst } from './standfirst.ts';
import { listedTags, MAX_TAGS, topicLabels, uniqueTags } from './tags.ts';
import { normalizeForCompare } from './text-shape.ts';
import { findTitle, titleFromFileName } from './title.ts';

/** How far before the main block the headline's paragraphs may start. */
const MAX_HEADER_GAP = 15;

function fallbackTitle(out: Extracted, fileName: string | undefined): void {
  const fromName = titleFromFileName(fileName);
  out.title = fromName;
  out.warnings.push(fromName ? 'no title found: using the file name' : 'no title found');
}

/** Starts the block right after the headline (or deck) when only furniture separates them. */
function anchorBlock(block: Block, anchorIndex: number): Block {
  if (anchorIndex >= block.start) return { ...block, start: anchorIndex + 1 };
  if (block.start - anchorIndex <= MAX_HEADER_GAP) return { ...block, start: anchorIndex + 1 };
  return block;
}

export function extractClipping(text: string, fileName?: string): Extracted {
  const out = emptyExtracted();
  const lines = splitLines(normalizePaste(text ?? ''));
  if (lines.length === 0) {
    out.warnings.push('empty clipping');
    fallbackTitle(out, fileName);
    return out;
  }
  const inThread = commentThreads(lines);
  const inItemRun = itemRuns(lines);
  // Other people's text: teasers for other stories, a comment thread.
  const inTeaserRun = teaserRuns(lines).map((teaser, i) => teaser || inThread[i]!);
  const scores = scoreLines(lines, inItemRun, inTeaserRun);
  const found = findMainBlock(lines, scores);
  if (!found) out.warnings.push('no article text found');
  let block: Block = found ?? { start: lines.length, end: lines.length - 1, score: 0 };

  const article = found ? blockBeforeComments(lines, scores, found) : null;
  const title = findTitle(lines, (article ?? block).start, (article ?? block).end);
  const titleIndex = title.line?.index ?? -1;
  let deck: Line | null = null;
  if (title.line) {
    deck = findStandfirst(lines, titleIndex, block.start);
    if (found) block = anchorBlock(block, deck && deck.index < block.start ? deck.index : titleIndex);
    if (deck && deck.index >= block.start) block = { ...block, start: Math.max(block.start, deck.index + 1) };
  }
  const skip = new Set<number>();
  if (deck) skip.add(deck.index);
  let kept = bodyLines(lines, block, skip, inItemRun, inTeaserRun);
  if (deck && deck.index >= block.start && kept.length === 0) {
    // A lone paragraph is the body, not a deck.
    block = { ...block, start: deck.index };
    deck = null;
    kept = bodyLines(lines, block, new Set(), inItemRun, inTeaserRun);
  }
  if (!deck && title.line && leadIsStandfirst(lines, kept, titleIndex)) {
    deck = kept[0]!;
    kept = kept.slice(1);
  }
  const titleKey = title.text ? normalizeForCompare(title.text) : null;
  const titleLength = title.text?.length ?? 0;
  if (titleKey) kept = kept.filter((l) => Math.abs(l.text.length - titleLength) > 8 || normalizeForCompare(l.text) !== titleKey);

  const headerFrom = Math.max(0, (title.line?.index ?? block.start) - 3);
  const bodyStart = kept[0]?.index ?? block.start;
  const header: Range = { from: headerFrom, to: bodyStart };
  const bodyRange: Range = { from: bodyStart, to: (kept[kept.length - 1]?.index ?? block.end) + 1 };

  if (title.text) out.title = title.text;
  else fallbackTitle(out, fileName);
  // Without a deck the summary is the lead, which need not be the body's first line.
  const lead = deck ? null : findLead(kept);
  out.summary = deck?.text ?? (lead && lead !== kept[0] ? lead.text : null);
  out.authors = findAuthors(lines, header, bodyRange);
  const paragraphs = kept.map((l) => l.text);
  out.language = guessLanguage(leadingSample(paragraphs) || leadingSample(lines.map((l) => l.text)));
  const dates = findPublished(lines, titleIndex, header, bodyRange, out.language);
  out.published = dates.published;
  out.updated = dates.updated;
  if (dates.yearlessLine) out.warnings.push(`the date "${dates.yearlessLine}" gives no year: read as ${dates.published!.slice(0, 4)} from its weekday and the page's latest year; add \`date:\` front matter if that is wrong`);
  if (!out.published) {
    const unread = lines.slice(Math.max(0, header.from), header.to).find((l) => l.date);
    if (unread) out.warnings.push(`the date "${unread.text}" could not be read as a full date; add \`date:\` front matter`);
  }
  const caption = findCaption(lines, { from: header.from - 8, to: header.to }, bodyRange);
  out.image = caption ? { url: null, caption } : null;
  const tags = listedTags(lines, titleIndex, out.authors);
  if (title.line) tags.push(...topicLabels(lines, titleIndex, bodyStart, out.authors));
  out.tags = uniqueTags(tags).slice(0, MAX_TAGS);
  const sourceName = findSource(lines, title.pageTitleSuffix);
  out.source = sourceName ? { name: sourceName, url: null } : null;
  out.bodyHtml = paragraphsHtml(paragraphs);
  if (found && paragraphs.length === 0) out.warnings.push('no article text found');
  return out;
}
