// Characters no feed or page may carry, whatever a file or its front matter held: C1 controls
// (U+0080–U+009F, nearly always Windows-1252 text read as Latin-1), other control characters,
// lone surrogates and the non-characters U+FFFE/U+FFFF.
import { CP1252_HIGH } from './read-text.ts';

const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Every character UNSAFE can match, alone: one quick scan clears most texts (pairs of surrogates take the full test). */
const MAYBE_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/;

function replacement(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0x80 && code <= 0x9f) {
    const meant = CP1252_HIGH[code - 0x80]!;
    return meant === '\ufffd' ? '' : meant;
  }
  // A lone surrogate stands for a character that was lost: say so, as decoders do.
  return code >= 0xd800 && code <= 0xdfff ? '\ufffd' : '';
}

export function feedSafeText(text: string): string {
  return MAYBE_UNSAFE.test(text) ? text.replace(UNSAFE, replacement) : text;
}

/** The same for every string inside a value (an article's fields). */
export function feedSafe<T>(value: T): T {
  if (typeof value === 'string') return feedSafeText(value) as T;
  if (Array.isArray(value)) return value.map(feedSafe) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, feedSafe(v)])) as T;
  }
  return value;
}
