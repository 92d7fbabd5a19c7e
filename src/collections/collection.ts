// A collection: a top-level sub-folder of curated/ (curated/climate/…), with its own page and feeds
// at /collections/<name>. Its settings come from an optional collection.yaml in the folder.
import { slugify } from '../article.ts';

export const COLLECTION_FILE = 'collection.yaml';

export interface Collection {
  /** Its address: /collections/<name>; made from the folder's name. */
  name: string;
  title: string;
  description: string;
  /** The default of its articles' `full_text:`; null follows site.yaml. */
  fullText: boolean | null;
}

/** What an article's reading needs to know of its collection. */
export type CollectionDefaults = Pick<Collection, 'name' | 'fullText'>;

/** A collection as the catalog lists it. */
export interface CollectionInfo extends Omit<Collection, 'fullText'> {
  count: number;
}

/** The collection address of a folder name, or null when the name has no letter or digit to make one of. */
export function collectionName(folder: string): string | null {
  return slugify(folder) || null;
}

/** "urban-life" -> "Urban life": the title of a collection whose collection.yaml sets none. */
export function defaultTitle(name: string): string {
  const words = name.replace(/-+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
