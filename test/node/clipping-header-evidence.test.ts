// The headline and the summary chosen from evidence the whole page gives: glued buttons, a deck that
// takes up its headline's words, a list of other posts with their dates, a tagline above the headline.
import { describe, expect, it } from 'vitest';
import { extractClipping } from '../../src/ingest/clipping/index.ts';
import { PIER_BODY as BODY, pierClipping as clip } from './support/pier-clipping.ts';
import { hasPictureCredit } from '../../src/ingest/clipping/captions.ts';
import { isUiLine } from '../../src/ingest/clipping/ui-vocabulary.ts';

describe('buttons a copy glued together', () => {
  it('are still buttons', () => {
    expect(isUiLine('RSSFollow us on Twitter')).toBe(true);
    expect(isUiLine('ShareTweetEmail')).toBe(true);
    expect(isUiLine('Comments (12)Share')).toBe(true);
  });

  it('leave words that merely have a capital inside alone', () => {
    expect(isUiLine('iPhone review')).toBe(false);
    expect(isUiLine('McDonald opens in Harbourside')).toBe(false);
  });

  it('are never the headline, even right above a headline put as a question', () => {
    const out = extractClipping(clip('Harbour Notes', 'RSSFollow us on Twitter', 'Will the new ferry pier outlast the next storm?'));
    expect(out.title).toBe('Will the new ferry pier outlast the next storm?');
  });
});

describe('a sentence-case line under a shorter one', () => {
  it('is the deck when it takes up the shorter line\'s words', () => {
    const out = extractClipping(clip('Harbour board rebuilds ferry pier', 'The ferry pier closed by a storm two winters ago will be rebuilt with steel piles'));
    expect(out.title).toBe('Harbour board rebuilds ferry pier');
  });

  it('is the headline when the line above shares none of its words (a section name)', () => {
    const out = extractClipping(clip('Coastal Towns Today', 'Ferry pier: rebuilding the pier with steel piles after the storm'));
    expect(out.title).toBe('Ferry pier: rebuilding the pier with steel piles after the storm');
  });
});

describe('paragraphs above a headline that has its own byline or dateline', () => {
  it('are the site\'s tagline, not the body\'s first paragraph', () => {
    const out = extractClipping(clip('Harbour News', 'Reviews', 'Read the latest news and reviews from the coast.', 'Harbour board votes to rebuild the ferry pier', 'posted May 7th, 2024 by Jane Roe in News'));
    expect(out.title).toBe('Harbour board votes to rebuild the ferry pier');
    // No deck: the summary is made from the body, which opens with the story's first paragraph.
    expect(out.summary).toBeNull();
    expect(out.bodyHtml).toMatch(/^<p>The harbour board voted/);
    expect(out.bodyHtml).not.toContain('latest news and reviews');
  });

  it('are a welcome, however long, when a dateline stands above the headline', () => {
    const out = extractClipping(clip(
      'Harbour Notes', 'Archives',
      'Welcome to Harbour Notes, where we bring you the second and third look at the stories of the coast that you will not find anywhere else.',
      'Be it ferries, storms or the price of fish, we try to explain what the news means for the people who live and work by the water.',
      'Saturday, August 11, 2012', 'Harbour board votes to rebuild the ferry pier',
    ));
    expect(out.title).toBe('Harbour board votes to rebuild the ferry pier');
    expect(out.bodyHtml).toMatch(/^<p>The harbour board voted/);
  });

  it('are the article when what follows is a comment thread (names and dates under "Posted by:")', () => {
    const text = [
      'Harbour board votes to rebuild the ferry pier',
      'The harbour board voted on Tuesday to rebuild the old ferry pier, which has been closed since a storm cracked its pilings two winters ago.',
      'Posted by:', 'Sharon in Chicago |', 'May 20, 2012 at 12:55 AM', 'How exciting, and I will be there on the first day!',
      'Posted by:', 'Leslie W. |', 'May 19, 2012 at 08:36 PM', 'This is fantastic news, I cannot wait to take the ferry again.',
    ].join('\n');
    expect(extractClipping(text).title).toBe('Harbour board votes to rebuild the ferry pier');
  });
});

