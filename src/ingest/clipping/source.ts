// The publication's name, where the text states it.
import type { Line } from './lines.ts';

const PRINT_EDITION = /\b(?:appeared|appears|was published|first appeared)\s+(?:in|on)\s+(?:the\s+)?(.{2,60}?)(?:'s)?\s+(?:print|weekend|sunday|daily)?\s*(?:edition|newspaper|magazine)\b/iu;
const ORIGINALLY = /\b(?:originally|first)\s+(?:appeared|published)\s+(?:in|on|by)\s+(.{2,60}?)(?:[.,;]|$)/iu;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(.{2,60}?)\s*(?:[.|,]|all rights reserved|$)/iu;

function clean(name: string | undefined): string | null {
  const trimmed = (name ?? '').replace(/\s+/gu, ' ').trim();
  // Dates and page numbers mean the pattern caught a sentence, not a name.
  if (trimmed.length < 2 || !/\p{L}/u.test(trimmed) || /\d{3,}|^all rights|^print\b/iu.test(trimmed)) return null;
  return trimmed;
}

export function findSource(lines: Line[], pageTitleSuffix: string | null): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]!.text;
    if (lines[i]!.words > 40 || !/appear|publish/i.test(text)) continue;
    const named = clean(PRINT_EDITION.exec(text)?.[1]) ?? clean(ORIGINALLY.exec(text)?.[1]);
    if (named) return named;
  }
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (!line.copyright || line.words > 40) continue;
    const named = clean(COPYRIGHT.exec(line.text)?.[1]);
    if (named) return named;
  }
  return pageTitleSuffix && pageTitleSuffix.length <= 60 ? pageTitleSuffix : null;
}
