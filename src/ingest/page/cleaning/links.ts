// Blocks that exist to send the reader elsewhere: link lists, teaser lines, hover cards.
import { removeWhere, type CleaningRule } from './rule.ts';

export const removeLinkLists: CleaningRule = {
  name: 'lists and blocks made mostly of links',
  apply(content, context) {
    removeWhere(content.querySelectorAll('ul, ol, div, section, table'), context, (element) => {
      const { words } = context.stats.of(element);
      return words > 0 && words < 200 && context.stats.linkDensity(element) > 0.6;
    });
  },
};

export const removeInlineLinkClusters: CleaningRule = {
  name: 'runs of several links inside a paragraph (hover cards, inline teasers)',
  apply(content, context) {
    removeWhere(content.querySelectorAll('p span, p div, li span, li div'), context, (element) =>
      element.querySelectorAll('a').length >= 3 && context.stats.linkDensity(element) > 0.9,
    );
  },
};

export const removeLinkParagraphs: CleaningRule = {
  name: 'short paragraphs that are one link (teasers to other stories)',
  apply(content, context) {
    removeWhere(content.querySelectorAll('p, h2, h3, h4, h5, h6'), context, (element) => {
      const { words } = context.stats.of(element);
      return words > 0 && words <= 25 && context.stats.linkDensity(element) > 0.8;
    });
  },
};
