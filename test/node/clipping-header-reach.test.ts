// Where the headline is looked for when the best block is not where the article starts: a dated
// headline deep under a sidebar's blurbs, a comment thread that outweighs a short post whose byline
// row counts its comments; and the lines under a headline that are not its standfirst.
import { describe, expect, it } from 'vitest';
import { extractClipping } from '../../src/ingest/clipping/index.ts';
import { describesPicture } from '../../src/ingest/clipping/captions.ts';
import { PIER_BODY, pierClipping as clip } from './support/pier-clipping.ts';

const MORE_BODY = [
  'The old timber pier was built in 1912 and carried the island ferry, the mail boat and, for a few summers, a dance hall at its end.',
  'Opponents of the plan wanted a new landing further up the bay, where the water is deeper, but the board found it would cost twice as much.',
];

/** A blog's sidebar: short blurbs with their headings, each a sentence or two. */
const SIDEBAR = [
  'Visit our directory for more information about the harbour blogs.',
  'Follow the harbour office on Twitter',
  'Visit our Twitter directory for more information.',
  'Enter your email address:',
  'Delivered by the mailing list',
  'Got a question or comment about Harbour Notes? Send us some email.',
  'Need help with your mooring permit? Contact the harbour office.',
  'Harbour Notes is powered by the volunteers of the island.',
  'Start your own harbour diary.',
];

describe('a headline with its own dateline deep in the block', () => {
  it('is found under a sidebar\'s blurbs, put as a question, and the body starts under it', () => {
    const text = [
      'Coast Diaries', 'Mooring Permits', 'Tide Tables', 'Go to the Office', 'More Blogs from the Coast',
      ...SIDEBAR,
      'Will the new ferry pier outlast the next storm?', 'Wednesday, November 07, 2012 | 2:00 PM',
      ...PIER_BODY, ...MORE_BODY,
    ].join('\n');
    const out = extractClipping(text);
    expect(out.title).toBe('Will the new ferry pier outlast the next storm?');
    expect(out.bodyHtml).toMatch(/^<p>The harbour board voted/);
    expect(out.bodyHtml).not.toContain('Twitter directory');
  });

  it('is not a question closing the post above its footer byline and the comments under it', () => {
    const text = [
      'September 10, 2012', 'Harbour board votes to rebuild the ferry pier',
      ...PIER_BODY,
      'Will you be on the first ferry from the new pier?',
      'Posted by jane at September 10, 2012 9:01 AM',
      'Comments',
      'I will be there on the first morning, and so will half the island by the sound of it. We have waited two winters for this and it is about time.',
      'Posted by: Ellen at September 10, 2012 11:40 AM',
      'The timber pier was lovely but the steel one will last longer, and that matters more to those of us who take the ferry to work every day of the year.',
      'Posted by: Toni at September 10, 2012 12:11 PM',
      'My grandfather fished from the old pier every Sunday, and I hope they keep a corner of it for the anglers when the new one opens next autumn.',
      'Posted by: Gina at September 10, 2012 12:12 PM',
    ].join('\n');
    expect(extractClipping(text).title).toBe('Harbour board votes to rebuild the ferry pier');
  });
});

describe('a comment count in the article\'s byline row', () => {
  it('does not open the comment section: the short post above a long thread keeps its headline', () => {
    const comment = (name: string, words: string) => [name, '10.29.2012', 'Log in to Reply', ...words.split(/(?<=\.) /u)];
    const text = [
      'Harbour Notes', 'Events', 'Contact',
      'Jane ·', 'Quickies ·', '7 Comments ·', 'October 29th, 2012',
      'Harbour Quickies 10.29',
      'On October 29, 1912, the old timber pier opened to the island ferry. The ferry still runs, and the pier will be rebuilt.',
      'Harbour board votes to rebuild the ferry pier – It is about time, after two winters of the temporary landing.',
      'Lighthouse open day draws a crowd – Who knew so many people wanted to climb that many stairs?',
      'Comments',
      '7 Comments',
      ...comment('nomad', 'The temporary landing has been a nightmare for anyone who carries shopping home from town, and I am glad the board has finally made up its mind about the pier. Two winters of carrying bags down that muddy ramp in the rain have been quite enough for me and my neighbours.'),
      ...comment('islander', 'I had no idea the pier was that old. It shows how little I know about the place I have lived in for twenty years, and I will read up on its history now. The library has a shelf of old photographs of the harbour that I have never once looked at properly.'),
      ...comment('nomad', 'The first time I took the ferry from the old pier was in the seventies, when the dance hall at its end still played records on a Saturday night in summer. We danced until the last boat and then ran down the planks to catch it, every single week.'),
      ...comment('skipper', 'Steel piles will outlast all of us, which is more than can be said for the timber ones, though I will miss the look of them at low tide in the evening light. The board should put one of the old timbers on display by the ticket office so that people remember.'),
      ...comment('islander', 'Will they keep a corner of it for the anglers? My grandfather fished from the end of the old pier every Sunday morning for as long as I can remember.'),
    ].join('\n');
    expect(extractClipping(text).title).toBe('Harbour Quickies 10.29');
  });
});

describe('lines between the headline and the body that are not its standfirst', () => {
  it('an uncredited caption that says what the picture shows', () => {
    expect(describesPicture('Jane Roe was pictured on the old pier before the storm')).toBe(true);
    expect(describesPicture('The mayor (left) with the harbour master at the landing')).toBe(true);
    expect(describesPicture('The pier will be rebuilt with steel piles beside the old timber ones')).toBe(false);
    const out = extractClipping(clip('Harbour board votes to rebuild the ferry pier', 'The harbour master was pictured inspecting the cracked pilings last winter'));
    expect(out.title).toBe('Harbour board votes to rebuild the ferry pier');
    expect(out.summary).toBeNull();
  });

  it('a link a "Related Stories" header lists, even when it shares the story\'s words', () => {
    const out = extractClipping(clip(
      'Harbour board votes to rebuild the ferry pier', 'Posted: May 7, 2024 9:04 AM ET',
      'Related Stories', 'The ferry pier was closed by a storm that cracked its pilings', 'Lighthouse open day draws a crowd',
    ));
    expect(out.title).toBe('Harbour board votes to rebuild the ferry pier');
    expect(out.summary).toBeNull();
  });
});
