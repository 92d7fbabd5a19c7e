// A map that forgets its least recently used entries once their sizes add up to more than a bound.
// The newest entry is always kept, whatever its size. An entry's size may be learned after it is
// put in (a body still being read), without moving it.

export class LruBySize<V> {
  private items = new Map<string, { value: V; size: number }>();
  private total = 0;
  constructor(private readonly maxSize: number) {}

  /** The value, now the most recently used. */
  get(key: string): V | undefined {
    const hit = this.items.get(key);
    if (!hit) return undefined;
    this.items.delete(key);
    this.items.set(key, hit);
    return hit.value;
  }

  /** The value, left where it is in the order of use. */
  peek(key: string): V | undefined {
    return this.items.get(key)?.value;
  }

  set(key: string, value: V, size: number): void {
    this.delete(key);
    this.items.set(key, { value, size });
    this.total += size;
    this.evict();
  }

  /** Gives the entry under `key`, if it still holds `value`, its size. */
  resize(key: string, value: V, size: number): void {
    const item = this.items.get(key);
    if (!item || item.value !== value) return;
    this.total += size - item.size;
    item.size = size;
    this.evict();
  }

  delete(key: string): void {
    const old = this.items.get(key);
    if (!old) return;
    this.items.delete(key);
    this.total -= old.size;
  }

  clear(): void {
    this.items.clear();
    this.total = 0;
  }

  private evict() {
    while (this.total > this.maxSize && this.items.size > 1) {
      const [oldest, item] = this.items.entries().next().value!;
      this.items.delete(oldest);
      this.total -= item.size;
    }
  }
}
