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
export function isNotModified(headers: Headers, v: Validators, now = Date.now()): boolean {
  const inm = headers.get('if-none-match');
  if (inm !== null) {
    return inm.trim() === '*' || inm.split(',').some((tag) => tag.trim().replace(/^W\//, '') === v.etag);
  }
  const ims = headers.get('if-modified-since');
  if (ims !== null) {
    // RFC 9110 13.1.3: anything but one valid HTTP-date is ignored, and so is a date in the future.
    const since = parseHttpDate(ims);
    return since !== null && since <= now && Date.parse(v.lastModified) <= since;
  }
  return false;
}

const DAYS = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_DAYS = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = `(${MONTHS.join('|')})`;
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';
/** The three forms of RFC 9110 5.6.7, which recipients must all accept. */
const IMF_FIXDATE = new RegExp(`^${DAYS}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`);
const RFC850_DATE = new RegExp(`^${LONG_DAYS}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`);
const ASCTIME_DATE = new RegExp(`^${DAYS} ${MONTH} ([ \\d]\\d) ${TIME} (\\d{4})$`);

/** Milliseconds since the epoch of an HTTP-date, or null when `value` is not exactly one. */
export function parseHttpDate(value: string, now = Date.now()): number | null {
  const text = value.trim();
  let parts: { day: string; month: string; year: number; time: string[] } | null = null;
  let match: RegExpExecArray | null;
  if ((match = IMF_FIXDATE.exec(text))) {
    parts = { day: match[1]!, month: match[2]!, year: Number(match[3]), time: match.slice(4, 7) };
  } else if ((match = RFC850_DATE.exec(text))) {
    // Two-digit years more than 50 years ahead are in the past century (RFC 9110 5.6.7).
    const thisYear = new Date(now).getUTCFullYear();
    let year = Math.floor(thisYear / 100) * 100 + Number(match[3]);
    if (year > thisYear + 50) year -= 100;
    parts = { day: match[1]!, month: match[2]!, year, time: match.slice(4, 7) };
  } else if ((match = ASCTIME_DATE.exec(text))) {
    parts = { day: match[2]!.trim(), month: match[1]!, year: Number(match[6]), time: match.slice(3, 6) };
  }
  if (!parts) return null;
  const fields = [parts.year, MONTHS.indexOf(parts.month), Number(parts.day), ...parts.time.map(Number)] as const;
  const ms = Date.UTC(...fields);
  const back = new Date(ms);
  const again = [back.getUTCFullYear(), back.getUTCMonth(), back.getUTCDate(), back.getUTCHours(), back.getUTCMinutes(), back.getUTCSeconds()];
  // 31 Feb or 25:00 are not dates, though Date.UTC would roll them over into one.
  return again.every((n, i) => n === fields[i]) ? ms : null;
}
