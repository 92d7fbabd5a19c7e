// The header of a pasted page: which line is the headline, and which furniture around it never is.
import { describe, expect, it } from 'vitest';
import { extractClipping } from '../../src/ingest/clipping/index.ts';
import { PIER_BODY as BODY, pierClipping as clip } from './support/pier-clipping.ts';
import { bylineAuthors } from '../../src/ingest/clipping/bylines.ts';
import { isTemplateLeftover } from '../../src/ingest/clipping/ui-vocabulary.ts';

const HEADLINE = 'Ferry pier to be rebuilt after storm';

describe('bylines', () => {
  it('reads an author link and a news agency line as bylines', () => {
    expect(bylineAuthors('View all posts by Becky', 5)).toEqual(['Becky']);
    expect(bylineAuthors('Submitted by Jane Roe on 08/09/2012 13:01', 7)).toEqual(['Jane Roe']);
    expect(bylineAuthors('The Associated Press', 3)).toEqual(['The Associated Press']);
    // A headline that merely says "stories ... by" is not a byline, nor one that starts with "By".
    expect(bylineAuthors('Ghost stories told by children', 5)).toBeNull();
    expect(bylineAuthors('By the Numbers: 10,000', 4)).toBeNull();
    expect(bylineAuthors('By: Jane Roe on November 12th, 2012 at 5:30 am', 10)).toEqual(['Jane Roe']);
    expect(bylineAuthors('By Jane Roe | Updated: 5 May', 6)).toEqual(['Jane Roe']);
  });
});

describe('template leftovers', () => {
  it('knows a template\'s region labels', () => {
    for (const text of ['jump to navigation', 'Left Sidebar', 'wrap starts here', 'post footer links', 'widget container', 'article tool bar']) {
      expect(isTemplateLeftover(text), text).toBe(true);
    }
  });

  it('leaves headlines alone, even ones with a layout word', () => {
    for (const text of ['Harbour board rebuilds the ferry pier', 'The end of the pier', 'Header', 'Start']) {
      expect(isTemplateLeftover(text), text).toBe(false);
    }
  });
});

describe('the headline among header furniture', () => {
  it('is never an author link or a byline label', () => {
    const out = extractClipping(clip('Harbour board votes to rebuild the ferry pier', 'Posted by', 'Jane |', 'View all posts by Jane', 'Leave a comment'));
    expect(out.title).toBe('Harbour board votes to rebuild the ferry pier');
  });

  // Each: what the page puts between the headline and the body.
  const FURNITURE_AROUND_THE_HEADLINE: Array<[string, string[]]> = [
    ['is never a breadcrumb', ['By Jane Roe', 'Posted in:', 'Local » Harbour News', 'Full list of categories: Local » Harbour News']],
    ['comes before its byline: what sits between the byline and the body is not the headline', ['by Jane Roe', 'Published', 'Nov. 7, 2012', 'Harbour Board | Coastal Towns']],
    ['comes before its dateline even when the name and the date share a line', ['Jane Roe on November 8, 2012, 12:00 AM', 'Harbour Planning', 'Coastal Towns Today']],
    ['is never a topic row ending in a comment counter', ['By: Jane Roe on November 12th, 2012 at 5:30 am', 'In Harbours, Ferries, Coastal Towns | No Comment']],
  ];
  it.each(FURNITURE_AROUND_THE_HEADLINE)('%s', (_, after) => {
    const out = extractClipping(clip(HEADLINE, ...after));
    expect(out.title).toBe(HEADLINE);
  });

  it('is never a template label left in the text', () => {
    const out = extractClipping(clip('Site Name', 'jump to navigation', HEADLINE, 'article right start here'));
    expect(out.title).toBe(HEADLINE);
  });

  it('may follow a list of other stories, each with its date', () => {
    const out = extractClipping(clip('Lighthouse keeper retires after forty years', 'Nov 01, 2012', HEADLINE, 'Nov 07, 2012'));
    expect(out.title).toBe(HEADLINE);
  });

  it('is never a news agency credit', () => {
    const out = extractClipping(clip(HEADLINE, 'The harbour board says the work will start in the spring', 'The Associated Press'));
    expect(out.title).toBe(HEADLINE);
    expect(out.authors).toEqual(['The Associated Press']);
  });

  it('may be a sentence in title case, full stop and all', () => {
    const out = extractClipping(clip('Harbour News', 'Posted on November 6th, 2012', 'Today, I Only Care That The Ferry Runs.', ...BODY.slice(0, 1)));
    expect(out.title).toBe('Today, I Only Care That The Ferry Runs.');
  });

  it('is never a caption under the byline, even one in title case', () => {
    const out = extractClipping(clip(
      'The Return of the Harbour Ferry',
      'The old pier is being rebuilt, and I went to see how the work is going before the ferry returns to it.',
      'By Jane Roe',
      'Share',
      'John M. Smith at the Pier in 1987.',
      'Photo by Harbour Archive.',
    ));
    expect(out.title).toBe('The Return of the Harbour Ferry');
  });

  it('may be a short headline the page shows twice, when its byline follows it', () => {
    const out = extractClipping(clip(
      'Recent posts',
      'The Wrong Ferry',
      'Nov 01, 2012',
      'Too Much Coffee',
      'Oct 24, 2012',
      'The Wrong Ferry',
      'Posted by Jane in Harbour Life',
    ));
    expect(out.title).toBe('The Wrong Ferry');
  });

  it('starts with a capital or a figure', () => {
    const out = extractClipping(clip('Notes on the harbour and its ferries', "2012's ferry timetable is the busiest yet", ...BODY.slice(0, 1)));
    expect(out.title).toBe("2012's ferry timetable is the busiest yet");
  });

  it('loses the date a blog glues to it, but keeps a date it names', () => {
    const glued = extractClipping(clip('Home', 'About', 'Gone Sailing. Back in the spring. 9 December, 2011', 'Posted by Jane in Harbour Life.'));
    expect(glued.title).toBe('Gone Sailing. Back in the spring.');
    const named = extractClipping(clip('Home', 'About', 'What The Harbour Board Said About The Pier On 9 December, 2011', 'Posted by Jane in Harbour Life.'));
    expect(named.title).toBe('What The Harbour Board Said About The Pier On 9 December, 2011');
  });

  it('may be the body\'s first line when it is put as a question', () => {
    const out = extractClipping(['Return to: Blogs', 'Can the old ferry pier be saved?', ...BODY].join('\n'));
    expect(out.title).toBe('Can the old ferry pier be saved?');
  });

  it('is never a call to action, a comment\'s signature or a blog\'s menu entry', () => {
    for (const furniture of ['Submit a Tip', 'Go to Harbour News', 'Get A Blog!', 'Jane Roe 12 days ago', 'All Blog Posts']) {
      const out = extractClipping(clip(HEADLINE, 'Harbour Life', furniture));
      expect(out.title, furniture).toBe(HEADLINE);
    }
  });

  it('may name a date', () => {
    const out = extractClipping(clip('Main', 'Friday', 'What The Harbour Board Said About The Pier For October 19, 2012', 'Friday, October 19, 2012 at 9:15AM'));
    expect(out.title).toBe('What The Harbour Board Said About The Pier For October 19, 2012');
  });
});

