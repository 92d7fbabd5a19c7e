// Small text measures the cleaning rules share.

export function normalText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Letters and digits: a length that ignores spacing and punctuation, in every script. */
export function letterCount(text: string): number {
  return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}

export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Share of an element's letters that sit inside links. */
export function linkDensity(element: Element): number {
  const total = letterCount(normalText(element));
  if (!total) return 0;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += letterCount(normalText(link));
  return Math.min(1, linked / total);
}

/** A comparison key for "is this the same text": case, spacing and punctuation ignored. */
export function textKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
