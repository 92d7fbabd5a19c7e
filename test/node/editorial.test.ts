// Summary-only sources (`full_text: false`) and editor's notes (`note:`): read from front matter
// and site.yaml, then carried by every feed format and the article page; a summary-only body is
// never published.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/build/build-catalog.ts';
import { ingestFile } from '../../src/ingest/ingest-file.ts';
import { formatProblem } from '../../src/ingest/problem.ts';
import { loadSite } from '../../src/ingest/site-config.ts';
import { DEFAULT_SITE, type Site } from '../../src/site.ts';
import { curatedFolder, siteFrom } from './support/site.ts';
import { all, childText, parseXml, type XmlElement } from './support/xml.ts';

const dates = { created: new Date('2024-06-01T00:00:00Z'), modified: new Date('2024-06-01T00:00:00Z'), origin: 'git' as const };
const site = { ...DEFAULT_SITE, url: 'https://r.example' };
const ingest = (text: string, s: Site = site) => ingestFile({ path: 'curated/a.md', bytes: new TextEncoder().encode(text), dates }, s);

// Words only the body has: none of them may reach a reader of a summary-only article.
const BODY = 'The lighthouse keeper logged every storm in a green ledger, forty winters of them, and the ledger now sits in the county archive beside the harbour charts.';
const SUMMARY = 'Forty winters of storms, written down by one keeper.';
const NOTE = 'Why it matters: *one* careful record beats a hundred guesses. <script>alert(1)</script>';

const article = (front: string) => `---
title: The keeper's ledger
date: 2024-05-07
tags: [History, Sea]
summary: ${SUMMARY}
url: https://gazette.example/ledger
source: The Gazette
${front}
---

${BODY}
`;

describe('front matter: full_text and note', () => {
  it('reads full_text: false and a Markdown note, sanitised like a body', () => {
    const { article: a, problems } = ingest(article(`full_text: false\nnote: "${NOTE}"`));
    expect(problems).toEqual([]);
    expect(a!.fullText).toBe(false);
    expect(a!.noteHtml).toBe('<p>Why it matters: <em>one</em> careful record beats a hundred guesses. </p>');
    // The body is still read (checks, show and extract use it); only publishing leaves it out.
    expect(a!.contentText).toContain('green ledger');
  });

  it('defaults to full text, and site.yaml full_text: false is the default an article can override', () => {
    expect(ingest(article('')).article!.fullText).toBe(true);
    const dir = curatedFolder({ 'site.yaml': 'title: T\nfull_text: false\neditor: Ana Editor\n' });
    const summaryOnlySite = loadSite(dir);
    expect(summaryOnlySite).toMatchObject({ fullText: false, editor: 'Ana Editor' });
    expect(ingest(article(''), summaryOnlySite).article!.fullText).toBe(false);
    expect(ingest(article('full_text: true'), summaryOnlySite).article!.fullText).toBe(true);
  });

  it('refuses full_text: "no" and a note that is not text, at their lines, with the fix', () => {
    const quoted = ingest(article('draft: false\nfull_text: "no"'));
    expect(quoted.article).toBeNull();
    expect(quoted.problems.map(formatProblem)).toEqual([
      'curated/a.md:9: front matter `full_text` has the wrong type (a string); write `full_text: false` (summary only) or `full_text: true`, without quotes',
    ]);
    const number = ingest(article('note: 42'));
    expect(number.problems.map(formatProblem)).toEqual([
      'curated/a.md:8: front matter `note` has the wrong type (a number); write `note: Why this matters, in Markdown` (quote it if it holds a colon)',
    ]);
    const list = ingest(article('note:\n  - one\n  - two'));
    expect(list.problems.map(formatProblem)[0]).toMatch(/^curated\/a\.md:8: front matter `note` has the wrong type \(a list\)/);
    const badSite = buildCatalog(curatedFolder({ 'site.yaml': 'title: T\nfull_text: "no"\n', 'a.md': article('') }));
    expect(badSite.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([expect.stringMatching(/site\.yaml:2: .*full_text.* must be true or false, without quotes$/)]);
  });

  it('warns of a note with nothing left after cleaning, and of a summary-only article with no address to link', () => {
    const { article: a, problems } = ingest(article('note: "<script>x()</script>"\nfull_text: false').replace(/^url: .*\n/m, '').replace(/^source: .*\n/m, ''));
    expect(a!.noteHtml).toBeNull();
    expect(problems.map(formatProblem)).toEqual([
      'curated/a.md:6: warning: front matter `note` has nothing left after cleaning, so no note is shown; write the note as Markdown text',
      'curated/a.md:7: warning: summary-only article (full_text: false) without `url:`, so readers get no link to the full article; add `url: https://…`',
    ]);
  });
});

const contentOf = {
  rss: (feed: string) => childText(all(parseXml(feed), 'item')[0]!, 'content:encoded')!,
  atom: (feed: string) => childText(all(parseXml(feed), 'entry')[0]!, 'content')!,
  json: (feed: string) => JSON.parse(feed).items[0].content_html as string,
};

async function feeds(get: (path: string) => Response | Promise<Response>, prefix = '') {
  return {
    rss: contentOf.rss(await (await get(`${prefix}/feed.xml`)).text()),
    atom: contentOf.atom(await (await get(`${prefix}/atom.xml`)).text()),
    json: contentOf.json(await (await get(`${prefix}/feed.json`)).text()),
  };
}

const itemFacts = (item: XmlElement) => ({ guid: childText(item, 'guid'), pubDate: childText(item, 'pubDate'), categories: all(item, 'category').map((c) => c.text) });

describe('feeds and the page of a summary-only article with a note', () => {
  const summaryOnly = siteFrom({ 'site.yaml': 'title: T\nauthor: The desk\nurl: https://r.example\n', 'ledger.md': article(`full_text: false\nnote: "${NOTE}"`) });

  it('carry the note, the summary and a link to the original in all three formats, and no body', async () => {
    for (const [format, html] of Object.entries(await feeds(summaryOnly.get))) {
      expect(html, format).toBe(
        '<blockquote class="editor-note"><p><strong>Editor’s note</strong> (The desk): Why it matters: <em>one</em> careful record beats a hundred guesses. </p></blockquote>' +
          `<p>${SUMMARY}</p><p class="read-original"><a href="https://gazette.example/ledger">Read the full article at The Gazette</a></p>`,
      );
      expect(html, format).not.toContain('green ledger');
    }
  });

  it('leave the same in tag feeds', async () => {
    const tagged = await feeds(summaryOnly.get, '/tags/sea');
    for (const html of Object.values(tagged)) expect(html).toContain('Read the full article at The Gazette');
    for (const html of Object.values(tagged)) expect(html).not.toContain('green ledger');
  });

  it('show the same on the article page, with the note set apart', async () => {
    const page = await (await summaryOnly.get('/articles/ledger')).text();
    expect(page).toContain('<blockquote class="editor-note"><p><strong>Editor’s note</strong> (The desk):');
    expect(page).toContain('Read the full article at The Gazette');
    expect(page).not.toContain('green ledger');
  });

  it('publish no body at all: no published file holds its text', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
    const published = files(summaryOnly.out);
    expect(published.some((f) => f.includes('/bodies/'))).toBe(true);
    for (const file of published) expect(readFileSync(file, 'utf8'), file).not.toContain('green ledger');
  });

  it('keep ids, dates and tags as the full-text article has them', async () => {
    const fullText = siteFrom({ 'site.yaml': 'title: T\nauthor: The desk\nurl: https://r.example\n', 'ledger.md': article('') });
    const first = (feed: string) => itemFacts(all(parseXml(feed), 'item')[0]!);
    expect(first(await (await summaryOnly.get('/feed.xml')).text())).toEqual(first(await (await fullText.get('/feed.xml')).text()));
    expect(JSON.parse(await (await summaryOnly.get('/feed.json')).text()).items[0]).toMatchObject({ id: 'https://r.example/articles/ledger', date_published: '2024-05-07T00:00:00Z', tags: ['History', 'Sea'] });
    for (const html of Object.values(await feeds(fullText.get))) expect(html).toContain('green ledger');
  });
});

