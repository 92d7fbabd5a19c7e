// One pass over a line: how many words, how many start lower-case, how many unspaced-script letters.

export interface WordStats {
  /** Words, with unspaced scripts counted at about two characters a word. */
  weight: number;
  /** Words starting with a letter that has case. */
  cased: number;
  /** Of those, starting lower-case. */
  lower: number;
}

const OTHER = 0, LOWER = 1, UPPER = 2, UNCASED = 3, UNSPACED = 4, JOINER = 5, MARK = 6;

function isUnspacedScript(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x0e00 && code <= 0x0eff) || (code >= 0x1780 && code <= 0x17ff) || (code >= 0x1000 && code <= 0x109f) ||
    (code >= 0xf900 && code <= 0xfaff);
}

function kindOfWide(code: number): number {
  if (code === 0x2019) return JOINER;
  if (isUnspacedScript(code)) return UNSPACED;
  const ch = String.fromCharCode(code);
  if (/\p{M}/u.test(ch)) return MARK;
  if (/\p{L}/u.test(ch)) {
    const lower = ch.toLowerCase(), upper = ch.toUpperCase();
    if (lower === upper) return UNCASED;
    return ch === lower ? LOWER : UPPER;
  }
  return /\p{N}/u.test(ch) ? UNCASED : OTHER;
}

function kindOfAscii(code: number): number {
  if (code >= 97 && code <= 122) return LOWER;
  if (code >= 65 && code <= 90) return UPPER;
  if (code >= 48 && code <= 57) return UNCASED;
  return code === 39 || code === 95 || code === 45 ? JOINER : OTHER;
}

const ASCII_KINDS = Int8Array.from({ length: 128 }, (_, code) => kindOfAscii(code));
const wideKinds = new Map<number, number>();

function kindOf(code: number): number {
  if (code < 128) return ASCII_KINDS[code]!;
  let kind = wideKinds.get(code);
  if (kind === undefined) {
    kind = kindOfWide(code);
    wideKinds.set(code, kind);
  }
  return kind;
}

export function wordStats(text: string): WordStats {
  let words = 0, cased = 0, lower = 0, unspaced = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Astral characters (mostly emoji and rare Han) end a word; rare Han counts as unspaced.
    if (code >= 0xd800 && code <= 0xdbff) {
      const cp = text.codePointAt(i)!;
      if (cp >= 0x20000 && cp <= 0x3ffff) unspaced++;
      inWord = false;
      i++;
      continue;
    }
    const kind = kindOf(code);
    if (kind === UNSPACED) {
      unspaced++;
      inWord = false;
    } else if (inWord) {
      inWord = kind !== OTHER;
    } else if (kind === LOWER || kind === UPPER || kind === UNCASED) {
      inWord = true;
      words++;
      if (kind !== UNCASED) {
        cased++;
        if (kind === LOWER) lower++;
      }
    }
  }
  return { weight: words + Math.round(unspaced / 2), cased, lower };
}
