import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/ingest/page/index.ts';
import { sanitizeBody } from '../../src/ingest/sanitize.ts';
import { htmlToText } from '../../src/ingest/html-text.ts';

const paragraphs = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    `<p>Paragraph ${i + 1} of the story explains, in plain sentences, what the council decided on Tuesday and why the vote matters to the town.</p>`,
  ).join('\n');

const bodyText = (html: string) => htmlToText(sanitizeBody(extractPage(html).bodyHtml, 'https://news.example/'));

describe('extractPage metadata', () => {
  it('reads Open Graph and article meta tags', () => {
    const page = extractPage(`<!doctype html><html lang="en-GB"><head>
      <title>Council votes to close the bridge | The Example Post</title>
      <meta property="og:title" content="Council votes to close the bridge">
      <meta property="og:description" content="The old bridge shuts in May.">
      <meta property="og:site_name" content="The Example Post">
      <meta property="og:image" content="/img/bridge.jpg">
      <link rel="canonical" href="https://news.example/2024/bridge">
      <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
      <meta property="article:modified_time" content="2024-03-06T10:00:00Z">
      <meta property="article:tag" content="Transport">
      <meta property="article:tag" content="transport">
      <meta name="keywords" content="Bridges, Local politics">
      <meta name="author" content="Ana Ruiz">
      <meta property="article:author" content="https://news.example/staff/ana">
      </head><body><article>${paragraphs(6)}</article></body></html>`);
    expect(page.title).toBe('Council votes to close the bridge');
    expect(page.summary).toBe('The old bridge shuts in May.');
    expect(page.url).toBe('https://news.example/2024/bridge');
    expect(page.source).toEqual({ name: 'The Example Post', url: 'https://news.example' });
    expect(page.image).toEqual({ url: 'https://news.example/img/bridge.jpg', caption: null });
    expect(page.published).toBe('2024-03-05T09:30:00+01:00');
    expect(page.updated).toBe('2024-03-06T10:00:00Z');
    // "Local politics" is in the keywords but nowhere in the article: a site-wide keyword, not a topic.
    expect(page.tags).toEqual(['Transport', 'Bridges']);
    expect(page.authors).toEqual(['Ana Ruiz']);
    expect(page.language).toBe('en-GB');
    expect(page.warnings).toEqual([]);
  });

  it('reads JSON-LD when meta tags are missing, and strips the site name from <title>', () => {
    const jsonLd = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example Times' },
        {
          '@type': 'NewsArticle',
          headline: 'Rain returns to the valley',
          description: 'Forecasters expect a wet week of weather.',
          keywords: 'Weather, Rain, weather',
          author: [{ '@type': 'Person', name: 'Li Wei' }, { '@type': 'Person', name: 'Sam Berg' }],
          datePublished: '2024-04-01T06:00:00Z',
          dateModified: '2024-04-01T08:00:00Z',
          image: { '@type': 'ImageObject', url: 'https://cdn.example/rain.jpg' },
          publisher: { '@type': 'Organization', name: 'Example Times' },
        },
      ],
    };
    const page = extractPage(`<html><head><title>Rain returns to the valley - Example Times</title>
      <script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
      <link rel="canonical" href="https://times.example/rain"></head>
      <body><article>${paragraphs(5)}<figure><img src="https://cdn.example/rain.jpg"><figcaption>Clouds over the valley.</figcaption></figure></article></body></html>`);
    expect(page.title).toBe('Rain returns to the valley');
    expect(page.summary).toBe('Forecasters expect a wet week of weather.');
    expect(page.tags).toEqual(['Weather', 'Rain']);
    expect(page.authors).toEqual(['Li Wei', 'Sam Berg']);
    expect(page.published).toBe('2024-04-01T06:00:00Z');
    expect(page.updated).toBe('2024-04-01T08:00:00Z');
    expect(page.image).toEqual({ url: 'https://cdn.example/rain.jpg', caption: 'Clouds over the valley.' });
    expect(page.source).toEqual({ name: 'Example Times', url: 'https://times.example' });
  });

  it('falls back to <title> without a site name and to a <time> element for the date', () => {
    const page = extractPage(`<html><head><title>Harbour reopens after storm | Portside</title></head>
      <body><article><time datetime="2023-11-02">2 Nov</time>${paragraphs(5)}</article></body></html>`);
    expect(page.title).toBe('Harbour reopens after storm');
    expect(page.published).toBe('2023-11-02');
    expect(page.summary).toBeNull();
  });
});

describe('extractPage dates', () => {
  it('skips placeholder dates and normalises offsets', () => {
    const page = extractPage(`<html><head><title>Dates</title>
      <meta property="article:published_time" content="0001-01-01T00:00:00Z">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Dates","datePublished":"2024-02-03T04:05:06+0100"}</script>
      </head><body><article>${paragraphs(5)}</article></body></html>`);
    expect(page.published).toBe('2024-02-03T04:05:06+01:00');
  });
});

