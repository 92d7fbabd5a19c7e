// Issue 9: any Unicode in any front matter field and in the body, of any kind of file. Every
// file either becomes an article or is refused with `FILE:LINE: reason` naming it; the good file
// beside it is always published; every feed parses and validates; no C1 control, lone
// surrogate or placeholder host reaches a served byte.
// PROPERTY_RUNS=20000 npx vitest run test/node/property-any-unicode.test.ts   for a longer run
// (default 1,000 files, published ten at a time beside one good file).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleCatalog, toCatalogArticle } from '../../src/catalog/assemble.ts';
import { fileSource } from '../../src/catalog/file-source.ts';
import { PublishedReader } from '../../src/catalog/published-reader.ts';
import { writeCatalog } from '../../src/catalog/write-catalog.ts';
import { bodyKeyOf, crossCheck } from '../../src/build/cross-checks.ts';
import { ingestFile } from '../../src/ingest/ingest-file.ts';
import { formatProblem } from '../../src/ingest/problem.ts';
import type { Site } from '../../src/site.ts';
import { jsonFeedErrors } from './support/json-feed-schema.ts';
import { all, childText, parseXml } from './support/xml.ts';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);
const FIELDS = ['title', 'date', 'updated', 'tags', 'categories', 'summary', 'description', 'url', 'author', 'authors', 'image', 'draft', 'lang', 'id', 'slug', 'source', 'extra'];
const GOOD_BODY = 'The harbour ferry returns to service on Monday after four months of repairs, the operator said on Friday.';
const dates = { created: new Date('2024-06-01T00:00:00Z'), modified: new Date('2024-06-02T00:00:00Z'), origin: 'git' as const };

/** Any code unit sequence: lone surrogates, C0 and C1 controls, non-characters, astral characters. */
const anyUnits = fc.string({ unit: 'binary', maxLength: 40 });
/** Any Unicode text, mostly well-formed (so that many hostile files are published, not refused). */
const anyText = fc.oneof({ weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) }, anyUnits);
const nearlyValid = fc.oneof(
  { weight: 3, arbitrary: anyText },
  fc.constantFrom('2024-13-45', '2024-01-01', 'https://news.example/a?utm_source=x', 'C++', '%', '..', '🌊', '\u0085', 'a\ud800b', '---', 'null', 'true', '[', '{'),
  anyText.map((s) => `https://news.example/${s}`),
  anyText.map((s) => `2024-05-07${s}`),
);
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nearlyValid },
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(nearlyValid, { maxLength: 4 }),
  fc.record({ name: nearlyValid, url: nearlyValid }, { requiredKeys: [] }),
);
/** How a value is written: as JSON (valid YAML, escapes kept as escapes) or pasted raw. */
const line = (key: string, v: unknown, raw: boolean) => `${key}: ${raw && typeof v === 'string' ? v.replace(/[\r\n]/g, ' ') : JSON.stringify(v)}`;
/** Well-formed values for the keys that take a fixed shape, so that other keys' hostile text is published. */
const WELL_FORMED: Record<string, fc.Arbitrary<unknown>> = {
  date: fc.constantFrom('2024-05-07', '2023-01-31T10:00:00+02:00'),
  updated: fc.constantFrom('2024-06-01'),
  url: anyText.map((s) => `https://news.example/${encodeURIComponent(s.replace(/[\ud800-\udfff]/g, ''))}?utm_source=x&id=1`),
  lang: fc.constantFrom('en', 'fr', 'zh-Hant'),
  slug: fc.constantFrom('a-slug', 'another-1'),
  draft: fc.constant(false),
  image: fc.constant('https://img.example/a.jpg?fbclid=1'),
};
const field = fc.constantFrom(...FIELDS).chain((key) =>
  fc.tuple(fc.constant(key), key in WELL_FORMED ? fc.oneof({ weight: 3, arbitrary: WELL_FORMED[key]! }, value) : value, fc.boolean()),
);
const hostileFile = fc.record({
  kind: fc.constantFrom('.md', '.md', '.txt', '.html'),
  fields: fc.uniqueArray(field, { maxLength: 5, selector: ([key]) => key }).map((list) => Object.fromEntries(list.map(([k, v, raw]) => [k, [v, raw] as const]))),
  body: fc.oneof(
    anyUnits,
    fc.array(anyText, { maxLength: 6 }).map((parts) => parts.join('\n\n')),
    { weight: 2, arbitrary: fc.array(anyText, { maxLength: 6 }).map((parts) => `${GOOD_BODY.replace('harbour', 'island')} ${parts.join(' ')}\n\n${parts.join('\n')}`) },
  ),
});

type HostileFile = typeof hostileFile extends fc.Arbitrary<infer T> ? T : never;

const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const seen = { published: 0, refused: 0 };

/** Files per published catalog: publishing writes a folder, so files are checked ten at a time (under a feed page of 20). */
const BATCH = 10;

