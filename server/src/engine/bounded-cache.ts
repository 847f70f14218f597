/**
 * A cache bounded by two generations: when the recent one is full it becomes the old one and the old one
 * is dropped; a hit in the old one moves forward. O(1) a step, where evicting a Map's oldest entry one at
 * a time grows slower as the Map churns.
 */
export class BoundedCache<K, V> {
  private recent = new Map<K, V>();
  private older = new Map<K, V>();

  constructor(private readonly perGeneration: number) {}

  get(key: K): V | undefined {
    const hit = this.recent.get(key);
    if (hit !== undefined) return hit;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.recent.size >= this.perGeneration) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(key, value);
  }

  clear(): void {
    this.recent.clear();
    this.older.clear();
  }
}

/**
 * A copy of `text` to keep as a key or value that does not share memory with it: V8 makes a slice point
 * into its parent string, so a cached slice of one sentence would keep the whole document (every edited
 * version of it) alive.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}
