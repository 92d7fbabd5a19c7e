// Documents answered before the app's routes: the head documents readers poll (each feed, HTML
// index and site file of the site, a tag or a collection, addressed without a query) and the
// documents already rendered in this view (`?limit=` feeds, article pages, kept within a bound).
// Each document's headers (validators, type, cache policy, the security headers) are made once,
// so a request costs a lookup, a conditional check and a Response, and a 304 or a HEAD never
// touches the bytes.
//
// Everything else (archive pages, a site without a `url`, methods other than GET and HEAD, any
// address not listed here) gets null and goes to the routes (app.ts), which answer these same
// addresses with the same bytes and headers: this only skips routing, middleware and header building.
import { LruBySize } from '../catalog/lru-by-size.ts';
import type { PublishedReader } from '../catalog/published-reader.ts';
import type { DocumentFile, DocumentInfo, PublishedHead } from '../catalog/published.ts';
import { SITE_SCOPE, type ListingKey } from '../feeds/listing-scope.ts';
import { isBrowserNavigation, XML_FOR_BROWSERS } from '../web/feed-in-browser.ts';
import { isNotModified, type Validators } from './conditional.ts';
import { CONTENT_TYPES } from './policy.ts';
import { contentHeaders, notModifiedHeaders, validatorHeaders } from './respond.ts';
import { securityHeadersFor } from './security-headers.ts';
import { capToSwitch } from './until-switch.ts';

export interface DocumentAnswer {
  status: 200 | 304;
  headers: Record<string, string>;
  /** Null for a 304 and a HEAD. */
  body: Uint8Array | null;
}

export const responseOf = (answer: DocumentAnswer) => new Response(answer.body as BodyInit | null, { status: answer.status, headers: answer.headers });

const headerObjects = new WeakMap<Record<string, string>, Headers>();

/**
 * The same response, its headers made into a Headers object once per document: workerd copies one
 * faster than it reads a plain object's fields (Node's server is the other way round).
 */
export function responseWithHeaders(answer: DocumentAnswer): Response {
  let headers = headerObjects.get(answer.headers);
  if (!headers) headerObjects.set(answer.headers, (headers = new Headers(answer.headers)));
  return new Response(answer.body as BodyInit | null, { status: answer.status, headers });
}

/** How a document is sent: what the routes would put in its headers. */
export interface Representation {
  validators: Validators;
  contentType: string;
  /** A request header besides Accept-Encoding that chooses between representations. */
  vary?: string;
}

export const CONTENT_TYPE_OF: Record<DocumentFile, string> = {
  'feed.xml': CONTENT_TYPES.rss,
  'atom.xml': CONTENT_TYPES.atom,
  'feed.json': CONTENT_TYPES.json,
  'index.html': CONTENT_TYPES.html,
};

const isXmlFeed = (contentType: string) => contentType === CONTENT_TYPES.rss || contentType === CONTENT_TYPES.atom;

/**
 * A prerendered document as sent to a request. A browser opening an RSS or Atom feed gets the same
 * bytes as XML, so it applies the stylesheet. `originTag`: for a site without a `url`, whose links
 * follow the request's origin, a fingerprint of that origin in the ETag.
 */
export function prerenderedRepresentation(info: DocumentInfo, contentType: string, browser: boolean, originTag: string | null = null): Representation {
  let etag = originTag === null ? info.etag : `${info.etag.slice(0, -1)}-${originTag}"`;
  const xmlFeed = isXmlFeed(contentType);
  if (xmlFeed && browser) etag = `${etag.slice(0, -1)}-xml"`;
  return {
    validators: { etag, lastModified: new Date(info.lastModified).toUTCString() },
    contentType: xmlFeed && browser ? XML_FOR_BROWSERS : contentType,
    ...(xmlFeed ? { vary: 'Accept' } : {}),
  };
}

/** Which document a request path names in a view, as the routes resolve it. */
type Target = { kind: 'listing'; key: ListingKey; file: DocumentFile } | { kind: 'file'; info: DocumentInfo; contentType: string };

/** Names that read the same raw and percent-decoded, so the routes would resolve them to the same listing. */
const PLAIN_SEGMENT = /^[A-Za-z0-9._~-]+$/;
const FEED_FILES: DocumentFile[] = ['feed.xml', 'atom.xml', 'feed.json'];

