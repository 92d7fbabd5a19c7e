// Node: a document answered before the routes, compressed as Hono's compress middleware compresses
// what the routes send (node-site.ts): the same rules for which responses, the same choice of
// encoding from Accept-Encoding, the ETag made weak. Each document's compressed bytes are made once
// per encoding and kept as long as its bytes are kept (document-answers.ts bounds those).
import { deflateSync, gzipSync } from 'node:zlib';
import { parseAccept } from 'hono/utils/accept';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';
import type { DocumentAnswer } from './document-answers.ts';

type Encoding = 'gzip' | 'deflate';
/** The middleware's candidates, in its order of preference. */
const ENCODINGS: Encoding[] = ['gzip', 'deflate'];
/** The middleware's default: smaller bodies are sent as they are. */
const THRESHOLD = 1024;
const COMPRESS = { gzip: gzipSync, deflate: deflateSync };

/** The encoding the middleware picks for `header`: the first at q=1, else the highest q above 0 (a `*` counts for both). */
export function chooseEncoding(header: string | null): Encoding | null {
  if (header === null) return null;
  const accepts = parseAccept(header);
  const wildcard = accepts.find((a) => a.type === '*')?.q;
  let best: { encoding: Encoding; q: number } | null = null;
  for (const encoding of ENCODINGS) {
    const q = accepts.find((a) => a.type.toLowerCase() === encoding)?.q ?? wildcard ?? 0;
    if (q === 1) return encoding;
    if (q > 0 && (!best || q > best.q)) best = { encoding, q };
  }
  return best?.encoding ?? null;
}

const keptBytes = new WeakMap<Uint8Array, Partial<Record<Encoding, Uint8Array>>>();
const keptHeaders = new WeakMap<Record<string, string>, Partial<Record<Encoding, Record<string, string>>>>();

export function compressedAnswer(answer: DocumentAnswer, acceptEncoding: string | null): DocumentAnswer {
  const { body, headers } = answer;
  if (acceptEncoding === null || answer.status !== 200 || !body || body.length < THRESHOLD) return answer;
  if (!COMPRESSIBLE_CONTENT_TYPE_REGEX.test(headers['Content-Type'] ?? '') || /(?:^|,)\s*no-transform\s*(?:,|$)/i.test(headers['Cache-Control'] ?? '')) return answer;
  const encoding = chooseEncoding(acceptEncoding);
  if (!encoding) return answer;
  let byEncoding = keptBytes.get(body);
  if (!byEncoding) keptBytes.set(body, (byEncoding = {}));
  const bytes = (byEncoding[encoding] ??= new Uint8Array(COMPRESS[encoding](body)));
  let headersBy = keptHeaders.get(headers);
  if (!headersBy) keptHeaders.set(headers, (headersBy = {}));
  const sent = (headersBy[encoding] ??= {
    ...headers,
    'Content-Length': String(bytes.length),
    'Content-Encoding': encoding,
    // The compressed bytes are another representation: a strong ETag would claim the same bytes.
    ...(headers.ETag && !headers.ETag.startsWith('W/') ? { ETag: `W/${headers.ETag}` } : {}),
  });
  return { status: 200, headers: sent, body: bytes };
}
