// Tags: "Topics: a, b" style lists, a "Topics" header over short lines, and a topic label by the headline.
import type { Line } from './lines.ts';
import { isMetaLine } from './line-kind.ts';
import { isAllCaps } from './text-shape.ts';

const LIST_PREFIX =
  /^(?:related topics|topics?|tags?|tagged(?: with)?|filed under|see more on|more on|categories|category|keywords|themen|schlagwörter|etiquetas|temas|tags associées|sujets|argomenti|теги|метки)\s*:\s*(.+)$/iu;
const HEADER_ONLY =
  /^(?:related topics|topics?|tags?|filed under|categories|keywords|themen|etiquetas|temas|sujets|argomenti|теги|метки)\s*:?$/iu;
const MAX_TAG_WORDS = 4;
const MAX_HEADER_TAGS = 12;

function isTagShaped(line: Line): boolean {
  return line.words >= 1 && line.words <= MAX_TAG_WORDS && !isMetaLine(line) && !line.endsSentence && !line.promo;
}

function splitList(text: string): string[] {
  return text
    .split(/\s*[,;|•·]\s*/u)
    .map((t) => t.trim().replace(/[.]+$/u, ''))
    .filter((t) => t.length > 0 && t.length <= 50);
}

/** Tags from topic lists anywhere in the clipping. */
export function listedTags(lines: Line[]): string[] {
  const tags: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const inline = LIST_PREFIX.exec(line.text);
    if (inline) {
      tags.push(...splitList(inline[1]!));
      continue;
    }
    if (!HEADER_ONLY.test(line.text)) continue;
    for (let j = i + 1; j < lines.length && j <= i + MAX_HEADER_TAGS; j++) {
      const next = lines[j]!;
      if (!isTagShaped(next) || (j > i + 1 && next.blankBefore)) break;
      tags.push(next.text);
    }
  }
  return tags;
}

function isLabel(line: Line | undefined): boolean {
  return line !== undefined && isTagShaped(line) && !line.ui && line.words <= 3 && !isAllCaps(line.text);
}

/** A lone short label right before the headline or between the header and the body (a section/topic kicker). */
export function topicLabels(lines: Line[], titleIndex: number, headerEnd: number): string[] {
  const labels: string[] = [];
  const before = lines[titleIndex - 1];
  if (isLabel(before) && !isLabel(lines[titleIndex - 2])) labels.push(before!.text);
  for (let i = titleIndex + 1; i < headerEnd; i++) {
    const line = lines[i]!;
    if (isLabel(line) && !isLabel(lines[i - 1]) && !isLabel(lines[i + 1])) labels.push(line.text);
  }
  return labels;
}

/** Case-insensitively distinct, in first-seen order. */
export function uniqueTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const key = tag.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}
