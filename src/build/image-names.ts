// Which files and folders of curated/ are pictures rather than articles. An image file is never
// read as an article: it is published when an article names it. A folder holding only images
// (curated/images/) is a place for pictures, not a collection.
import { sep } from 'node:path';

const IMAGE_FILE = /\.(png|jpe?g|gif|webp|avif|svg)$/i;

export const isImageFileName = (name: string) => IMAGE_FILE.test(name);

/** Whether `folder` holds one of `articleFiles`, directly or in a sub-folder: only such folders are collections. */
export function holdsArticles(folder: string, articleFiles: readonly string[]): boolean {
  const prefix = folder.endsWith(sep) ? folder : `${folder}${sep}`;
  return articleFiles.some((file) => file.startsWith(prefix));
}
