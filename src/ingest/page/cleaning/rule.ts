// What every cleaning rule receives, and the one way rules remove elements.
import type { TextStatsCache } from '../text-stats.ts';

export interface CleaningContext {
  /** The article's title candidates (lines repeating one of them are dropped). */
  titles: string[];
  /** Letters in the whole body before cleaning. */
  totalLetters: number;
  stats: TextStatsCache;
}

export interface CleaningRule {
  name: string;
  apply(content: Element, context: CleaningContext): void;
}

/** An element holding this share of the body is the article itself, whatever its class says. */
const MAX_SHARE_REMOVED = 0.3;

/** Removes each element that matches `when`, unless it holds a large share of the body. */
export function removeWhere(elements: Iterable<Element>, context: CleaningContext, when: (element: Element) => boolean): void {
  const limit = MAX_SHARE_REMOVED * context.totalLetters;
  for (const element of [...elements]) {
    if (element.parentNode && when(element) && context.stats.of(element).letters <= limit) element.remove();
  }
}
