// The image files an article names by a path, found in curated/ and checked before anything is
// published: inside the folder (no `..` past its root, no absolute path, no symlink out of it),
// a real image by its bytes (whatever its name says), within the size one static asset may have.
// Every file looked at is remembered, so the build cache sees when one changes, appears or goes.
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { imageSize } from 'image-size';
import { imageAddress, imageFileName, type ImageExtension, type ImageSource } from '../catalog/images.ts';
import type { ImageLookup, ImageResolver } from '../ingest/local-images.ts';
import type { Problem } from '../ingest/problem.ts';
import { contentHash } from './build-cache.ts';
import { shownPath } from './list-files.ts';
import { readStable } from './read-stable.ts';

/** Workers Static Assets take files of up to 25 MiB (scripts/check-worker.ts checks the same). */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

/** A file an outcome depends on, as it was when read: `real` null when it did not exist. */
export interface ImageDependency {
  path: string;
  real: string | null;
  size: number;
  mtimeMs: number;
  /** sha256 of its bytes, when they were read. */
  hash: string | null;
}

/** image-size's names for the formats published, and a word for those refused. */
const PUBLISHED: Record<string, ImageExtension> = { png: 'png', jpg: 'jpg', gif: 'gif', webp: 'webp', avif: 'avif' };
const FIX = 'export it as PNG, JPEG or WebP';

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/** Where a path is, without reading it; `real` null when nothing is there. */
function probe(path: string): Omit<ImageDependency, 'hash' | 'path'> {
  try {
    const real = realpathSync(path);
    const { size, mtimeMs } = statSync(real);
    return { real, size, mtimeMs };
  } catch {
    return { real: null, size: -1, mtimeMs: 0 };
  }
}

/** Whether `path` is `root` or under it. */
const inside = (root: string, path: string) => {
  const rel = relative(root, path);
  return !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
};

/** Where a path is now: one lstat for a plain file that was one before, the whole probe otherwise. */
function probeAgain(dep: ImageDependency): Omit<ImageDependency, 'hash' | 'path'> {
  if (dep.real !== dep.path) return probe(dep.path);
  try {
    const found = lstatSync(dep.path);
    return found.isFile() ? { real: dep.path, size: found.size, mtimeMs: found.mtimeMs } : probe(dep.path);
  } catch {
    return { real: null, size: -1, mtimeMs: 0 };
  }
}

/** Whether every file an outcome was made from is still as it was then. */
export function dependenciesUnchanged(dependencies: readonly ImageDependency[]): boolean {
  for (const dep of dependencies) {
    const now = probeAgain(dep);
    if (now.real !== dep.real || now.size !== dep.size) return false;
    if (now.mtimeMs === dep.mtimeMs || now.real === null) continue;
    if (dep.hash === null) return false;
    const read = readStable(now.real);
    if (!('bytes' in read) || contentHash(read.bytes) !== dep.hash) return false;
  }
  return true;
}

/** A warning for each image file of the folder that nothing published shows (drafts, summary-only bodies and files with errors publish none). */
export function unusedImages(files: readonly string[], published: ReadonlyMap<string, ImageSource>): Problem[] {
  const used = new Set([...published.values()].map((image) => image.source));
  const problems: Problem[] = [];
  for (const file of files) {
    // Published sources are real paths: a file that is not a link is found as it is listed.
    if (used.has(file)) continue;
    let real = file;
    try {
      real = realpathSync(file);
    } catch {
      // a broken link: named below like any unused file
    }
    if (used.has(real)) continue;
    problems.push({ file: shownPath(file), line: 1, severity: 'warning', message: "is an image nothing published shows, so it is not published; name it in a published article's body (![What it shows](images/name.jpg)) or `image:`, or remove it" });
  }
  return problems;
}

/** Resolves the image paths of one article file; keeps what it published and every file it looked at. */
export class ImageFiles implements ImageResolver {
  readonly dependencies: ImageDependency[] = [];
  readonly published = new Map<string, ImageSource>();
  private readonly found = new Map<string, ImageLookup>();
  private readonly root: string;
  private realRoot: string | null = null;

