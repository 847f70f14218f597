import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findingMessage, ruleById, ruleDocsUrl, ruleMessage, type Finding, type Locale, type Severity, type Span, type TextEdit } from '../engine';
import { inReadingOrder } from './strings';

export const SOURCE = 'mudaqqiq';

/** What a diagnostic carries in `data`: its fixes, ready to apply, so code actions need no new check. */
export interface DiagnosticData {
  /** The document version the edits are for. */
  version: number;
  fixes: DiagnosticFix[];
}

export interface DiagnosticFix {
  title: string;
  safe: boolean;
  edits: LspTextEdit[];
}

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

/** The document that diagnostics are made for (its version goes into their data) and their messages' language. */
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
  return findings.map((f) => toDiagnostic(f, document, target.locale));
}

function toDiagnostic(finding: Finding, document: TextDocument, locale: Locale): Diagnostic {
  const rule = ruleById.get(finding.ruleId)!;
  const related: DiagnosticRelatedInformation[] = finding.related.map((r) => ({
    location: { uri: document.uri, range: rangeOf(document, r.span) },
    message: inReadingOrder(ruleMessage(rule, r.messageId, r.data, locale, { isolate: true }), locale),
  }));
  const data: DiagnosticData = {
    version: document.version,
    fixes: finding.fixes.map((fix) => ({
      title: inReadingOrder(ruleMessage(rule, fix.messageId, fix.data, locale, { isolate: true }), locale),
      safe: fix.safe,
      edits: fix.edits.map((e) => lspEdit(document, e)),
    })),
  };
  return {
    range: rangeOf(document, finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId) },
    source: SOURCE,
    message: inReadingOrder(findingMessage(finding, locale, { isolate: true }), locale),
    ...(related.length ? { relatedInformation: related } : {}),
    data,
  };
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  if (!value || typeof value !== 'object') return false;
  const data = value as DiagnosticData;
  return (
    typeof data.version === 'number' &&
    Array.isArray(data.fixes) &&
    data.fixes.every((f) => f && typeof f.title === 'string' && typeof f.safe === 'boolean' && Array.isArray(f.edits))
  );
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
