/**
 * items.map(fn), as an array V8 always keeps in one form. Array.prototype.map returns a packed array when
 * its caller runs unoptimised and a holey one once V8 has optimised the caller, so a function reading the
 * results sees two array forms and is deoptimised and compiled again; pushing in a loop gives one. Used
 * where that was seen to happen, on the paths every article takes.
 */
export function mapPacked<T, U>(items: readonly T[], fn: (item: T, index: number) => U): U[] {
  const mapped: U[] = [];
  for (let i = 0; i < items.length; i++) mapped.push(fn(items[i], i));
  return mapped;
}
