// Elements whose tag or class name says they are page furniture.
import { namedAsFurniture } from '../class-names.ts';
import { removeWhere, type CleaningRule } from './rule.ts';

export const removeNonArticleTags: CleaningRule = {
  name: 'figcaption, aside, nav, footer, form and controls',
  apply(content, context) {
    const tags = 'figcaption, aside, nav, footer, form, button, input, select, textarea, label';
    removeWhere(content.querySelectorAll(tags), context, () => true);
  },
};

export const removeFurnitureByClassName: CleaningRule = {
  name: 'class or id names share/related/caption/byline/ad...',
  apply(content, context) {
    removeWhere(content.querySelectorAll('[class], [id], [data-furniture]'), context, namedAsFurniture);
  },
};
