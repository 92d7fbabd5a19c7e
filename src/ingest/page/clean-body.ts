// Removes what Readability keeps but is not article text, rule by rule.
import { removeFurnitureByClassName, removeNonArticleTags } from './cleaning/furniture.ts';
import { removeBylines, removeDateLines, removeLoneWords, removeTitleRepeats } from './cleaning/labels.ts';
import { removeInlineLinkClusters, removeLinkLists, removeLinkParagraphs } from './cleaning/links.ts';
import { removeOrphanHeadings } from './cleaning/orphan-headings.ts';
import type { CleaningContext, CleaningRule } from './cleaning/rule.ts';
import { TextStatsCache } from './text-stats.ts';

/** Whole furniture elements first, then link blocks, then single lines; orphaned headings last. */
export const CLEANING_RULES: CleaningRule[] = [
  removeNonArticleTags,
  removeFurnitureByClassName,
  removeLinkLists,
  removeInlineLinkClusters,
  removeLinkParagraphs,
  removeTitleRepeats,
  removeLoneWords,
  removeDateLines,
  removeBylines,
  removeOrphanHeadings,
];

export function cleanBody(
  content: Element,
  article: Pick<CleaningContext, 'titles'>,
  rules: CleaningRule[] = CLEANING_RULES,
): void {
  const stats = new TextStatsCache();
  const context: CleaningContext = { ...article, stats, totalLetters: stats.of(content).letters };
  for (const rule of rules) rule.apply(content, context);
}
