// Conditional GET: a strong ETag and Last-Modified for every response, and 304 when the reader has it.

/** FNV-1a, 53 bits: a fast, runtime-neutral fingerprint for ETags (the catalog version is a real hash). */
export function fingerprint(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return ((h2 >>> 0) * 0x200000 + ((h1 >>> 0) & 0x1fffff)).toString(36);
}

export interface Validators {
  etag: string;
  lastModified: string;
}

/** Validators for a response that is a pure function of the catalog version and `key`. */
export function validators(catalogVersion: string, key: string, lastModifiedIso: string): Validators {
  return {
    etag: `"${catalogVersion.slice(0, 16)}-${fingerprint(key)}"`,
    lastModified: new Date(lastModifiedIso).toUTCString(),
  };
}

/** True when the request's If-None-Match or If-Modified-Since says the reader already has this version. */
export function isNotModified(headers: Headers, v: Validators): boolean {
  const inm = headers.get('if-none-match');
  if (inm !== null) {
    return inm.trim() === '*' || inm.split(',').some((tag) => tag.trim().replace(/^W\//, '') === v.etag);
  }
  const ims = headers.get('if-modified-since');
  if (ims !== null) {
    const since = Date.parse(ims);
    return !Number.isNaN(since) && Date.parse(v.lastModified) <= since;
  }
  return false;
}
