// Scheduled articles: dated after the build, published with the rest, shown only once their date
// has passed, as judged when a request arrives. The build publishes one view of the catalog per
// instant at which something appears (an epoch): the view as of the build, then one per date of a
// scheduled article. The request path serves the view in force at its own clock.
import { createHash } from 'node:crypto';
import { toIso } from '../ingest/dates.ts';
import type { Catalog, CatalogEntry, TagInfo } from './format.ts';

/** What the planners of documents and shards read from a catalog. */
export interface CatalogView extends Catalog {
  articleCount: number;
  /** A key of each entry, newest first (AssembledCatalog.entryDigests). */
  entryDigests(): string[];
  /** A key of what documents show of each entry, newest first (AssembledCatalog.documentKeys). */
  documentKeys(): string[];
}

export interface Epoch {
  /** When this view comes into force; null for the view as of the build. */
  at: string | null;
  /** When the next one does; null for the last. */
  next: string | null;
  view: CatalogView;
  /** Slugs of the articles that appear at `at`. */
  appeared: string[];
}

/** The articles dated after `now`, oldest first. */
export function scheduledEntries(articles: readonly CatalogEntry[], now: Date): CatalogEntry[] {
  const cut = toIso(now);
  const out: CatalogEntry[] = [];
  // Newest first: the scheduled ones are at the front.
  for (const entry of articles) {
    if (entry.published <= cut) break;
    out.push(entry);
  }
  return out.reverse();
}

/** The views to publish: as of `now`, then one per instant a scheduled article appears. */
export function epochsOf(catalog: CatalogView, now: Date): Epoch[] {
  const scheduled = scheduledEntries(catalog.articles, now);
  const instants = [...new Set(scheduled.map((e) => e.published))];
  if (!instants.length) return [{ at: null, next: null, view: catalog, appeared: [] }];
  // Hashing every entry is the dear part of a view: done once for all of them.
  const digests = { entries: catalog.entryDigests(), documents: catalog.documentKeys() };
  const epochs: Epoch[] = [{ at: null, next: instants[0]!, view: viewAsOf(catalog, digests, toIso(now), catalog.version), appeared: [] }];
  for (const [i, at] of instants.entries()) {
    const version = createHash('sha256').update(`${catalog.version}\n${at}`).digest('hex').slice(0, 32);
    const appeared = scheduled.filter((e) => e.published === at).map((e) => e.slug);
    epochs.push({ at, next: instants[i + 1] ?? null, view: viewAsOf(catalog, digests, at, version), appeared });
  }
  return epochs;
}

/** The catalog as readers see it at `at`: the articles dated then or before, tags counted again. */
function viewAsOf(catalog: CatalogView, allDigests: { entries: readonly string[]; documents: readonly string[] }, at: string, version: string): CatalogView {
  let hidden = 0;
  while (hidden < catalog.articles.length && catalog.articles[hidden]!.published > at) hidden++;
  const articles = catalog.articles.slice(hidden);
  const counts = new Map<string, number>();
  for (const entry of articles) for (const slug of entry.tagSlugs) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  const tags: TagInfo[] = catalog.tags.filter((t) => counts.has(t.slug)).map((t) => ({ ...t, count: counts.get(t.slug)! }));
  // Every collection stays (its folder is there), counting only what is shown.
  const members = new Map<string, number>();
  for (const entry of articles) if (entry.collection !== null) members.set(entry.collection, (members.get(entry.collection) ?? 0) + 1);
  const collections = catalog.collections.map((c) => ({ ...c, count: members.get(c.name) ?? 0 }));
  const digests = allDigests.entries.slice(hidden);
  const documentKeys = allDigests.documents.slice(hidden);
  return { format: catalog.format, version, site: catalog.site, articles, tags, collections, articleCount: articles.length, entryDigests: () => digests, documentKeys: () => documentKeys };
}

/** "2027-01-05 09:00 UTC" (seconds only when there are some). */
export function formatAppears(iso: string): string {
  const [day, time] = iso.replace(/Z$/, '').split('T') as [string, string];
  return `${day} ${time.endsWith(':00') ? time.slice(0, 5) : time} UTC`;
}

/** The directory an epoch's own files go in, under `docs/` and `index/`. */
export const epochDir = (at: string) => `at-${Math.floor(Date.parse(at) / 1000)}`;
