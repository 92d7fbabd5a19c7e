// A catalog entry as the build lists it: the fields that ordering, listing and paging read are
// held from the start; the others are read from the entry's JSON the first time one is asked for.
// A rebuild lists 10,000 entries but renders a few dozen, so it parses a few dozen, not the whole
// catalog. It serialises as the entry its JSON holds, so shards made from it are the same bytes.
import type { BodyRef, CatalogEntry } from './format.ts';

/** The fields read from the JSON; with those held below, every field of an entry. */
const FROM_JSON = ['title', 'summary', 'url', 'source', 'authors', 'image', 'language', 'fullText', 'noteHtml'] as const;
type Held = 'id' | 'slug' | 'tags' | 'tagSlugs' | 'published' | 'updated' | 'collection' | 'body';
// A field added to entries fails to compile here until it is held or read from the JSON.
const everyField: Exclude<keyof CatalogEntry, Held | (typeof FROM_JSON)[number]> extends never ? true : never = true;
void everyField;

export interface HeldFields {
  id: string;
  slug: string;
  tags: string[];
  tagSlugs: string[];
  published: string;
  updated: string;
  collection: string | null;
}

class ListedEntry {
  readonly id: string;
  readonly slug: string;
  readonly tags: string[];
  readonly tagSlugs: string[];
  readonly published: string;
  readonly updated: string;
  readonly collection: string | null;
  #parse: () => CatalogEntry;
  #parsed: CatalogEntry | undefined;

  constructor(
    held: HeldFields,
    readonly body: BodyRef,
    parse: () => CatalogEntry,
  ) {
    this.id = held.id;
    this.slug = held.slug;
    this.tags = held.tags;
    this.tagSlugs = held.tagSlugs;
    this.published = held.published;
    this.updated = held.updated;
    this.collection = held.collection;
    this.#parse = parse;
  }

  /** The entry as its JSON holds it (parsed once). */
  parsed(): CatalogEntry {
    return (this.#parsed ??= this.#parse());
  }

  toJSON(): CatalogEntry {
    return this.parsed();
  }
}

for (const field of FROM_JSON) {
  Object.defineProperty(ListedEntry.prototype, field, {
    get(this: ListedEntry) {
      return this.parsed()[field];
    },
  });
}

/** An entry holding `held` and `body`, the rest parsed by `parse` when first read. */
export function listedEntry(held: HeldFields, body: BodyRef, parse: () => CatalogEntry): CatalogEntry {
  return new ListedEntry(held, body, parse) as unknown as CatalogEntry;
}
