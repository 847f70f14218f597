import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveConfig, type UserConfig } from '../config';
import { applyEdits, fixText, nonOverlappingFixes } from '../fix';
import { lint } from '../lint';
import { ruleMessage } from '../messages';
import type { AnyRule } from '../rule';
import type { TextKind } from '../text/prose';
import type { Finding, Severity } from '../types';

/** One expected finding, named by the text it covers (the `nth` occurrence of it, from 0). */
export interface ExpectedFinding {
  covers: string;
  nth?: number;
  messageId?: string;
  severity?: Severity;
  /** Substrings that related information must cover, in order. */
  related?: string[];
}

export interface RuleTestCase {
  name?: string;
  text: string;
  /** Every finding of this rule, in text order; [] for a clean text. */
  findings: ExpectedFinding[];
  /** The text after every safe fix, applied until none is left; defaults to `text` (nothing fixed). */
  fixed?: string;
  /** The text after the first fix of every finding, safe or not; checked only when given. */
  suggested?: string;
  options?: Record<string, unknown>;
  config?: UserConfig;
  kind?: TextKind;
}

/**
 * Runs a rule's table of cases with only that rule switched on (at its default severity, or warning when
 * it is off by default), and checks the invariants every finding must keep.
 */
export function testRule(rule: AnyRule, cases: RuleTestCase[]): void {
  describe(rule.id, () => {
    cases.forEach((testCase, index) => {
      it(testCase.name ?? `case ${index + 1}: ${testCase.text.slice(0, 40).replace(/\n/g, '⏎')}`, () => {
        runCase(rule, testCase);
      });
    });
  });
}

export function configFor(rule: AnyRule, testCase: Pick<RuleTestCase, 'options' | 'config'> = {}) {
  const onlyThisRule = Object.fromEntries(
    [...resolveConfig().rules].map(({ rule: r }) => [r.id, r.id === rule.id ? (r.defaultSeverity === 'off' ? 'warning' : r.defaultSeverity) : 'off']),
  );
  const base = resolveConfig({ rules: onlyThisRule } as UserConfig, testCase.config);
  if (testCase.options) {
    const entry = base.rules.find((r) => r.rule.id === rule.id)!;
    entry.options = { ...entry.options, ...testCase.options };
  }
  return base;
}

function runCase(rule: AnyRule, testCase: RuleTestCase): void {
  const config = configFor(rule, testCase);
  const options = { kind: testCase.kind };
  const { findings } = lint(testCase.text, config, options);
  assertInvariants(rule, testCase.text, findings);
  const actual = findings.map((f) => describeFinding(testCase.text, f));
  const expected = testCase.findings.map((e) => {
    const start = nthIndexOf(testCase.text, e.covers, e.nth ?? 0);
    assert.ok(start >= 0, `test case error: "${e.covers}" (occurrence ${e.nth ?? 0}) is not in the text`);
    return {
      start,
      covers: e.covers,
      ...(e.messageId ? { messageId: e.messageId } : {}),
      ...(e.severity ? { severity: e.severity } : {}),
      ...(e.related ? { related: e.related } : {}),
    };
  });
  assert.deepEqual(
    actual.map((a, i) => pick(a, expected[i] ?? { start: 0, covers: '' })),
    expected,
    'findings differ',
  );
  assert.equal(fixText(testCase.text, config, options).output, testCase.fixed ?? testCase.text, 'fixed text differs');
  if (testCase.suggested !== undefined) {
    const firstFixes = nonOverlappingFixes(findings.flatMap((f) => f.fixes.slice(0, 1)));
    assert.equal(applyEdits(testCase.text, firstFixes.flatMap((f) => f.edits)), testCase.suggested, 'suggested text differs');
  }
}

function describeFinding(text: string, f: Finding) {
  return {
    start: f.span.start,
    covers: text.slice(f.span.start, f.span.end),
    messageId: f.messageId,
    severity: f.severity,
    related: f.related.map((r) => text.slice(r.span.start, r.span.end)),
  };
}

/** Keeps only the keys the expectation names, so a case states what it cares about. */
function pick(actual: ReturnType<typeof describeFinding>, expected: object) {
  return Object.fromEntries(Object.keys(expected).map((k) => [k, actual[k as keyof typeof actual]]));
}

function nthIndexOf(text: string, needle: string, nth: number): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) return -1;
  }
  return at;
}

export function assertInvariants(rule: AnyRule, text: string, findings: Finding[]): void {
  for (const f of findings) {
    const where = `${f.ruleId} at ${f.span.start}`;
    for (const span of [f.span, ...f.related.map((r) => r.span), ...f.fixes.flatMap((x) => x.edits.map((e) => e.span))]) {
      assert.ok(0 <= span.start && span.start <= span.end && span.end <= text.length, `${where}: span out of range`);
    }
    for (const locale of ['ar', 'en'] as const) {
      assert.doesNotMatch(ruleMessage(rule, f.messageId, f.data, locale), /\{\w+\}/, `${where}: unfilled placeholder`);
      for (const fix of f.fixes) assert.doesNotMatch(ruleMessage(rule, fix.messageId, fix.data, locale), /\{\w+\}/);
      for (const r of f.related) assert.doesNotMatch(ruleMessage(rule, r.messageId, r.data, locale), /\{\w+\}/);
    }
    for (const fix of f.fixes) assert.equal(nonOverlappingFixes([fix]).length, 1, `${where}: a fix overlaps itself`);
  }
}
