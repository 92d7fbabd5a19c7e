// A `?limit=` feed: the items the build wrote for its articles (item packs) between a head and a
// tail. An item pack that is missing or damaged is logged, naming the file and the fix, and the
// feed is rendered in full from the bodies instead, so the reader still gets the same document.
import type { CatalogEntry } from '../catalog/format.ts';
import { ItemPackError, type ItemPack } from '../catalog/item-packs.ts';
import type { PublishedReader } from '../catalog/published-reader.ts';
import { joinLimitedFeed, renderLimitedFeed, type Listing } from '../catalog/render-documents.ts';
import type { FeedFormat } from '../feeds/fragments.ts';
import { bytesEtag } from './respond.ts';

const utf8 = new TextEncoder();

export async function limitedFeed(reader: PublishedReader, format: FeedFormat, listing: Listing, entries: readonly CatalogEntry[], limit: number): Promise<{ bytes: Uint8Array; etag: string }> {
  try {
    // Neighbours share a pack: each is asked for once.
    const byFile = new Map<string, Promise<ItemPack>>();
    for (const entry of entries) if (!byFile.has(entry.body.file)) byFile.set(entry.body.file, reader.items(entry));
    const packs = await Promise.all(entries.map((entry) => byFile.get(entry.body.file)!));
    return joinLimitedFeed(format, listing, entries, entries.map((entry, n) => packs[n]!.fragment(entry.slug, format)), limit);
  } catch (err) {
    if (!(err instanceof ItemPackError)) throw err;
    console.error(`${err.message} (until then, ?limit= feeds that list it are rendered in full)`);
    const bodies = await Promise.all(entries.map((entry) => reader.body(entry)));
    const bytes = utf8.encode(renderLimitedFeed(format, listing, entries, bodies, limit));
    return { bytes, etag: await bytesEtag(bytes) };
  }
}
