/**
 * An object that keeps values for Attached, each in a slot of its own: the parsed article, paragraphs
 * and sentences carry the array from birth.
 */
export interface Attachable {
  readonly attached: unknown[];
}

let slots = 0;

/**
 * Values kept on the objects they belong to (a parsed paragraph, sentence or article), so they live
 * exactly as long as those objects. Used where a WeakMap would do: V8 keeps a WeakMap's values alive
 * through every young-generation collection until a full one, so each article's derived data was moved
 * to the old generation and the heap grew to several times what was live. In an array the object is born
 * with, not as properties added later: an object that gained one would take another hidden class, and
 * every rule reading such objects would see several and be optimised again.
 */
export class Attached<K extends Attachable, V> {
  private readonly slot = slots++;

  get(object: K): V | undefined {
    return object.attached[this.slot] as V | undefined;
  }

  set(object: K, value: V): void {
    object.attached[this.slot] = value;
  }
}
