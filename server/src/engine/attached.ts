/**
 * Values kept on the objects they belong to (a parsed paragraph, sentence or article), under a symbol of
 * their own, so they live exactly as long as those objects. Used where a WeakMap would do: V8 keeps a
 * WeakMap's values alive through every young-generation collection until a full one, so each article's
 * derived data was moved to the old generation and the heap grew to several times what was live.
 */
export class Attached<K extends object, V> {
  private readonly key = Symbol();

  get(object: K): V | undefined {
    return (object as Record<symbol, V | undefined>)[this.key];
  }

  set(object: K, value: V): void {
    (object as Record<symbol, V>)[this.key] = value;
  }
}
