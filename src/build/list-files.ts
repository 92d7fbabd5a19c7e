// The article files of a curated folder, in a stable order, following symlinks once.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { slugFromStem } from '../ingest/ids.ts';
import { kindOf, stemOf } from '../ingest/kinds.ts';
import type { Problem } from '../ingest/problem.ts';
import { SITE_FILE } from '../ingest/site-config.ts';
import { isImageFileName } from './image-names.ts';
import { COLLECTION_FILE } from '../collections/collection.ts';

export interface Listing {
  files: string[];
  problems: Problem[];
  /** Paths never read as articles by their name: hidden (`.x`), `_notes`-style and README files. */
  skipped: string[];
  /** Image files: published only when an article names them. */
  images: string[];
  /** The top-level sub-folders read: each is a collection (src/collections/). */
  collectionFolders: string[];
}

/** Names that are never articles: hidden files, `_notes`-style files and READMEs. */
function isIgnored(name: string): boolean {
  return name.startsWith('.') || name.startsWith('_') || /^readme(\.(md|txt))?$/i.test(name);
}

/** A path as messages show it: relative to the working directory. */
export function shownPath(path: string): string {
  const cwd = process.cwd();
  // The common cases without path.relative(), which is slow enough to matter over 10,000 files:
  // a path under the working directory, and the next file of the folder shown last.
  const plain = !path.includes(`${sep}.`) && !path.endsWith(sep);
  if (plain && path.startsWith(cwd) && path[cwd.length] === sep) return path.slice(cwd.length + 1);
  const dir = dirname(path);
  if (!plain || dir === path || cwd === path || cwd.startsWith(`${path}${sep}`)) return relative(cwd, path) || path;
  if (dir !== shownDir.dir || cwd !== shownDir.cwd) Object.assign(shownDir, { dir, cwd, shown: relative(cwd, dir) });
  return shownDir.shown ? `${shownDir.shown}${sep}${path.slice(dir.length + 1)}` : path.slice(dir.length + 1);
}

const shownDir = { dir: '', cwd: '', shown: '' };

/** A warning for names that make awkward addresses and shell commands; the article is still read. */
function nameProblem(name: string, path: string): Problem | null {
  if (!/[^\x21-\x7e]/.test(name)) return null;
  const suggested = `${slugFromStem(stemOf(name))}${name.slice(stemOf(name).length).toLowerCase()}`;
  const what = /\s/.test(name) ? 'spaces' : 'non-ASCII characters';
  return { file: shownPath(path), line: 1, severity: 'warning', message: `its name has ${what}; its page is /articles/${slugFromStem(stemOf(name))}; rename it to ${suggested} to be safe` };
}

export function listArticleFiles(root: string): Listing {
  const files: string[] = [];
  const problems: Problem[] = [];
  const skipped: string[] = [];
  const images: string[] = [];
  const collectionFolders: string[] = [];
  const seenDirs = new Set<string>();
  const walk = (dir: string, depth: number) => {
    const real = realpathSync(dir);
    if (seenDirs.has(real)) {
      problems.push({ file: shownPath(dir), line: 1, severity: 'warning', message: 'is a link back to a folder already read (a symlink loop); skipped' });
      return;
    }
    seenDirs.add(real);
    if (depth === 1) collectionFolders.push(dir);
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const name = entry.name;
      const path = join(dir, name);
      if (dir === root && name === SITE_FILE) continue;
      if (name === COLLECTION_FILE && depth === 1) continue;
      if (name === COLLECTION_FILE) {
        const where = depth === 0 ? 'the top of the curated folder' : 'a folder inside a collection';
        problems.push({ file: shownPath(path), line: 1, severity: 'warning', message: `is in ${where}, where it is not read; a collection's collection.yaml goes in its folder right under curated/ (curated/NAME/${COLLECTION_FILE})` });
        continue;
      }
      if (isIgnored(name)) {
        skipped.push(shownPath(path) + (entry.isDirectory() ? '/' : ''));
        continue;
      }
      // Only links (and entries the file system does not type) need a stat to tell a folder from a file.
      let stat: { isDirectory(): boolean } = entry;
      try {
        if (!entry.isFile() && !entry.isDirectory()) stat = statSync(path);
      } catch (err) {
        const code = (err as { code?: string }).code;
        const why = code === 'ELOOP' ? 'is a symlink loop' : code === 'ENOENT' ? 'is a broken link' : `cannot be read (${code})`;
        problems.push({ file: shownPath(path), line: 1, severity: 'error', message: `${why}; remove it or point it at an article` });
        continue;
      }
      if (stat.isDirectory()) {
        if (kindOf(name)) {
          problems.push({ file: shownPath(path), line: 1, severity: 'warning', message: 'is a folder named like an article file; its articles are read, but rename it to avoid confusion' });
        }
        walk(path, depth + 1);
      } else if (kindOf(name)) {
        const naming = nameProblem(name, path);
        if (naming) problems.push(naming);
        files.push(path);
      } else if (isImageFileName(name)) images.push(path);
      else problems.push({ file: shownPath(path), line: 1, severity: 'warning', message: 'is not an article file (.md, .txt, .html, .html.gz); skipped' });
    }
  };
  walk(root, 0);
  return { files, problems, skipped, images, collectionFolders };
}
