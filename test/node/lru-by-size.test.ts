// The size-bounded map behind the reader's caches and the memo of documents rendered on request.
import { describe, expect, it } from 'vitest';
import { LruBySize } from '../../src/catalog/lru-by-size.ts';

describe('LruBySize', () => {
  it('forgets the least recently used entries once the sizes pass the bound', () => {
    const lru = new LruBySize<string>(10);
    lru.set('a', 'A', 4);
    lru.set('b', 'B', 4);
    expect(lru.get('a')).toBe('A'); // a is now the most recently used
    lru.set('c', 'C', 4);
    expect(lru.peek('b')).toBeUndefined();
    expect([lru.peek('a'), lru.peek('c')]).toEqual(['A', 'C']);
  });

  it('keeps the newest entry even when it alone passes the bound', () => {
    const lru = new LruBySize<string>(10);
    lru.set('a', 'A', 4);
    lru.set('big', 'BIG', 50);
    expect(lru.peek('a')).toBeUndefined();
    expect(lru.peek('big')).toBe('BIG');
  });

  it('counts a size learned later, and only for the value still held', () => {
    const lru = new LruBySize<string>(10);
    lru.set('a', 'A', 0);
    lru.set('b', 'B', 0);
    lru.resize('a', 'stale', 100); // not what the key holds: ignored
    expect(lru.peek('a')).toBe('A');
    lru.resize('a', 'A', 8);
    lru.resize('b', 'B', 8); // 16 > 10: the oldest, a, goes
    expect(lru.peek('a')).toBeUndefined();
    expect(lru.peek('b')).toBe('B');
  });

  it('replaces an entry under the same key without counting it twice', () => {
    const lru = new LruBySize<string>(10);
    lru.set('a', 'A1', 6);
    lru.set('a', 'A2', 6);
    lru.set('b', 'B', 4);
    expect([lru.peek('a'), lru.peek('b')]).toEqual(['A2', 'B']);
    lru.delete('a');
    lru.clear();
    expect(lru.peek('b')).toBeUndefined();
  });
});
