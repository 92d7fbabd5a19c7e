// Letter, word and link counts of every element of a body, each computed once.
// Counts are not updated as elements are removed: rules read them as the body was found.

export interface TextStats {
  letters: number;
  words: number;
  /** Letters inside <a> elements. */
  linkLetters: number;
}

const NOT_LETTER = /[^\p{L}\p{N}]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

function countText(text: string): { letters: number; words: number } {
  const letters = text.replace(NOT_LETTER, '').length;
  if (!letters) return { letters: 0, words: 0 };
  let words = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) words++;
  return { letters, words };
}

export class TextStatsCache {
  private readonly cache = new Map<Element, TextStats>();

  of(element: Element): TextStats {
    const cached = this.cache.get(element);
    if (cached) return cached;
    const stats: TextStats = { letters: 0, words: 0, linkLetters: 0 };
    const inLink = element.tagName === 'A';
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const { letters, words } = countText(child.nodeValue ?? '');
        stats.letters += letters;
        stats.words += words;
        if (inLink) stats.linkLetters += letters;
      } else if (child.nodeType === 1) {
        const sub = this.of(child as Element);
        stats.letters += sub.letters;
        stats.words += sub.words;
        stats.linkLetters += inLink ? sub.letters : sub.linkLetters;
      }
    }
    this.cache.set(element, stats);
    return stats;
  }

  linkDensity(element: Element): number {
    const { letters, linkLetters } = this.of(element);
    return letters ? Math.min(1, linkLetters / letters) : 0;
  }
}
