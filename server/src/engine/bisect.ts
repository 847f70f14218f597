/**
 * The first index in [0, length) at which `reached` holds, for a `reached` that, once it holds, holds for
 * every later index (the lines, paragraphs or sentences past an offset); `length` when it never does.
 * By bisection: a document has hundreds of thousands of lines, a paragraph thousands of sentences.
 */
export function firstIndexWhere(length: number, reached: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (reached(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
