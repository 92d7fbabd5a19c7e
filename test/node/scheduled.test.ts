// Scheduled publishing (issue 12, part 4): an article dated after the build is built with a
// warning, and appears in feeds, pages, tag pages, the sitemap and at its own address only once
// the clock of the request has passed its date; the validators of what it changes move then.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app.ts';
import { buildCatalog } from '../../src/build/build-catalog.ts';
import { futureDateCheck } from '../../src/build/date-checks.ts';
import { fileSource } from '../../src/catalog/file-source.ts';
import { PublishedReader } from '../../src/catalog/published-reader.ts';
import { writeCatalog } from '../../src/catalog/write-catalog.ts';
import { runCheck } from '../../src/cli/check-command.ts';
import { runShow } from '../../src/cli/show-command.ts';
import { captureConsole } from './support/console.ts';
import { curatedFolder, md } from './support/site.ts';

const AT = '2030-01-07T09:00:00Z';
const AT_MS = Date.parse(AT);
const BUILT = new Date('2026-06-01T12:00:00Z');
const SLUG = 'seeds-for-the-spring';
const TITLE = 'Seeds for the spring';

const files = (site = 'title: Scheduled\nurl: https://feeds.example\n') => ({
  'site.yaml': site,
  'ferry.md': md({ title: 'The ferry is back', date: '2024-01-02', tags: ['Sea'] }),
  'harbour.md': md({ title: 'A harbour wall rebuilt', date: '2024-02-03', tags: ['Sea', 'Land'] }),
  'fields.md': md({ title: 'Fields in winter', date: '2024-03-04', tags: ['Land'] }),
  [`${SLUG}.md`]: md({ title: TITLE, date: AT, tags: ['Sea', 'Gardens'] }),
});

function published(site?: string) {
  const dir = curatedFolder(files(site));
  const built = buildCatalog(dir, { now: BUILT });
  const out = mkdtempSync(join(tmpdir(), 'scheduled-'));
  writeCatalog(out, built.catalog, { now: BUILT });
  const reader = new PublishedReader(fileSource(out));
  return { dir, built, out, reader, app: createApp(() => reader) };
}

/** Every document the scheduled article belongs in, and one it does not change. */
const AFFECTED = ['/feed.xml', '/atom.xml', '/feed.json', '/', '/tags/sea', '/tags/sea/feed.xml', '/tags/sea/atom.xml', '/tags/sea/feed.json', '/sitemap.xml', '/feed.xml?limit=5'];
const UNAFFECTED = '/tags/land/feed.xml';

