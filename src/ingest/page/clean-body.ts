// Removes what Readability keeps but is not article text, rule by rule.
import {
  removeNonArticleTags, removeFurnitureByClassName, removeLinkLists, removeInlineLinkClusters, removeLinkParagraphs, removeTitleRepeats, removeLoneWords, removeOrphanHeadings, removeDateLines,
  type CleaningContext,
  type CleaningRule,
} from './cleaning-rules.ts';
import { TextStatsCache } from './text-stats.ts';

/** In order: whole furniture elements first, then the finer line-level rules. */
export const CLEANING_RULES: CleaningRule[] = [
  removeNonArticleTags,
  removeFurnitureByClassName,
  removeLinkLists, removeInlineLinkClusters,
  removeLinkParagraphs,
  removeTitleRepeats,
 
  removeLoneWords, removeOrphanHeadings, removeDateLines,
];

export function cleanBody(
  content: Element,
  article: Omit<CleaningContext, 'totalLetters' | 'stats'>,
  rules: CleaningRule[] = CLEANING_RULES,
): void {
  const stats = new TextStatsCache();
  const context: CleaningContext = { ...article, stats, totalLetters: stats.of(content).letters };
  for (const rule of rules) rule.apply(content, context);
}
