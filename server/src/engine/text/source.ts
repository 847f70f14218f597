import { firstIndexWhere } from '../bisect';
import type { Span, TextEdit } from '../types';

/**
 * Rules see text with LF line ends and no BOM, so CRLF, CR and BOM files give the same findings as LF
 * files. This maps spans and edits on that text back onto the original.
 */
export class SourceText {
  /** The original text, as the caller gave it. */
  readonly original: string;
  /** LF only, no BOM. */
  readonly text: string;
  /** The line end most lines of the original have, which edits are written with. */
  readonly eol: '\n' | '\r\n' | '\r';
  private readonly bomLength: number;
  /** Index in `text` of each char that follows a removed `\r`, ascending; empty for LF files. */
  private readonly crBefore: number[];

  constructor(original: string) {
    this.original = original;
    this.bomLength = original.charCodeAt(0) === 0xfeff ? 1 : 0;
    const body = this.bomLength ? original.slice(1) : original;
    this.crBefore = [];
    if (body.includes('\r\n')) {
      const parts = body.split('\r\n');
      let at = 0;
      for (let i = 0; i < parts.length - 1; i++) {
        at += parts[i].length;
        this.crBefore.push(at);
        at += 1;
      }
      this.text = parts.join('\n');
    } else {
      this.text = body;
    }
    // A CR alone ends a line too (as in LSP): one character for another, so no offset moves.
    const loneCrCount = countOf(this.text, '\r');
    if (loneCrCount > 0) this.text = this.text.replace(/\r/g, '\n');
    const lineEnds = countOf(this.text, '\n');
    this.eol = this.crBefore.length * 2 > lineEnds ? '\r\n' : loneCrCount * 2 > lineEnds ? '\r' : '\n';
  }

  /** Where position `pos` of `text` lies in the original: just after the previous kept char. */
  toOriginal(pos: number): number {
    return pos + this.bomLength + countAtOrBelow(this.crBefore, pos - 1);
  }

  span(span: Span): Span {
    return { start: this.toOriginal(span.start), end: this.toOriginal(span.end) };
  }

  edit(edit: TextEdit): TextEdit {
    const text = this.eol === '\n' ? edit.text : edit.text.replace(/\n/g, this.eol);
    return { span: this.span(edit.span), text };
  }
}

/** How many times `ch` occurs in `text`. */
export function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** The line of `text` that holds `at` (the one a line break at `at` ends), without its line break. */
export function lineAround(text: string, at: number): { start: number; end: number } {
  const end = text.indexOf('\n', at);
  return { start: text.lastIndexOf('\n', at - 1) + 1, end: end === -1 ? text.length : end };
}

/** How many of the ascending `values` are ≤ `limit`. */
function countAtOrBelow(values: number[], limit: number): number {
  return firstIndexWhere(values.length, (i) => values[i] > limit);
}
