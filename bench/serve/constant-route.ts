// The baseline beside every measured route: constant bytes of a given size, answered by the same
// runtime (same isolate on workerd, same process on Node) without touching the catalog.
const buffers = new Map<number, Uint8Array<ArrayBuffer>>();

/** `/__const/N` -> N bytes; `/__const/304` -> a 304. Null for any other path. */
export function constantResponse(url: URL): Response | null {
  const m = /^\/__const\/(\d+|304)$/.exec(url.pathname);
  if (!m) return null;
  if (m[1] === '304') return new Response(null, { status: 304, headers: { ETag: '"constant"' } });
  const size = Number(m[1]);
  let bytes = buffers.get(size);
  if (!bytes) buffers.set(size, (bytes = new Uint8Array(size).fill(0x61)));
  return new Response(bytes, { headers: { 'Content-Type': 'application/octet-stream', ETag: '"constant"' } });
}
