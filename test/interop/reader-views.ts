// What four feed parsers that reader apps are built on, and newsboat, see in our feeds, next to what the
// catalog says, field by field. Used by the interop test and by the table script.
import { parseFeed as rowanmanningParse } from '@rowanmanning/feed-parser';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed as feedsmithParse } from 'feedsmith';
import RssParser from 'rss-parser';
import type { Catalog } from '../../src/catalog/format.ts';
import { siteLinks } from '../../src/feeds/links.ts';

export const FIELDS = ['title', 'id', 'link', 'published', 'updated', 'authors', 'tags', 'image', 'source'] as const;
export type Field = (typeof FIELDS)[number];
export const FORMATS = ['rss', 'atom', 'json'] as const;
export type Format = (typeof FORMATS)[number];
export const PARSERS = ['feedparser', 'rss-parser', '@rowanmanning/feed-parser', 'feedsmith', 'newsboat'] as const;
export type ParserName = (typeof PARSERS)[number];

/** One item as a reader shows it; undefined where the parser gives nothing for the field. */
export type ItemView = { [F in Field]?: F extends 'authors' | 'tags' ? string[] : string | null };

export interface Feeds {
  rss: string;
  atom: string;
  json: string;
}

/** Dates compared as instants, written one way. */
const instant = (value: unknown): string | undefined => {
  if (value === undefined || value === null || value === '') return undefined;
  const d = new Date(value as string | number);
  return Number.isNaN(d.getTime()) ? `unreadable: ${String(value)}` : d.toISOString().replace('.000Z', 'Z');
};

const textOf = (value: unknown): string | undefined =>
  value === undefined || value === null ? undefined : typeof value === 'object' ? textOf((value as { value?: unknown }).value) : String(value);

/** What the catalog says each item of the site feed should show. */
export function expectedItems(catalog: Catalog, base: string, limit = 20): ItemView[] {
  const links = siteLinks(base);
  return catalog.articles.slice(0, limit).map((a) => ({
    title: a.title,
    id: a.id,
    link: links.article(a.slug),
    published: instant(a.published),
    updated: instant(a.updated),
    authors: a.authors.length ? a.authors.map((x) => x.name) : [catalog.site.author],
    tags: a.tags,
    image: a.image?.url ?? null,
    // The publication's name; feeds name it only with an address (the source's or the original's).
    source: a.source && (a.source.url || a.url) ? a.source.name : null,
  }));
}

const feedparserScript = join(dirname(fileURLToPath(import.meta.url)), 'feedparser-view.py');

