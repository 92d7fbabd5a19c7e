// A summary for every article: an explicit one, else the lead cut at a sentence boundary.

const MAX_SUMMARY = 300;
const SENTENCE_END = /[.!?。！？…]["'”’»)\]]*(?=\s|$)/gu;

export function leadSummary(contentText: string): string {
  const lead = contentText.split(/\n\s*\n/).find((p) => p.trim().length > 0)?.trim() ?? '';
  return cutAtSentence(lead, MAX_SUMMARY);
}

/** The longest run of whole sentences that fits; failing that, whole words and an ellipsis. */
export function cutAtSentence(text: string, max = MAX_SUMMARY): string {
  const s = text.replace(/\s+/g, ' ').trim();
  if ([...s].length <= max) return s;
  let best = 0;
  for (const m of s.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    if ([...s.slice(0, end)].length > max) break;
    best = end;
  }
  if (best > 0) return s.slice(0, best);
  const chars = [...s].slice(0, max - 1).join('');
  const space = chars.lastIndexOf(' ');
  return `${(space > max / 2 ? chars.slice(0, space) : chars).replace(/[\s,;:–—-]+$/u, '')}…`;
}
