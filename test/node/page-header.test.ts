// The header of a saved page read from all the evidence the page gives: the stated date when the
// metadata has none, and the title when <title> is only the site's name or carries it.
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/ingest/page/index.ts';

const story = Array.from({ length: 4 }, (_, i) =>
  `<p>Paragraph ${i + 1}: the harbour ferry returned to service after a winter of repairs, and the crews were glad of it.</p>`,
).join('');

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('the date a saved page states', () => {
  it('prefers the metadata, then the <time> element', () => {
    const withMeta = page('<title>Ferry</title><meta name="pubdate" content="2012-10-30T14:36:00Z">', `<h1>Ferry</h1><time datetime="2012-10-01">1 October</time>${story}`);
    expect(extractPage(withMeta).published).toBe('2012-10-30T14:36:00Z');
    expect(extractPage(page('<title>Ferry</title>', `<h1>Ferry</h1><time datetime="2012-10-01">1 October</time>${story}`)).published).toBe('2012-10-01');
  });

  it('reads an element whose class names a date', () => {
    const html = page('<title>Ferry</title>', `<h1>Ferry returns</h1><div class="entry-date">Posted on November 9, 2012</div>${story}`);
    expect(extractPage(html).published).toBe('2012-11-09');
  });

  it('reads a microformat date from its title attribute', () => {
    const html = page('<title>Ferry</title>', `<h1>Ferry returns</h1><p>By Ana on <abbr class="published" title="2012-11-12T09:30:00Z">Monday</abbr></p>${story}`);
    expect(extractPage(html).published).toBe('2012-11-12T09:30:00Z');
  });

  it('reads a heading that is only a date, as blogs put above a post', () => {
    const html = page('<title>Ferry</title>', `<h4>August 8, 2012</h4><h3>Ferry returns</h3>${story}`);
    expect(extractPage(html).published).toBe('2012-08-08');
  });

  it('reads a short dateline under the headline', () => {
    const html = page('<title>Ferry</title>', `<h1>Ferry returns</h1><p>Published on November 5th, 2012 | 4 comments</p>${story}`);
    expect(extractPage(html).published).toBe('2012-11-05');
  });

  it('skips lists of dated teasers and comments', () => {
    const teasers = ['October 1, 2012', 'October 2, 2012'].map((d) => `<li><span class="date">${d}</span> Other story</li>`).join('');
    const html = page('<title>Ferry</title>', `<ul>${teasers}</ul><h1>Ferry returns</h1><p class="byline">By Ana, <span class="date">November 5, 2012</span></p>${story}`);
    expect(extractPage(html).published).toBe('2012-11-05');
  });

  it('does not take a date the story mentions in a long paragraph', () => {
    const html = page('<title>Ferry</title>', `<h1>Ferry returns</h1><p>The ferry, which first sailed on May 3, 2001, returned after a winter of repairs to its engines and the pier it uses, the port said, adding that tickets are on sale now.</p>${story}`);
    expect(extractPage(html).published).toBeNull();
  });

  it('reads the date in the article address as a last resort', () => {
    const html = page('<title>Ferry</title><link rel="canonical" href="https://news.example/2012/10/30/ferry-returns/">', `<h1>Ferry returns</h1>${story}`);
    expect(extractPage(html).published).toBe('2012-10-30');
  });
});

describe('the title of a saved page without og:title', () => {
  it('takes the heading that repeats a part of <title>, the longest one when the site name is a heading too', () => {
    const html = page(
      "<title>Wheels up \u00ab Jo's Blog</title>",
      `<h1>Jo's Blog</h1><h2>Wheels up</h2>${story}`,
    );
    expect(extractPage(html).title).toBe('Wheels up');
  });

  it('takes the post heading that links to the page itself when <title> is only the site name', () => {
    const html = page(
      '<title>Joy Bakes</title><link rel="canonical" href="https://joy.example/2012/10/frittata/">',
      `<h1><a href="/">Joy Bakes</a></h1><h3 class="title"><a href="https://joy.example/2012/10/frittata/">Onion frittata</a></h3>${story}<h3><a href="https://joy.example/2012/10/frittata/#respond">Leave a reply</a></h3>`,
    );
    expect(extractPage(html).title).toBe('Onion frittata');
  });

  it('strips a site name joined by a separator the heading shows without', () => {
    const html = page('<title>Shuteye : All &amp; Sundry</title>', `<h2>Shuteye</h2>${story}`);
    expect(extractPage(html).title).toBe('Shuteye');
  });

  it('keeps og:title first', () => {
    const html = page('<title>Ferry | Harbour News</title><meta property="og:title" content="The ferry is back">', `<h1>Ferry</h1>${story}`);
    expect(extractPage(html).title).toBe('The ferry is back');
  });

  it('keeps the whole <title> when no heading repeats it', () => {
    const html = page('<title>Ferry crews return: a winter of repairs</title>', `<h2>Other news</h2>${story}`);
    expect(extractPage(html).title).toBe('Ferry crews return: a winter of repairs');
  });
});

describe('the summary of a saved page', () => {
  it('drops a description that names the site and shares no words with the article', () => {
    const html = page(
      '<title>Ferry</title><meta property="og:site_name" content="EcoGeek"><meta name="description" content="EcoGeek - Technology for the Environment">',
      `<h1>Ferry returns</h1>${story}`,
    );
    expect(extractPage(html).summary).toBeNull();
  });

  it("keeps an editor's deck that uses other words than the article", () => {
    const html = page(
      '<title>Ferry</title><meta property="og:site_name" content="Harbour News"><meta name="description" content="A quieter winter for island commuters.">',
      `<h1>Ferry returns</h1>${story}`,
    );
    expect(extractPage(html).summary).toBe('A quieter winter for island commuters.');
  });

  it('keeps a description about the article even when it names the site', () => {
    const html = page(
      '<title>Ferry</title><meta property="og:site_name" content="Harbour News"><meta name="description" content="Harbour News: the ferry returned to service after a winter of repairs.">',
      `<h1>Ferry returns</h1>${story}`,
    );
    expect(extractPage(html).summary).toBe('Harbour News: the ferry returned to service after a winter of repairs.');
  });
});
