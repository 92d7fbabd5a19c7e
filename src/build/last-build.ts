// What the last successful build looked at and printed, so that building a folder nothing has
// touched since stops after looking: the size and modification time of every file the build
// reads (articles, pictures, site.yaml, collection.yaml), the names it skipped, the git history it
// takes dates from, and every published file as the manifest records it. Only a build whose
// result cannot change with the clock is remembered: one with no article dated after it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { COLLECTION_FILE } from '../collections/collection.ts';
import { BODIES_DIR } from '../catalog/format.ts';
import { IMAGES_DIR, imageAssetPath } from '../catalog/images.ts';
import { MANIFEST_FILE, readManifest } from '../catalog/manifest.ts';
import type { Problem } from '../ingest/problem.ts';
import { SITE_FILE } from '../ingest/site-config.ts';
import { packPath } from '../catalog/format.ts';
import { scanFolder, type FolderScan } from './folder-scan.ts';

/** What the build printed, to be printed again. */
export interface BuildReport {
  skipped: string[];
  problems: Problem[];
  /** The summary line after "built " and its time. */
  summary: string;
  /** What follows the time: "(10000 unchanged, 0 read): nothing changed". */
  tail: string;
}

interface LastBuild {
  key: string;
  folder: string;
  manifest: { size: number; mtimeMs: number };
  report: BuildReport;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** Where the note for this folder, output and working directory lives in the cache folder. */
function notePath(cacheDir: string, curated: string, out: string): string {
  return join(cacheDir, `last-build-${sha([resolve(curated), resolve(out), process.cwd()].join('\0')).slice(0, 16)}.json`);
}

const statKey = (path: string) => {
  try {
    const { size, mtimeMs } = statSync(path);
    return `${size} ${mtimeMs}`;
  } catch {
    return 'none';
  }
};

/** A digest of everything in the folder the build reads, by name, size and time, and of its git history. */
function folderDigest({ dir, listing, stats, gitLog }: FolderScan): string {
  const hash = createHash('sha256');
  for (const path of listing.files) {
    const stat = stats.get(path);
    hash.update(`${path}\0${stat instanceof Error || !stat ? 'none' : `${stat.size} ${stat.mtimeMs}`}\n`);
  }
  for (const path of [...listing.images, join(dir, SITE_FILE), ...listing.collectionFolders.map((f) => join(f, COLLECTION_FILE))]) {
    hash.update(`${path}\0${statKey(path)}\n`);
  }
  hash.update(`skipped\0${listing.skipped.join('\0')}\nproblems\0${JSON.stringify(listing.problems)}\ngit\0`);
  hash.update(gitLog ?? '');
  return hash.digest('hex');
}

/** True when every published file is what the manifest says and nothing else sits among the packs and pictures. */
function outputIntact(out: string, manifest: LastBuild['manifest']): boolean {
  if (statKey(join(out, MANIFEST_FILE)) !== `${manifest.size} ${manifest.mtimeMs}`) return false;
  const { files } = readManifest(out);
  for (const [rel, known] of Object.entries(files)) {
    if (statKey(join(out, rel)) !== `${known.size} ${known.mtimeMs}`) return false;
  }
  const listed = (dir: string, toRel: (name: string) => string) => {
    try {
      return readdirSync(join(out, dir)).every((name) => Object.hasOwn(files, toRel(name)));
    } catch {
      return true;
    }
  };
  return listed(BODIES_DIR, packPath) && listed(IMAGES_DIR, imageAssetPath);
}

export class LastBuildNote {
  private readonly path: string;
  /** The folder as this build found it before reading anything (null: it cannot be listed). */
  readonly scan: FolderScan | null;
  private readonly folder: string | null;

  constructor(
    cacheDir: string,
    curated: string,
    private readonly out: string,
    /** The build's version and options: any change means building again. */
    private readonly key: string,
  ) {
    this.path = notePath(cacheDir, curated, out);
    try {
      this.scan = scanFolder(curated);
    } catch {
      // No folder to list: the build says why.
      this.scan = null;
    }
    this.folder = this.scan && folderDigest(this.scan);
  }

  /** The last build's report when nothing it read or wrote has changed since; null otherwise. */
  unchanged(): BuildReport | null {
    let note: LastBuild;
    try {
      note = JSON.parse(readFileSync(this.path, 'utf8')) as LastBuild;
    } catch {
      return null;
    }
    // The folder first: when it changed, looking at every published file would be time lost.
    if (this.folder === null || note.key !== this.key || note.folder !== this.folder) return null;
    return outputIntact(this.out, note.manifest) ? note.report : null;
  }

  /** Forgets the last build: this one may change what it published. */
  forget(): void {
    rmSync(this.path, { force: true });
  }

  /** Remembers this build, which just published `out`. */
  remember(report: BuildReport): void {
    if (this.folder === null) return;
    const { size, mtimeMs } = statSync(join(this.out, MANIFEST_FILE));
    const note: LastBuild = { key: this.key, folder: this.folder, manifest: { size, mtimeMs }, report };
    const temp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(note));
    renameSync(temp, this.path);
  }
}