describe('the summary without a standfirst', () => {
  const headline = HEADLINE;
  /** What the build summarises: the reader's summary, else the body's first paragraph. */
  const summaryOf = (out: ReturnType<typeof extractClipping>): string | undefined =>
    out.summary ?? /<p>([\s\S]*?)<\/p>/.exec(out.bodyHtml)?.[1];

  it('passes over notices, field rows, page source and contributor notes that open the body', () => {
    for (const opener of [
      'Harbour News is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission.',
      'Tags: harbour, ferry, pier, storm damage.',
      '[if lt IE 8]>',
      'The Fine Print: The following comments are owned by whoever posted them. We are not responsible for them in any way.',
      '- Jane Roe is a senior editor at Harbour News, where she writes about ports, ferries and the coast.',
      'Posted by Jane in Uncategorized.',
      'Your comment has been saved. Comments are moderated and will not appear until approved by the author.',
    ]) {
      const out = extractClipping([headline, opener, ...BODY].join('\n'));
      expect(out.title, opener).toBe(headline);
      expect(summaryOf(out), opener).toBe(BODY[0]);
    }
  });

  it('looks past page source left at the top of the body', () => {
    const source = ['[if lt IE 8]>', '<script type="text/javascript">', 'var image = document.images[0];', "image.setAttribute('src', 'a.png');",
      'var filter = "alpha(opacity=50)";', 'image.style.filter = filter;', '}', '</script>'];
    const out = extractClipping([headline, ...source, ...BODY].join('\n'));
    expect(summaryOf(out)).toBe(BODY[0]);
  });

  it('never takes a contributor note for the standfirst', () => {
    const out = extractClipping([headline, 'Jane Roe is a staff writer at Harbour News, where she covers the ports, the ferries and the coast.', 'By Jane Roe', ...BODY].join('\n'));
    expect(summaryOf(out)).toBe(BODY[0]);
  });

  it('keeps the first paragraph when it can open the story', () => {
    const out = extractClipping([headline, ...BODY].join('\n'));
    expect(out.summary).toBeNull(); // the build then takes the body's first paragraph
  });

  it('never takes a breadcrumb that ends with the headline for a standfirst', () => {
    const out = extractClipping(['Home News Local News Ferry pier to be rebuilt after storm on the harbour front', 'Ferry pier to be rebuilt after storm on the harbour front', ...BODY].join('\n'));
    expect(summaryOf(out)).toBe(BODY[0]);
  });
});
