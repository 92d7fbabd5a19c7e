// A curated file is refused as binary when its first 8 KB hold a NUL byte or more than a tenth of
// control bytes; the quick check must say exactly what that byte-by-byte definition says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFile } from '../../src/ingest/read-text.ts';

function binaryByDefinition(data: Uint8Array): boolean {
  const n = Math.min(data.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = data[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / n > 0.1;
}

const refusedAsBinary = (data: Uint8Array): boolean => {
  try {
    decodeFile('story.txt', data);
    return false;
  } catch (err) {
    return /is not text/.test((err as Error).message);
  }
};

// Text bytes with control bytes (and now and then a NUL) mixed in, some past the first 8 KB.
const byte = fc.oneof(fc.integer({ min: 32, max: 126 }), fc.constantFrom(9, 10, 13), fc.integer({ min: 1, max: 31 }), fc.constant(0));
const file = fc.tuple(fc.array(byte, { minLength: 1, maxLength: 300 }), fc.nat({ max: 8300 }))
  .map(([bytes, pad]) => Uint8Array.from([...Array(pad).fill(97), ...bytes]))
  .filter((data) => !(data[0] === 0xff && data[1] === 0xfe) && !(data[0] === 0xfe && data[1] === 0xff));

describe('binary files', () => {
  it('refuses a file exactly when its first 8 KB hold a NUL or over 10 % control bytes', () => {
    fc.assert(fc.property(file, (data) => {
      expect(refusedAsBinary(data)).toBe(binaryByDefinition(data));
    }), { numRuns: 400 });
  });

  it('reads a slice of a larger buffer from its own first byte', () => {
    const whole = Uint8Array.from([0, 0, 0, ...Array(50).fill(97)]);
    expect(decodeFile('story.txt', whole.subarray(3)).text).toBe('a'.repeat(50));
    expect(refusedAsBinary(whole.subarray(2))).toBe(true);
  });
});
