// Tags are the page's topics, never its furniture.
import fc from 'fast-check';
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

  it('never takes the byline\'s name, even from a topic list', () => {
    expect(extractClipping(article([], ['Tags:', 'Ferries', 'Jane Doe', 'Island life'])).tags).toEqual(['Ferries', 'Island life']);
    expect(extractClipping(article([], ['Topics: Ferries, Jane Doe'])).tags).toEqual(['Ferries']);
  });

  it('never takes a name the page sets as an author: beside a date, after a lone "By", or opening a bio', () => {
    const authorBox = ['Tom Reyes', 'April 2, 2024'];
    expect(extractClipping(article(['Tom Reyes'], authorBox)).tags).toEqual([]);
    expect(extractClipping(article(['Tom Reyes'], ['By', 'Tom Reyes'])).tags).toEqual([]);
    expect(extractClipping(article(['Tom Reyes'], ['Tom Reyes', 'Tom Reyes covers the coast and its islands for the paper.'])).tags).toEqual([]);
    // The same name, shown twice with nothing of an author about it, is a topic label.
    expect(extractClipping(article(['Tom Reyes'], ['Tom Reyes', 'Share this article'])).tags).toEqual(['Tom Reyes']);
  });

  it('never takes a byline\'s role, nor the name set over one, even when the page shows them twice', () => {
    const box = ['Roger Harrabin', 'Environment correspondent'];
    expect(extractClipping(article([], box)).tags).toEqual([]);
    expect(extractClipping(article(['Environment correspondent'], box)).tags).toEqual([]);
    expect(extractClipping(article(['Roger Harrabin'], box)).tags).toEqual([]);
    for (const role of ['Science Editor', 'Transport correspondent', 'Staff writer', 'Senior political analyst']) expect(isTopic(role)).toBe(false);
  });

  it('never takes a section the page\'s menu lists, as a label or as a category', () => {
    const menu = ['News', 'Transport', 'Business', 'Culture'];
    expect(extractClipping(article([...menu, 'Share', 'Transport'], ['Transport', 'Share this article'])).tags).toEqual([]);
    expect(extractClipping(article(menu, ['Category: Transport'])).tags).toEqual([]);
    // A tag list is the article's own: a tag the menu also shows stays.
    expect(extractClipping(article(menu, ['Tags: Transport, Ferries'])).tags).toEqual(['Transport', 'Ferries']);
  });

  it('never takes a line of a widget shown twice with the same neighbour', () => {
    const gallery = ['The ferry in dry dock, where it spent the winter.', 'Photo Viewer'];
    expect(extractClipping(article(gallery, [...gallery, 'Share this article'])).tags).toEqual([]);
    expect(extractClipping(article(['Share', 'Photo Viewer'], [...gallery, 'Share this article'])).tags).toEqual(['Photo Viewer']);
  });

  it('splits a line that holds categories and tags, dropping both labels', () => {
    expect(extractClipping(article([], ['Filed Under: Ferries · Tagged With: Island life, Engines'])).tags).toEqual(['Ferries', 'Island life', 'Engines']);
    expect(extractClipping(article([], ['Filed Under: Ferries Tagged With: Engines'])).tags).toEqual(['Ferries', 'Engines']);
  });

  it('takes a "Topics" name set right over the page\'s "Tags" list for the section it is filed in', () => {
    expect(extractClipping(article([], ['Topics:', 'Consumer content', 'Tags:', 'Ferries,', 'Island life'])).tags).toEqual(['Ferries', 'Island life']);
    expect(extractClipping(article([], ['Topics: Consumer content', 'Tags: Ferries, Island life'])).tags).toEqual(['Ferries', 'Island life']);
    // Alone, a "Topics" list is the article's topics.
    expect(extractClipping(article([], ['Topics:', 'Consumer content', 'Share this article'])).tags).toEqual(['Consumer content']);
  });

  it('reads a list line that is mostly names, and lone commas between items', () => {
    expect(extractClipping(article([], ['Tags:', 'Ferries, Island life | 3 Comments'])).tags).toEqual(['Ferries', 'Island life']);
    expect(extractClipping(article([], ['Tags:', 'Ferries', ',', 'Island life'])).tags).toEqual(['Ferries', 'Island life']);
  });

  it('does not take a tag cloud with counts, nor a "Topics" entry inside a menu', () => {
    expect(extractClipping(article([], ['Tags', 'FERRIES 131', 'ISLAND LIFE 79', 'HARBOURS 12'])).tags).toEqual([]);
    expect(extractClipping(article([], ['Podcasts', 'Video', 'Topics', 'Reviews', 'Weather'])).tags).toEqual([]);
  });

  it('reads the list a blog\'s footer writes after "tagged", never a sentence that starts with the word', () => {
    expect(extractClipping(article([], ['Posted in Transport | Tagged ferries, engines | Leave a comment'])).tags).toEqual(['ferries', 'engines']);
    expect(extractClipping(article([], ['Tagged as Ferries, Island life'])).tags).toEqual(['Ferries', 'Island life']);
    const sentence = 'This entry was posted in Transport and tagged ferries, engines on April 2, 2024. Bookmark the permalink.';
    expect(extractClipping(article([], [sentence])).tags).toEqual(['ferries', 'engines']);
    expect(extractClipping(article([], ['filed under Transport and tagged ferries by Jane Doe.'])).tags).toEqual(['ferries']);
    expect(extractClipping(article([], ['Tagged by police as a suspect, he fled.'])).tags).toEqual([]);
  });

  it('reads a "Filed under" list that runs up to the headline, not a "Topics" menu there nor one that stops short of it', () => {
    expect(extractClipping(article(['Filed under:', '', 'Ferries', 'Island life', ''], [])).tags).toEqual(['Ferries', 'Island life']);
    expect(extractClipping(article(['Topics', 'Ferries', 'Island life'], [])).tags).toEqual([]);
    expect(extractClipping(article(['Filed under:', 'Ferries', 'Island life', '', 'Harbour Post', 'The island\'s own newspaper since 1921.'], [])).tags).toEqual([]);
  });

  it('reads a list under "Related" or "More about" only when it names two things or more and the article names each', () => {
    expect(extractClipping(article([], ['Related', 'Harbour', 'Dry dock', 'Share'])).tags).toEqual(['Harbour', 'Dry dock']);
    expect(extractClipping(article([], ['Read more about: Harbour, Steering gear'])).tags).toEqual(['Harbour', 'Steering gear']);
    expect(extractClipping(article([], ['Related', 'Harbour', 'Advertise'])).tags).toEqual([]);
    expect(extractClipping(article([], ['Related', 'Harbour'])).tags).toEqual([]);
    expect(extractClipping(article([], ['Related', 'Council approves the new harbour wall', 'Bus lanes reach the airport'])).tags).toEqual([]);
  });

  it('cuts names set side by side where the article names them, and never guesses the cut', () => {
    expect(extractClipping(article([], ['Tags Dry dock Steering gear'])).tags).toEqual(['Dry dock', 'Steering gear']);
    expect(extractClipping(article([], ['Tags Dry dock Lighthouse keepers'])).tags).toEqual([]);
    expect(extractClipping(article([], ['Tags: Dry dockSteering gear, iPhone'])).tags).toEqual(['Dry dock', 'Steering gear', 'iPhone']);
    // A capital inside a word the article does not name, and whose pieces it does not name either: no tag.
    expect(extractClipping(article([], ['Tags: FerriesIsland life, McDonald\'s'])).tags).toEqual(["McDonald's"]);
  });

  it('property: a topic label of 1 to 4 words shown above the headline and by the body is a tag; as the byline it never is', () => {
    const word = fc.constantFrom('Harbour', 'Ferries', 'Island', 'Coastal', 'Shipping', 'Tides', 'Northern', 'Routes', 'Engines', 'Weather');
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 4 }), (words) => {
        const label = words.join(' ');
        fc.pre(label !== 'Weather');
        expect(extractClipping(article(['Share', label], [label, 'Share this article'])).tags).toEqual([label]);
        const byline = article([label], [label, 'Share this article']).replace('By Jane Doe, Transport correspondent', `By ${label}`);
        expect(extractClipping(byline).tags).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
