// Tags of saved pages come from the page's own topic labels, with the same hygiene as clippings:
// no fragments, no codes, no site name or byline, no site-wide keyword lists, at most 8.
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../src/ingest/page/index.ts';
import { MAX_TAGS } from '../../src/ingest/page/keywords.ts';

const story = [
  'The city council voted on Tuesday to close the old bridge over the river for repairs to its steel frame.',
  'Engineers found rust in the supports last winter; the ferry will carry commuters while the bridge is shut.',
  'Transport officials expect the repairs to take a year, and local shops near the bridge fear a quiet summer.',
].map((p) => `<p>${p}</p>`).join('');

function page(head: string, title = 'Council closes the old bridge'): string {
  return `<!doctype html><html><head><title>${title} | Example Post</title>
    <meta property="og:site_name" content="Example Post">${head}</head>
    <body><article><h1>${title}</h1>${story}${story}</article></body></html>`;
}
const meta = (name: string, content: string) => `<meta name="${name}" content="${content}">`;
const articleTag = (content: string) => `<meta property="article:tag" content="${content}">`;
const jsonLd = (object: object) => `<script type="application/ld+json">${JSON.stringify(object)}</script>`;

describe('saved page tags', () => {
  it('keeps each article:tag whole, even with a comma inside ("Doe, Jane")', () => {
    const tags = extractPage(page([articleTag('Bridges'), articleTag('Doe, Jane'), articleTag('Transport')].join(''))).tags;
    expect(tags).toEqual(['Bridges', 'Doe, Jane', 'Transport']);
  });

  it('splits a single article:tag or keywords value that holds a list', () => {
    expect(extractPage(page(articleTag('bridges, ferry, repairs'))).tags).toEqual(['bridges', 'ferry', 'repairs']);
  });

  it('drops one-letter pieces, entity remains, CMS codes, paths and domain names', () => {
    const head = [
      'AT&amp;amp', 'T', 'E', 'Section:news', 'channel_other', '/article', 'example.com', 'www.example.com', 'Bridges',
    ].map(articleTag).join('');
    expect(extractPage(page(head)).tags).toEqual(['Bridges']);
  });

  it('keeps names with an ampersand ("AT&T") and numbers inside labels', () => {
    const head = [articleTag('AT&amp;T'), articleTag('Route 66')].join('');
    expect(extractPage(page(head)).tags).toEqual(['AT&T', 'Route 66']);
  });

  it('drops the site name, the author and dates', () => {
    const head = [
      articleTag('Example Post'), articleTag('Ana Ruiz'), articleTag('2024-03-05'), articleTag('5 March 2024'), articleTag('Bridges'),
      meta('author', 'Ana Ruiz'),
    ].join('');
    expect(extractPage(page(head)).tags).toEqual(['Bridges']);
  });

  it('keeps only the meta keywords and JSON-LD keywords that the article mentions', () => {
    const head = [
      meta('keywords', 'breaking news, celebrity gossip, bridge, river, weather forecast'),
      jsonLd({ '@type': 'NewsArticle', headline: 'Council closes the old bridge', keywords: ['Front Page', 'ferry', 'Commuters'] }),
    ].join('');
    expect(extractPage(page(head)).tags).toEqual(['ferry', 'Commuters', 'bridge', 'river']);
  });

  it('ignores a keyword list that is the headline cut into words', () => {
    const head = meta('keywords', 'council, closes, the, old, bridge, politics');
    expect(extractPage(page(head)).tags).toEqual([]);
  });

  it('merges plural and case variants of one label', () => {
    expect(extractPage(page(meta('keywords', 'Bridges, bridge, BRIDGES, repairs, Repair'))).tags).toEqual(['Bridges', 'repairs']);
  });

  it(`never gives more than ${MAX_TAGS} tags, keeping the page's order`, () => {
    const labels = ['council', 'bridge', 'river', 'repairs', 'steel', 'rust', 'engineers', 'ferry', 'commuters', 'shops', 'summer'];
    const tags = extractPage(page(labels.map(articleTag).join(''))).tags;
    expect(tags).toEqual(labels.slice(0, MAX_TAGS));
  });
});
