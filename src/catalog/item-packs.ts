// Item packs (request side; the build writes them in prerender.ts): each article's RSS <item>, Atom <entry> and JSON Feed item, written by the build
// (escaped and checked once, there) for every article a `?limit=` feed can list, one file beside
// each body pack. A rendered feed is then its head, these bytes as they are, and its tail.
//
//   items/<pack>.items    one line of JSON, the index: slug -> [rss start, length, atom start,
//                         length, json start, length, hash], offsets counted from the byte after
//                         that line; then the fragments, UTF-8.
import { FEED_FORMATS, type FeedFormat } from '../feeds/fragments.ts';

export const ITEM_PACK_FORMAT = 1;

/** The item pack beside body pack `bodies/<file>`. */
export const itemPackPath = (bodyFile: string) => `items/${bodyFile.replace(/\.html$/, '')}.items`;

export type ItemRefs = [number, number, number, number, number, number, string];

export interface ItemPackIndex {
  format: typeof ITEM_PACK_FORMAT;
  items: Record<string, ItemRefs>;
}

/** A pack that is missing, damaged, of another format or without an article it should hold. */
export class ItemPackError extends Error {}

const NEWLINE = 0x0a;
const utf8 = new TextDecoder();
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** How each format's fragment must begin and end: what a truncated or shifted pack fails. */
const FRAMES: Record<FeedFormat, [Uint8Array, Uint8Array]> = {
  rss: [ascii('<item>'), ascii('</item>')],
  atom: [ascii('<entry>'), ascii('</entry>')],
  json: [ascii('{'), ascii('}')],
};

function startsWith(bytes: Uint8Array, at: number, prefix: Uint8Array): boolean {
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

/** Where each format's offsets are in an item's refs: the order the build writes them in. */
const FORMAT_INDEX = Object.fromEntries(FEED_FORMATS.map((format, n) => [format, n])) as Record<FeedFormat, number>;

/** Request side: one item pack, read once and kept by the reader. */
export class ItemPack {
  private constructor(
    private readonly path: string,
    private readonly index: ItemPackIndex,
    private readonly bytes: Uint8Array,
  ) {}

  static parse(bytes: Uint8Array | null, path: string): ItemPack {
    if (!bytes) throw new ItemPackError(`${path} is missing from the published files: run \`npm run build\``);
    const end = bytes.indexOf(NEWLINE);
    let index: ItemPackIndex | null = null;
    try {
      index = end < 0 ? null : (JSON.parse(utf8.decode(bytes.subarray(0, end))) as ItemPackIndex);
    } catch {
      // reported below
    }
    if (index?.format !== ITEM_PACK_FORMAT || typeof index.items !== 'object') {
      throw new ItemPackError(`${path} has no index of item pack format ${ITEM_PACK_FORMAT} (damaged, or made by other code): run \`npm run build\``);
    }
    return new ItemPack(path, index, bytes.subarray(end + 1));
  }

  /** The article's fragment in `format` and the hash of its three, checked to be framed as that format's are. */
  fragment(slug: string, format: FeedFormat): { bytes: Uint8Array; hash: string } {
    const refs = Object.hasOwn(this.index.items, slug) ? this.index.items[slug]! : null;
    if (!refs) throw new ItemPackError(`${this.path} holds no items of article "${slug}": run \`npm run build\``);
    const n = FORMAT_INDEX[format];
    const start = refs[2 * n] as number;
    const length = refs[2 * n + 1] as number;
    const [open, close] = FRAMES[format];
    const fits = Number.isInteger(start) && Number.isInteger(length) && start >= 0 && length >= open.length + close.length && start + length <= this.bytes.length;
    if (!fits || !startsWith(this.bytes, start, open) || !startsWith(this.bytes, start + length - close.length, close)) {
      throw new ItemPackError(`${this.path}: the ${format} item of "${slug}" is not where its index says (damaged file): run \`npm run build\``);
    }
    return { bytes: this.bytes.subarray(start, start + length), hash: refs[6] };
  }
}
