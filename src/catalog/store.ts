// Where the request path gets the catalog from: files on Node, bundled index + static assets on Workers.
import type { Catalog, CatalogEntry } from './format.ts';

export interface CatalogStore {
  load(): Promise<Catalog>;
  /** The sanitised body HTML of one article. */
  body(entry: CatalogEntry): Promise<string>;
}
