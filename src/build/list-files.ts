// The article files of a curated folder, in a stable order, following symlinks once.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { kindOf } from '../ingest/kinds.ts';
import type { Problem } from '../ingest/problem.ts';
import { SITE_FILE } from '../ingest/site-config.ts';

export interface Listing {
  files: string[];
  problems: Problem[];
}

/** Names skipped without a word: hidden files, `_notes`-style files and the site settings. */
function isIgnored(name: string): boolean {
  return name.startsWith('.') || name.startsWith('_') || name === SITE_FILE || /^readme(\.md)?$/i.test(name);
}

export function listArticleFiles(root: string): Listing {
  const files: string[] = [];
  const problems: Problem[] = [];
  const seenDirs = new Set<string>();
  const walk = (dir: string) => {
    const real = realpathSync(dir);
    if (seenDirs.has(real)) {
      problems.push({ file: dir, line: 1, severity: 'warning', message: 'is a link back to a folder already read (a symlink loop); skipped' });
      return;
    }
    seenDirs.add(real);
    for (const name of readdirSync(dir).sort()) {
      if (isIgnored(name)) continue;
      const path = join(dir, name);
      let stat;
      try {
        stat = statSync(path);
      } catch (err) {
        const code = (err as { code?: string }).code;
        const why = code === 'ELOOP' ? 'is a symlink loop' : code === 'ENOENT' ? 'is a broken link' : `cannot be read (${code})`;
        problems.push({ file: relative(process.cwd(), path) || path, line: 1, severity: 'error', message: `${why}; remove it or point it at an article` });
        continue;
      }
      if (stat.isDirectory()) walk(path);
      else if (kindOf(name)) files.push(path);
      else problems.push({ file: relative(process.cwd(), path) || path, line: 1, severity: 'warning', message: 'is not an article file (.md, .txt, .html, .html.gz); skipped' });
    }
  };
  walk(root);
  return { files, problems };
}
