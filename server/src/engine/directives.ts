// Inline directives, the same in Markdown and plain text:
//   <!-- mudaqqiq-disable [rule ...] -->   <!-- mudaqqiq-enable [rule ...] -->
//   <!-- mudaqqiq-disable-next-line [rule ...] -->   <!-- mudaqqiq-disable-line [rule ...] -->
// No rule ids means every rule. As in ESLint, `-- why` after the ids gives the reason, which reports keep
// beside each finding the directive silences.

import { firstIndexWhere } from './bisect';
import type { Span } from './types';

// Rule ids hold no `<`: a directive left unclosed ends its search at the next comment, not the end of the text.
// What runs on from a kind (`disable-lines`, `disable-nextline`) is a slip in the kind, which then silences
// nothing: read as `disable` of a rule `-lines`, it would silence the rule to the end of the text.
const DIRECTIVE = /<!--\s*(mudaqqiq-(disable-next-line|disable-line|disable|enable)([^\s<]*?))(?=\s|-->)([^<]*?)-->/g;
/** Two or more dashes between spaces start the reason, as in ESLint. */
const REASON_MARK = /\s-{2,}\s/;

/** Why a finding is not reported: the directive that silences it. */
export interface Suppression {
  /** The reason written after `--`; empty when none is given. */
  justification: string;
}

interface Directive extends Suppression {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  /** Empty: all rules. */
  ruleIds: string[];
  /** Where each of ruleIds is written in the text. */
  ruleIdSpans: Span[];
  offset: number;
  line: number;
}

/** The directives as written, for the message on a mistyped one. */
export const DIRECTIVE_NAMES = ['mudaqqiq-disable', 'mudaqqiq-enable', 'mudaqqiq-disable-line', 'mudaqqiq-disable-next-line'];

/** A rule id a directive names that no rule has, where it is written (`line` 0-based). */
export interface UnknownDirectiveRule {
  ruleId: string;
  span: Span;
  line: number;
  /** The slip is in the directive's own name (`mudaqqiq-disable-nextline`), written as `ruleId`. */
  isDirectiveName: boolean;
}

const RULE_ID = /[^\s,]+/g;

export class Directives {
  private readonly directives: Directive[];
  /** Directives whose kind is mistyped, named by it: they silence nothing. */
  private readonly unknownKinds: UnknownDirectiveRule[] = [];
  private readonly lineStarts: number[];

  constructor(text: string) {
    const mentionsDirectives = text.includes('mudaqqiq-');
    this.lineStarts = mentionsDirectives ? lineStartsOf(text) : []; // only directives need line numbers
    this.directives = [];
    if (!mentionsDirectives) return;
    for (const m of text.matchAll(DIRECTIVE)) {
      const [, written, kind, runOn, rest] = m;
      if (runOn) {
        const start = m.index + m[0].indexOf(written);
        this.unknownKinds.push({ ruleId: written, span: { start, end: start + written.length }, line: this.lineOf(m.index), isDirectiveName: true });
        continue;
      }
      // The ids run up to the reason, or to the closing -->.
      const idsStart = m.index + m[0].length - 3 - rest.length;
      const reason = REASON_MARK.exec(rest);
      const ids = [...(reason ? rest.slice(0, reason.index) : rest).matchAll(RULE_ID)];
      this.directives.push({
        kind: kind as Directive['kind'],
        ruleIds: ids.map((id) => id[0]),
        ruleIdSpans: ids.map((id) => ({ start: idsStart + id.index, end: idsStart + id.index + id[0].length })),
        justification: reason ? rest.slice(reason.index + reason[0].length).trim() : '',
        offset: m.index,
        line: this.lineOf(m.index),
      });
    }
  }

  /**
   * The rule ids directives name that are unknown, and the mistyped kinds of directives as written
   * (`mudaqqiq-disable-nextline`): a slip, for such a directive silences nothing.
   */
  unknownRuleIds(isKnown: (ruleId: string) => boolean): UnknownDirectiveRule[] {
    const unknownIds = this.directives.flatMap((d) => d.ruleIds.flatMap((ruleId, i) => (isKnown(ruleId) ? [] : [{ ruleId, span: d.ruleIdSpans[i], line: d.line, isDirectiveName: false }])));
    return this.unknownKinds.length === 0 ? unknownIds : [...unknownIds, ...this.unknownKinds].sort((a, b) => a.span.start - b.span.start);
  }

  /**
   * Where one more rule id goes in the `kind` directive on `line` that names rules: after its last id.
   * Silencing another rule on the same line means adding to it: a second disable-next-line line would stand
   * between the first and the line it silences.
   */
  ruleIdsEnd(kind: 'disable-next-line' | 'disable-line', line: number): number | undefined {
    const directive = this.directives.find((d) => d.kind === kind && d.line === line && d.ruleIds.length > 0);
    return directive?.ruleIdSpans.at(-1)!.end;
  }

  /** The directive that silences `ruleId` at `offset`, if one does. */
  suppressionAt(ruleId: string, offset: number): Suppression | undefined {
    if (this.directives.length === 0) return undefined;
    const line = this.lineOf(offset);
    let inForce: Directive | undefined;
    for (const d of this.directives) {
      const names = d.ruleIds.length === 0 || d.ruleIds.includes(ruleId);
      if (!names) continue;
      if (d.kind === 'disable-next-line') {
        if (d.line + 1 === line) return d;
      } else if (d.kind === 'disable-line') {
        if (d.line === line) return d;
      } else if (d.offset <= offset) {
        inForce = d;
      }
    }
    return inForce?.kind === 'disable' ? inForce : undefined;
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
