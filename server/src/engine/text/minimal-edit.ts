import type { TextEdit } from '../types';

/**
 * The edit that turns `from` (the text at `start`) into `to`, trimmed to the part that differs, so a
 * one-letter correction does not rewrite the whole word and leaves its other marks (harakat, tatweel)
 * where they are.
 */
export function minimalEdit(start: number, from: string, to: string): TextEdit {
  let head = 0;
  while (head < from.length && head < to.length && from[head] === to[head]) head++;
  let tail = 0;
  while (tail < from.length - head && tail < to.length - head && from[from.length - 1 - tail] === to[to.length - 1 - tail]) tail++;
  return { span: { start: start + head, end: start + from.length - tail }, text: to.slice(head, to.length - tail) };
}