async function check({ siteUrl, hostile }: { siteUrl: string | null; hostile: HostileFile[] }): Promise<void> {
  const site: Site = { title: 'Property', description: 'd', author: 'Ed', language: 'en', url: siteUrl, icon: null, logo: null, editor: null, fullText: true };
  const files = hostile.map(({ kind, fields, body }, i) => {
    const front = Object.entries(fields).map(([k, [v, raw]]) => line(k, v, raw));
    return { path: `curated/hostile-${i}${kind}`, text: front.length ? `---\n${front.join('\n')}\n---\n\n${body}\n` : body };
  });
  files.push({ path: 'curated/good.md', text: `---\ntitle: Good\ndate: 2024-01-01\ntags: [Ferries]\n---\n\n${GOOD_BODY}\n` });
  const built = [];
  for (const file of files) {
    const outcome = ingestFile({ path: file.path, bytes: new TextEncoder().encode(file.text), dates }, site);
    const errors = outcome.problems.filter((p) => p.severity === 'error');
    for (const p of outcome.problems) expect(formatProblem(p).startsWith(`${file.path}:${p.line}: `)).toBe(true);
    if (outcome.article) {
      expect(errors).toEqual([]);
      if (file.path !== 'curated/good.md') seen.published++;
      built.push({ path: file.path, article: toCatalogArticle(outcome.article), bodyKey: bodyKeyOf(outcome.article.contentText) });
    } else if (!outcome.draft) {
      seen.refused++;
      expect(errors.length, `${file.path} refused without naming why`).toBeGreaterThan(0);
    }
  }
  const { kept } = crossCheck(built);
  expect(kept.map((b) => b.path)).toContain('curated/good.md');
  const catalog = assembleCatalog(site, kept.map((b) => b.article));
  const out = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'property-'));
  writeCatalog(out, catalog);
  const reader = new PublishedReader(fileSource(out));
  const app = createApp(() => reader);
  // A date after now schedules an article (shown from its date on), so the feeds carry the others.
  const now = new Date().toISOString();
  const shown = catalog.articles.filter((e) => e.published <= now);
  const tags = catalog.tags.filter((t) => shown.some((e) => e.tagSlugs.includes(t.slug))).slice(0, 4).map((t) => `/tags/${t.slug}`);
  for (const prefix of ['', ...tags]) {
    const rss = await app.request(`http://reader.test${prefix}/feed.xml`);
    const atom = await app.request(`http://reader.test${prefix}/atom.xml`);
    const json = await app.request(`http://reader.test${prefix}/feed.json`);
    const texts = [await rss.text(), await atom.text(), await json.text()];
    for (const t of texts) {
      expect(t).not.toMatch(/[\u0080-\u009f]/);
      expect(t).not.toMatch(LONE);
      expect(t).not.toContain('curated.invalid');
    }
    const expected = prefix ? shown.filter((e) => e.tagSlugs.some((slug) => `/tags/${slug}` === prefix)).length : shown.length;
    const channel = parseXml(texts[0]!).children.find((c) => c.name === 'channel')!;
    const items = all(channel, 'item');
    expect(items).toHaveLength(expected);
    for (const item of items) for (const name of ['title', 'link', 'guid']) expect(childText(item, name), name).toBeTruthy();
    const entries = all(parseXml(texts[1]!), 'entry');
    expect(entries).toHaveLength(expected);
    for (const entry of entries) {
      expect(childText(entry, 'id')).toMatch(/^[a-z][a-z0-9+.-]*:\S+$/i);
      expect(childText(entry, 'updated')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    }
    const doc = JSON.parse(texts[2]!) as { items: unknown[] };
    expect(jsonFeedErrors(doc)).toEqual([]);
    expect(doc.items).toHaveLength(expected);
  }
  for (const entry of catalog.articles) {
    const page = await app.request(`http://reader.test/articles/${encodeURIComponent(entry.slug)}`);
    expect(page.status).toBe(entry.published <= now ? 200 : 404);
    const html = await page.text();
    expect(html).not.toMatch(/[\u0080-\u009f]/);
    expect(html).not.toMatch(LONE);
  }
  rmSync(out, { recursive: true, force: true });
}

describe('any Unicode in any front matter field and body', () => {
  it(`${RUNS} files: each refused by name or published; every feed parses and validates`, async () => {
    const batch = fc.record({ siteUrl: fc.constantFrom<string | null>(null, 'https://reading.example'), hostile: fc.array(hostileFile, { minLength: BATCH, maxLength: BATCH }) });
    await fc.assert(fc.asyncProperty(batch, check), { numRuns: Math.ceil(RUNS / BATCH) });
    // Both halves of the property were exercised, not just one.
    expect(seen.published).toBeGreaterThan(RUNS / 10);
    expect(seen.refused).toBeGreaterThan(RUNS / 10);
    console.log(`property: ${RUNS} cases, ${seen.published} hostile files published, ${seen.refused} refused by name`);
  }, 120_000);
});
