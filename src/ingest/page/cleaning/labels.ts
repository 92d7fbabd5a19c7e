// Short lines that label the page rather than tell the story: title repeats, one-word labels, datelines.
import { normalText, textKey } from '../text-measure.ts';
import { bylineAuthors } from '../../clipping/bylines.ts';
import { removeWhere, type CleaningRule } from './rule.ts';

export const removeTitleRepeats: CleaningRule = {
  name: 'headings and lines repeating the title',
  apply(content, context) {
    const keys = new Set(context.titles.map(textKey).filter((key) => key.length > 8));
    const longest = Math.max(0, ...[...keys].map((key) => key.length));
    removeWhere(content.querySelectorAll('h1, h2, h3, h4, h5, h6, p, div, span, header'), context, (element) => {
      const { letters } = context.stats.of(element);
      return letters > 0 && letters <= longest && keys.has(textKey(normalText(element)));
    });
  },
};

export const removeLoneWords: CleaningRule = {
  name: 'blocks of a single word (labels such as Advert, Comments, Close)',
  apply(content, context) {
    removeWhere(content.querySelectorAll('p, div, span, center, section'), context, (element) => {
      if (context.stats.of(element).words !== 1) return false;
      const text = normalText(element);
      // "Really." is a sentence; "Advert" is a label.
      return !/\d/.test(text) && !/[.!?…。]$/.test(text) && text.length < 30;
    });
  },
};

const YEAR = /(?:^|\D)(?:19|20)\d\d(?:\D|$)/;
const CLOCK = /\b\d{1,2}[:.h]\d{2}\b/;

export const removeDateLines: CleaningRule = {
  name: 'short lines that state a date (datelines, "Published ... Updated ...")',
  apply(content, context) {
    removeWhere(content.querySelectorAll('p, div, span, time, li'), context, (element) => {
      const { words } = context.stats.of(element);
      if (!words || words > 16) return false;
      if (element.matches('time') || element.querySelector('time')) return words <= 12;
      const text = normalText(element);
      return YEAR.test(text) && CLOCK.test(text);
    });
  },
};

export const removeBylines: CleaningRule = {
  name: 'byline lines ("By Jane Doe · 12 April 2024")',
  apply(content, context) {
    removeWhere(content.querySelectorAll('p, div, span'), context, (element) => {
      const { words } = context.stats.of(element);
      if (!words || words > 16 || element.querySelector('p, div')) return false;
      const text = normalText(element);
      // A byline names people and ends without a full stop; "By noon, the river had risen." is prose.
      if (/[.!?…。]$/.test(text)) return false;
      const names = bylineAuthors(text, words);
      return names !== null && names.every((name) => /^\p{Lu}/u.test(name));
    });
  },
};