describe('a site whose default is summary only', () => {
  it('serves every feed and page without reading a body, from empty packs', async () => {
    const { get, out } = siteFrom({ 'site.yaml': 'title: T\nfull_text: false\n', 'ledger.md': article(''), 'other.md': article('').replace("The keeper's ledger", 'Another ledger').replace('green ledger', 'blue ledger') });
    const packs = readdirSync(join(out, 'bodies'));
    expect(packs.length).toBeGreaterThan(0);
    for (const pack of packs) expect(readFileSync(join(out, 'bodies', pack)).length, pack).toBe(0);
    for (const html of Object.values(await feeds(get))) expect(html).toContain('Read the full article at The Gazette');
    for (const path of ['/articles/ledger', '/articles/other', '/feed.xml?limit=2']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).not.toMatch(/green ledger|blue ledger/);
    }
  });
});

describe('a full-text article with a note', () => {
  it('has the note above the body in all three formats and on the page, signed by site.yaml editor', async () => {
    const { get } = siteFrom({ 'site.yaml': 'title: T\nauthor: The desk\neditor: Ana Editor\n', 'ledger.md': article('note: A record worth **keeping**.') });
    const note = '<blockquote class="editor-note"><p><strong>Editor’s note</strong> (Ana Editor): A record worth <strong>keeping</strong>.</p></blockquote>';
    for (const [format, html] of Object.entries(await feeds(get))) {
      expect(html.startsWith(note), format).toBe(true);
      expect(html, format).toContain('green ledger');
      expect(html, format).not.toContain('Read the full article');
    }
    const page = await (await get('/articles/ledger')).text();
    expect(page.indexOf(note)).toBeGreaterThan(0);
    expect(page.indexOf(note)).toBeLessThan(page.indexOf('green ledger'));
  });
});

describe('the sample curated folder', () => {
  it('has a summary-only article with a note', () => {
    const dir = join(import.meta.dirname, '../../curated');
    const summaryOnly = readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => ingestFile({ path: name, bytes: readFileSync(join(dir, name)), dates }, loadSite(dir)).article)
      .filter((a) => a && !a.fullText && a.noteHtml);
    expect(summaryOnly.length).toBeGreaterThanOrEqual(1);
  });
});
