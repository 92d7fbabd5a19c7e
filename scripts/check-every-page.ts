// `npm run check:every-page -- BASE [CATALOG_DIR]`: runs ../shared/tools/check-feeds.sh on every
// page of every paged feed a running server at BASE serves (the site's, each tag's and each
// collection's, following Atom `rel="next"` from the head to the oldest page), and on a `?limit=`
// selection of each. With FEEDVALIDATOR set, check-feeds.sh adds the W3C validator, which is what
// catches a self link that differs from the address fetched or a paging link of the wrong type.
// It also checks that RSS, Atom and JSON Feed name the same next page. Prints a table; exits 1 on
// any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CHECKER = resolve(ROOT, '..', 'shared', 'tools', 'check-feeds.sh');
const [base, catalogArg] = process.argv.slice(2);
if (!base) {
  console.error('usage: npm run check:every-page -- BASE [CATALOG_DIR]   (BASE: e.g. http://127.0.0.1:8787)');
  process.exit(2);
}
if (!existsSync(CHECKER)) {
  console.error(`${CHECKER} not found: this check needs the shared tools folder beside the checkout`);
  process.exit(2);
}

interface Listing {
  name: string;
  /** The folder the three feeds sit in: '/', '/tags/x/', '/collections/x/'. */
  prefix: string;
}

/** The site, every tag and every collection the published catalog lists. */
function listings(catalogDir: string): Listing[] {
  const catalog = JSON.parse(readFileSync(join(catalogDir, 'catalog.json'), 'utf8')) as {
    tags?: { slug: string }[];
    collections?: { slug?: string; name?: string }[];
  };
  // The tags of the view as of the build: a scheduled article's tags are not served before its date.
  const published = JSON.parse(readFileSync(join(catalogDir, 'index', 'head.json'), 'utf8')) as { tags?: { slug: string }[] };
  // Addresses as a reader sends them: a tag named 北京 is asked for as /tags/%E5%8C%97%E4%BA%AC/.
  const found: Listing[] = [{ name: 'site', prefix: '/' }];
  for (const tag of published.tags ?? catalog.tags ?? []) found.push({ name: `tag ${tag.slug}`, prefix: `/tags/${encodeURIComponent(tag.slug)}/` });
  for (const c of catalog.collections ?? []) {
    const slug = c.slug ?? c.name;
    if (slug) found.push({ name: `collection ${slug}`, prefix: `/collections/${encodeURIComponent(slug)}/` });
  }
  return found;
}

async function text(path: string): Promise<string> {
  // One retry: a kept-alive socket the server has just closed fails the first attempt.
  const response = await fetch(new URL(path, base)).catch(() => fetch(new URL(path, base)));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}

/** The query (`?page=N`) of a next link, so it can be asked of each format. */
function nextQuery(href: string | undefined): string | null {
  if (!href) return null;
  return new URL(href, base).search || null;
}

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
function xmlNext(xml: string, element: 'link' | 'atom:link'): string | undefined {
  for (const match of xml.matchAll(new RegExp(`<${element}\\b[^>]*>`, 'g'))) {
    if (attribute(match[0], 'rel') === 'next') return attribute(match[0], 'href')?.replaceAll('&amp;', '&');
  }
  return undefined;
}

interface Row {
  listing: string;
  document: string;
  result: string;
}

function checkFeeds(prefix: string, query: string): { ok: boolean; output: string } {
  const run = spawnSync('bash', [CHECKER, base!, `${prefix}feed.xml${query}`, `${prefix}atom.xml${query}`, `${prefix}feed.json${query}`], {
    encoding: 'utf8',
    env: process.env,
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

const rows: Row[] = [];
let failures = 0;
for (const listing of listings(resolve(catalogArg ?? process.env.CATALOG_DIR ?? join(ROOT, '.catalog')))) {
  const queries: string[] = [''];
  // Follow the archive from the head to the oldest page, each format's next link compared.
  for (let query = '', seen = new Set<string>(); ; ) {
    const [rss, atom, json] = await Promise.all(['feed.xml', 'atom.xml', 'feed.json'].map((f) => text(`${listing.prefix}${f}${query}`)));
    const next = {
      rss: nextQuery(xmlNext(rss!, 'atom:link')),
      atom: nextQuery(xmlNext(atom!, 'link')),
      json: nextQuery((JSON.parse(json!) as { next_url?: string }).next_url),
    };
    if (next.rss !== next.atom || next.json !== next.atom) {
      failures++;
      rows.push({ listing: listing.name, document: query || '(head)', result: `FAIL next links differ: ${JSON.stringify(next)}` });
    }
    if (!next.atom || seen.has(next.atom)) break;
    seen.add(next.atom);
    queries.push(next.atom);
    query = next.atom;
  }
  queries.push('?limit=37');
  for (const query of queries) {
    const { ok, output } = checkFeeds(listing.prefix, query);
    if (!ok) failures++;
    const summary = output.trim().split('\n').at(-1) ?? '';
    rows.push({ listing: listing.name, document: query || '(head)', result: ok ? summary : `FAIL ${output.split('\n').filter((l) => /FAIL|line \d|error|warning/i.test(l)).slice(0, 6).join(' | ')}` });
  }
}

const w3c = process.env.FEEDVALIDATOR ? 'with the W3C validator' : 'without the W3C validator (set FEEDVALIDATOR to add it)';
console.log(`check-feeds.sh on every page of every listing at ${base}, ${w3c}\n`);
console.log('| listing | document | result |\n| --- | --- | --- |');
for (const row of rows) console.log(`| ${row.listing} | ${row.document} | ${row.result.replaceAll('|', '\\|')} |`);
const documents = rows.length;
console.log(`\n${documents - failures} of ${documents} checked, ${failures} failed`);
process.exit(failures ? 1 : 0);
