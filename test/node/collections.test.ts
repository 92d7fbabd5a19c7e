// Collections: top-level sub-folders of curated/ with their own collection.yaml, page and feeds.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app.ts';
import { fileSource } from '../../src/catalog/file-source.ts';
import { PublishedReader } from '../../src/catalog/published-reader.ts';
import { writeCatalog } from '../../src/catalog/write-catalog.ts';
import { buildCatalog, type BuildResult } from '../../src/build/build-catalog.ts';
import { formatProblem } from '../../src/ingest/problem.ts';
import { curatedFolder, md, siteFrom } from './support/site.ts';
import { all, parseXml } from './support/xml.ts';

const lines = (built: BuildResult) => built.problems.map(formatProblem);
const errors = (built: BuildResult) => built.problems.filter((p) => p.severity === 'error').map(formatProblem);
/** A Markdown article with a body long enough to draw no warning, naming its title. */
const article = (front: Record<string, unknown>) => md(front, `${String(front.title)}: ${'a sentence of the body with words in it. '.repeat(4)}`);
const entry = (built: BuildResult, slug: string) => built.catalog.articles.find((a) => a.slug === slug)!;

describe('collection.yaml', () => {
  it('gives a collection its title and description; without one the folder name is the title', () => {
    const built = buildCatalog(
      curatedFolder({
        'site.yaml': 'title: Reading\nurl: https://reading.example\n',
        'climate/collection.yaml': 'title: Climate and energy\ndescription: How places cut their emissions.\n',
        'climate/tides.md': article({ title: 'Tides', date: '2024-01-01' }),
        'urban-life/bikes.md': article({ title: 'Bikes', date: '2024-01-02' }),
        'urban-life/2024/older/trams.md': article({ title: 'Trams', date: '2024-01-04' }),
        'loose.md': article({ title: 'Loose', date: '2024-01-03' }),
      }),
    );
    expect(lines(built)).toEqual([]);
    expect(built.catalog.collections).toEqual([
      { name: 'climate', title: 'Climate and energy', description: 'How places cut their emissions.', count: 1 },
      { name: 'urban-life', title: 'Urban life', description: '', count: 2 },
    ]);
    // Folders deeper down are the editor's own order inside the collection.
    const collectionOf = (slug: string) => entry(built, slug).collection;
    expect(['tides', 'bikes', 'trams', 'loose'].map(collectionOf)).toEqual(['climate', 'urban-life', 'urban-life', null]);
  });

  it('sets a full_text default between site.yaml and the article: the article wins, then the collection, then the site', () => {
    const built = buildCatalog(
      curatedFolder({
        'site.yaml': 'title: Reading\nfull_text: false\n',
        'open/collection.yaml': 'full_text: true\n',
        'open/open-plain.md': article({ title: 'Open plain', date: '2024-01-01' }),
        'open/open-own.md': article({ title: 'Open but summary', date: '2024-01-02', url: 'https://x.example/a', full_text: false }),
        'closed/collection.yaml': 'full_text: false\n',
        'closed/closed-plain.md': article({ title: 'Closed plain', date: '2024-01-03', url: 'https://x.example/b' }),
        'closed/closed-own.md': article({ title: 'Closed but full', date: '2024-01-04', full_text: true }),
        'inherits/inherits-plain.md': article({ title: 'Inherits the site', date: '2024-01-05', url: 'https://x.example/c' }),
        'root-plain.md': article({ title: 'At the root', date: '2024-01-06', url: 'https://x.example/d' }),
      }),
    );
    expect(errors(built)).toEqual([]);
    const fullText = Object.fromEntries(built.catalog.articles.map((a) => [a.slug, a.fullText]));
    expect(fullText).toEqual({ 'open-plain': true, 'open-own': false, 'closed-plain': false, 'closed-own': true, 'inherits-plain': false, 'root-plain': false });
  });

  it('reaches articles the build cache kept: a changed full_text default or a moved file is built again', () => {
    const dir = curatedFolder({
      'climate/collection.yaml': 'title: Climate\n',
      'climate/tides.md': article({ title: 'Tides', date: '2024-01-01', url: 'https://x.example/t' }),
    });
    const cacheDir = mkdtempSync(join(tmpdir(), 'cache-'));
    expect(entry(buildCatalog(dir, { cacheDir }), 'tides').fullText).toBe(true);
    writeFileSync(join(dir, 'climate/collection.yaml'), 'title: Climate\nfull_text: false\n');
    expect(entry(buildCatalog(dir, { cacheDir }), 'tides').fullText).toBe(false);
    mkdirSync(join(dir, 'energy'));
    renameSync(join(dir, 'climate/tides.md'), join(dir, 'energy/tides.md'));
    const moved = buildCatalog(dir, { cacheDir });
    expect([entry(moved, 'tides').collection, entry(moved, 'tides').fullText]).toEqual(['energy', true]);
    expect(moved.catalog.collections.map((c) => [c.name, c.count])).toEqual([['climate', 0], ['energy', 1]]);
  });

  it('is checked like site.yaml: each problem at its file and line with the fix, the good settings kept, every article still built', () => {
    const built = buildCatalog(
      curatedFolder({
        'site.yaml': 'title: Reading\nurl: https://reading.example\n',
        'climate/collection.yaml': 'title: Climate\nfull_text: "no"\ncolour: green\ndescription: [a, b]\n',
        'climate/tides.md': article({ title: 'Tides', date: '2024-01-01' }),
        'broken/collection.yaml': 'title: [unclosed\n',
        'broken/wind.md': article({ title: 'Wind', date: '2024-01-02' }),
        'loose.md': article({ title: 'Loose', date: '2024-01-03' }),
      }),
    );
    const shown = lines(built).map((l) => l.replace(/^.*?curated-[^/]+\//, ''));
    expect(shown).toEqual([
      expect.stringMatching(/^broken\/collection\.yaml:\d+: is not valid YAML: /),
      'climate/collection.yaml:2: `full_text` must be true or false, without quotes',
      'climate/collection.yaml:3: unknown setting `colour`; known settings: title, description, full_text',
      'climate/collection.yaml:4: `description` must be text',
    ]);
    expect(built.catalog.articles.map((a) => a.slug).sort()).toEqual(['loose', 'tides', 'wind']);
    expect(built.catalog.collections).toEqual([
      { name: 'broken', title: 'Broken', description: '', count: 1 },
      { name: 'climate', title: 'Climate', description: '', count: 1 },
    ]);
  });

  it('is read only in a collection folder: one at the top or deeper down is named with where it goes', () => {
    const built = buildCatalog(
      curatedFolder({
        'collection.yaml': 'title: Nowhere\n',
        'climate/deeper/collection.yaml': 'title: Deeper\n',
        'climate/deeper/tides.md': article({ title: 'Tides', date: '2024-01-01' }),
      }),
    );
    const shown = lines(built).filter((l) => l.includes('collection.yaml')).map((l) => l.replace(/^.*?curated-[^/]+\//, ''));
    expect(shown).toEqual([
      expect.stringMatching(/^climate\/deeper\/collection\.yaml:1: warning: is in a folder inside a collection, where it is not read; .*curated\/NAME\/collection\.yaml/),
      expect.stringMatching(/^collection\.yaml:1: warning: is in the top of the curated folder, where it is not read/),
    ]);
    expect(built.catalog.collections.map((c) => c.title)).toEqual(['Climate']);
  });

  it('is a folder holding an article or a collection.yaml: a folder of images alone is none', () => {
    const built = buildCatalog(
      curatedFolder({
        'images/cafe.png': Buffer.from('89504e470d0a1a0a', 'hex'),
        'planned/collection.yaml': 'title: Planned\n',
        'drafts-only/later.md': article({ title: 'Later', date: '2024-01-01', draft: true }),
        'cafes.md': article({ title: 'Cafes', date: '2024-01-02' }),
      }),
    );
    expect(built.catalog.collections.map((c) => [c.name, c.count])).toEqual([['drafts-only', 0], ['planned', 0]]);
  });

  it('names a folder whose name is not its address, and refuses two folders with one address', () => {
    const built = buildCatalog(
      curatedFolder({
        'Climate Change/tides.md': article({ title: 'Tides', date: '2024-01-01' }),
        'climate-change/wind.md': article({ title: 'Wind', date: '2024-01-02' }),
      }),
    );
    const shown = lines(built).filter((l) => !l.includes('site.yaml')).map((l) => l.replace(/^.*?curated-[^/]+\//, ''));
    expect(shown).toContain('Climate Change:1: warning: is a collection at /collections/climate-change; rename the folder to climate-change to be safe');
    expect(shown).toContainEqual(expect.stringMatching(/^climate-change:1: is a collection at \/collections\/climate-change, like .*\/Climate Change; rename one of the two folders$/));
  });
});

describe('a collection served', () => {
  // 25 articles in climate/ (more than one page), 3 in food/, 2 at the root; tags cross them all.
  const files: Record<string, string> = {
    'site.yaml': 'title: Reading\nurl: https://reading.example\n',
    'climate/collection.yaml': 'title: Climate & energy\ndescription: How places cut their emissions.\n',
  };
  for (let i = 0; i < 25; i++) files[`climate/c${String(i).padStart(2, '0')}.md`] = article({ title: `Climate ${i}`, date: `2024-01-${String(i + 1).padStart(2, '0')}`, tags: ['Shared'] });
  for (let i = 0; i < 3; i++) files[`food/f${i}.md`] = article({ title: `Food ${i}`, date: `2024-02-0${i + 1}`, tags: ['Shared'] });
  files['r0.md'] = article({ title: 'Root 0', date: '2024-03-01', tags: ['Shared'] });
  files['r1.md'] = article({ title: 'Root 1', date: '2024-03-02' });
  const { get, built } = siteFrom(files);

  it('has a page listing its articles with its title, description and the autodiscovery links of its own feeds', async () => {
    const res = await get('/collections/climate');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page).toContain('<h1>Climate &amp; energy</h1>');
    expect(page).toContain('<p>How places cut their emissions.</p>');
    expect(page).toContain('<link rel="alternate" type="application/rss+xml" title="“Climate &amp; energy” (RSS)" href="https://reading.example/collections/climate/feed.xml">');
    expect(page).toContain('<link rel="alternate" type="application/atom+xml" title="“Climate &amp; energy” (Atom)" href="https://reading.example/collections/climate/atom.xml">');
    expect(page).toContain('<link rel="alternate" type="application/feed+json" title="“Climate &amp; energy” (JSON Feed)" href="https://reading.example/collections/climate/feed.json">');
    expect(page).toContain('<link rel="canonical" href="https://reading.example/collections/climate">');
    expect(page).toContain('href="https://reading.example/articles/c24"');
    expect(page).not.toContain('href="https://reading.example/articles/f0"');
    expect(page).toMatch(/<a rel="next" href="https:\/\/reading\.example\/collections\/climate\?page=1">Older<\/a>/);
  });

  it('has three feeds holding only its articles, paged like the site with RFC 5005 links', async () => {
    const atom = parseXml(await (await get('/collections/climate/atom.xml')).text());
    const link = (rel: string) => all(atom, 'link').find((l) => l.attributes.rel === rel)?.attributes.href;
    expect(all(atom, 'title')[0]!.text).toBe('Reading: Climate & energy');
    expect(all(atom, 'id')[0]!.text).toBe('https://reading.example/collections/climate');
    expect(link('self')).toBe('https://reading.example/collections/climate/atom.xml');
    expect(link('alternate')).toBe('https://reading.example/collections/climate');
    expect(link('first')).toBe('https://reading.example/collections/climate/atom.xml');
    expect(link('next')).toBe('https://reading.example/collections/climate/atom.xml?page=1');
    expect(all(atom, 'entry')).toHaveLength(20);
    // Following next gives the rest: every article of the collection once, no other.
    const older = parseXml(await (await get('/collections/climate/atom.xml?page=1')).text());
    const olderLink = (rel: string) => all(older, 'link').find((l) => l.attributes.rel === rel)?.attributes.href;
    expect(olderLink('self')).toBe('https://reading.example/collections/climate/atom.xml?page=1');
    expect(olderLink('previous')).toBe('https://reading.example/collections/climate/atom.xml');
    const titles = [...all(atom, 'entry'), ...all(older, 'entry')].map((e) => all(e, 'title')[0]!.text);
    expect(new Set(titles)).toEqual(new Set(Array.from({ length: 25 }, (_, i) => `Climate ${i}`)));

    const rss = await (await get('/collections/climate/feed.xml')).text();
    expect(rss).toContain('<atom:link href="https://reading.example/collections/climate/feed.xml" rel="self" type="application/rss+xml"/>');
    expect(rss).toContain('<atom:link rel="next" type="application/rss+xml" href="https://reading.example/collections/climate/feed.xml?page=1"/>');
    const json = (await (await get('/collections/food/feed.json')).json()) as { title: string; home_page_url: string; feed_url: string; items: { title: string }[] };
    expect(json.title).toBe('Reading: Food');
    expect(json.home_page_url).toBe('https://reading.example/collections/food');
    expect(json.feed_url).toBe('https://reading.example/collections/food/feed.json');
    expect(json.items.map((i) => i.title)).toEqual(['Food 2', 'Food 1', 'Food 0']);
    const limited = (await (await get('/collections/climate/feed.json?limit=2')).json()) as { feed_url: string; items: unknown[] };
    expect(limited.items).toHaveLength(2);
    expect(limited.feed_url).toBe('https://reading.example/collections/climate/feed.json?limit=2');
  });

  it('has ids and pages of articles that are the same as at the root: the folder is in neither', async () => {
    const c00 = entry(built, 'c00');
    expect(c00.id).toBe('https://reading.example/articles/c00');
    const feed = (await (await get('/collections/climate/feed.json')).json()) as { items: { id: string; url: string }[] };
    const site = (await (await get('/feed.json?limit=100')).json()) as { items: { id: string; url: string }[] };
    const item = feed.items.find((i) => i.url.endsWith('/articles/c24'))!;
    expect(site.items.find((i) => i.id === item.id)!.url).toBe(item.url);
  });

  it('links each article page to its collection', async () => {
    expect(await (await get('/articles/c03')).text()).toContain('<p class="collection">In the collection <a href="https://reading.example/collections/climate">Climate &amp; energy</a></p>');
    expect(await (await get('/articles/r0')).text()).not.toContain('class="collection"');
  });

  it('keeps tags across collections: a tag feed holds articles of every collection and of the root', async () => {
    const json = (await (await get('/tags/shared/feed.json?limit=100')).json()) as { items: { title: string }[] };
    const titles = json.items.map((i) => i.title);
    expect(titles).toContain('Climate 0');
    expect(titles).toContain('Food 1');
    expect(titles).toContain('Root 0');
    expect(titles).toHaveLength(29);
  });

  it('is listed at /collections, on the home page and in the sitemap', async () => {
    const list = await (await get('/collections')).text();
    expect(list).toContain('<a href="https://reading.example/collections/climate">Climate &amp; energy</a> <span class="meta">25 articles</span>');
    expect(list).toContain('<a href="https://reading.example/collections/food">Food</a> <span class="meta">3 articles</span>');
    expect(await (await get('/')).text()).toContain('<a href="https://reading.example/collections/food">Food (3)</a>');
    const sitemap = await (await get('/sitemap.xml')).text();
    expect(sitemap).toContain('<loc>https://reading.example/collections/climate</loc>');
    expect(sitemap).toContain('<loc>https://reading.example/collections</loc>');
  });

  it('answers an unknown collection with 404 and a bad name, page or address with a 4xx, never a 500', async () => {
    const unknown = await get('/collections/weather');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('There is no collection “weather”.');
    for (const path of [
      '/collections/weather/feed.xml',
      '/collections/weather/atom.xml?limit=3',
      '/collections/%ZZ',
      '/collections/%E0%A4%A/feed.json',
      `/collections/${'x'.repeat(5000)}`,
      '/collections/..%2F..%2Fetc',
      '/collections/climate/nope.xml',
      '/collections/%00',
      '/collections/climate/feed.xml?page=99',
      '/collections/climate/feed.xml?page=1&limit=2',
      '/collections/climate/feed.json?limit=0',
      '/collections/food?page=2',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
    }
    expect((await get('/collections/climate/')).headers.get('location')).toBe('/collections/climate');
    expect((await get('/collections/')).headers.get('location')).toBe('/collections');
  });
});

describe('a collection named in another script', () => {
  it('is served at its percent-encoded address, like a tag', async () => {
    const { get, built } = siteFrom({ 'site.yaml': 'url: https://reading.example\n', '北京/hutong.md': article({ title: 'Hutong', date: '2024-01-01' }) });
    expect(built.catalog.collections.map((c) => [c.name, c.title])).toEqual([['北京', '北京']]);
    const res = await get('/collections/%E5%8C%97%E4%BA%AC/atom.xml');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<link rel="self" type="application/atom+xml" href="https://reading.example/collections/%E5%8C%97%E4%BA%AC/atom.xml"/>');
  });
});

describe('ids and slugs across folders', () => {
  it('do not change when a file moves between collections, or out of one', () => {
    const text = article({ title: 'Tides', date: '2024-01-01', tags: ['Sea'] });
    const ids = ['climate/tides.md', 'energy/tides.md', 'tides.md'].map((path) => {
      const withUrl = entry(buildCatalog(curatedFolder({ 'site.yaml': 'url: https://reading.example\n', [path]: text })), 'tides');
      const withoutUrl = entry(buildCatalog(curatedFolder({ [path]: text })), 'tides');
      return [withUrl.id, withUrl.slug, withoutUrl.id, withUrl.collection];
    });
    expect(ids.map(([id, slug, placeholder]) => [id, slug, placeholder])).toEqual(Array(3).fill([ids[2]![0], 'tides', ids[2]![2]]));
    expect(ids.map((x) => x[3])).toEqual(['climate', 'energy', null]);
  });

  it('are one space for the whole site: two files of one name in two collections are an error naming both, the first keeping its page', () => {
    const dir = curatedFolder({
      'climate/tides.md': article({ title: 'Tides in climate', date: '2024-01-01' }),
      'energy/tides.md': article({ title: 'Tides in energy', date: '2024-01-02' }),
    });
    const built = buildCatalog(dir);
    expect(errors(built)).toEqual([expect.stringMatching(/energy\/tides\.md:1: has the same slug as .*climate\/tides\.md; rename one file or set `slug:`$/)]);
    expect(built.catalog.articles.map((a) => [a.slug, a.title])).toEqual([['tides', 'Tides in climate']]);
    // The fix the message names: a slug of its own.
    writeFileSync(join(dir, 'energy/tides.md'), article({ title: 'Tides in energy', date: '2024-01-02', slug: 'energy-tides' }));
    const fixed = buildCatalog(dir);
    expect(errors(fixed)).toEqual([]);
    expect(fixed.catalog.articles.map((a) => a.slug)).toEqual(['energy-tides', 'tides']);
  });
});

describe('moving a committed file into a collection', () => {
  it('keeps the dates git gives an article that names none: a move is not a change, a move with an edit is', () => {
    const repo = mkdtempSync(join(tmpdir(), 'curate-git-'));
    const git = (when: string, ...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when } });
    git('2024-01-01T00:00:00Z', 'init', '-q');
    git('2024-01-01T00:00:00Z', 'config', 'user.name', 'Test Editor');
    git('2024-01-01T00:00:00Z', 'config', 'user.email', 'editor@example.org');
    const dir = join(repo, 'curated');
    mkdirSync(join(dir, 'climate'), { recursive: true });
    const undated = (extra: string) => `---\ntitle: Tides\n---\n\nTides: ${'a sentence of the body with words in it. '.repeat(4)}${extra}\n`;
    writeFileSync(join(dir, 'tides.md'), undated(''));
    git('2024-01-10T12:00:00Z', 'add', '-A');
    git('2024-01-10T12:00:00Z', 'commit', '-q', '-m', 'add');
    writeFileSync(join(dir, 'tides.md'), undated('Edited.'));
    git('2024-02-20T08:00:00Z', 'commit', '-q', '-am', 'edit');
    const before = entry(buildCatalog(dir), 'tides');
    git('2024-03-30T09:00:00Z', 'mv', 'curated/tides.md', 'curated/climate/tides.md');
    git('2024-03-30T09:00:00Z', 'commit', '-q', '-m', 'move');
    const moved = entry(buildCatalog(dir), 'tides');
    expect([moved.collection, moved.id, moved.published, moved.updated]).toEqual(['climate', before.id, '2024-01-10T12:00:00Z', '2024-02-20T08:00:00Z']);
    git('2024-04-04T10:00:00Z', 'mv', 'curated/climate', 'curated/energy');
    writeFileSync(join(dir, 'energy/tides.md'), undated('Edited. Edited again, as it moved.'));
    git('2024-04-04T10:00:00Z', 'commit', '-q', '-am', 'move and edit');
    const again = entry(buildCatalog(dir), 'tides');
    expect([again.collection, again.id, again.published, again.updated]).toEqual(['energy', before.id, '2024-01-10T12:00:00Z', '2024-04-04T10:00:00Z']);
  });
});

describe('the sample curated/ folder', () => {
  it('has the collection climate/, whose moved article keeps the id and page it had at the top of the folder', () => {
    const sample = buildCatalog(join(process.cwd(), 'curated'));
    expect(sample.catalog.collections).toEqual([expect.objectContaining({ name: 'climate', title: 'Climate and energy' })]);
    const moved = entry(sample, 'tidal-energy-comes-of-age');
    expect(moved.collection).toBe('climate');
    // The same folder with the article back where it was before the collection existed.
    const before = mkdtempSync(join(tmpdir(), 'curated-before-'));
    cpSync(join(process.cwd(), 'curated'), before, { recursive: true });
    renameSync(join(before, 'climate/tidal-energy-comes-of-age.md'), join(before, 'tidal-energy-comes-of-age.md'));
    const unmoved = entry(buildCatalog(before), 'tidal-energy-comes-of-age');
    expect(unmoved.collection).toBe(null);
    expect([unmoved.id, unmoved.slug, unmoved.published, unmoved.updated]).toEqual([moved.id, moved.slug, moved.published, moved.updated]);
    // The id it was published with before the move (url: null in the sample site.yaml).
    expect(moved.id).toBe('urn:uuid:dc100931-a660-5d35-989e-5a403224503a');
  });
});

describe('a scheduled article in a collection (fake clock)', () => {
  afterEach(() => void vi.useRealTimers());

  it('is in no collection page or feed, and not counted, until its date; then it is', async () => {
    const built = new Date('2026-06-01T12:00:00Z');
    const dir = curatedFolder({
      'site.yaml': 'title: Reading\nurl: https://reading.example\n',
      'climate/tides.md': article({ title: 'Tides', date: '2024-01-01' }),
      'climate/later.md': article({ title: 'Later', date: '2030-01-07T09:00:00Z' }),
    });
    const catalog = buildCatalog(dir, { now: built }).catalog;
    const out = mkdtempSync(join(tmpdir(), 'published-'));
    writeCatalog(out, catalog, { now: built });
    const reader = new PublishedReader(fileSource(out));
    const app = createApp(() => reader);
    const get = async (path: string) => (await app.request(`https://reading.example${path}`)).text();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-07T08:59:59Z'));
    const before = { feed: await get('/collections/climate/feed.json'), page: await get('/collections/climate'), list: await get('/collections') };
    expect(before.feed).toContain('/articles/tides');
    expect(before.feed).not.toContain('/articles/later');
    expect(before.page).not.toContain('/articles/later');
    expect(before.list).toContain('<span class="meta">1 article</span>');
    vi.setSystemTime(new Date('2030-01-07T09:00:01Z'));
    expect(await get('/collections/climate/feed.json')).toContain('/articles/later');
    expect(await get('/collections/climate')).toContain('/articles/later');
    expect(await get('/collections')).toContain('<span class="meta">2 articles</span>');
  });
});