/**
 * The head documents by address, resolved as the routes (app.ts) resolve them; a test
 * (document-answers.test.ts) answers each address both ways and compares.
 */
export function targetsOf(head: PublishedHead): Map<string, Target> {
  const targets = new Map<string, Target>();
  const listing = (base: string, key: ListingKey, files: DocumentFile[]) => {
    for (const file of files) targets.set(file === 'index.html' ? base || '/' : `${base}/${file}`, { kind: 'listing', key, file });
  };
  const listings: [string, ListingKey][] = [['', SITE_SCOPE]];
  for (const tag of head.tags) if (PLAIN_SEGMENT.test(tag.slug)) listings.push([`/tags/${tag.slug}`, { kind: 'tag', slug: tag.slug }]);
  for (const c of head.collections) if (PLAIN_SEGMENT.test(c.name)) listings.push([`/collections/${c.name}`, { kind: 'collection', name: c.name }]);
  // The routes' precedence: feeds, then the site's files, then the HTML pages.
  for (const [base, key] of listings) listing(base, key, ['index.html']);
  for (const [path, file] of Object.entries(head.files)) targets.set(path, { kind: 'file', info: file, contentType: file.contentType });
  for (const [base, key] of listings) listing(base, key, FEED_FILES);
  return targets;
}

/** A document's headers for both answers, made once. */
interface Prepared {
  validators: Validators;
  ok: Record<string, string>;
  notModified: Record<string, string>;
  /** A feed in XML, of which a browser gets another representation (see prerenderedRepresentation). */
  variesOnAccept: boolean;
}

async function prepare(r: Representation, length: number): Promise<Prepared> {
  const ok = validatorHeaders(r.validators, 200, r.vary);
  const notModified = notModifiedHeaders(ok);
  contentHeaders(ok, r.contentType, length);
  for (const [name, value] of await securityHeadersFor(r.contentType)) ok[name] = value;
  return { validators: r.validators, ok, notModified, variesOnAccept: r.vary === 'Accept' };
}

/**
 * A document answered here, kept for the next requests of the same view: its headers, and its
 * bytes once a GET needed them (`info`: where a prerendered document's are; a rendered one's are
 * always there).
 */
interface Kept {
  key: string;
  prepared: Prepared;
  bytes: Uint8Array | null;
  /** A prerendered document's place, as the head it was found in says (a rebuild may move it). */
  info: DocumentInfo | null;
  from: PublishedHead | null;
}

const KEPT_BYTES = 8 << 20;
/** What an entry is counted at besides its bytes: its headers. */
const ENTRY_BYTES = 1024;

/** Path and query of an absolute request URL; null when it has a fragment (never sent by clients). */
function addressOf(url: string): string | null {
  if (url.includes('#')) return null;
  const start = url.indexOf('/', url.indexOf('//') + 2);
  return start < 0 ? '/' : url.slice(start);
}

/** What `memo` keeps under `key` for `head`: a prerendered document found in another reading of the head is found again in this one. */
function keptIn(memo: LruBySize<Kept>, key: string, head: PublishedHead): Kept | null {
  const kept = memo.get(key);
  return kept && (kept.from === null || kept.from === head) ? kept : null;
}

type ReaderFor = (env: unknown) => PublishedReader;

