// Lookups the request path needs, made once per catalog (a Worker isolate keeps one catalog),
// so no request scans all articles.
import { newestUpdate } from '../feeds/feed-data.ts';
import type { Catalog, CatalogEntry } from './format.ts';

export interface CatalogLookup {
  bySlug: Map<string, CatalogEntry>;
  /** Articles of each tag, newest first. */
  byTag: Map<string, CatalogEntry[]>;
  /** Articles of each collection, newest first. */
  byCollection: Map<string, CatalogEntry[]>;
  /** The newest `updated` of all articles. */
  newest: string;
}

const made = new WeakMap<Catalog, CatalogLookup>();

export function lookup(catalog: Catalog): CatalogLookup {
  let found = made.get(catalog);
  if (!found) {
    const bySlug = new Map<string, CatalogEntry>();
    const byTag = new Map<string, CatalogEntry[]>();
    const byCollection = new Map<string, CatalogEntry[]>();
    for (const entry of catalog.articles) {
      bySlug.set(entry.slug, entry);
      if (entry.collection !== null) {
        const members = byCollection.get(entry.collection);
        if (members) members.push(entry);
        else byCollection.set(entry.collection, [entry]);
      }
      for (const slug of entry.tagSlugs) {
        const list = byTag.get(slug);
        if (list) list.push(entry);
        else byTag.set(slug, [entry]);
      }
    }
    found = { bySlug, byTag, byCollection, newest: newestUpdate(catalog.articles) };
    made.set(catalog, found);
  }
  return found;
}
