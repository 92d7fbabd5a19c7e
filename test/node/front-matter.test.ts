import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/build/build-catalog.ts';
import { ingestFile } from '../../src/ingest/ingest-file.ts';
import { formatProblem } from '../../src/ingest/problem.ts';
import { DEFAULT_SITE } from '../../src/site.ts';
import { FERRY_CLIPPING } from './support/ferry-clipping.ts';
import { curatedFolder, md } from './support/site.ts';

const dates = { created: new Date('2024-06-01T00:00:00Z'), modified: new Date('2024-06-02T00:00:00Z'), origin: 'mtime' as const };
const ingest = (path: string, text: string) => ingestFile({ path, bytes: new TextEncoder().encode(text), dates }, { ...DEFAULT_SITE, url: 'https://r.example' });

describe('Markdown articles with front matter', () => {
  it('reads the keys editors know from Jekyll, Hugo and Astro', () => {
    const { article, problems } = ingest(
      'curated/a.md',
      `---
title: "Trains & “quotes”"
date: 2024-05-07 09:30
updated: 2024-05-08T10:00:00+02:00
tags: [Rail, rail, Travel]
description: The description.
url: https://news.example/a?utm_source=x&id=3
authors: [Ann, {name: Bob}]
image: {url: https://img.example/a.jpg, caption: A train}
lang: de
source: {name: News Example, url: https://news.example}
---
Body with a [relative link](/more), and enough further words to make this a real paragraph of an article about trains.
`,
    );
    expect(problems).toEqual([]);
    expect(article).toMatchObject({
      id: 'https://r.example/articles/a',
      slug: 'a',
      title: 'Trains & “quotes”',
      summary: 'The description.',
      tags: ['Rail', 'Travel'],
      published: '2024-05-07T09:30:00Z',
      updated: '2024-05-08T08:00:00Z',
      url: 'https://news.example/a?id=3',
      source: { name: 'News Example', url: 'https://news.example' },
      authors: [{ name: 'Ann' }, { name: 'Bob' }],
      image: { url: 'https://img.example/a.jpg', caption: 'A train' },
      language: 'de',
    });
    expect(article!.contentHtml).toContain('<a href="https://news.example/more">relative link</a>');
    expect(article!.contentText).toBe('Body with a relative link, and enough further words to make this a real paragraph of an article about trains.');
  });

  it('takes the title from a leading # heading and the summary from the lead when front matter has none', () => {
    const long = 'First sentence of the lead. '.repeat(15).trim();
    const { article } = ingest('curated/b.md', `---\ndate: 2024-01-01\n---\n# A heading title\n\n${long}\n`);
    expect(article!.title).toBe('A heading title');
    expect(article!.summary.length).toBeLessThanOrEqual(300);
    expect(article!.summary).toMatch(/lead\.$/);
    expect(article!.contentHtml).not.toContain('<h1>');
  });

  it('names the file and line of a wrong type or an unreadable date, with the fix', () => {
    const { article, problems } = ingest('curated/c.md', '---\ntitle: Fine\ntags: [a]\ndate: next Tuesday\ndraft: "yes"\n---\nBody text.\n');
    expect(article).toBeNull();
    const lines = problems.map(formatProblem);
    expect(lines).toContainEqual(expect.stringMatching(/^curated\/c\.md:4: front matter `date` "next Tuesday" is not a date I can read; write it as 2024-05-07/));
    expect(lines).toContainEqual(expect.stringMatching(/^curated\/c\.md:5: front matter `draft` has the wrong type \(a string\); write `draft: true`/));
  });

  it('warns about unknown keys at their line and still builds the article', () => {
    const { article, problems } = ingest('curated/d.md', `---\ntitle: T\ndate: 2024-01-01\nweight: 3\n---\n${'Body text here. '.repeat(8)}\n`);
    expect(article).not.toBeNull();
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/^curated\/d\.md:4: warning: unknown front matter key `weight` is ignored/)]);
  });

  it('reports broken YAML at its line', () => {
    const { problems } = ingest('curated/e.md', '---\ntitle: T\ntags: [a, b\n---\nBody.\n');
    expect(problems[0]!.severity).toBe('error');
    expect(formatProblem(problems[0]!)).toMatch(/^curated\/e\.md:\d+: front matter is not valid YAML/);
  });

  it('makes the id from the site URL and slug, so editing the text keeps it', () => {
    const a = ingest('curated/same.md', md({ title: 'Before', date: '2024-01-01' }));
    const b = ingest('curated/same.md', md({ title: 'After an edit', date: '2024-01-01' }, 'Completely new text.'));
    expect(a.article!.id).toBe(b.article!.id);
    expect(ingest('curated/x.md', md({ title: 'X', id: 'legacy-7' })).article!.id).toBe('tag:r.example,2000:legacy-7');
  });
});

