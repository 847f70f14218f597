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

/** Harakat, the dagger alef and tatweel: what a correction written without them keeps of the word. */
const isMark = (code: number) => (code >= 0x064b && code <= 0x0652) || code === 0x0670 || code === 0x0640;

/**
 * The edit that corrects the word `written` (at `start`) to `correct`, a spelling written without harakat:
 * the marks of a vowelled word stay on the letters they were on (الَّذِى → الَّذِي, إِنْشَاءَ → إِنْ شَاءَ), as the
 * letters are aligned by the fewest edits. A word without marks is corrected as minimalEdit does.
 */
export function correctionEdit(start: number, written: string, correct: string): TextEdit {
  const letters: string[] = [];
  const marks: string[] = [];
  let leading = '';
  for (const ch of written) {
    if (isMark(ch.charCodeAt(0))) {
      if (letters.length === 0) leading += ch;
      else marks[letters.length - 1] += ch;
    } else {
      letters.push(ch);
      marks.push('');
    }
  }
  if (letters.length === [...written].length || [...correct].some((ch) => isMark(ch.charCodeAt(0)))) return minimalEdit(start, written, correct);
  const target = [...correct];
  // Levenshtein over letters; the way back keeps each kept or replaced letter's marks.
  const cost = Array.from({ length: letters.length + 1 }, (_, i) => Array.from({ length: target.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= letters.length; i++) {
    for (let j = 1; j <= target.length; j++) {
      cost[i][j] = Math.min(cost[i - 1][j - 1] + (letters[i - 1] === target[j - 1] ? 0 : 1), cost[i - 1][j] + 1, cost[i][j - 1] + 1);
    }
  }
  const out: string[] = [];
  let i = letters.length;
  let j = target.length;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0 && cost[i][j] === cost[i - 1][j - 1] + (letters[i - 1] === target[j - 1] ? 0 : 1)) {
      out.push(target[j - 1] + marks[i - 1]);
      i--;
      j--;
    } else if (j > 0 && cost[i][j] === cost[i][j - 1] + 1) {
      out.push(target[j - 1]);
      j--;
    } else {
      i--;
    }
  }
  return minimalEdit(start, written, leading + out.reverse().join(''));
}
