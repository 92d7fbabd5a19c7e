// Rules that remove what Readability keeps but is not article text. Each rule has one signal.
import { namedAsFurniture } from './class-names.ts';
import type { TextStatsCache } from './text-stats.ts';
import { normalText, textKey } from './text-measure.ts';

export interface CleaningContext {
  /** The article's title candidates (headings repeating one of them are dropped). */
  titles: string[];
  /** Letters in the whole body before cleaning: no rule removes a large share of it at once. */
  totalLetters: number;
  stats: TextStatsCache;
}

export interface CleaningRule {
  name: string;
  apply(content: Element, context: CleaningContext): void;
}

/** An element holding this share of the body is the article itself, whatever its class says. */
const MAX_SHARE_REMOVED = 0.3;

function removable(element: Element, context: CleaningContext): boolean {
  return context.stats.of(element).letters <= MAX_SHARE_REMOVED * context.totalLetters;
}

function removeAll(elements: Iterable<Element>, context: CleaningContext, when: (e: Element) => boolean): void {
  for (const element of [...elements]) {
    if (element.parentNode && when(element) && removable(element, context)) element.remove();
  }
}


export const removeNonArticleTags: CleaningRule = {
  name: 'figcaption, aside, nav, footer, form and controls',
  apply(content, context) {
    removeAll(content.querySelectorAll('figcaption, aside, nav, footer, form, button, input, select, textarea, label'), context, () => true);
  },
};

export const removeFurnitureByClassName: CleaningRule = {
  name: 'class or id names share/related/caption/byline/ad...',
  apply(content, context) {
    removeAll(content.querySelectorAll('[class], [id], [data-furniture]'), context, (element) => namedAsFurniture(element));
  },
};

export const removeLinkLists: CleaningRule = {
  name: 'lists and blocks made mostly of links',
  apply(content, context) {
    removeAll(content.querySelectorAll('ul, ol, div, section, table'), context, (element) => {
      const { words } = context.stats.of(element);
      return words > 0 && words < 200 && context.stats.linkDensity(element) > 0.6;
    });
  },
};

export const removeInlineLinkClusters: CleaningRule = {
  name: 'runs of several links inside a paragraph (hover cards, inline teasers)',
  apply(content, context) {
    removeAll(content.querySelectorAll('p span, p div, li span, li div'), context, (element) =>
      element.querySelectorAll('a').length >= 3 && context.stats.linkDensity(element) > 0.9,
    );
  },
};

export const removeLinkParagraphs: CleaningRule = {
  name: 'short paragraphs that are one link (teasers to other stories)',
  apply(content, context) {
    removeAll(content.querySelectorAll('p, h2, h3, h4, h5, h6'), context, (element) => {
      const { words } = context.stats.of(element);
      return words > 0 && words <= 25 && context.stats.linkDensity(element) > 0.8;
    });
  },
};

export const removeTitleRepeats: CleaningRule = {
  name: 'headings and lines repeating the title',
  apply(content, context) {
    const keys = new Set(context.titles.map(textKey).filter((key) => key.length > 8));
    const longest = Math.max(0, ...[...keys].map((key) => key.length));
    removeAll(content.querySelectorAll('h1, h2, h3, h4, h5, h6, p, div, span, header'), context, (element) => {
      const { letters } = context.stats.of(element);
      return letters > 0 && letters <= longest && keys.has(textKey(normalText(element)));
    });
  },
};



export const removeLoneWords: CleaningRule = {
  name: 'blocks of a single word (labels such as Advert, Comments, Close)',
  apply(content, context) {
    removeAll(content.querySelectorAll('p, div, span, center, section'), context, (element) => {
      if (context.stats.of(element).words !== 1) return false;
      const text = normalText(element);
      // "Really." is a sentence; "Advert" is a label.
      return !/\d/.test(text) && !/[.!?…。]$/.test(text) && text.length < 30;
    });
  },
};


const HEADING = /^H([1-6])$/;

export const removeOrphanHeadings: CleaningRule = {
  name: 'headings with no text under them (left behind by removed lists)',
  apply(content, context) {
    // The body in reading order as headings and runs of text; a heading followed by an equal or
    // higher heading, or by nothing, introduces nothing.
    const events: { heading: Element; level: number }[] | null[] = [];
    const sequence: ({ heading: Element; level: number } | null)[] = events;
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
    const orphans: Element[] = [];
    sequence.forEach((event, i) => {
      if (!event) return;
      const next = sequence[i + 1];
      if (next === undefined || (next && next.level <= event.level)) orphans.push(event.heading);
    });
    removeAll(orphans, context, () => true);
  },
};

const YEAR = /(?:^|\D)(?:19|20)\d\d(?:\D|$)/;
const CLOCK = /\b\d{1,2}[:.h]\d{2}\b/;

export const removeDateLines: CleaningRule = {
  name: 'short lines that state a date (datelines, "Published ... Updated ...")',
  apply(content, context) {
    removeAll(content.querySelectorAll('p, div, span, time, li'), context, (element) => {
      const { words } = context.stats.of(element);
      if (!words || words > 16) return false;
      const text = normalText(element);
      if (element.matches('time') || element.querySelector('time')) return words <= 12;
      return YEAR.test(text) && CLOCK.test(text);
    });
  },
};
