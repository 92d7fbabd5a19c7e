// Small text helpers the cleaning rules share.

export function normalText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A comparison key for "is this the same text": case, spacing and punctuation ignored. */
export function textKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
