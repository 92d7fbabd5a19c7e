// What a failed write means for the editor: one line naming the path and the fix, never a stack.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { CATALOG_FILE } from '../catalog/format.ts';
import { MANIFEST_FILE, readManifest } from '../catalog/manifest.ts';
import { shownPath } from './list-files.ts';

const REASONS: Record<string, { what: string; fix: string }> = {
  ENOSPC: { what: 'the disk is full', fix: 'free some space and build again' },
  EDQUOT: { what: 'the disk quota is used up', fix: 'free some space and build again' },
  EROFS: { what: 'the file system is read-only', fix: 'make it writable, or point CATALOG_DIR at a writable folder' },
  EACCES: { what: 'permission denied', fix: 'make it writable, or point CATALOG_DIR at a writable folder' },
  EPERM: { what: 'not permitted', fix: 'make it writable, or point CATALOG_DIR at a writable folder' },
  EISDIR: { what: 'a folder is in the way', fix: 'remove or rename it' },
  ENOTDIR: { what: 'a file is in the way of a folder', fix: 'remove or rename it' },
  EMFILE: { what: 'too many open files', fix: 'raise the limit (ulimit -n) and build again' },
};

/** True for the errors a write can meet on a healthy machine (a full disk, a read-only mount…). */
export function isWriteError(err: unknown): err is NodeJS.ErrnoException {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && Object.hasOwn(REASONS, code);
}

/** "the disk is full (ENOSPC)". */
export function writeErrorReason(err: NodeJS.ErrnoException): string {
  return `${(REASONS[err.code ?? ''] ?? { what: 'it cannot be made or written' }).what} (${err.code})`;
}

/** `PATH: cannot write: the disk is full (ENOSPC); free some space and build again`. */
export function describeWriteError(err: NodeJS.ErrnoException, fallbackPath: string, fix?: string): string {
  // A temporary file's name means nothing to the editor: name the file it was to become.
  const path = (err.path ?? fallbackPath).replace(/\.\d+\.tmp$/, '');
  return `${shownPath(path)}: cannot write: ${writeErrorReason(err)}; ${fix ?? REASONS[err.code ?? '']?.fix ?? 'check the folder'}`;
}

/**
 * Removes what a failed write left in the output folder `dir`: temporary files, and files the last
 * build's manifest does not list (packs and documents of a catalog that was never finished). With
 * no manifest to go by, only temporary files go.
 */
export function removeLeftovers(dir: string): void {
  const published = readManifest(dir).files;
  const listed = Object.keys(published).length > 0;
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    const temporary = name.endsWith('.tmp');
    const unpublished = listed && !Object.hasOwn(published, name.split(sep).join('/')) && !KEPT.has(name);
    try {
      if ((temporary || unpublished) && statSync(path).isFile()) rmSync(path, { force: true });
    } catch {
      /* gone already */
    }
  }
}

/** Files of the output folder that no manifest lists but every build keeps. */
const KEPT = new Set([MANIFEST_FILE, CATALOG_FILE, '.assetsignore']);

/** mkdir -p, with the real reason when it fails: Node's recursive mkdir says ENOENT on a read-only mount. */
function makeDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && existsSync(dirname(dir))) mkdirSync(dir);
    throw err;
  }
}

/** Null when the build can keep its cache in `dir`, else why not (the build then runs without it). */
export function cacheDirProblem(dir: string): string | null {
  const probe = join(dir, `.write-test-${process.pid}`);
  try {
    if (!existsSync(dir)) makeDir(dir);
    writeFileSync(probe, 'x');
    rmSync(probe, { force: true });
    return null;
  } catch (err) {
    try {
      rmSync(probe, { force: true });
    } catch {
      /* the probe was never made */
    }
    // Whatever the reason (a read-only mount can even answer ENOENT), the build goes on without it.
    if (typeof (err as NodeJS.ErrnoException).code !== 'string') throw err;
    return describeWriteError(err as NodeJS.ErrnoException, dir, 'building without the cache (every file is read again); fix the folder or point CURATE_CACHE_DIR elsewhere');
  }
}