describe('extractPage body', () => {
  const page = `<html><head><title>Council votes</title></head><body>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
    <article>
      <h1>Council votes</h1>
      <div class="byline">By Ana Ruiz</div>
      ${paragraphs(3)}
      <figure><img src="/bridge.jpg"><figcaption>The bridge at dusk. Photo: Jo Doe</figcaption></figure>
      <div class="share-tools"><a href="https://facebook.com/share">Share on Facebook</a> <a href="https://x.com/share">Post</a></div>
      ${paragraphs(3)}
      <div class="newsletter-signup"><p>Get our morning briefing in your inbox every weekday, free of charge.</p></div>
      <h3>Related stories</h3>
      <ul><li><a href="/a">Bridge repairs delayed again after inspection</a></li><li><a href="/b">Mayor outlines the new transport budget for next year</a></li><li><a href="/c">Ferry service to resume in spring says operator</a></li></ul>
    </article></body></html>`;
  const text = bodyText(page);

  it('keeps the article paragraphs', () => {
    expect(text).toContain('Paragraph 1 of the story');
    expect(text.match(/Paragraph \d of the story/g)).toHaveLength(6);
  });

  it('drops captions, share blocks, newsletter prompts, related lists, bylines and the repeated title', () => {
    expect(text).not.toContain('The bridge at dusk');
    expect(text).not.toContain('Share on Facebook');
    expect(text).not.toContain('morning briefing');
    expect(text).not.toContain('Bridge repairs delayed');
    expect(text).not.toContain('Related stories');
    expect(text).not.toContain('By Ana Ruiz');
    expect(text).not.toContain('Council votes');
    expect(text).not.toContain('Home');
  });

  it('keeps one-word sentences but drops one-word labels and link clusters inside paragraphs', () => {
    const out = bodyText(`<html><head><title>Short words</title></head><body><article>
      ${paragraphs(3)}<p>Really.</p><div>Advertisement</div>
      <p>The mayor <span class="card"><a href="/p/1">Jo Doe</a><a href="/s/1">Other story one</a><a href="/s/2">Other story two</a></span> spoke first, and the council listened for an hour before it voted.</p>
      ${paragraphs(2)}</article></body></html>`);
    expect(out).toContain('Really.');
    expect(out).not.toContain('Advertisement');
    expect(out).not.toContain('Other story one');
    expect(out).toContain('spoke first, and the council listened');
  });

  it('keeps the images of figures', () => {
    expect(extractPage(page).bodyHtml).toMatch(/<img[^>]+bridge\.jpg/);
  });
});

describe('extractPage on bad input', () => {
  it('warns and returns an empty body for a page with no article', () => {
    const page = extractPage('<html><head><title>Contact us</title></head><body><nav><a href="/">Home</a></nav><p>Call us.</p></body></html>');
    expect(page.bodyHtml).toBe('');
    expect(page.warnings).toContain('no article found in the page');
    expect(page.title).toBe('Contact us');
  });

  it('uses the file name when the page has no title', () => {
    const page = extractPage(`<body><div>${paragraphs(5)}</div></body>`, 'curated/harbour-storm-report.html.gz');
    expect(page.title).toBe('harbour storm report');
    expect(page.warnings).toContain('no title found: using the file name');
    expect(page.bodyHtml).toContain('Paragraph 5 of the story');
  });

  it('never throws on empty or malformed HTML', () => {
    for (const html of ['', '   ', '<<<>>>', '<html><body><p>unclosed <b>tags <div></span>', '<script>never closed', '\u0000\u0001']) {
      const page = extractPage(html);
      expect(page.bodyHtml).toBe('');
      expect(page.warnings).toContain('no article found in the page');
    }
  });

  it('reads deeply nested malformed markup quickly, keeping its text', () => {
    const started = performance.now();
    const page = extractPage('<div>'.repeat(5000) + paragraphs(5) + '</div>'.repeat(5000));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(htmlToText(page.bodyHtml)).toContain('Paragraph 5 of the story');
  });

  it('ignores broken JSON-LD', () => {
    const page = extractPage(`<html><head><script type="application/ld+json">{ "headline": </script><title>Still here</title></head><body>${paragraphs(5)}</body></html>`);
    expect(page.title).toBe('Still here');
    expect(page.bodyHtml).toContain('Paragraph 2');
  });
});

describe('extractPage on saved news pages', () => {
  const bench = path.resolve(import.meta.dirname, '../../../shared/bench/extraction');
  const truth = JSON.parse(readFileSync(path.join(bench, 'truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const ids = Object.keys(truth).sort().slice(0, 6);

  it.each(ids)('finds the article body of %s', (id) => {
    const html = gunzipSync(readFileSync(path.join(bench, 'pages', `${id}.html.gz`))).toString('utf8');
    const page = extractPage(html, `${id}.html.gz`);
    const text = htmlToText(sanitizeBody(page.bodyHtml, truth[id]!.url)).replace(/\s+/g, ' ');
    const truthParagraphs = truth[id]!.articleBody.split(/\n+/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 80);
    expect(truthParagraphs.length).toBeGreaterThan(0);
    const found = truthParagraphs.filter((p) => text.includes(p));
    expect(found.length / truthParagraphs.length).toBeGreaterThanOrEqual(0.75);
    expect(page.title).toBeTruthy();
  });
});

describe('extractPage bylines', () => {
  it('drops a byline line in the body and keeps prose that starts with "By"', () => {
    const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the story about the flooded valley, told at length with many words in every sentence so that it reads as prose.</p>`).join('');
    const text = bodyText(`<html><head><title>Valley floods</title></head><body><article><h1>Valley floods</h1>
      <div class="credit">By Ailsa Rendall · 12 April 2024</div>${paragraphs}
      <p>By noon, the river had risen above the old stone bridge and the road to the village was closed.</p></article></body></html>`);
    expect(text).not.toContain('Ailsa Rendall');
    expect(text).toContain('By noon, the river had risen');
    expect(text).toContain('Paragraph 1 of the story');
  });
});