/** Debian's python3-feedparser (6.0.x reads RSS and Atom; JSON Feed only from 6.1, so it reads none here). */
function feedparserViews(feeds: Feeds): Record<Format, ItemView[] | null> {
  const dir = mkdtempSync(join(tmpdir(), 'feedparser-'));
  try {
    const files = FORMATS.map((f) => join(dir, `feed.${f}`));
    FORMATS.forEach((f, i) => writeFileSync(files[i]!, feeds[f]));
    const out = JSON.parse(execFileSync('/usr/bin/python3', [feedparserScript, ...files], { encoding: 'utf8' })) as {
      bozo: boolean;
      entries: Record<Field, unknown>[];
    }[];
    const views = out.map((doc) =>
      doc.bozo || !doc.entries.length
        ? null
        : doc.entries.map((e) => ({
            title: textOf(e.title),
            id: textOf(e.id),
            link: textOf(e.link),
            published: instant(e.published),
            updated: instant(e.updated),
            authors: e.authors as string[],
            tags: e.tags as string[],
            image: textOf(e.image),
            source: textOf(e.source),
          })),
    );
    return { rss: views[0]!, atom: views[1]!, json: views[2]! };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** rss-parser 3: RSS and Atom, one author (dc:creator or Atom author), no modified date. */
async function rssParserViews(feeds: Feeds): Promise<Record<Format, ItemView[] | null>> {
  const parser = new RssParser();
  const read = async (xml: string, atom: boolean) =>
    (await parser.parseString(xml)).items.map((item) => {
      const author = atom ? item.author : item.creator;
      return {
        title: textOf(item.title),
        id: textOf(atom ? item.id : item.guid),
        link: textOf(item.link),
        published: instant(item.isoDate),
        updated: undefined,
        authors: author ? [String(author)] : undefined,
        tags: item.categories?.map((c: unknown) => (typeof c === 'string' ? c : textOf((c as { _?: string })._) ?? '')),
        image: textOf(item.enclosure?.url),
        source: undefined,
      };
    });
  return { rss: await read(feeds.rss, false), atom: await read(feeds.atom, true), json: null };
}

/** @rowanmanning/feed-parser 2: RSS and Atom, normalised to one item shape. */
function rowanmanningViews(feeds: Feeds): Record<Format, ItemView[] | null> {
  const read = (xml: string) =>
    rowanmanningParse(xml).items.map((item) => ({
      title: textOf(item.title),
      id: textOf(item.id),
      link: textOf(item.url),
      published: instant(item.published),
      updated: instant(item.updated),
      authors: item.authors.map((a) => a.name ?? ''),
      tags: item.categories.map((c) => c.label ?? c.term ?? ''),
      image: textOf(item.image?.url),
      source: undefined,
    }));
  return { rss: read(feeds.rss), atom: read(feeds.atom), json: null };
}

/** feedsmith 3: RSS (with its dc/dcterms namespaces), Atom and JSON Feed, each in its own shape. */
function feedsmithViews(feeds: Feeds): Record<Format, ItemView[] | null> {
  const names = (list: unknown[] | undefined) => list?.map((a) => (typeof a === 'string' ? a : textOf((a as { name?: string }).name) ?? ''));
  const rss = (feedsmithParse(feeds.rss).feed as any).items.map((item: any) => ({
    title: textOf(item.title),
    id: textOf(item.guid),
    link: textOf(item.link),
    published: instant(item.pubDate),
    updated: instant(item.dcterms?.modified?.[0] ?? item.dcterms?.modified),
    authors: names(item.dc?.creators ?? item.authors),
    tags: item.categories?.map((c: any) => textOf(c.name) ?? ''),
    image: textOf(item.enclosures?.[0]?.url ?? item.media?.contents?.[0]?.url),
    source: textOf(item.source?.title),
  }));
  const atom = (feedsmithParse(feeds.atom).feed as any).entries.map((entry: any) => ({
    title: textOf(entry.title),
    id: textOf(entry.id),
    link: textOf((entry.links ?? []).find((l: any) => !l.rel || l.rel === 'alternate')?.href),
    published: instant(entry.published),
    updated: instant(entry.updated),
    authors: names(entry.authors),
    tags: entry.categories?.map((c: any) => textOf(c.label ?? c.term) ?? ''),
    image: textOf((entry.links ?? []).find((l: any) => l.rel === 'enclosure')?.href),
    source: textOf(entry.source?.title),
  }));
  const json = (feedsmithParse(JSON.parse(feeds.json)).feed as any).items.map((item: any) => ({
    title: textOf(item.title),
    id: textOf(item.id),
    link: textOf(item.url),
    published: instant(item.date_published),
    updated: instant(item.date_modified),
    authors: names(item.authors),
    tags: item.tags,
    image: textOf(item.image),
    source: undefined,
  }));
  return { rss, atom, json };
}

/**
 * Debian's newsboat, a reader rather than a library: it fetches each feed from a file:// address
 * and keeps what it shows in SQLite (title, one author string, link, guid, date, enclosure).
 */
function newsboatViews(feeds: Feeds): Record<Format, ItemView[] | null> {
  const dir = mkdtempSync(join(tmpdir(), 'newsboat-'));
  try {
    const read = (format: 'rss' | 'atom') => {
      const feed = join(dir, `feed.${format}.xml`);
      const db = join(dir, `${format}.db`);
      writeFileSync(feed, feeds[format]);
      writeFileSync(join(dir, `${format}.urls`), `file://${feed}\n`);
      writeFileSync(join(dir, 'config'), '');
      execFileSync('newsboat', ['-u', join(dir, `${format}.urls`), '-c', db, '-C', join(dir, 'config'), '-x', 'reload'], { stdio: 'ignore' });
      const rows = JSON.parse(
        execFileSync('sqlite3', ['-json', db, 'select title, author, url, guid, pubDate, enclosure_url from rss_item order by id desc'], { encoding: 'utf8' }) || '[]',
      ) as { title: string; author: string; url: string; guid: string; pubDate: number; enclosure_url: string | null }[];
      // newsboat stores the items oldest first.
      return rows.map((r) => ({
        title: r.title,
        id: r.guid,
        link: r.url,
        published: instant(r.pubDate * 1000),
        updated: undefined,
        authors: r.author ? r.author.split(', ') : [],
        tags: undefined,
        image: r.enclosure_url || undefined,
        source: undefined,
      }));
    };
    return { rss: read('rss'), atom: read('atom'), json: null };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function readerViews(feeds: Feeds): Promise<Record<ParserName, Record<Format, ItemView[] | null>>> {
  return {
    feedparser: feedparserViews(feeds),
    'rss-parser': await rssParserViews(feeds),
    '@rowanmanning/feed-parser': rowanmanningViews(feeds),
    feedsmith: feedsmithViews(feeds),
    newsboat: newsboatViews(feeds),
  };
}

export type Verdict = 'agree' | 'differ' | 'not read';

export interface Cell {
  parser: ParserName;
  format: Format;
  field: Field;
  verdict: Verdict;
  /** The first difference, as "expected → seen" for one item. */
  detail: string;
}

/** Every parser × format × field: agree when every item shows what the catalog says. */
export function compareViews(expected: ItemView[], views: Record<ParserName, Record<Format, ItemView[] | null>>): Cell[] {
  const cells: Cell[] = [];
  for (const parser of PARSERS)
    for (const format of FORMATS)
      for (const field of FIELDS) {
        const seen = views[parser][format];
        if (!seen || seen.every((item) => item[field] === undefined)) {
          cells.push({ parser, format, field, verdict: 'not read', detail: seen ? `no ${field} in any item` : `does not read ${format}` });
          continue;
        }
        let detail = seen.length === expected.length ? '' : `${seen.length} items, not ${expected.length}`;
        for (let i = 0; i < expected.length && !detail; i++) {
          const want = JSON.stringify(expected[i]![field] ?? null);
          const got = JSON.stringify(seen[i]?.[field] ?? (field === 'authors' || field === 'tags' ? [] : null));
          if (want !== got) detail = `${want} → ${got}`;
        }
        cells.push({ parser, format, field, verdict: detail ? 'differ' : 'agree', detail });
      }
  return cells;
}

/** The cells as a Markdown table: a row per parser and format, a column per field. */
export function verdictTable(cells: readonly Cell[]): string {
  const rows = [`| parser | format | ${FIELDS.join(' | ')} |`, `| --- | --- | ${FIELDS.map(() => '---').join(' | ')} |`];
  for (const parser of PARSERS)
    for (const format of FORMATS) {
      const mine = FIELDS.map((field) => cells.find((c) => c.parser === parser && c.format === format && c.field === field)!.verdict);
      rows.push(`| ${parser} | ${format} | ${mine.join(' | ')} |`);
    }
  return rows.join('\n');
}