describe('a scheduled article, judged by the clock of each request (fake timers)', () => {
  afterEach(() => void vi.useRealTimers());

  it('is built with a warning that says when it appears', () => {
    const { built } = published();
    expect(built.catalog.articleCount).toBe(4);
    const warning = built.problems.find((p) => p.file.endsWith(`${SLUG}.md`));
    expect(warning).toMatchObject({ severity: 'warning', line: 3, message: expect.stringContaining('scheduled: appears 2030-01-07 09:00 UTC') });
    expect(built.scheduled).toEqual([{ file: expect.stringContaining(`${SLUG}.md`), slug: SLUG, published: AT }]);
  });

  it('is a warning for a date ahead; an edit dated more than a day ahead stays an error', () => {
    const check = futureDateCheck(BUILT);
    const lines = { published: 3, updated: 4 };
    expect(check('a.md', { published: AT, updated: AT }, lines)).toEqual([{ file: 'a.md', line: 3, severity: 'warning', message: 'scheduled: appears 2030-01-07 09:00 UTC; no feed, page or sitemap shows it before then' }]);
    expect(check('b.md', { published: '2024-01-01T00:00:00Z', updated: AT }, lines)).toEqual([
      { file: 'b.md', line: 4, severity: 'error', message: `\`updated\` ${AT} is in the future; correct it, or set it on the day of the edit` },
    ]);
    expect(check('c.md', { published: '2026-06-01T12:00:01Z', updated: '2026-06-01T12:00:01Z' }, lines).map((p) => p.message)).toEqual(['scheduled: appears 2026-06-01 12:00:01 UTC; no feed, page or sitemap shows it before then']);
    expect(check('d.md', { published: '2026-06-01T12:00:00Z', updated: '2026-06-01T12:00:00Z' }, lines)).toEqual([]);
  });

  it('is absent everywhere before its date and present after, with new validators on what it changes', async () => {
    const { app } = published();
    const get = (path: string, headers: Record<string, string> = {}) => app.request(`https://feeds.example${path}`, { headers });
    vi.useFakeTimers({ toFake: ['Date'] });

    vi.setSystemTime(AT_MS - 1000);
    const before = new Map<string, Response>();
    for (const path of [...AFFECTED, UNAFFECTED]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      const text = await res.text();
      expect(text, path).not.toContain(TITLE);
      expect(text, path).not.toContain(SLUG);
      before.set(path, res);
    }
    expect((await get(`/articles/${SLUG}`)).status).toBe(404);
    expect((await get('/tags/gardens')).status).toBe(404);
    expect((await get('/tags/gardens/feed.json')).status).toBe(404);
    // One second before the switch, nothing may be kept longer than that second.
    expect(before.get('/feed.xml')!.headers.get('cache-control')).toBe('public, max-age=1, s-maxage=1, stale-if-error=86400');
    expect(before.get(UNAFFECTED)!.headers.get('cache-control')).toMatch(/max-age=1,/);

    vi.setSystemTime(AT_MS);
    for (const path of AFFECTED) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toContain(path === '/sitemap.xml' ? `/articles/${SLUG}` : TITLE);
      expect(res.headers.get('etag'), path).not.toBe(before.get(path)!.headers.get('etag'));
      if (!path.includes('limit')) expect(res.headers.get('last-modified'), path).toBe('Mon, 07 Jan 2030 09:00:00 GMT');
      // The copy a reader kept from before the switch is no longer current.
      expect((await get(path, { 'If-None-Match': before.get(path)!.headers.get('etag')! })).status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('public, max-age=300, s-maxage=300, stale-while-revalidate=86400, stale-if-error=86400');
    }
    const unaffected = await get(UNAFFECTED);
    expect(unaffected.headers.get('etag')).toBe(before.get(UNAFFECTED)!.headers.get('etag'));
    expect(unaffected.headers.get('last-modified')).toBe(before.get(UNAFFECTED)!.headers.get('last-modified'));
    const page = await get(`/articles/${SLUG}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(TITLE);
    expect((await get('/tags/gardens/feed.json')).status).toBe(200);
    expect(await (await get('/')).text()).toContain('/tags/gardens');
  });

  it('switches the same way with an injected clock, and on a site without a url', async () => {
    const { reader } = published('title: No url\n');
    let now = AT_MS - 60_000;
    const app = createApp(() => reader, { clock: () => now });
    const feed = async () => (await app.request('http://127.0.0.1:8787/feed.json')).json() as Promise<{ items: { title: string }[] }>;
    expect((await feed()).items.map((i) => i.title)).not.toContain(TITLE);
    now = AT_MS + 1;
    expect((await feed()).items[0]!.title).toBe(TITLE);
  });

  it('keeps the validators it appeared with when the site is built again after its date', async () => {
    const { dir, out, app } = published();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(AT_MS + 5000);
    const served = await app.request('https://feeds.example/feed.xml');
    const rebuilt = buildCatalog(dir, { now: new Date(AT_MS + 60_000) });
    expect(rebuilt.scheduled).toEqual([]);
    expect(rebuilt.problems.filter((p) => p.severity === 'warning' && p.message.startsWith('scheduled'))).toEqual([]);
    writeCatalog(out, rebuilt.catalog, { now: new Date(AT_MS + 60_000) });
    const again = await createApp(() => new PublishedReader(fileSource(out))).request('https://feeds.example/feed.xml');
    expect(again.headers.get('etag')).toBe(served.headers.get('etag'));
    expect(again.headers.get('last-modified')).toBe('Mon, 07 Jan 2030 09:00:00 GMT');
  });

  it('shows two articles scheduled at different times one after the other', async () => {
    const later = '2030-02-01T18:30:00Z';
    const dir = curatedFolder({ ...files(), 'later.md': md({ title: 'Later still', date: later, tags: ['Land'] }) });
    const out = mkdtempSync(join(tmpdir(), 'scheduled-two-'));
    writeCatalog(out, buildCatalog(dir, { now: BUILT }).catalog, { now: BUILT });
    let now = AT_MS - 1;
    const app = createApp(() => new PublishedReader(fileSource(out)), { clock: () => now });
    const titles = async (path: string) => ((await (await app.request(`https://feeds.example${path}`)).json()) as { items: { title: string }[] }).items.map((i) => i.title);
    const seen: string[][] = [];
    for (now of [AT_MS - 1, AT_MS, Date.parse(later) - 1, Date.parse(later)]) seen.push((await titles('/feed.json')).filter((t) => t === TITLE || t === 'Later still'));
    expect(seen).toEqual([[], [TITLE], [TITLE], ['Later still', TITLE]]);
    expect(await titles('/tags/land/feed.json')).toContain('Later still');
    now = Date.parse(later) - 1;
    expect(await titles('/tags/land/feed.json')).not.toContain('Later still');
    // Half an hour before the second switch, feeds are kept no longer than until it.
    now = Date.parse(later) - 30_000;
    expect((await app.request('https://feeds.example/tags/land/atom.xml')).headers.get('cache-control')).toMatch(/^public, max-age=30, s-maxage=30, stale-if-error/);
  });
});

describe('curate check and curate show on a scheduled article', () => {
  const { printed } = captureConsole();

  it('check lists what is scheduled and when', () => {
    const { dir } = published();
    expect(runCheck({ dir, cacheDir: null, now: BUILT })).toBe(0);
    expect(printed()).toMatch(new RegExp(`${SLUG}\\.md:3: warning: scheduled: appears 2030-01-07 09:00 UTC`));
    expect(printed()).toMatch(new RegExp(`scheduled: 1 article appears later .*\\n  2030-01-07 09:00 UTC  .*${SLUG}\\.md  /articles/${SLUG}`));
  });

  it('show prints when it appears, and nothing of the kind for an article already out', () => {
    const { dir } = published();
    expect(runShow(join(dir, `${SLUG}.md`), false)).toBe(0);
    expect(printed()).toContain('appears:   2030-01-07 09:00 UTC (scheduled');
    expect(runShow(join(dir, 'ferry.md'), false)).toBe(0);
    expect(printed().match(/appears:/g)).toHaveLength(1);
  });
});

describe('npm start with PREVIEW_AT', () => {
  const server = (env: Record<string, string>) => [process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/server.ts'], { env: { ...process.env, PORT: '0', ...env } }] as const;

  it('serves the site as it will be at that time, scheduled articles included', async () => {
    const { out } = published();
    const [cmd, args, options] = server({ CATALOG_DIR: out, PREVIEW_AT: AT });
    const child = spawn(cmd, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const address = await new Promise<string>((resolve, reject) => {
        let printed = '';
        child.stdout!.on('data', (d) => {
          printed += d;
          const found = /at (http:\/\/\S+\/) .*as of 2030-01-07T09:00:00\.000Z/.exec(printed);
          if (found) resolve(found[1]!);
        });
        child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
      });
      const feed = (await (await fetch(`${address}feed.json`)).json()) as { items: { title: string }[] };
      expect(feed.items[0]!.title).toBe(TITLE);
    } finally {
      child.kill();
    }
  });

  it('refuses a PREVIEW_AT that is not a date, saying what to give', () => {
    const { out } = published();
    const [cmd, args, options] = server({ CATALOG_DIR: out, PREVIEW_AT: 'next tuesday' });
    const run = spawnSync(cmd, args, { ...options, encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('PREVIEW_AT=next tuesday is not a date; give one such as PREVIEW_AT=2030-01-07T09:00:00Z');
  });
});
