import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DIRECTIVE_NAMES, Directives, findingMessage, isKnownRule, ruleById, ruleDocsUrl, ruleMessage, rules, type Finding, type Locale, type Severity, type Span, type TextEdit } from '../engine';
import { inReadingOrder, isolatingValues, t } from './strings';

export const SOURCE = 'mudaqqiq';

/**
 * What a diagnostic carries in `data`: its fixes, so code actions need no new check. A small fix comes
 * with its edits; a big one only names its finding, whose edits the server still holds in the document's
 * analysis: "use this spelling everywhere" on a huge text edits thousands of mentions, and carrying them
 * in every diagnostic made each pull response megabytes of JSON.
 */
export interface DiagnosticData {
  fixes: DiagnosticFix[];
}

export type DiagnosticFix = SmallFix | FixReference;

interface FixCommon {
  title: string;
  safe: boolean;
}

interface SmallFix extends FixCommon {
  edits: LspTextEdit[];
}

/** Where a big fix is in the analysis it came from: its finding (by index, rule and span) and its place among that finding's fixes. */
interface FixReference extends FixCommon {
  finding: number;
  ruleId: string;
  span: Span;
  fix: number;
}

/** Fixes with more edits than this travel as a FixReference. */
const MAX_EDITS_IN_DATA = 20;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function rangeOf(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function lspEdit(document: TextDocument, edit: TextEdit): LspTextEdit {
  return { range: rangeOf(document, edit.span), newText: edit.text };
}

/** The document that diagnostics are made for and their messages' language. */
export interface DiagnosticsTarget {
  uri: string;
  version: number;
  locale: Locale;
}

/**
 * The diagnostics of the findings of `text`, the text that was checked. Positions are counted on it
 * afresh, so the worker that checks a huge document makes them too and the main thread only forwards them.
 */
export function diagnosticsOf(findings: readonly Finding[], text: string, target: DiagnosticsTarget): Diagnostic[] {
  const document = TextDocument.create(target.uri, '', target.version, text);
  return findings.map((f, index) => toDiagnostic(f, index, document, target.locale));
}

function toDiagnostic(finding: Finding, index: number, document: TextDocument, locale: Locale): Diagnostic {
  const rule = ruleById.get(finding.ruleId)!;
  const related: DiagnosticRelatedInformation[] = finding.related.map((r) => ({
    location: { uri: document.uri, range: rangeOf(document, r.span) },
    message: inReadingOrder(ruleMessage(rule, r.messageId, r.data, locale, { isolate: isolatingValues() }), locale),
  }));
  const data: DiagnosticData = {
    fixes: finding.fixes.map((fix, fixIndex): DiagnosticFix => {
      const common = { title: inReadingOrder(ruleMessage(rule, fix.messageId, fix.data, locale, { isolate: isolatingValues() }), locale), safe: fix.safe };
      if (fix.edits.length > MAX_EDITS_IN_DATA) return { ...common, finding: index, ruleId: finding.ruleId, span: finding.span, fix: fixIndex };
      return { ...common, edits: fix.edits.map((e) => lspEdit(document, e)) };
    }),
  };
  return {
    range: rangeOf(document, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    source: SOURCE,
    message: inReadingOrder(findingMessage(finding, locale, { isolate: isolatingValues() }), locale),
    ...(related.length ? { relatedInformation: related } : {}),
    data,
  };
}

/**
 * A warning at each rule id a directive names that no rule has: the writer meant to silence a rule and
 * silenced nothing. It is no rule's finding, so it has no code and no fix.
 */
export function directiveDiagnostics(document: TextDocument, locale: Locale): Diagnostic[] {
  return new Directives(document.getText()).unknownRuleIds(isKnownRule).map(({ ruleId, span, isDirectiveName }) => ({
    range: rangeOf(document, span),
    severity: DiagnosticSeverity.Warning,
    source: SOURCE,
    message: inReadingOrder(
      isDirectiveName
        ? t('unknownDirective', locale, { directive: ruleId, directives: DIRECTIVE_NAMES.join(', ') })
        : t('unknownDirectiveRule', locale, { rule: ruleId, rules: rules.map((r) => r.id).join(', ') }),
      locale,
    ),
  }));
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  if (!value || typeof value !== 'object') return false;
  const data = value as DiagnosticData;
  return (
    Array.isArray(data.fixes) &&
    data.fixes.every((f) => f && typeof f.title === 'string' && typeof f.safe === 'boolean' && (Array.isArray((f as SmallFix).edits) || isFixReference(f)))
  );
}

function isFixReference(fix: DiagnosticFix): fix is FixReference {
  const ref = fix as FixReference;
  return Number.isInteger(ref.finding) && Number.isInteger(ref.fix) && typeof ref.ruleId === 'string' && !!ref.span && Number.isInteger(ref.span.start) && Number.isInteger(ref.span.end);
}

/**
 * The edits of a fix: its own, or for a reference those of the finding it names among `findings` (of the
 * analysis the diagnostic is of); none when that finding is not there (another check).
 */
export function editsOf(fix: DiagnosticFix, document: TextDocument, findings: readonly Finding[]): LspTextEdit[] | undefined {
  if (!isFixReference(fix)) return fix.edits;
  const finding = findings[fix.finding];
  if (!finding || finding.ruleId !== fix.ruleId || finding.span.start !== fix.span.start || finding.span.end !== fix.span.end) return undefined;
  return finding.fixes[fix.fix]?.edits.map((e) => lspEdit(document, e));
}

export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') counts.errors++;
    else if (f.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}
