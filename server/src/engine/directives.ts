// Inline directives, the same in Markdown and plain text:
//   <!-- mudaqqiq-disable [rule ...] -->   <!-- mudaqqiq-enable [rule ...] -->
//   <!-- mudaqqiq-disable-next-line [rule ...] -->
// No rule ids means every rule.

import { firstIndexWhere } from './bisect';
import type { Span } from './types';

// Rule ids hold no `<`: a directive left unclosed ends its search at the next comment, not the end of the text.
const DIRECTIVE = /<!--\s*mudaqqiq-(disable-next-line|disable|enable)\b([^<]*?)-->/g;

interface Directive {
  kind: 'disable-next-line' | 'disable' | 'enable';
  /** Empty: all rules. */
  ruleIds: string[];
  /** Where each of ruleIds is written in the text. */
  ruleIdSpans: Span[];
  offset: number;
  line: number;
}

/** A rule id a directive names that no rule has, where it is written (`line` 0-based). */
export interface UnknownDirectiveRule {
  ruleId: string;
  span: Span;
  line: number;
}

const RULE_ID = /[^\s,]+/g;

export class Directives {
  private readonly directives: Directive[];
  private readonly lineStarts: number[];

  constructor(text: string) {
    const mentionsDirectives = text.includes('mudaqqiq-');
    this.lineStarts = mentionsDirectives ? lineStartsOf(text) : []; // only directives need line numbers
    this.directives = [];
    if (!mentionsDirectives) return;
    for (const m of text.matchAll(DIRECTIVE)) {
      // The ids run up to the closing -->.
      const idsStart = m.index + m[0].length - 3 - m[2].length;
      const ids = [...m[2].matchAll(RULE_ID)];
      this.directives.push({
        kind: m[1] as Directive['kind'],
        ruleIds: ids.map((id) => id[0]),
        ruleIdSpans: ids.map((id) => ({ start: idsStart + id.index, end: idsStart + id.index + id[0].length })),
        offset: m.index,
        line: this.lineOf(m.index),
      });
    }
  }

  /** The rule ids directives name that are unknown: a slip, for such a directive silences nothing. */
  unknownRuleIds(isKnown: (ruleId: string) => boolean): UnknownDirectiveRule[] {
    return this.directives.flatMap((d) => d.ruleIds.flatMap((ruleId, i) => (isKnown(ruleId) ? [] : [{ ruleId, span: d.ruleIdSpans[i], line: d.line }])));
  }

  isDisabled(ruleId: string, offset: number): boolean {
    if (this.directives.length === 0) return false;
    const line = this.lineOf(offset);
    let disabled = false;
    for (const d of this.directives) {
      const names = d.ruleIds.length === 0 || d.ruleIds.includes(ruleId);
      if (!names) continue;
      if (d.kind === 'disable-next-line') {
        if (d.line + 1 === line) return true;
      } else if (d.offset <= offset) {
        disabled = d.kind === 'disable';
      }
    }
    return disabled;
  }

  private lineOf(offset: number): number {
    return lineIndexOf(this.lineStarts, offset);
  }
}

/** The 0-based line of `offset`, given where the lines start (lineStartsOf). */
export function lineIndexOf(lineStarts: readonly number[], offset: number): number {
  return Math.max(0, firstIndexWhere(lineStarts.length, (i) => lineStarts[i] > offset) - 1);
}

/** Where each line of `text` starts: after LF, CRLF or a lone CR. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  // A CR alone ends a line too, as editors and LSP count lines.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}
