// Removes what Readability keeps but is not article text, rule by rule.
import { CLEANING_RULES, type CleaningContext, type CleaningRule } from './cleaning-rules.ts';
import { letterCount, normalText } from './text-measure.ts';

export function cleanBody(
  content: Element,
  article: Omit<CleaningContext, 'totalLetters'>,
  rules: CleaningRule[] = CLEANING_RULES,
): void {
  const context: CleaningContext = { ...article, totalLetters: letterCount(normalText(content)) };
  for (const rule of rules) rule.apply(content, context);
}
