// One curated file -> one Article (or the problems that stop it), whatever its kind.
import type { Article } from '../article.ts';
import type { Site } from '../site.ts';
import type { CollectionDefaults } from '../collections/collection.ts';
import { toIso } from './dates.ts';
import type { Extracted } from './extracted.ts';
import { applyFrontMatter } from './apply-front-matter.ts';
import { splitFrontMatter } from './front-matter.ts';
import { streamingHtmlToText } from './streaming-html-text.ts';
import { articleId, slugFromStem } from './ids.ts';
import { feedSafe, feedSafeText } from './feed-safe-text.ts';
import { extractByKind, kindOf, stemOf } from './kinds.ts';
import { ArticleError, type Problem } from './problem.ts';
import { decodeFile } from './read-text.ts';
import { sanitizeBody } from './sanitize.ts';
import { leadSummary, cutAtSentence } from './summary.ts';
import { noteToHtml } from './note.ts';
import { normaliseTags } from './tags.ts';
import { cleanUrl, withoutTrackingParams } from './urls.ts';
import { bodyImageHook, imageProblemMessage, isFileReference, type ImageResolver } from './local-images.ts';

export interface FileDates {
  /** When the file was first added (git) or, failing that, last modified. */
  created: Date;
  modified: Date;
  /** Where the dates came from: git dates are trusted, the others earn a warning when an article names no date. */
  origin: 'git' | 'mtime' | 'today';
}

export interface FileInput {
  /** The path shown in messages. */
  path: string;
  bytes: Uint8Array;
  dates: FileDates;
  /**
   * Finds the files in curated/ that the article names by a path (a Markdown body's images, a
   * relative `image:`). Without one (commands that read a file on its own), such paths are
   * addresses like any other.
   */
  images?: ImageResolver;
  /** The collection the file is in: its name and its `full_text` default. */
  collection?: CollectionDefaults | null;
}

export interface IngestOutcome {
  article: Article | null;
  draft: boolean;
  problems: Problem[];
  /** The file lines the published and updated dates were read from, for checks made after ingest. */
  dateLines?: { published: number; updated: number };
}

const UNDATED: Record<FileDates['origin'], string | null> = {
  git: null,
  mtime: "no date found: using the file's modification time until it is committed to git; add `date:` front matter to fix it",
  today: 'no date found: using today; add `date:` front matter (or --date) to fix it',
};

const MIN_BODY_WORDS = 20;

