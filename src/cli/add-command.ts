// `curate add SOURCE|-`: copies an article into the curated folder under a name made from its
// title, then shows what the build reads from it so the editor can fix it on the spot.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseDate } from '../ingest/dates.ts';
import { ImageFiles } from '../build/image-files.ts';
import { ingestFile, type IngestOutcome } from '../ingest/ingest-file.ts';
import { kindOf, stemOf } from '../ingest/kinds.ts';
import { ArticleError } from '../ingest/problem.ts';
import { loadSite } from '../ingest/site-config.ts';
import { curatedDir } from '../paths.ts';
import { folderArticles } from './add-duplicates.ts';
import { collectionName } from '../collections/collection.ts';
import { readCollection } from '../collections/collection-config.ts';
import { freeFileName, slugForTitle } from './add-file-name.ts';
import { setFrontMatter, yamlList, yamlString } from './add-front-matter.ts';
import { countErrors, printProblems } from './report.ts';
import { describe } from './show-command.ts';

export interface AddOptions {
  /** A file path, or `-` for standard input. */
  source: string;
  title?: string;
  tags?: string;
  url?: string;
  date?: string;
  /** The editor's note, Markdown (`note:`). */
  note?: string;
  /** Writes `full_text: false`: feeds and the page carry the summary, the note and a link, never the body. */
  summaryOnly?: boolean;
  /** The collection to add it to: the file goes in curated/<collection>/, made when missing. */
  collection?: string;
  /** The curated folder; CURATED_DIR or curated/ by default. */
  dir?: string;
  /** Where the build cache lives (null: none); defaults to the build's. */
  cacheDir?: string | null;
  /** What standard input holds (tests pass it directly). */
  stdin?: () => Buffer;
  now?: Date;
}

export interface AddResult {
  status: number;
  /** The file written, when one was. */
  path: string | null;
}

export function runAdd(options: AddOptions): AddResult {
  const fail = (message: string): AddResult => {
    console.error(`${message}; nothing was added`);
    return { status: 1, path: null };
  };
  const fromStdin = options.source === '-';
  let bytes: Buffer;
  try {
    bytes = fromStdin ? (options.stdin ?? (() => readFileSync(0)))() : readFileSync(options.source);
  } catch (err) {
    return fail(`${options.source}: cannot be read (${(err as { code?: string }).code ?? (err as Error).message})`);
  }
  if (bytes.length === 0 || !bytes.toString('utf8').trim()) return fail(`${fromStdin ? 'standard input' : options.source}: is empty`);

  const set = frontMatterFlags(options);
  if (typeof set === 'string') return fail(set);
  let extension = fromStdin ? extensionOfPaste(bytes) : extensionOfFile(options.source);
  if (!extension) return fail(`${options.source}: is not an article file; use .md, .txt, .html or .html.gz`);
  try {
    if (set.length && extension === '.html.gz') {
      bytes = gunzipSync(bytes);
      extension = '.html';
    }
    if (set.length) bytes = Buffer.from(setFrontMatter(bytes.toString('utf8'), set));
  } catch (err) {
    if (err instanceof ArticleError) return fail(`${options.source}:${err.line}: ${err.message}`);
    return fail(`${options.source}: cannot be unpacked (${(err as Error).message})`);
  }

  const dir = options.dir ?? curatedDir();
  const site = loadSite(dir);
  if (options.collection !== undefined && collectionName(options.collection) !== options.collection) {
    const suggested = collectionName(options.collection);
    return fail(`--collection "${options.collection}" is not a collection name${suggested ? `; write it as ${suggested}` : ': use letters, digits and hyphens, e.g. climate'}`);
  }
  // The collection's folder, and its settings (its full_text default) when it exists already.
  const folder = options.collection === undefined ? dir : join(dir, options.collection);
  const collection = options.collection === undefined ? null : readCollection(folder, options.collection).collection;
  const now = new Date(Math.floor((options.now ?? new Date()).getTime() / 1000) * 1000);
  const read = (name: string): IngestOutcome =>
    // Images are looked for where the article will be: a picture left behind is a warning now, not at the next build.
    ingestFile({ path: relative(process.cwd(), join(folder, name)) || name, bytes, dates: { created: now, modified: now, origin: 'today' }, images: new ImageFiles(dir, join(folder, name)), collection }, site);
  const sourceStem = fromStdin ? 'article' : stemOf(basename(options.source));
  const first = read(`${sourceStem}${extension}`);
  if (!first.article) {
    printProblems(first.problems);
    return fail(first.draft ? 'it is a draft (draft: true)' : 'the build could not read an article from it');
  }
  const known = existsSync(dir) ? folderArticles(dir, options.cacheDir) : null;
  const existing = known?.fileHoldingBody(first.article.contentText);
  if (existing) return fail(`${existing} already holds this article (the same text); edit that file instead`);
  mkdirSync(folder, { recursive: true });
  const slug = slugForTitle(first.article.title) || sourceStem;
  const name = freeFileName(folder, slug, extension, known?.slugs);
  const path = join(folder, name);
  const outcome = read(name);
  writeFileSync(path, bytes, { flag: 'wx' });
  const shown = relative(process.cwd(), path) || path;
  console.log(`added ${shown}${name === `${slug}${extension}` ? '' : ` (${slug}${extension} was taken)`}`);
  if (outcome.article) console.log(describe(outcome.article, collection));
  printProblems(outcome.problems);
  if (countErrors(outcome.problems)) console.error(`fix the errors above in ${shown}, then run: curate check`);
  return { status: countErrors(outcome.problems) ? 1 : 0, path };
}

/** The `key: value` lines the flags ask for, or what is wrong with a flag. */
function frontMatterFlags(options: AddOptions): Array<[string, string]> | string {
  const set: Array<[string, string]> = [];
  if (options.title !== undefined) {
    if (!options.title.trim()) return '--title is empty';
    set.push(['title', yamlString(options.title.trim())]);
  }
  if (options.date !== undefined) {
    if (!parseDate(options.date)) return `--date "${options.date}" is not a date I can read; write it as 2024-05-07 or 2024-05-07T09:30:00+02:00`;
    set.push(['date', yamlString(options.date.trim())]);
  }
  if (options.url !== undefined) {
    if (!/^https?:\/\/[^\s/]+/i.test(options.url.trim())) return `--url "${options.url}" is not an absolute http(s) address`;
    set.push(['url', yamlString(options.url.trim())]);
  }
  if (options.tags !== undefined) {
    const tags = options.tags.split(',').map((t) => t.trim()).filter(Boolean);
    if (!tags.length) return '--tags is empty; write --tags "one, two"';
    set.push(['tags', yamlList(tags)]);
  }
  if (options.note !== undefined) {
    if (!options.note.trim()) return '--note is empty; write --note "Why this matters"';
    set.push(['note', yamlString(options.note.trim())]);
  }
  if (options.summaryOnly) set.push(['full_text', 'false']);
  return set;
}

function extensionOfFile(source: string): string | null {
  const name = basename(source);
  if (!kindOf(name)) return null;
  return name.slice(stemOf(name).length).toLowerCase();
}

/** A paste of HTML is a saved page, one with front matter is Markdown, anything else a clipping. */
function extensionOfPaste(bytes: Buffer): string {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (/^</.test(text)) return '.html';
  if (/^---[ \t]*\r?\n/.test(text)) return '.md';
  return '.txt';
}
