// Address hygiene for links and images in bodies and metadata.

const TRACKING_PARAM = /^(utm_[a-z0-9_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|_ga|_gl|mkt_tok|ref_src|oly_anon_id|oly_enc_id|vero_id|s_cid|cmpid|ocid|at_medium|at_campaign|twclid|ttclid|li_fat_id|srsltid|__s)$/i;

/** An address with a scheme (`https:`, `mailto:`, `javascript:`…), as opposed to a relative one. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A query string (with its `?`) without tracking parameters; left as it was written when it has none. */
function withoutTracking(search: string): string {
  const params = new URLSearchParams(search);
  const tracking = [...params.keys()].filter((key) => TRACKING_PARAM.test(key));
  if (!tracking.length) return search;
  for (const key of tracking) params.delete(key);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

/** Some sites put their tracking parameters after the `#` (`#utm_source=feed`). */
function withoutTrackingInHash(hash: string): string {
  const rest = withoutTracking(`?${hash.slice(1)}`);
  return rest === `?${hash.slice(1)}` ? hash : rest ? `#${rest.slice(1)}` : '';
}

export interface CleanUrlOptions {
  /** With no base, keep a relative address relative (tracking parameters removed) instead of dropping it. */
  keepRelative?: boolean;
}

/** Resolves `href` against `base` and removes tracking parameters; null for unusable or unsafe addresses. */
export function cleanUrl(href: string, base: string | null, options: CleanUrlOptions = {}): string | null {
  const trimmed = href.trim();
  if (!trimmed) return null;
  if (trimmed.startsWith('#')) return trimmed;
  if (!base && options.keepRelative && !HAS_SCHEME.test(trimmed) && !trimmed.startsWith('//')) return cleanRelative(trimmed);
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) return null;
  if (url.search) url.search = withoutTracking(url.search);
  if (url.hash.includes('=')) url.hash = withoutTrackingInHash(url.hash);
  return strictlyEncoded(url);
}

/** Characters RFC 3986 allows in a path, query or fragment (`%` only as the start of an escape). */
const NOT_URI_CHAR = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/?%]/gu;

/**
 * The address as RFC 3986 writes it. The WHATWG serialiser leaves `[`, `]`, `|`, `^` and a second `#`
 * unescaped in paths, queries and fragments, which feed validators and JSON Feed's `uri` format refuse.
 */
function strictlyEncoded(url: URL): string {
  const href = url.href;
  // The serialised authority holds no `/`, so the path starts at the first one after `scheme://`.
  const pathAt = href.startsWith(`${url.protocol}//`) ? href.indexOf('/', url.protocol.length + 2) : url.protocol.length;
  if (pathAt < 0) return href;
  const { path, query, fragment } = addressParts(href.slice(pathAt));
  const escape = (part: string) => part.replace(NOT_URI_CHAR, (c) => encodeURIComponent(c));
  const queryPart = query === null ? '' : `?${escape(query)}`;
  const fragmentPart = fragment === null ? '' : `#${escape(fragment)}`;
  return `${href.slice(0, pathAt)}${escape(path)}${queryPart}${fragmentPart}`;
}

/** An address cut at its first `#` and the first `?` before it; query and fragment without their mark, null when absent. */
function addressParts(href: string): { path: string; query: string | null; fragment: string | null } {
  const hashAt = href.indexOf('#');
  const beforeHash = hashAt < 0 ? href : href.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  return {
    path: queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt),
    query: queryAt < 0 ? null : beforeHash.slice(queryAt + 1),
    fragment: hashAt < 0 ? null : href.slice(hashAt + 1),
  };
}

/** `/story?utm_source=x#part` -> `/story#part`; white space and backslashes are not kept in a relative address. */
function cleanRelative(href: string): string | null {
  return /[\s\\]/.test(href) ? null : withoutTrackingParams(href);
}

/** An absolute address with its tracking parameters removed, otherwise exactly as written. */
export function withoutTrackingParams(href: string): string {
  const { path, query, fragment } = addressParts(href);
  const hash = fragment === null ? '' : `#${fragment}`;
  return `${path}${query === null ? '' : withoutTracking(`?${query}`)}${hash.includes('=') ? withoutTrackingInHash(hash) : hash}`;
}

/** Addresses written out in text (HTML-escaped, as sanitize-html hands text over), without tracking parameters. */
export function withoutTrackingInText(escapedText: string): string {
  if (!escapedText.includes('://')) return escapedText;
  return escapedText.replace(/\bhttps?:\/\/[^\s<>"']+/gi, (found) => withoutTrackingParams(found.replaceAll('&amp;', '&')).replaceAll('&', '&amp;'));
}
