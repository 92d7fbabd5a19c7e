// Headings left with nothing under them once the lists they introduced are gone.
import { removeWhere, type CleaningRule } from './rule.ts';

interface HeadingMark {
  heading: Element;
  level: number;
}

const HEADING = /^H([1-6])$/;

/** The body in reading order as headings and runs of text (null). */
function outline(content: Element): (HeadingMark | null)[] {
  const sequence: (HeadingMark | null)[] = [];
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (sequence[sequence.length - 1] !== null && /[\p{L}\p{N}]/u.test(child.nodeValue ?? '')) sequence.push(null);
      } else if (child.nodeType === 1) {
        const level = HEADING.exec((child as Element).tagName);
        if (level) sequence.push({ heading: child as Element, level: Number(level[1]) });
        else visit(child);
      }
    }
  };
  visit(content);
  return sequence;
}

export const removeOrphanHeadings: CleaningRule = {
  name: 'headings with no text under them (left behind by removed lists)',
  apply(content, context) {
    const sequence = outline(content);
    const orphans: Element[] = [];
    sequence.forEach((mark, i) => {
      if (!mark) return;
      const next = sequence[i + 1];
      // Followed by nothing, or by a heading of the same or a higher rank: it introduces nothing.
      if (next === undefined || (next !== null && next.level <= mark.level)) orphans.push(mark.heading);
    });
    removeWhere(orphans, context, () => true);
  },
};