describe('a list of recent posts with their dates', () => {
  it('holds no headline, though its entries are followed by a date and share the story\'s words', () => {
    const out = extractClipping(clip(
      'Storm damage closes the old ferry pier', 'Nov 01, 2012', 'Coffee at the harbour', 'Oct 30, 2012',
      'Winter timetable for the ferry', 'Oct 29, 2012', 'Notes from a windy weekend', 'Posted by Jane in Harbour News',
    ));
    expect(out.title).toBe('Notes from a windy weekend');
  });

  it('is not a headline, a byline label and a name over a date', () => {
    const out = extractClipping(clip('Harbour board votes to rebuild the ferry pier', 'by', 'Jane C. Roe', 'August 9, 2012'));
    expect(out.title).toBe('Harbour board votes to rebuild the ferry pier');
  });
});

describe('a path above the headline', () => {
  it('is not a "Related" header, even when it names the latest news', () => {
    const out = extractClipping(clip('Latest News → Harbours', 'A second life for the old landing', 'by Jane Roe', 'Published', 'Nov. 7, 2012', 'Harbour Board | Coastal Towns'));
    expect(out.title).toBe('A second life for the old landing');
  });
});

describe('a caption closed by names in brackets', () => {
  it('carries a picture credit', () => {
    expect(hasPictureCredit('The mayor opens the new ferry landing in Harbourside on Tuesday. (Jane Roe / Courtesy Harbour Times)')).toBe(true);
    expect(hasPictureCredit('Engineers inspect the cracked pilings of the old pier. (Harbour Board)')).toBe(true);
  });

  it('is not a sentence closed by a link or an aside in brackets', () => {
    expect(hasPictureCredit('Why the new pier is worth the money. (More)')).toBe(false);
    expect(hasPictureCredit('The ferry was late again, said the captain. (Phew.)')).toBe(false);
  });

  it('is neither the summary nor the body', () => {
    const out = extractClipping([
      'Harbour board votes to rebuild the ferry pier', 'By Jane Roe',
      'Engineers inspect the cracked pilings of the old pier on Monday, two winters after the storm. (Harbour Board)',
      ...BODY,
    ].join('\n'));
    expect(out.bodyHtml).not.toContain('Engineers inspect');
    expect(out.summary ?? out.bodyHtml).not.toContain('Engineers inspect');
  });
});

describe('a template\'s identifier above a dateline', () => {
  it('is never a headline, and the headline under the dateline past the welcome paragraphs is found', () => {
    const out = extractClipping(clip(
      'Harbour Notes',
      'Welcome to Harbour Notes, where we bring you the second and third look at the stories of the coast that you will not find anywhere else.',
      'Be it ferries, storms or the price of fish, we try to explain what the news means for the people who live and work by the water.',
      'Consider a donation if you like what you read here!',
      'Did you know? We published a book about the harbour in May 2009, and it has been well received by readers.',
      'google_ad_section_start(name=default)', 'Saturday, August 11, 2012', 'Harbour board votes to rebuild the ferry pier',
    ) + '\nThe old timber pier was built in 1912 and carried the island ferry, the mail boat and, for a few summers, a dance hall at its end.' +
      '\nOpponents of the plan wanted a new landing further up the bay, where the water is deeper, but the board found it would cost twice as much.');
    expect(out.title).toBe('Harbour board votes to rebuild the ferry pier');
  });
});

describe('headlines with dates after the only paragraph', () => {
  it('are a list of other stories when less text follows them than the paragraph: the article keeps its body', () => {
    const out = extractClipping([
      BODY[0], 'Ferry timetable changes for the winter', '2012-11-09', 'Lighthouse open day at the harbour', '2012-11-08', 'Read more...',
    ].join('\n'), 'pier.txt');
    expect(out.bodyHtml).toContain('The harbour board voted on Tuesday');
    expect(out.title).not.toBe('Ferry timetable changes for the winter');
  });
});
