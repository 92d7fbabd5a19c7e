// `curate show FILE [--json]`: what the build reads from one file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ImageFiles } from '../build/image-files.ts';
import type { Article } from '../article.ts';
import { mtimeDates } from '../build/file-dates.ts';
import { formatAppears } from '../catalog/schedule.ts';
import { toIso } from '../ingest/dates.ts';
import { ingestFile } from '../ingest/ingest-file.ts';
import { streamingHtmlToText } from '../ingest/streaming-html-text.ts';
import { loadSite } from '../ingest/site-config.ts';
import type { Collection } from '../collections/collection.ts';
import { collectionOfFile, curatedRootOf } from '../collections/file-collection.ts';
import { countErrors, printProblems } from './report.ts';

export function runShow(file: string, json: boolean): number {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    console.error(`${file}: cannot be read (${(err as Error).message})`);
    return 1;
  }
  // Images the article names are looked for as the build does: inside its curated folder (or the file's own, outside one).
  const root = curatedRootOf(file);
  const collection = collectionOfFile(root, file);
  const images = new ImageFiles(root, resolve(file));
  const outcome = ingestFile({ path: file, bytes, dates: mtimeDates(file), images, collection }, loadSite(root));
  printProblems(outcome.problems);
  if (outcome.draft) console.error(`${file}: is a draft (draft: true); the build leaves it out`);
  if (!outcome.article) return outcome.draft ? 0 : 1;
  console.log(json ? JSON.stringify(outcome.article, null, 2) : describe(outcome.article, collection));
  return countErrors(outcome.problems) ? 1 : 0;
}

export function describe(a: Article, collection: Pick<Collection, 'name' | 'title'> | null = null, now = new Date()): string {
  const words = a.contentText.split(/\s+/).filter(Boolean).length;
  return [
    `title:     ${a.title}`,
    `slug:      ${a.slug}`,
    `published: ${a.published}${a.updated !== a.published ? `  (updated ${a.updated})` : ''}`,
    `tags:      ${a.tags.join(', ') || '(none)'}`,
    `source:    ${a.source ? `${a.source.name}${a.source.url ? ` <${a.source.url}>` : ''}` : '(none)'}`,
    `authors:   ${a.authors.map((x) => x.name).join(', ') || '(none)'}`,
    `summary:   ${a.summary}`,
    `body:      ${words} words, ${a.contentText.split(/\n\n/).length} paragraphs`,
    `full text: ${a.fullText ? 'yes (feeds and the page carry the body)' : 'no, summary only (feeds and the page carry the summary, the note and a link to the original)'}`,
    `collection: ${collection ? `${collection.name} (${collection.title}; /collections/${collection.name})` : '(none: at the top of the curated folder)'}`,
    `note:      ${a.noteHtml ? streamingHtmlToText(a.noteHtml).replace(/\s+/g, ' ').trim() : '(none)'}`,
    ...(a.published > toIso(now) ? [`appears:   ${formatAppears(a.published)} (scheduled: in no feed, page or sitemap before then)`] : []),
  ].join('\n');
}