describe('front matter on clippings and saved pages', () => {
  const clipping = FERRY_CLIPPING;

  it('wins over what the clipping cleaner detects, and the rest is still detected', () => {
    const { article, problems } = ingest('curated/ferry.txt', `---\ntitle: The ferry is back\ndate: 2024-04-12\ntags: [Islands]\nurl: https://news.example/ferry\n---\n${clipping}\n`);
    expect(problems).toEqual([]);
    expect(article).toMatchObject({
      title: 'The ferry is back',
      published: '2024-04-12T00:00:00Z',
      url: 'https://news.example/ferry',
      summary: 'The island service resumes on Monday with a refitted boat and a longer timetable.',
    });
    expect(article!.tags).toContain('Islands');
    expect(article!.contentText.startsWith('The harbour ferry returns to service')).toBe(true);
  });

  it('wins over a saved page\'s own metadata', () => {
    const page = `<html><head><title>Old title</title><meta name="description" content="From the page."><meta property="article:tag" content="Boats"></head><body><article><h1>Old title</h1>${'<p>The harbour ferry returns to service on Monday after four months of repairs, the operator said on Friday.</p>'.repeat(3)}</article></body></html>`;
    const { article } = ingest('curated/ferry.html', `---\ntitle: New title\nsummary: From the editor.\ntags: [Islands]\n---\n${page}`);
    expect(article).toMatchObject({ title: 'New title', summary: 'From the editor.', tags: ['Islands', 'Boats'] });
  });

  it('refuses a title or summary that holds nothing visible once control characters are taken out, naming the line', () => {
    for (const value of ['"\\u0000"', '"\\u0000\\u0001 "', '"\\u200b"']) {
      const { article, problems } = ingest('curated/blank.md', `---\ndate: 2024-01-01\ntitle: ${value}\n---\n\nA body of a few words.\n`);
      expect(article, value).toBeNull();
      expect(problems.map(formatProblem), value).toContain('curated/blank.md:3: front matter `title` must not be empty; write `title: Some words`');
    }
    const { article } = ingest('curated/blank.md', '---\ntitle: Kept\nsummary: "\\u0007"\n---\n\nA body of a few words.\n');
    expect(article).toBeNull();
  });
});

describe('the build', () => {
  it('leaves drafts out, reports every bad file together and drops no good one', () => {
    const dir = curatedFolder({
      'good-one.md': md({ title: 'Good one', date: '2024-01-01' }),
      'good-two.md': md({ title: 'Good two', date: '2024-01-02' }),
      'draft.md': md({ title: 'Draft', date: '2024-01-03', draft: true }),
      'bad-date.md': md({ title: 'Bad', date: 'soon' }),
      'bad-type.md': '---\ntitle: [1, 2]\n---\nText.\n',
      'empty.md': '',
    });
    const result = buildCatalog(dir);
    expect(result.catalog.articles.map((a) => a.slug).sort()).toEqual(['good-one', 'good-two']);
    expect(result.drafts).toBe(1);
    const errors = result.problems.filter((p) => p.severity === 'error').map((p) => `${p.file.split('/').pop()}:${p.line}`);
    expect(errors.sort()).toEqual(['bad-date.md:3', 'bad-type.md:2', 'empty.md:1']);
  });
});
