import type { ResolvedConfig } from './config';
import { lint, type LintOptions, type SuppressedFinding } from './lint';
import type { Finding, Fix, TextEdit } from './types';

/** Applies edits that do not overlap one another (the caller guarantees it). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    const { start, end } = edit.span;
    // A rule's wrong span must stop the fix, not garble the file it is written to.
    if (start < at || end < start || end > text.length) throw new RangeError(`edit ${start}–${end} overlaps another or lies outside a text of ${text.length} characters`);
    out += text.slice(at, start) + edit.text;
    at = end;
  }
  return out + text.slice(at);
}

/**
 * Picks fixes whose edits touch nothing another picked fix touches, in text order. Two edits at one
 * point conflict too: their order would be a guess. Linear but for a binary search an edit: a long
 * article has tens of thousands of fixes, a huge one millions.
 */
export function nonOverlappingFixes(fixes: readonly Fix[]): Fix[] {
  const taken = new DisjointEdits();
  const chosen: Fix[] = [];
  const ordered = [...fixes].sort((a, b) => firstStart(a) - firstStart(b));
  for (const fix of ordered) {
    if (fix.edits.some((edit) => taken.touches(edit))) continue;
    const own = fix.edits.length === 1 ? fix.edits : [...fix.edits].sort((a, b) => a.span.start - b.span.start);
    if (own.some((edit, i) => i > 0 && overlaps(own[i - 1], edit))) continue;
    for (const edit of own) taken.add(edit);
    chosen.push(fix);
  }
  return chosen;
}

/**
 * Edits none of which overlaps another, in text order: their starts, and so their ends, rise. Whether a
 * new edit touches one is told by its two neighbours, found by a binary search.
 */
class DisjointEdits {
  private readonly edits: TextEdit[] = [];

  touches(edit: TextEdit): boolean {
    const at = this.firstStartingFrom(edit.span.start);
    return (at > 0 && overlaps(this.edits[at - 1], edit)) || (at < this.edits.length && overlaps(this.edits[at], edit));
  }

  /** Adds an edit that touches none of them; most come in text order, and are pushed at the end. */
  add(edit: TextEdit): void {
    this.edits.splice(this.firstStartingFrom(edit.span.start), 0, edit);
  }

  private firstStartingFrom(start: number): number {
    let low = 0;
    let high = this.edits.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.edits[middle].span.start < start) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

function firstStart(fix: Fix): number {
  let first = Infinity;
  for (const edit of fix.edits) first = Math.min(first, edit.span.start);
  return first;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.span.start === b.span.start) return true;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

export function safeFixOf(finding: Finding): Fix | undefined {
  return finding.fixes.find((fix) => fix.safe);
}

export interface FixResult {
  output: string;
  /** How many fixes were applied over all passes. */
  applied: number;
  passes: number;
  /** Findings left in the output. */
  remaining: Finding[];
  /** Findings in the output that inline directives silence. */
  suppressed: SuppressedFinding[];
}

/** Applies every safe fix, re-checking after each pass, until none is left or `maxPasses` is reached. */
export function fixText(text: string, config: ResolvedConfig, options: LintOptions = {}, maxPasses = 10): FixResult {
  let output = text;
  let applied = 0;
  let passes = 0;
  let linted = lint(output, config, options);
  while (passes < maxPasses) {
    const fixes = nonOverlappingFixes(linted.findings.flatMap((f) => safeFixOf(f) ?? []));
    if (fixes.length === 0) break;
    output = applyEdits(output, fixes.flatMap((f) => f.edits));
    applied += fixes.length;
    passes++;
    linted = lint(output, config, options);
  }
  return { output, applied, passes, remaining: linted.findings, suppressed: linted.suppressed };
}
