// The request path's view of what the build published: the small head, and shards and packs read
// only when a request needs them, kept in a bounded cache so an isolate's memory stays flat.
import type { AssetSource, OpenFile } from './asset-source.ts';
import { imageAssetPath } from './images.ts';
import { ItemPack, itemPackPath } from './item-packs.ts';
import { LruBySize } from './lru-by-size.ts';
import type { ListingKey } from '../feeds/listing-scope.ts';
import { sliceBody, type CatalogEntry } from './format.ts';
import {
  bucketOf,
  bucketPath,
  HEAD_PATH,
  listingHeadPath,
  listingId,
  packPathOf,
  pagesShardOf,
  pagesShardPath,
  PUBLISHED_FORMAT,
  type ArticleBucket,
  type DocumentInfo,
  type ListingHead,
  type PageDocuments,
  type PagesShard,
  type PublishedHead,
} from './published.ts';

/** Loads each key once while it is kept; least recently used first out, by total size. */
class BoundedCache<V> {
  private lru: LruBySize<Promise<V>>;
  constructor(maxSize: number) {
    this.lru = new LruBySize(maxSize);
  }

  get(key: string, load: () => Promise<{ value: V; size: number }>): Promise<V> {
    const hit = this.lru.get(key);
    if (hit) return hit;
    // Counted at no size until its size is known; a load that fails is forgotten.
    const value: Promise<V> = load().then((loaded) => {
      this.lru.resize(key, value, loaded.size);
      return loaded.value;
    });
    value.catch(() => this.lru.peek(key) === value && this.lru.delete(key));
    this.lru.set(key, value, 0);
    return value;
  }

  clear() {
    this.lru.clear();
  }
}

const SHARD_CACHE_BYTES = 8 << 20;
const PACK_CACHE_BYTES = 16 << 20;
const DOCUMENT_CACHE_BYTES = 16 << 20;
const utf8 = new TextDecoder();

export class PublishedError extends Error {}

/** Checks what a head file says about itself; the message says which file and what to run. */
export function parseHead(bytes: Uint8Array | null, where: string): PublishedHead {
  if (!bytes) throw new PublishedError(`${where} is missing: run \`npm run build\``);
  let head: PublishedHead;
  try {
    head = JSON.parse(utf8.decode(bytes)) as PublishedHead;
  } catch {
    throw new PublishedError(`${where} is not whole JSON (truncated or damaged): run \`npm run build\``);
  }
  if (head?.format !== PUBLISHED_FORMAT) {
    throw new PublishedError(`${where} has format ${JSON.stringify(head?.format)}, this code serves format ${PUBLISHED_FORMAT}: run \`npm run build\``);
  }
  return head;
}

export class PublishedReader {
  private headPromise: Promise<PublishedHead> | null = null;
  private seenGeneration: number | null = null;
  private shards = new BoundedCache<unknown>(SHARD_CACHE_BYTES);
  private packs = new BoundedCache<Uint8Array>(PACK_CACHE_BYTES);
  private documents = new BoundedCache<Uint8Array>(DOCUMENT_CACHE_BYTES);
  private itemPacks = new BoundedCache<ItemPack>(PACK_CACHE_BYTES);

  constructor(private readonly source: AssetSource) {}

  /**
   * The view in force at `now` (ms since 1970): the build's own, or that of the last scheduled
   * instant that has passed. Decided on each request, so a scheduled article appears on time
   * whenever the site was built.
   */
  async head(now: number = Date.now()): Promise<PublishedHead> {
    const own = await this.ownView();
    let due: string | null = null;
    for (const view of own.schedule) if (Date.parse(view.at) <= now) due = view.head;
    if (due === null) return own;
    const path = due;
    const scheduled = await this.json<PublishedHead>(path);
    if (!scheduled) throw new Error(`${path} is missing from the published files`);
    return scheduled;
  }

