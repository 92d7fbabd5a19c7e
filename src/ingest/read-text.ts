// Bytes of a curated file -> text, refusing what is not text and saying which encoding was assumed.
import { Buffer } from 'node:buffer';
import { gunzipSync } from 'node:zlib';
import { ArticleError } from './problem.ts';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface DecodedText {
  text: string;
  warnings: string[];
}

export function decodeFile(name: string, bytes: Uint8Array): DecodedText {
  let data = bytes;
  if (name.toLowerCase().endsWith('.gz')) {
    try {
      data = gunzipSync(bytes, { maxOutputLength: MAX_FILE_BYTES + 1 });
    } catch (err) {
      const tooBig = (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
      throw new ArticleError(tooBig ? 'unpacks to more than 5 MB; save a smaller page' : 'is not a readable gzip file; save the page again or unpack it');
    }
  }
  if (data.length === 0) throw new ArticleError('is empty; add the article text or delete the file');
  if (data.length > MAX_FILE_BYTES) {
    throw new ArticleError(`is ${(data.length / 1048576).toFixed(1)} MB, over the 5 MB limit; keep only the article`);
  }
  const utf16 = utf16Encoding(data);
  if (utf16) return { text: new TextDecoder(utf16).decode(data), warnings: [] };
  if (looksBinary(data)) throw new ArticleError('is not text (it looks like a binary file); curated files must be Markdown, text or HTML');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data), warnings: [] };
  } catch {
    return {
      text: decodeWindows1252(data),
      warnings: ['is not UTF-8: read as Windows-1252; save it as UTF-8 to be sure'],
    };
  }
}

function utf16Encoding(data: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (data[0] === 0xff && data[1] === 0xfe) return 'utf-16le';
  if (data[0] === 0xfe && data[1] === 0xff) return 'utf-16be';
  return null;
}

/** Control bytes a text file has no use for (tabs, newlines, form feeds and carriage returns it has). */
const CONTROL_BYTE = /[\x00-\x08\x0e-\x1f]/;
const CONTROL_BYTES = /[\x00-\x08\x0e-\x1f]/g;

/** NUL bytes or many control characters in the first 8 KB mean a binary file. */
function looksBinary(data: Uint8Array): boolean {
  const n = Math.min(data.length, 8192);
  // One byte a character, so a pattern can look (most files have no control byte at all).
  const head = Buffer.from(data.buffer, data.byteOffset, n).toString('latin1');
  if (!CONTROL_BYTE.test(head)) return false;
  if (head.includes('\0')) return true;
  return (head.match(CONTROL_BYTES)?.length ?? 0) / n > 0.1;
}

// 0x80–0x9F of Windows-1252 (undefined bytes map to U+FFFD). Written out because some Node
// versions' TextDecoder('windows-1252') decodes these bytes as Latin-1 control characters.
export const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

function decodeWindows1252(data: Uint8Array): string {
  let out = '';
  for (const b of data) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}
