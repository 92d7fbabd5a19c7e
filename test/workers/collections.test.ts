// The sample folder's collection (curated/climate/, with its collection.yaml), as the Worker serves it.
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

const BASE = 'https://reader.example';
const get = (path: string, init?: RequestInit) => SELF.fetch(`${BASE}${path}`, init);

describe('a collection in workerd', () => {
  it('has its page, with its title, description, articles and the autodiscovery links of its feeds', async () => {
    const res = await get('/collections/climate');
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain('<h1>Climate and energy</h1>');
    expect(page).toContain('<p>How places cut their emissions, from tidal turbines to sleeper trains.</p>');
    expect(page).toContain(`<link rel="alternate" type="application/atom+xml" title="“Climate and energy” (Atom)" href="${BASE}/collections/climate/atom.xml">`);
    expect(page).toContain(`<link rel="alternate" type="application/rss+xml" title="“Climate and energy” (RSS)" href="${BASE}/collections/climate/feed.xml">`);
    expect(page).toContain(`<link rel="alternate" type="application/feed+json" title="“Climate and energy” (JSON Feed)" href="${BASE}/collections/climate/feed.json">`);
    expect(page).toContain(`href="${BASE}/articles/tidal-energy-comes-of-age"`);
    expect(page).not.toContain(`href="${BASE}/articles/cafe-owners-reopen"`);
  });

  it('has three feeds of its own articles only, each with its own self link, with ETags and 304s', async () => {
    const types = { 'feed.xml': 'application/rss+xml; charset=utf-8', 'atom.xml': 'application/atom+xml; charset=utf-8', 'feed.json': 'application/feed+json; charset=utf-8' };
    for (const [file, type] of Object.entries(types)) {
      const res = await get(`/collections/climate/${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-type'), file).toBe(type);
      const text = await res.text();
      expect(text, file).toContain(`${BASE}/collections/climate/${file}`);
      expect(text, file).toContain('Tidal energy comes of age');
      expect(text, file).toContain('Night trains return');
      expect(text, file).not.toContain('Cafés &amp; bakeries');
      expect(text, file).not.toContain('Cafés & bakeries');
      const again = await get(`/collections/climate/${file}`, { headers: { 'If-None-Match': res.headers.get('etag')! } });
      expect(again.status, file).toBe(304);
    }
    const json = (await (await get('/collections/climate/feed.json')).json()) as { title: string; home_page_url: string; items: { url: string }[] };
    expect(json.title).toBe('Curated reading: Climate and energy');
    expect(json.home_page_url).toBe(`${BASE}/collections/climate`);
    expect(json.items.map((i) => i.url)).toEqual([`${BASE}/articles/night-trains-return`, `${BASE}/articles/tidal-energy-comes-of-age`]);
  });

  it('keeps the ids the articles have in the site feed, and tags across collections', async () => {
    const site = (await (await get('/feed.json')).json()) as { items: { id: string; url: string; tags?: string[] }[] };
    const collection = (await (await get('/collections/climate/feed.json')).json()) as { items: { id: string; url: string }[] };
    for (const item of collection.items) expect(site.items.find((i) => i.url === item.url)!.id).toBe(item.id);
    // Transport is a tag of night-trains-return (in climate/) and of harbour-ferry-returns (at the top of the folder).
    const tagged = (await (await get('/tags/transport/feed.json')).json()) as { items: { url: string }[] };
    expect(tagged.items.map((i) => i.url)).toEqual([`${BASE}/articles/night-trains-return`, `${BASE}/articles/harbour-ferry-returns`]);
  });

  it('links its articles to it, and lists it at /collections', async () => {
    expect(await (await get('/articles/tidal-energy-comes-of-age')).text()).toContain(`In the collection <a href="${BASE}/collections/climate">Climate and energy</a>`);
    expect(await (await get('/collections')).text()).toContain(`<a href="${BASE}/collections/climate">Climate and energy</a>`);
  });

  it('answers 404 to an unknown collection and a 4xx to a bad name or page, never a 500', async () => {
    expect((await get('/collections/weather')).status).toBe(404);
    expect((await get('/collections/weather/atom.xml')).status).toBe(404);
    for (const path of ['/collections/%ZZ', '/collections/%E0%A4%A/feed.xml', `/collections/${'x'.repeat(3000)}`, '/collections/climate/feed.xml?page=9', '/collections/climate/feed.json?limit=-1']) {
      const res = await get(path);
      await res.arrayBuffer();
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
    }
  });
});
