// Issue 9, hostile input in feeds and pages: tracking parameters and C1 control characters.
import { describe, expect, it } from 'vitest';
import { md, siteFrom } from './support/site.ts';

const WORDS = 'enough further words to make this a real paragraph of an article about harbours and their ferries';

describe('tracking parameters', () => {
  const site = siteFrom({
    'site.yaml': 'url: https://r.example\n',
    'a.md': `---\ntitle: Tracked\ndate: 2024-01-01\nurl: https://n.example/a?utm_source=rss&id=3\nsource: {name: News, url: "https://n.example/?utm_medium=social&fbclid=abc"}\n---\n\nA [link](https://x.example/p?a=1&utm_source=tw&gclid=9), <https://x.example/q?UTM_Campaign=z>, a [fragment](https://x.example/s#utm_source=f&utm_medium=g), [relative](/r?mc_eid=1), and https://x.example/t?utm_content=c&b=2 pasted as text, ${WORDS}.\n`,
    'b.html': `<html><head><title>Page</title><link rel="canonical" href="https://n.example/b?utm_source=rss"></head><body><article><h1>Page</h1><p>A page with <a href="https://x.example/p?fbclid=1&amp;k=v">a link</a> and <img src="https://i.example/i.jpg?utm_source=img" alt="i">, ${WORDS}.</p><p>${WORDS}, again and again.</p></article></body></html>`,
  });

  it('are stripped from links and addresses in bodies, url and source.url, on every page and feed', async () => {
    for (const path of ['/articles/a', '/articles/b', '/feed.xml', '/atom.xml', '/feed.json']) {
      const text = await (await site.get(path)).text();
      expect(text, path).not.toMatch(/utm_|fbclid|gclid|mc_eid/i);
    }
    const a = site.built.catalog.articles.find((x) => x.slug === 'a')!;
    expect(a.url).toBe('https://n.example/a?id=3');
    expect(a.source).toEqual({ name: 'News', url: 'https://n.example/' });
    const page = await (await site.get('/articles/a')).text();
    expect(page).toContain('href="https://x.example/p?a=1"');
    expect(page).toContain('>https://x.example/t?b=2</a> pasted as text');
  });
});

describe('C1 control characters (U+0080–U+009F)', () => {
  // \u0093 and \u0094 are Windows-1252 quotes read as Latin-1; \u0085 is YAML's \N; \u0081 means nothing.
  const site = siteFrom({
    'site.yaml': 'url: https://r.example\n',
    'c.md': `---\ntitle: "A \\u0093quoted\\u0094 title\\N"\ndate: 2024-01-01\ntags: ["Fer\\u0081ries"]\nauthor: "Ann\\u0085"\nsummary: "Sum\\u009fmary"\n---\n\nBody \u0093text\u0094 with &#x85; and &#150; and \u0080 in it, ${WORDS}.\n`,
    'd.html': `<html><head><title>Page\u0085 title</title></head><body><article><h1>Page title</h1><p>Text &#x92;s with \u009b controls, ${WORDS}.</p><p>${WORDS}.</p></article></body></html>`,
  });

  it('never reach feeds or pages', async () => {
    for (const path of ['/', '/articles/c', '/articles/d', '/feed.xml', '/atom.xml', '/feed.json', '/tags/ferries', '/tags/ferries/feed.xml']) {
      const res = await site.get(path);
      const text = await res.text();
      expect(text, path).not.toMatch(/[\u0080-\u009f]/);
      expect(text, path).not.toMatch(/&#(x0*[89][0-9a-f]|1[2-5][0-9]);/i);
    }
    const c = site.built.catalog.articles.find((x) => x.slug === 'c')!;
    expect(c.title).toBe('A \u201cquoted\u201d title\u2026');
    expect(c.tags).toEqual(['Ferries']);
  });
});
