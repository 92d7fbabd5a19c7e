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
import { contentHeaders, validatorHeaders } from './respond.ts';
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

function targetsOf(head: PublishedHead): Map<string, Target> {
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
  length: number;
}

async function prepare(r: Representation, length: number): Promise<Prepared> {
  const ok = validatorHeaders(r.validators, 200, r.vary);
  const notModified = { ...ok };
  contentHeaders(ok, r.contentType, length);
  for (const [name, value] of await securityHeadersFor(r.contentType)) ok[name] = value;
  for (const [name, value] of await securityHeadersFor(null)) notModified[name] = value;
  return { validators: r.validators, ok, notModified, length };
}

/** A document rendered on request, kept for the next requests of the same view. */
interface Rendered {
  prepared: Prepared;
  bytes: Uint8Array;
}

const RENDERED_MEMO_BYTES = 8 << 20;

/** Path and query of an absolute request URL; null when it has a fragment (never sent by clients). */
function addressOf(url: string): { path: string; query: string } | null {
  if (url.includes('#')) return null;
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return { path: '/', query: '' };
  const q = url.indexOf('?', start);
  return q < 0 ? { path: url.slice(start), query: '' } : { path: url.slice(start, q), query: url.slice(q + 1) };
}

type ReaderFor = (env: unknown) => PublishedReader;

export function documentAnswers(readerFor: ReaderFor, clock: () => number) {
  const targets = new WeakMap<PublishedHead, Map<string, Target>>();
  // By document and representation (0: as stored, 1: the XML of a feed for a browser).
  const prepared = new WeakMap<DocumentInfo, Promise<Prepared>[]>();
  // Per reader: what one has read and rendered is never served through another.
  const memos = new WeakMap<PublishedReader, LruBySize<Rendered>>();
  const memoOf = (reader: PublishedReader) => {
    let memo = memos.get(reader);
    if (!memo) memos.set(reader, (memo = new LruBySize<Rendered>(RENDERED_MEMO_BYTES)));
    return memo;
  };
  const renderedKey = (head: PublishedHead, address: string, browser: boolean) => `${head.version}\n${browser ? 'xml ' : ''}${address}`;

  const preparedOf = (info: DocumentInfo, contentType: string, browser: boolean) => {
    let both = prepared.get(info);
    if (!both) prepared.set(info, (both = []));
    const n = browser ? 1 : 0;
    return (both[n] ??= prepare(prerenderedRepresentation(info, contentType, browser), info.bytes));
  };

  /** The answer from a document's prepared headers; `load` reads its bytes, only for a GET that needs them. */
  const answerWith = async (request: Request, head: PublishedHead, now: number, p: Prepared, load: () => Promise<Uint8Array> | Uint8Array): Promise<DocumentAnswer> => {
    const notModified = isNotModified(request.headers, p.validators);
    let headers = notModified ? p.notModified : p.ok;
    // What the view shows changes when the next scheduled article appears: nothing is cached past that.
    if (head.next !== null) headers = { ...headers, 'Cache-Control': capToSwitch(headers['Cache-Control']!, (Date.parse(head.next) - now) / 1000) };
    if (notModified) return { status: 304, headers, body: null };
    return { status: 200, headers, body: request.method === 'HEAD' ? null : await load() };
  };

  /**
   * Keeps a document the routes rendered for a GET of `url` in `head`'s view, so the next
   * requests for it are answered here; `browser`: the XML representation of a feed for a browser.
   */
  const remember = async (reader: PublishedReader, url: string, head: PublishedHead, representation: Representation, bytes: Uint8Array, browser = false): Promise<void> => {
    const address = addressOf(url);
    if (!address || head.site.url === null) return;
    const key = address.query ? `${address.path}?${address.query}` : address.path;
    memoOf(reader).set(renderedKey(head, key, browser), { prepared: await prepare(representation, bytes.length), bytes }, bytes.length);
  };

  return {
    remember,

    /** The answer to `request` when it is one of the documents above, else null. */
    async answer(request: Request, env: unknown): Promise<DocumentAnswer | null> {
      if (request.method !== 'GET' && request.method !== 'HEAD') return null;
      const address = addressOf(request.url);
      if (!address) return null;
      const reader = readerFor(env);
      const now = clock();
      const head = await reader.head(now);
      // Without a url, links follow each request's origin: those responses are the routes' to make.
      if (head.site.url === null) return null;
      const accept = () => request.headers.get('accept') ?? undefined;
      let target: Target | undefined;
      if (!address.query) {
        let byPath = targets.get(head);
        if (!byPath) targets.set(head, (byPath = targetsOf(head)));
        target = byPath.get(address.path);
      }
      if (!target) {
        const key = address.query ? `${address.path}?${address.query}` : address.path;
        const memo = memoOf(reader);
        const found = memo.get(renderedKey(head, key, false));
        if (!found) return null;
        const variant = found.prepared.ok.Vary?.startsWith('Accept,') && isBrowserNavigation(accept()) ? memo.get(renderedKey(head, key, true)) : found;
        return variant ? answerWith(request, head, now, variant.prepared, () => variant.bytes) : null;
      }
      const info = target.kind === 'file' ? target.info : (await reader.listing(target.key, head)).documents[target.file];
      const contentType = target.kind === 'file' ? target.contentType : CONTENT_TYPE_OF[target.file];
      const browser = isXmlFeed(contentType) && isBrowserNavigation(accept());
      return answerWith(request, head, now, await preparedOf(info, contentType, browser), () => reader.document(info));
    },

    /** Keeps a copy of a response the routes made for `url` (one the Worker found in the Cache API). */
    async rememberResponse(reader: PublishedReader, url: string, head: PublishedHead, response: Response): Promise<void> {
      const etag = response.headers.get('etag');
      const lastModified = response.headers.get('last-modified');
      const contentType = response.headers.get('content-type');
      if (response.status !== 200 || !etag || !lastModified || !contentType) return;
      const vary = response.headers.get('vary')?.replace(/,?\s*Accept-Encoding$/, '');
      const bytes = new Uint8Array(await response.clone().arrayBuffer());
      await remember(reader, url, head, { validators: { etag, lastModified }, contentType, ...(vary ? { vary } : {}) }, bytes);
    },
  };
}

export type DocumentAnswers = ReturnType<typeof documentAnswers>;
