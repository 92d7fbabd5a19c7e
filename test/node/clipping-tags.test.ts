// Tags are the page's topics, never its furniture.
import { describe, expect, it } from 'vitest';
import { extractClipping } from '../../src/ingest/clipping/index.ts';
import { isTopic, MAX_TAGS } from '../../src/ingest/clipping/tags.ts';

const article = (header: string[], footer: string[]) => [
  ...header,
  'Harbour ferry returns after a winter of repairs',
  'By Jane Doe, Transport correspondent',
  'Published 2 April 2024',
  '',
  'The ferry that links the island to the harbour sailed again on Monday morning after four months in dry dock, carrying the first commuters of the season.',
  '',
  'Engineers replaced the engine and the steering gear, and the operator says the crossing will now take twelve minutes instead of fifteen.',
  '',
  'Islanders had used a smaller boat all winter, and many said they were glad to have the larger ferry and its covered deck back for the spring.',
  '',
  ...footer,
].join('\n');

describe('clipping tags', () => {
  it.each([
    ['Explore more on these topics', ['Explore more on these topics', 'Ferries', 'Island life', 'Share', 'Reuse this content']],
    ['Related Topics', ['Related Topics', 'Ferries', 'Island life', 'Close share panel']],
    ['Suggested Topics:', ['Suggested Topics: Ferries, Island life']],
    ['Tagged as:', ['Tagged as: Ferries, Island life']],
    ['Topics', ['Topics', 'Ferries', 'Island life', 'Follow us on Twitter']],
  ])('reads the topic list under "%s"', (_, footer) => {
    expect(extractClipping(article([], footer)).tags).toEqual(['Ferries', 'Island life']);
  });

  it('takes a topic label the page shows twice, never the byline, the date or share buttons', () => {
    const text = article(['Share', 'Facebook', 'Twitter', 'Ferries'], ['Ferries', 'Share this article', 'Updated 3 hours ago']);
    expect(extractClipping(text).tags).toEqual(['Ferries']);
  });

  it('does not take a "Topics" menu above the headline or a blog\'s category list', () => {
    const text = article(['Topics', 'Business', 'Culture', 'Politics'], ['Categories', 'Baking', 'Travel', 'Uncategorized']);
    expect(extractClipping(text).tags).toEqual([]);
  });

  it('keeps at most eight', () => {
    const many = Array.from({ length: 12 }, (_, i) => `Topic ${String.fromCharCode(65 + i)}`);
    expect(extractClipping(article([], [`Topics: ${many.join(', ')}`])).tags).toHaveLength(MAX_TAGS);
  });

  it('tells topics from furniture', () => {
    for (const topic of ['Xinjiang', 'Climate change', 'Science & Environment', 'Human rights in Asia']) expect(isTopic(topic)).toBe(true);
    for (const junk of ['Updated ago', 'Close share panel', 'Follow RT on', '@apollozac', 'Advice (65)', 'lib_json_commons.ftl', 'Posted in:', 'New, 15 comments', 'By Jane Doe', 'Recent Posts', 'March 3, 2024'])
      expect(isTopic(junk)).toBe(false);
  });
});
