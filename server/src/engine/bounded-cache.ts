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
