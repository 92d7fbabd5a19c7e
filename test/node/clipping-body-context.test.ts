// Body lines read in context: short lines, list items and table rows inside the article inherit from
// their neighbours; teaser runs and comment threads are told by their repeated structure and stay out.
import { describe, expect, it } from 'vitest';
import { extractClipping } from '../../src/ingest/clipping/index.ts';

function paragraphs(bodyHtml: string): string[] {
  return [...bodyHtml.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
}

const body = (text: string[]) => paragraphs(extractClipping(text.join('\n')).bodyHtml);

const header = ['Home', 'News', 'Harbour ferry returns after a winter of repairs', 'By Jane Doe', 'Published 2 April 2024', ''];
const p1 = 'The ferry that links the island to the harbour sailed again on Monday morning after four months in dry dock, carrying the first commuters of the season.';
const p2 = 'Engineers replaced the engine and the steering gear, and the operator says the crossing will now take twelve minutes instead of fifteen.';
const p3 = 'Islanders had used a smaller boat all winter, and many said they were glad to have the larger ferry and its covered deck back for the spring.';
const p4 = 'The operator will add a late sailing on Fridays from May, and bicycles travel free until the end of the summer holidays.';

describe('short lines inside the article', () => {
  it('keeps the headings of an article\'s sections, whatever their case or length', () => {
    for (const heading of ['What changes for passengers', 'Timetable', 'Why the repairs took four months longer than planned']) {
      expect(body([...header, p1, '', p2, '', heading, '', p3, '', 'What comes next', '', p4])).toEqual([p1, p2, heading, p3, 'What comes next', p4]);
    }
  });

  it('takes a lone headline between two paragraphs for a link to another story', () => {
    expect(body([...header, p1, '', p2, '', 'Council approves the new harbour wall', '', p3, '', p4])).toEqual([p1, p2, p3, p4]);
  });

  it('never keeps furniture between paragraphs as a heading: a labelled link, a repeated line, a button, a sentence', () => {
    const link = 'Related: Council approves the new harbour wall';
    expect(body([...header, p1, '', p2, '', link, '', p3, '', p4])).not.toContain(link);
    expect(body([...header, p1, '', p2, '', 'Advertisement', '', p3, '', p4, '', 'Advertisement'])).not.toContain('Advertisement');
    expect(body([...header, p1, '', p2, '', 'Share this article', '', p3, '', p4])).not.toContain('Share this article');
  });

  it('keeps a recipe\'s ingredient lines and their heading inside the article', () => {
    const ingredients = ['2 cups plain flour', '1 tsp fine salt', '3 tbsp olive oil', '½ cup warm water'];
    const text = [
      'Harbour bread for a cold morning', 'By Jane Doe', '',
      'This is the loaf the ferry café bakes every morning, and it needs nothing more than a bowl, a spoon and an hour of patience.', '',
      'Ingredients', ...ingredients, '',
      'Mix the flour and salt, pour in the oil and the water, and stir until the dough comes away from the sides of the bowl.', '',
      'Leave it covered for an hour, shape it into a round loaf and bake it for forty minutes in a hot oven until it sounds hollow.',
    ];
    const read = body(text);
    expect(read).toEqual(expect.arrayContaining(['Ingredients', ...ingredients]));
    expect(read.indexOf('Ingredients')).toBe(read.indexOf(ingredients[0]!) - 1);
  });

  it('keeps tour dates and a results table between paragraphs', () => {
    const tour = ['June 5, 2024 – Harbour Hall, Portsmouth', 'June 7, 2024 – The Quay Theatre, Poole', 'June 9, 2024 – Pier Pavilion, Weymouth'];
    expect(body([...header, p1, '', p2, '', ...tour, '', p3, '', p4])).toEqual([p1, p2, ...tour, p3, p4]);
    const table = ['Pos Player Plays % Stats', 'DL Larry Ogunjobi 63 85% 1 tackle (1 combined).', 'DL Myles Garrett 57 77% 3 QH.', 'DL Chad Thomas 57 77% 3 tackles (3 combined).'];
    expect(body([...header, p1, '', p2, '', ...table, '', p3, '', p4])).toEqual(expect.arrayContaining(table.slice(1)));
  });

  it('does not keep a run of alike lines that is not inside the article: a numbered list of other stories, a menu', () => {
    const stories = ['27 Oddest Medical Case Reports', '10 Strangest Medical Cases', '11 Weird Things People Have Swallowed'];
    expect(body([...header, p1, '', p2, '', ...stories, '', p3, '', p4])).toEqual([p1, p2, p3, p4]);
    const after = body([...header, p1, '', p2, '', p3, '', p4, '', 'Most read', '1 Council approves the wall', '2 Bus lanes extended', '3 New pier opens']);
    expect(after).toEqual([p1, p2, p3, p4]);
  });
});

describe('other people\'s text', () => {
  it('leaves out teasers told by the line that closes each of them ("READ MORE")', () => {
    const teaser = (title: string, summary: string) => [title, 'Written by John Roe', '', summary, '', 'READ MORE', ''];
    const text = [
      ...header, p1, '', p2, '', p3, '', p4, '', 'Read this next', '',
      ...teaser('Council approves the new harbour wall', 'The wall will protect the quay from winter storms. Learn more about the plans.'),
      ...teaser('Bus lanes extended to the airport', 'Buses will skip the queues on the ring road from June. Learn more about the routes.'),
      ...teaser('A new pier for the island', 'The island will get a second pier for fishing boats. Learn more about the works.'),
    ];
    const read = body(text);
    expect(read).toEqual([p1, p2, p3, p4]);
  });

  it('leaves out a comment thread that has no header: names over dated, timed stamps', () => {
    const comment = (name: string, stamp: string, text: string) => [name, stamp, '', text, '', 'Reply', ''];
    const text = [
      ...header, p1, '', p2, '', p3, '', p4, '',
      ...comment('Sam Green', 'April 2, 2024 at 9:12 am', 'Good news for the island at last, the small boat was far too crowded on Mondays.'),
      ...comment('Jane Doe', 'April 2, 2024 at 11:40 am', 'Thank you, Sam. The late sailing on Fridays should help with the crowds as well.'),
      ...comment('kit_r', '3 days ago', 'Will the bicycles still travel free after the summer, or only until September?'),
    ];
    const read = extractClipping(text.join('\n'));
    expect(paragraphs(read.bodyHtml)).toEqual([p1, p2, p3, p4]);
    expect(read.published).toBe('2024-04-02');
  });

  it('keeps the article when its comment thread holds much more text than it does', () => {
    const comment = (i: number) => [`Reader ${i}`, `April ${i}, 2024 at 9:${String(10 + i)} am`, '', `${p4} Comment number ${i} adds a few more words of its own to the thread.`, '', 'Reply', ''];
    const text = [...header, p1, '', p2, '', p3, '', ...Array.from({ length: 12 }, (_, i) => comment(i + 3)).flat()];
    expect(paragraphs(extractClipping(text.join('\n')).bodyHtml)).toEqual([p1, p2, p3]);
  });

  it('keeps an article whose own byline and date come once: no thread of one', () => {
    const text = ['Harbour ferry returns after a winter of repairs', 'Jane Doe', 'April 2, 2024 at 9:12 am', '', p1, '', p2, '', p3, '', p4];
    expect(paragraphs(extractClipping(text.join('\n')).bodyHtml)).toEqual([p1, p2, p3, p4]);
  });
});
