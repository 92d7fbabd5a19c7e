// A curated folder as one build sees it: its listing (list-files.ts) and one stat of each article
// file, taken once and shared by the check for an unchanged folder (last-build.ts) and the build.
import { statSync, type Stats } from 'node:fs';
import { gitLog } from './file-dates.ts';
import { listArticleFiles, type Listing } from './list-files.ts';

export interface FolderScan {
  dir: string;
  listing: Listing;
  /** Each article file's stat, or why it could not be taken. */
  stats: Map<string, Stats | NodeJS.ErrnoException>;
  /** The git history the files' dates come from (file-dates.ts); null outside git. */
  gitLog: string | null;
}

export function scanFolder(dir: string): FolderScan {
  const listing = listArticleFiles(dir);
  const stats = new Map<string, Stats | NodeJS.ErrnoException>();
  for (const path of listing.files) {
    try {
      stats.set(path, statSync(path));
    } catch (err) {
      stats.set(path, err as NodeJS.ErrnoException);
    }
  }
  return { dir, listing, stats, gitLog: gitLog(dir) };
}