export function documentAnswers(readerFor: ReaderFor, clock: () => number) {
  const targets = new WeakMap<PublishedHead, Map<string, Target>>();
  // Per reader: what one has read and rendered is never served through another.
  const memos = new WeakMap<PublishedReader, LruBySize<Kept>>();
  const memoOf = (reader: PublishedReader) => {
    let memo = memos.get(reader);
    if (!memo) memos.set(reader, (memo = new LruBySize<Kept>(KEPT_BYTES)));
    return memo;
  };
  /** By view, representation (a feed's XML for a browser or not) and address (path and query). */
  const keyOf = (head: PublishedHead, address: string, browser: boolean) => `${head.version}\n${browser ? 'xml ' : ''}${address}`;

  /** The head document at `address` (no query), its headers made and kept; null when there is none. */
  const prerendered = async (reader: PublishedReader, head: PublishedHead, address: string, browser: boolean): Promise<Kept | null> => {
    let byPath = targets.get(head);
    if (!byPath) targets.set(head, (byPath = targetsOf(head)));
    const target = byPath.get(address);
    if (!target) return null;
    const info = target.kind === 'file' ? target.info : (await reader.listing(target.key, head)).documents[target.file];
    const contentType = target.kind === 'file' ? target.contentType : CONTENT_TYPE_OF[target.file];
    const key = keyOf(head, address, browser);
    const kept: Kept = { key, prepared: await prepare(prerenderedRepresentation(info, contentType, browser), info.bytes), bytes: null, info, from: head };
    memoOf(reader).set(key, kept, ENTRY_BYTES);
    return kept;
  };

  /** What is kept for `address` in the representation `request` asks for, made when it is a head document. */
  const keptFor = async (reader: PublishedReader, head: PublishedHead, address: string, request: Request): Promise<Kept | null> => {
    const memo = memoOf(reader);
    const plain = keptIn(memo, keyOf(head, address, false), head) ?? (address.includes('?') ? null : await prerendered(reader, head, address, false));
    if (!plain?.prepared.variesOnAccept || !isBrowserNavigation(request.headers.get('accept') ?? undefined)) return plain;
    return keptIn(memo, keyOf(head, address, true), head) ?? (plain.info ? prerendered(reader, head, address, true) : null);
  };

  /**
   * Keeps a document the routes rendered for a GET of `url` in `head`'s view, so the next
   * requests for it are answered here; `browser`: the XML representation of a feed for a browser.
   */
  const remember = async (reader: PublishedReader, url: string, head: PublishedHead, representation: Representation, bytes: Uint8Array, browser = false): Promise<void> => {
    const address = addressOf(url);
    if (address === null || head.site.url === null) return;
    const key = keyOf(head, address, browser);
    memoOf(reader).set(key, { key, prepared: await prepare(representation, bytes.length), bytes, info: null, from: null }, ENTRY_BYTES + bytes.length);
  };

  return {
    remember,

    /** The answer to `request` when it is one of the documents above, else null. */
    async answer(request: Request, env: unknown): Promise<DocumentAnswer | null> {
      if (request.method !== 'GET' && request.method !== 'HEAD') return null;
      const address = addressOf(request.url);
      if (address === null) return null;
      const reader = readerFor(env);
      const now = clock();
      const head = await reader.head(now);
      // Without a url, links follow each request's origin: those responses are the routes' to make.
      if (head.site.url === null) return null;
      const kept = await keptFor(reader, head, address, request);
      if (!kept) return null;
      const p = kept.prepared;
      const notModified = isNotModified(request.headers, p.validators);
      let headers = notModified ? p.notModified : p.ok;
      // What the view shows changes when the next scheduled article appears: nothing is cached past that.
      if (head.next !== null) headers = { ...headers, 'Cache-Control': capToSwitch(headers['Cache-Control']!, (Date.parse(head.next) - now) / 1000) };
      if (notModified) return { status: 304, headers, body: null };
      if (request.method === 'HEAD') return { status: 200, headers, body: null };
      if (!kept.bytes) {
        kept.bytes = await reader.document(kept.info!);
        memoOf(reader).resize(kept.key, kept, ENTRY_BYTES + kept.bytes.length);
      }
      return { status: 200, headers, body: kept.bytes };
    },

    /** Keeps a copy of a response the routes made for `url` (one the Worker found in the Cache API). */
    async rememberResponse(reader: PublishedReader, url: string, head: PublishedHead, response: Response): Promise<void> {
      const etag = response.headers.get('etag');
      const lastModified = response.headers.get('last-modified');
      const contentType = response.headers.get('content-type');
      if (response.status !== 200 || !etag || !lastModified || !contentType) return;
      const vary = response.headers.get('vary')?.replace(/,?\s*Accept-Encoding$/, '');
      const bytes = new Uint8Array(await response.clone().arrayBuffer());
      const browser = vary === 'Accept' && contentType === XML_FOR_BROWSERS;
      await remember(reader, url, head, { validators: { etag, lastModified }, contentType, ...(vary ? { vary } : {}) }, bytes, browser);
    },
  };
}

export type DocumentAnswers = ReturnType<typeof documentAnswers>;
