// Writing a file of prerendered documents from pieces: the origin markers counted across piece
// boundaries as in the whole, the pieces written in order (however many), and the file's hash.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ORIGIN_MARKER } from '../../src/catalog/published.ts';
import { documentFileHash, markersIn } from '../../src/catalog/render-group.ts';
import { writeTemporary } from '../../src/catalog/temporary-files.ts';

const countWhole = (text: string) => text.split(ORIGIN_MARKER).length - 1;

/** `text` cut at `cuts` (positions, any order), as the pieces a document is written from. */
function cut(text: string, cuts: number[]): Buffer[] {
  const bytes = Buffer.from(text, 'utf8');
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((from, n) => bytes.subarray(from, n < at.length ? at[n] : bytes.length));
}

describe('markersIn', () => {
  it('counts the markers of the pieces put end to end, wherever they are cut', () => {
    const text = fc.array(fc.oneof(fc.constant(ORIGIN_MARKER), fc.constant('https://origin.'), fc.string({ maxLength: 12 })), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 20 }), (whole, cuts) => {
        expect(markersIn(cut(whole, cuts))).toBe(countWhole(whole));
      }),
      { numRuns: 400 },
    );
  });

  it('counts a piece seen before again in each document it is in', () => {
    const item = Buffer.from(`<link>${ORIGIN_MARKER}/a</link>`);
    expect(markersIn([item, item])).toBe(2);
    expect(markersIn([Buffer.from('<x>'), item, Buffer.from(ORIGIN_MARKER.slice(0, 9)), Buffer.from(ORIGIN_MARKER.slice(9))])).toBe(2);
  });
});

describe('writeTemporary from pieces', () => {
  it('writes more pieces than one system call takes, in order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pieces-'));
    const pieces = Array.from({ length: 2500 }, (_, n) => Buffer.from(`${n},`.repeat((n % 7) + 1)));
    const path = join(dir, 'file');
    renameSync(writeTemporary(path, pieces), path);
    expect(readFileSync(path).equals(Buffer.concat(pieces))).toBe(true);
  });
});

describe('documentFileHash', () => {
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  it('is the hash of the bytes for one document, and changes with any of several', () => {
    expect(documentFileHash([sha('only')])).toBe(sha('only'));
    const two = documentFileHash([sha('a'), sha('b')]);
    expect(two).not.toBe(documentFileHash([sha('a'), sha('c')]));
    expect(two).not.toBe(documentFileHash([sha('b'), sha('a')]));
  });
});
