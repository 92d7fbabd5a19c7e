// Tags from every source, normalised: trimmed, de-duplicated case-insensitively, first spelling wins.
import { tagSlug } from '../article.ts';
import { feedSafeText } from './feed-safe-text.ts';

/** `onDropped` hears of each tag left out because it has no letter or digit to make a page address of. */
export function normaliseTags(lists: ReadonlyArray<readonly string[]>, onDropped: (tag: string) => void = () => {}): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) {
    for (const raw of list) {
      // Angle brackets and control characters have no place in a label and break XML attributes.
      const tag = feedSafeText(raw).replace(/[<>\p{Cc}]/gu, ' ').replace(/\s+/g, ' ').trim().replace(/^#/, '');
      const key = tagSlug(tag);
      if (!key) {
        if (tag) onDropped(tag);
        continue;
      }
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}
