// Images and links of a saved page resolve against the article's original address, so feeds
// and pages carry only absolute ones, and its lead image appears once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteFrom } from './support/site.ts';

const savedPage = `---
date: 2024-05-02
---
<!doctype html><html><head><title>Relative things</title>
<link rel="canonical" href="https://paper.example/news/2024/relative-things">
<meta property="og:image" content="/img/lead.jpg"></head>
<body><article><h1>Relative things</h1>
<p>First paragraph with a <a href="../other-story">relative link</a> and <a href="/about">a root link</a>, long enough to be a body paragraph.</p>
<figure><img src="pics/inline.png" alt="Inline"></figure>
<p>Second paragraph of the saved page, with more words so the extractor keeps it as article text for sure.</p>
<p>Third paragraph of the saved page, with more words so the extractor keeps it as article text for sure.</p>
</article></body></html>
`;

describe('relative addresses in saved pages', () => {
  const { get } = siteFrom({ 'site.yaml': 'title: T\nurl: https://mine.example\n', 'relative-things.html': savedPage });

  it('resolve against the original article in every feed and on the page', async () => {
    const json = (await (await get('/feed.json')).json()) as any;
    const item = json.items[0];
    expect(item.external_url).toBe('https://paper.example/news/2024/relative-things');
    expect(item.image).toBe('https://paper.example/img/lead.jpg');
    expect(item.content_html).toContain('href="https://paper.example/news/other-story"');
    expect(item.content_html).toContain('href="https://paper.example/about"');
    expect(item.content_html).toContain('src="https://paper.example/news/2024/pics/inline.png"');
    for (const path of ['/feed.xml', '/atom.xml', '/feed.json', '/articles/relative-things']) {
      const text = await (await get(path)).text();
      const addresses = [...text.matchAll(/(?:src|href)=(?:\\?"|&quot;)([^"&\\]*)/g)].map((m) => m[1]!);
      expect(addresses.length, path).toBeGreaterThan(2);
      for (const a of addresses) expect(a, `${path}: ${a}`).toMatch(/^(https?:\/\/|\/feed\.xsl$)/);
    }
  });

  it('name the lead image as an enclosure and media:content, and put it in the body once', async () => {
    const rss = await (await get('/feed.xml')).text();
    expect(rss).toContain('<enclosure url="https://paper.example/img/lead.jpg" type="image/jpeg" length="0"/>');
    expect(rss).toContain('<media:content url="https://paper.example/img/lead.jpg" medium="image" type="image/jpeg">');
    expect(rss).toContain('<media:thumbnail url="https://paper.example/img/lead.jpg"/>');
    const atom = await (await get('/atom.xml')).text();
    expect(atom).toContain('<link rel="enclosure" type="image/jpeg" href="https://paper.example/img/lead.jpg" title="Relative things"/>');
    expect(atom).toContain('<link rel="related" type="text/html" href="https://paper.example/news/2024/relative-things"/>');
    expect(rss.match(/img src=&quot;https:\/\/paper.example\/img\/lead.jpg|<img src="https:\/\/paper.example\/img\/lead.jpg/g)).toHaveLength(1);
  });
});

describe('the repository folder', () => {
  it("shows the harbour ferry's lead image once although the saved page has it in its body", async () => {
    const { get } = siteFrom({ 'harbour-ferry-returns.html': readFileSync('curated/harbour-ferry-returns.html') });
    const page = await (await get('/articles/harbour-ferry-returns')).text();
    expect(page.match(/<img /g)).toHaveLength(1);
  });
});