  constructor(
    root: string,
    private readonly articlePath: string,
  ) {
    this.root = resolve(root);
  }

  resolve(reference: string): ImageLookup {
    let found = this.found.get(reference);
    if (!found) this.found.set(reference, (found = this.lookup(reference)));
    return found;
  }

  private lookup(reference: string): ImageLookup {
    const written = reference.trim();
    if (/^file:/i.test(written)) return { problem: 'is a file: address; write the path of the image relative to the article file, e.g. images/ferry.jpg' };
    let path: string;
    try {
      // A file name has no query or fragment; what the Markdown encoded (spaces, accents) is decoded.
      path = decodeURIComponent(written.replace(/[?#].*$/s, ''));
    } catch {
      return { problem: 'is not a valid path (a % not followed by two hex digits); write the file name as it is' };
    }
    if (!path || path.includes('\0')) return { problem: 'is not a path to a file; write e.g. images/ferry.jpg' };
    if (path.includes('\\')) return { problem: 'has backslashes; write the path with forward slashes, e.g. images/ferry.jpg' };
    if (path.startsWith('/') || /^[a-z]:/i.test(path)) {
      return { problem: 'is an absolute path; write the path of the image relative to the article file, e.g. images/ferry.jpg' };
    }
    const target = resolve(dirname(resolve(this.articlePath)), path);
    if (!inside(this.root, target)) {
      return { problem: `points outside the curated folder ${shownPath(this.root)}; put the image inside it (e.g. in ${shownPath(this.root)}/images/) and write its path relative to the article` };
    }
    const where = probe(target);
    const dependency: ImageDependency = { path: target, ...where, hash: null };
    this.dependencies.push(dependency);
    if (where.real === null) return { problem: `was not found (looked for ${shownPath(target)}); check the file's name, its case and its folder` };
    this.realRoot ??= realpathSync(this.root);
    if (!inside(this.realRoot, where.real)) {
      // Never read: a link out of the folder would publish whatever it points at.
      return { problem: `is a symlink to ${shownPath(where.real)}, outside the curated folder; copy the file into the folder instead of linking it` };
    }
    if (!statSync(where.real).isFile()) return { problem: `is a folder (${shownPath(target)}), not an image file` };
    if (where.size > MAX_IMAGE_BYTES) {
      return { problem: `is ${mib(where.size)}, over the ${mib(MAX_IMAGE_BYTES)} a published file may have on Workers; make it smaller (${FIX} at most 2,000 pixels wide)` };
    }
    const read = readStable(where.real);
    if (!('bytes' in read)) return { problem: read.error };
    dependency.hash = contentHash(read.bytes);
    Object.assign(dependency, read.fingerprint);
    let size: ReturnType<typeof imageSize>;
    try {
      size = imageSize(read.bytes);
    } catch {
      return { problem: `is not an image: its bytes are not PNG, JPEG, GIF, WebP or AVIF, whatever its name says (${shownPath(target)}); ${FIX}` };
    }
    const ext = PUBLISHED[size.type ?? ''];
    if (!ext) {
      const why = size.type === 'svg' ? 'an SVG, which is not published because it can carry scripts' : `a ${String(size.type).toUpperCase()} image, which browsers and feed readers do not all show`;
      return { problem: `is ${why}; ${FIX}` };
    }
    const name = imageFileName(dependency.hash, ext);
    this.published.set(name, { name, source: where.real, hash: dependency.hash, bytes: read.bytes.length });
    // EXIF orientations 5 to 8 turn the picture a quarter: it is shown with width and height swapped.
    const turned = (size.orientation ?? 1) >= 5;
    const [width, height] = turned ? [size.height, size.width] : [size.width, size.height];
    return { image: { address: imageAddress(name), bytes: read.bytes.length, width, height } };
  }
}
