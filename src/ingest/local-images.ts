// Images an article names by a path in curated/ (`![Ferry](images/ferry.jpg)`, `image: ../shared.png`):
// what ingest asks of the build, which knows the folder, and how a refusal is reported. Whatever
// is wrong with one image, the article is built without it, with a warning at its line.

export interface LocalImage {
  /** The site-relative address it is published at (`/images/<hash>.png`). */
  address: string;
  bytes: number;
  width: number;
  height: number;
}

export type ImageLookup = { image: LocalImage } | { problem: string };

/** Finds the file a reference names, relative to the article's own file. */
export interface ImageResolver {
  resolve(reference: string): ImageLookup;
}

/** An address with a scheme (`https:`, `data:`, `file:`…). */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Whether `src` names a file rather than an address elsewhere: no scheme, not `//host/…`, not a
 * fragment. `file:` addresses are files too, so that they are refused by name rather than dropped.
 */
export function isFileReference(src: string): boolean {
  const s = src.trim();
  if (!s || s.startsWith('#') || s.startsWith('//')) return false;
  return !HAS_SCHEME.test(s) || /^file:/i.test(s);
}

/** The line of `text` (numbered from `firstLine`) where `reference` is written, as given or decoded. */
function lineOf(text: string, reference: string, firstLine: number): number {
  let decoded = reference;
  try {
    decoded = decodeURI(reference);
  } catch {
    // keep it as written
  }
  // As an image is written first (so `![a](.)` is not found at the first full stop), then anywhere.
  const written = [reference, decoded].flatMap((r) => [`](${r}`, `](<${r}`, `src="${r}`, `src='${r}`, `src=${r}`, `]: ${r}`]);
  for (const needle of [...written, reference, decoded]) {
    const at = text.indexOf(needle);
    if (at >= 0) return firstLine + countNewlines(text, at);
  }
  return firstLine;
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export type Report = (severity: 'warning', message: string, line: number) => void;

const shown = (reference: string) => JSON.stringify(reference.length > 120 ? `${reference.slice(0, 117)}…` : reference);

/** The warning for one image left out. */
export function imageProblemMessage(reference: string, problem: string): string {
  return `image ${shown(reference)} ${problem}; the article is built without it`;
}

/**
 * The hook the sanitiser calls for each `<img src>` of a Markdown body: the published image (with
 * its size, for the page's layout), or null to leave the image out after a warning at its line.
 */
export function bodyImageHook(resolver: ImageResolver, body: string, bodyLine: number, report: Report) {
  const reported = new Set<string>();
  return (src: string): LocalImage | null | undefined => {
    if (!isFileReference(src)) return undefined;
    const found = resolver.resolve(src);
    if ('image' in found) return found.image;
    if (!reported.has(src)) report('warning', imageProblemMessage(src, found.problem), lineOf(body, src, bodyLine));
    reported.add(src);
    return null;
  };
}
