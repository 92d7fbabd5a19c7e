// Sends a document with its validators, or 304 when the reader already has it; HEAD gets the
// headers alone. Prerendered documents carry validators from the build, so a 304 or a HEAD never
// reads them; rendered ones are validated by a hash of the bytes just made.
import type { Context } from 'hono';
import { isNotModified, type Validators } from './conditional.ts';
import { CACHE_CONTROL } from './policy.ts';

export interface Outgoing {
  validators: Validators;
  contentType: string;
  status?: 200 | 404;
  /** A request header besides Accept-Encoding that chooses between representations. */
  vary?: string;
  /** Known without reading the body (prerendered documents). */
  length?: number;
  body: () => Promise<string | Uint8Array | ReadableStream<Uint8Array>>;
}

/** What a document's 200 begins with: its validators, cache policy and Vary. */
export function validatorHeaders(validators: Validators, status: 200 | 404, vary?: string): Record<string, string> {
  return {
    ETag: validators.etag,
    'Last-Modified': validators.lastModified,
    'Cache-Control': status === 200 ? CACHE_CONTROL.document : CACHE_CONTROL.notFound,
    Vary: vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding',
  };
}

/**
 * What a 304 sends of its 200's headers: RFC 9110 section 15.4.5 asks for Cache-Control,
 * Content-Location, Date, ETag, Expires and Vary when the 200 would have them, and says a sender
 * SHOULD NOT send other metadata unless it guides the cache update (Last-Modified, say, when there
 * is no ETag; every response here has one). The reader's stored 200 keeps its other headers (RFC
 * 9111 section 4.3.4). Date is the server's to add.
 */
const NOT_MODIFIED_FIELDS = new Set(['cache-control', 'content-location', 'etag', 'expires', 'vary']);

export function notModifiedHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers] : Object.entries(headers);
  const out: Record<string, string> = {};
  for (const [name, value] of entries) if (NOT_MODIFIED_FIELDS.has(name.toLowerCase())) out[name] = value;
  if (!entries.some(([name]) => name.toLowerCase() === 'etag')) {
    for (const [name, value] of entries) if (name.toLowerCase() === 'last-modified') out[name] = value;
  }
  return out;
}

/** The headers of a document's 200, after its validators. */
export function contentHeaders(headers: Record<string, string>, contentType: string, length: number | undefined): Record<string, string> {
  headers['Content-Type'] = contentType;
  if (length !== undefined) headers['Content-Length'] = String(length);
  return headers;
}

export async function respond(c: Context, r: Outgoing): Promise<Response> {
  const status = r.status ?? 200;
  const headers = validatorHeaders(r.validators, status, r.vary);
  if (status === 200 && isNotModified(c.req.raw.headers, r.validators)) return c.body(null, 304, notModifiedHeaders(headers));
  contentHeaders(headers, r.contentType, r.length);
  if (c.req.method === 'HEAD' && r.length !== undefined) return c.body(null, status, headers);
  const body = await r.body();
  return c.body(body as string, status, headers);
}

const utf8 = new TextEncoder();

/** A document rendered on request: its ETag is a hash of its bytes (native SHA-1 in both runtimes). */
export async function respondRendered(c: Context, text: string, lastModifiedIso: string, contentType: string, status: 200 | 404 = 200, vary?: string) {
  const bytes = utf8.encode(text);
  return respondBytes(c, bytes, await bytesEtag(bytes), lastModifiedIso, contentType, status, vary);
}

/** A strong ETag made from `bytes`. */
export async function bytesEtag(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', bytes));
  let hex = '';
  for (let i = 0; i < 8; i++) hex += digest[i]!.toString(16).padStart(2, '0');
  return `"r${hex}"`;
}

/** Bytes made on request, with the ETag made for them. */
export function respondBytes(c: Context, bytes: Uint8Array, etag: string, lastModifiedIso: string, contentType: string, status: 200 | 404 = 200, vary?: string) {
  return respond(c, {
    validators: { etag, lastModified: new Date(lastModifiedIso).toUTCString() },
    contentType,
    status,
    length: bytes.length,
    ...(vary ? { vary } : {}),
    body: async () => bytes,
  });
}