export function ingestFile(input: FileInput, site: Site): IngestOutcome {
  const problems: Problem[] = [];
  const report = (severity: Problem['severity'], message: string, line = 1) =>
    problems.push({ file: input.path, line, severity, message });
  try {
    const kind = kindOf(input.path);
    if (!kind) throw new ArticleError('is not an article file; use .md, .txt, .html or .html.gz');
    const decoded = decodeFile(input.path, input.bytes);
    decoded.warnings.forEach((w) => report('warning', w));
    const front = splitFrontMatter(decoded.text.replace(/^\uFEFF/, ''));
    const fields = applyFrontMatter(front, report);
    if (fields === null) return { article: null, draft: false, problems };
    if (fields.draft) return { article: null, draft: true, problems };

    const found: Extracted = extractByKind(kind, front.body, input.path);
    found.warnings.forEach((w) => report('warning', w, front.bodyLine));

    const url = cleanUrl(fields.url ?? found.url ?? '', null);
    const slug = fields.slug ?? slugFromStem(stemOf(input.path));
    // Relative links resolve against the original article; without one they stay relative. A
    // Markdown body's images named by a path are the editor's files in curated/, never the original's.
    const localImages = input.images && kind === 'markdown' ? bodyImageHook(input.images, front.body, front.bodyLine, report) : undefined;
    const contentHtml = feedSafeText(sanitizeBody(found.bodyHtml, url, localImages));
    const contentText = streamingHtmlToText(contentHtml);
    const words = countWords(contentText, MIN_BODY_WORDS);
    if (words === 0) throw new ArticleError('has no article body left after cleaning; paste the article text itself', front.bodyLine);
    if (words < MIN_BODY_WORDS && !/[\u3000-\u9fff\uac00-\ud7af]/.test(contentText)) {
      report('warning', `body cleaned down to ${words} words; check that the article text is in the file`, front.bodyLine);
    }

    const title = fields.title ?? found.title;
    if (!title) report('warning', `no title found: using the file name; add \`title:\` front matter`, front.bodyLine);
    const published = fields.date ?? dateOrNull(found.published) ?? null;
    const undated = UNDATED[input.dates.origin];
    if (!published && undated) report('warning', undated);
    const publishedDate = published ?? input.dates.created;
    const updatedCandidate = fields.updated ?? dateOrNull(found.updated) ?? (published ? null : input.dates.modified);
    const updatedDate = updatedCandidate && updatedCandidate > publishedDate ? updatedCandidate : publishedDate;

    const image: FoundImage | null = fields.image ? frontMatterImage(fields.image, input.images, (problem) => report('warning', imageProblemMessage(fields.image!.url!, problem), front.keyLines.get('image'))) : found.image;
    // The article's own setting, else its collection's, else the site's.
    const fullText = fields.full_text ?? input.collection?.fullText ?? site.fullText;
    // The note is the editor's own text: its relative links point into this site.
    const noteHtml = fields.note === undefined ? null : noteToHtml(fields.note, site.url ? `${site.url}/` : null);
    if (fields.note !== undefined && noteHtml === null) {
      report('warning', 'front matter `note` has nothing left after cleaning, so no note is shown; write the note as Markdown text', front.keyLines.get('note'));
    }
    if (!fullText && !url) {
      const line = front.keyLines.get('full_text') ?? 1;
      report('warning', 'summary-only article (full_text: false) without `url:`, so readers get no link to the full article; add `url: https://…`', line);
    }
    const tagsLine = front.keyLines.get(fields.tags ? 'tags' : 'categories') ?? front.bodyLine;
    const tags = normaliseTags([fields.tags ?? [], fields.categories ?? [], found.tags], (tag) =>
      report('warning', `tag "${tag}" has no letter or digit to make a page address of, so it is left out; spell it in words`, tagsLine),
    );
    const source = fields.source ?? found.source;
    const article: Article = feedSafe({
      id: articleId(site.url, slug, fields.id),
      slug,
      title: title ?? stemOf(input.path).replace(/[-_]+/g, ' ').trim(),
      summary: cutAtSentence(fields.summary ?? fields.description ?? found.summary ?? '') || leadSummary(contentText),
      tags,
      published: toIso(publishedDate),
      updated: toIso(updatedDate),
      url,
      source: source ? { name: source.name, url: source.url ? withoutTrackingParams(source.url) : null } : url?.startsWith('http') ? { name: new URL(url).hostname.replace(/^www\./, ''), url: new URL(url).origin } : null,
      authors: (fields.authors ?? (fields.author ? [fields.author] : found.authors.map((name) => ({ name })))).map((a) => ({ name: a.name })),
      image: image && (image.url || image.caption) ? { url: image.url && !image.local ? cleanUrl(image.url, url) : image.url, caption: image.caption ?? null, ...(image.length ? { length: image.length } : {}) } : null,
      collection: input.collection?.name ?? null,
      language: fields.lang ?? found.language ?? site.language,
      fullText,
      noteHtml,
      // Already made safe above: not scanned again (its place among the fields is kept).
      contentHtml: '',
      contentText,
    });
    article.contentHtml = contentHtml;
    const dateLines = {
      published: (fields.date && front.keyLines.get('date')) || front.bodyLine,
      updated: (fields.updated && front.keyLines.get('updated')) || front.bodyLine,
    };
    return { article, draft: false, problems, dateLines };
  } catch (err) {
    // Whatever goes wrong, it goes wrong for this file only.
    if (err instanceof ArticleError) report('error', err.message, err.line);
    else report('error', `could not be read (${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}); this is a bug in curate: please report it with the file`);
    return { article: null, draft: false, problems };
  }
}

type FoundImage = { url: string | null; caption: string | null; local?: boolean; length?: number };

/** A front matter `image:` that names a file in curated/ becomes its published address; null when it cannot be published. */
function frontMatterImage(image: FoundImage, resolver: ImageResolver | undefined, refuse: (problem: string) => void): FoundImage {
  if (!resolver || !image.url || !isFileReference(image.url)) return image;
  const found = resolver.resolve(image.url);
  if ('problem' in found) {
    refuse(found.problem);
    return { ...image, url: null };
  }
  return { ...image, url: found.image.address, local: true, length: found.image.bytes };
}

function dateOrNull(iso: string | null): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Words in `text`, counting no further than `max` (all a caller needs to know). */
function countWords(text: string, max: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < max; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
