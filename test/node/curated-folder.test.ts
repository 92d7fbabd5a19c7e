// The shipped curated/ folder, served: the seed clipping reads cleanly in all three feeds.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { buildCatalog } from '../../src/build/build-catalog.ts';
import { jsonFeedErrors } from './support/json-feed-schema.ts';
import { publish } from './support/site.ts';
import { all, childText, parseXml } from './support/xml.ts';

const built = buildCatalog(resolve(import.meta.dirname, '../../curated'));
const { reader } = publish(built);
const app = createApp(() => reader);
const get = async (path: string) => (await app.request(`http://127.0.0.1:8787${path}`)).text();

const SEED = {
  title: 'China thanks Kazakhstan for ‘understanding and support’ on Xinjiang de-radicalisation scheme',
  summary: 'Beijing voices its appreciation for Kazakhstan’s tacit agreement to programme where western region’s Muslims are focus of efforts to ‘banish extremism’',
  first: '<p>The Chinese government’s senior diplomat',
  last: 'the foreign ministry said.</p>',
  noise: ['Advertisement', 'myNEWS', 'Learn more', 'Photo: Xinhua', 'EU rejects China’s offer', 'print edition', '<p>Post</p>', '<p>Xinjiang</p>'],
};

function expectCleanSeedBody(html: string) {
  expect(html.trim().startsWith(SEED.first)).toBe(true);
  expect(html.trim().endsWith(SEED.last)).toBe(true);
  for (const noise of SEED.noise) expect(html, noise).not.toContain(noise);
}

describe('the curated folder', () => {
  it('builds without errors and leaves the draft out', () => {
    expect(built.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(built.drafts).toBe(1);
    expect(built.catalog.articles.length).toBeGreaterThanOrEqual(5);
  });

  it('serves the seed clipping cleanly in JSON Feed', async () => {
    const feed = JSON.parse(await get('/feed.json'));
    expect(jsonFeedErrors(feed)).toEqual([]);
    const seed = feed.items.find((i: { title: string }) => i.title === SEED.title);
    expect(seed).toBeDefined();
    expect(seed.summary).toBe(SEED.summary);
    expect(seed.tags).toContain('Xinjiang');
    expectCleanSeedBody(seed.content_html);
    const article = built.catalog.articles.find((a) => a.title === SEED.title)!;
    expect(article.source?.name).toContain('South China Morning Post');
  });

  it('serves the seed clipping cleanly in RSS and Atom', async () => {
    const rssItem = all(parseXml(await get('/feed.xml')), 'item').find((i) => childText(i, 'title') === SEED.title)!;
    expect(childText(rssItem, 'description')).toBe(SEED.summary);
    expect(all(rssItem, 'category').map((c) => c.text)).toContain('Xinjiang');
    expectCleanSeedBody(childText(rssItem, 'content:encoded')!);
    const entry = all(parseXml(await get('/atom.xml')), 'entry').find((e) => childText(e, 'title') === SEED.title)!;
    expect(childText(entry, 'summary')).toBe(SEED.summary);
    expectCleanSeedBody(childText(entry, 'content')!);
  });

  it('has a tag feed for the seed’s tag', async () => {
    const feed = JSON.parse(await get('/tags/xinjiang/feed.json'));
    expect(feed.items.map((i: { title: string }) => i.title)).toContain(SEED.title);
  });

  it('reads the saved page: metadata from its head, article without navigation, share or related links', async () => {
    const feed = JSON.parse(await get('/feed.json'));
    const page = feed.items.find((i: { title: string }) => i.title === 'Harbour ferry returns after a winter of repairs');
    expect(page).toMatchObject({
      summary: 'The island ferry is back on Monday with a refitted hull, a quieter engine and a longer summer timetable.',
      date_published: '2024-04-12T06:45:00Z',
      external_url: 'https://island-gazette.example/news/2024/04/harbour-ferry-returns',
      authors: [{ name: 'Ailsa Rendall' }],
      tags: ['Transport', 'Islands'],
      image: 'https://island-gazette.example/images/ferry-refit.jpg',
    });
    // The lead image is in the body already: feeds do not add it a second time.
    expect(page.content_html.match(/<img /g)).toHaveLength(1);
    for (const noise of ['Subscribe', 'Share', 'Pier repairs finish early', 'Sign up', 'All rights reserved', 'utm_campaign']) {
      expect(page.content_html, noise).not.toContain(noise);
    }
    expect(page.content_html).toContain('href="https://island-gazette.example/timetables/ferry?ref=home"');
  });
});
