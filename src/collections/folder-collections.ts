// The collections of a curated folder: one per top-level sub-folder, named after it, with the
// settings of its collection.yaml. Problems name the file and line; the articles are read all the same.
import { existsSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
import { holdsArticles } from '../build/image-names.ts';
import { shownPath } from '../build/list-files.ts';
import type { Problem } from '../ingest/problem.ts';
import { COLLECTION_FILE, collectionName, type Collection, type CollectionDefaults } from './collection.ts';
import { readCollection } from './collection-config.ts';

export interface FolderCollections {
  /** By name. */
  collections: Collection[];
  problems: Problem[];
  /** The collection an article file is in (null: right in curated/). */
  of: (path: string) => CollectionDefaults | null;
}

/**
 * `folders`: the top-level sub-folders; `files`: every article file. A folder is a collection when
 * it holds an article (at any depth) or a collection.yaml: a folder of images alone is not one.
 */
export function folderCollections(folders: readonly string[], files: readonly string[]): FolderCollections {
  const problems: Problem[] = [];
  const byName = new Map<string, { collection: Collection; folder: string }>();
  const byFolder = new Map<string, Collection>();
  for (const folder of folders) {
    if (!holdsArticles(folder, files) && !existsSync(join(folder, COLLECTION_FILE))) continue;
    const folderName = basename(folder);
    const name = collectionName(folderName);
    if (name === null) {
      problems.push({ file: shownPath(folder), line: 1, severity: 'error', message: 'is a folder whose name has no letter or digit, so its collection has no address; rename it (e.g. climate)' });
      continue;
    }
    if (name !== folderName) {
      problems.push({ file: shownPath(folder), line: 1, severity: 'warning', message: `is a collection at /collections/${name}; rename the folder to ${name} to be safe` });
    }
    const taken = byName.get(name);
    if (taken) {
      problems.push({ file: shownPath(folder), line: 1, severity: 'error', message: `is a collection at /collections/${name}, like ${shownPath(taken.folder)}; rename one of the two folders` });
      byFolder.set(folder, taken.collection);
      continue;
    }
    const settings = readCollection(folder, name);
    const file = shownPath(join(folder, COLLECTION_FILE));
    problems.push(...settings.problems.map((p) => ({ file, ...p })));
    byName.set(name, { collection: settings.collection, folder });
    byFolder.set(folder, settings.collection);
  }
  const of = (path: string): CollectionDefaults | null => {
    for (const [folder, collection] of byFolder) {
      if (path.startsWith(folder + sep)) return { name: collection.name, fullText: collection.fullText };
    }
    return null;
  };
  const collections = [...byName.values()].map((c) => c.collection).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { collections, problems, of };
}
