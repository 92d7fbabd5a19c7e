// Removes what Readability keeps but is not article text, rule by rule.
import {
  removeNonArticleTags, removeFurnitureByClassName, removeLinkLists, removeLinkParagraphs, removeTitleRepeats, removeLoneWords, removeOrphanHeadings, removeDateLines,
  type CleaningContext,
  type CleaningRule,
} from './cleaning-rules.ts';
import { letterCount, normalText } from './text-measure.ts';

/** In order: whole furniture elements first, then the finer line-level rules. */
export const CLEANING_RULES: CleaningRule[] = [
  removeNonArticleTags,
  removeFurnitureByClassName,
  removeLinkLists,
  removeLinkParagraphs,
  removeTitleRepeats,
 
  removeLoneWords, removeOrphanHeadings, removeDateLines,
];

export function cleanBody(
  content: Element,
  article: Omit<CleaningContext, 'totalLetters'>,
  rules: CleaningRule[] = CLEANING_RULES,
): void {
  const context: CleaningContext = { ...article, totalLetters: letterCount(normalText(content)) };
  for (const rule of rules) rule.apply(content, context);
}
