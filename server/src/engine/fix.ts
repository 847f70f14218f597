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
 * point conflict too: their order would be a guess.
 */
export function nonOverlappingFixes(fixes: readonly Fix[]): Fix[] {
  const taken: TextEdit[] = [];
  const chosen: Fix[] = [];
  const ordered = [...fixes].sort((a, b) => firstStart(a) - firstStart(b));
  for (const fix of ordered) {
    if (fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    if (fix.edits.some((edit, i) => fix.edits.some((other, j) => i < j && overlaps(edit, other)))) continue;
    taken.push(...fix.edits);
    chosen.push(fix);
  }
  return chosen;
}

function firstStart(fix: Fix): number {
  return Math.min(...fix.edits.map((e) => e.span.start));
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