  /** The view as of the build (index/head.json), which lists the scheduled ones. */
  async ownView(): Promise<PublishedHead> {
    if (this.source.generation) {
      const generation = await this.source.generation();
      if (generation !== this.seenGeneration) {
        this.seenGeneration = generation;
        this.headPromise = null;
        this.shards.clear();
        this.packs.clear();
        this.documents.clear();
        this.itemPacks.clear();
      }
    }
    this.headPromise ??= this.source.read(HEAD_PATH).then((bytes) => parseHead(bytes, HEAD_PATH));
    this.headPromise.catch(() => (this.headPromise = null));
    return this.headPromise;
  }

  private json<T>(path: string): Promise<T | null> {
    return this.shards.get(path, async () => {
      const bytes = await this.source.read(path);
      return { value: bytes ? (JSON.parse(utf8.decode(bytes)) as T) : null, size: bytes?.length ?? 0 };
    }) as Promise<T | null>;
  }

  /** `view`: the head in force (default: the build's own view). */
  async listing(key: ListingKey, view?: PublishedHead): Promise<ListingHead> {
    const id = listingId(key);
    const path = listingHeadPath(id, view?.listingDirs[id]);
    const found = await this.json<ListingHead>(path);
    if (!found) throw new Error(`${path} is missing from the published files`);
    return found;
  }

  async page(key: ListingKey, page: number, view?: PublishedHead): Promise<PageDocuments | null> {
    const id = listingId(key);
    const shard = await this.json<PagesShard>(pagesShardPath(id, pagesShardOf(page), view?.listingDirs[id]));
    return shard?.pages[page] ?? null;
  }

  /** An article's entry, scheduled ones too (isShown tells them apart). */
  async article(slug: string): Promise<CatalogEntry | null> {
    const { buckets } = await this.ownView();
    const bucket = await this.json<ArticleBucket>(bucketPath(bucketOf(slug, buckets)));
    return bucket && Object.hasOwn(bucket, slug) ? bucket[slug]! : null;
  }

  async body(entry: CatalogEntry): Promise<string> {
    // A summary-only article has no body to read (a pack of nothing but those is empty).
    if (entry.body.length === 0) return '';
    const path = packPathOf(entry.body.file);
    const pack = await this.packs.get(path, async () => {
      const bytes = await this.source.read(path);
      if (!bytes) throw new Error(`body pack ${path} is missing from the published files`);
      return { value: bytes, size: bytes.length };
    });
    return sliceBody(pack, entry.body);
  }

  /** The item pack holding an article's feed items (throws ItemPackError when it is missing or damaged). */
  items(entry: CatalogEntry): Promise<ItemPack> {
    const path = itemPackPath(entry.body.file);
    return this.itemPacks.get(path, async () => {
      const bytes = await this.source.read(path);
      return { value: ItemPack.parse(bytes, path), size: bytes!.length };
    });
  }

  /** A published image (`<hash>.<ext>`), to stream; null when there is none of that name. */
  async image(name: string): Promise<OpenFile | null> {
    const path = imageAssetPath(name);
    if (this.source.open) return this.source.open(path);
    const bytes = await this.source.read(path);
    if (!bytes) return null;
    const stream = () => new ReadableStream<Uint8Array>({ start: (controller) => (controller.enqueue(bytes), controller.close()) });
    return { length: bytes.length, stream, discard: async () => {} };
  }

  /**
   * A document's bytes. The most read ones stay in memory (bounded), so the head feeds that
   * readers poll are answered without reading an asset each time.
   */
  document(info: DocumentInfo): Promise<Uint8Array> {
    return this.documents.get(`${info.file}@${info.start}:${info.etag}`, async () => {
      const bytes = this.source.readRange
        ? await this.source.readRange(info.file, info.start, info.bytes)
        : (await this.source.read(info.file))?.subarray(info.start, info.start + info.bytes);
      if (!bytes || bytes.length !== info.bytes) throw new Error(`${info.file} is missing from the published files or shorter than its index says`);
      return { value: bytes, size: bytes.length };
    });
  }
}
