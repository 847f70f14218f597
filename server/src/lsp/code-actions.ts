import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type Diagnostic,
  type Range,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Directives, nonOverlappingFixes, safeFixOf } from '../engine';
import type { Analysis } from './analyses';
import { editsOf, isDiagnosticData, lspEdit, SOURCE, type DiagnosticFix } from './diagnostics';
import { inReadingOrder, t } from './strings';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.mudaqqiq`;

/** How a WorkspaceEdit is written for this client. */
export interface EditStyle {
  /** The client takes versioned TextDocumentEdits (which it refuses to apply to a changed document). */
  documentChanges: boolean;
  /** The client creates files (a CreateFile in documentChanges). */
  createFiles: boolean;
}

export function workspaceEdit(document: TextDocument, edits: LspTextEdit[], style: EditStyle): WorkspaceEdit {
  if (style.documentChanges) {
    return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] };
  }
  return { changes: { [document.uri]: edits } };
}

export function isMudaqqiqDiagnostic(diagnostic: Diagnostic): boolean {
  return diagnostic.source === SOURCE && typeof diagnostic.code === 'string';
}

/** Whether two diagnostics are one finding: the same rule, message and range. */
export function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  const [x, y] = [a.range, b.range];
  return (
    a.code === b.code &&
    a.message === b.message &&
    x.start.line === y.start.line &&
    x.start.character === y.start.character &&
    x.end.line === y.end.line &&
    x.end.character === y.end.character
  );
}

/** Whether the client asked for code actions of this kind (no `only`: every kind but source actions). */
export function wants(only: string[] | undefined, kind: string): boolean {
  if (!only) return !kind.startsWith(CodeActionKind.Source);
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/**
 * Quick fixes for the diagnostics the client sends: each fix of each (preferred when safe), "fix all
 * problems of this rule in this file" when there are several, and the two disable directives.
 * `diagnostics` carry their fixes in `data` (big ones by reference to `analysis`, the current check of
 * the document, which they must be from).
 */
export function quickFixes(document: TextDocument, diagnostics: Diagnostic[], analysis: Analysis, style: EditStyle): CodeAction[] {
  const actions: CodeAction[] = [];
  const rulesSeen = new Set<string>();
  for (const diagnostic of diagnostics) {
    const ruleId = diagnostic.code as string;
    const fixes: DiagnosticFix[] = isDiagnosticData(diagnostic.data) ? diagnostic.data.fixes : [];
    const preferred = fixes.find((f) => f.safe);
    for (const fix of fixes) {
      const edits = editsOf(fix, document, analysis.findings);
      if (!edits) continue;
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix === preferred,
        edit: workspaceEdit(document, edits, style),
      });
    }
    if (rulesSeen.has(ruleId)) continue;
    rulesSeen.add(ruleId);
    const ofRule = fixAllOfRule(document, analysis, ruleId, style);
    if (ofRule) actions.push(ofRule);
    actions.push(disableForLine(document, diagnostic, ruleId, style, analysis), disableForFile(document, diagnostic, ruleId, style, analysis));
  }
  return actions;
}

/** Rule diagnostics of the current analysis that the range touches (for stale or missing client diagnostics). */
export function diagnosticsIn(analysis: Analysis, range: Range): Diagnostic[] {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
  return analysis.diagnostics.filter((d) => isMudaqqiqDiagnostic(d) && !before(d.range.end, range.start) && !before(range.end, d.range.start));
}

function fixAllOfRule(document: TextDocument, analysis: Analysis, ruleId: string, style: EditStyle): CodeAction | undefined {
  const fixes = nonOverlappingFixes(analysis.findings.filter((f) => f.ruleId === ruleId).flatMap((f) => safeFixOf(f) ?? []));
  if (fixes.length < 2) return undefined;
  return {
    title: inReadingOrder(t('fixAllOfRule', analysis.context.locale, { rule: ruleId }), analysis.context.locale),
    kind: CodeActionKind.QuickFix,
    edit: workspaceEdit(document, fixes.flatMap((f) => f.edits.map((e) => lspEdit(document, e))), style),
  };
}

function disableForLine(document: TextDocument, diagnostic: Diagnostic, ruleId: string, style: EditStyle, analysis: Analysis): CodeAction {
  const locale = analysis.context.locale;
  return {
    title: inReadingOrder(t('disableLine', locale, { rule: ruleId }), locale),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(document, disableLineEdits(document, diagnostic.range.start.line, ruleId, analysis), style),
  };
}

/**
 * `ruleId` added to the disable-next-line directive on the line before `line`; else such a directive at
 * the end of the line before, when `line` goes on with its paragraph; else, for a Markdown list item,
 * table row or line of a quotation (`> …`), a disable-line directive at its own end (a line between two
 * items, rows or quoted paragraphs would end the list, the table or the quotation, a block quote torn in
 * two); else a disable-next-line directive on a line of its own.
 */
function disableLineEdits(document: TextDocument, line: number, ruleId: string, analysis: Analysis): LspTextEdit[] {
  const previousLine = line > 0 ? lineText(document, line - 1) : '';
  const idsEnd = new Directives(previousLine).ruleIdsEnd('disable-next-line', 0);
  if (idsEnd !== undefined) return [insertion(line - 1, idsEnd, ` ${ruleId}`)];
  const directive = `<!-- mudaqqiq-disable-next-line ${ruleId} -->`;
  // A comment on a line of its own ends a Markdown paragraph, for the checker as for Markdown itself: a
  // quotation wrapped over the lines would be torn in two. At the end of a line it is inline.
  if (continuesParagraph(document, line, analysis)) return [insertion(line - 1, inlineEnd(previousLine), ` ${directive}`)];
  // The first line goes on after a BOM, which must stay the file's first character.
  const start = line === 0 ? bomLength(document.getText()) : 0;
  const text = lineText(document, line).slice(start);
  if (analysis.context.kind === 'markdown' && (MARKDOWN_LIST_ITEM.test(text) || MARKDOWN_TABLE_ROW.test(text) || MARKDOWN_QUOTATION_LINE.test(text))) {
    const ownIdsEnd = new Directives(text).ruleIdsEnd('disable-line', 0);
    if (ownIdsEnd !== undefined) return [insertion(line, start + ownIdsEnd, ` ${ruleId}`)];
    return [insertion(line, start + inlineEnd(text), ` <!-- mudaqqiq-disable-line ${ruleId} -->`)];
  }
  const indent = /^[ \t]*/.exec(text)![0];
  return [insertion(line, start, `${indent}${directive}${eolOf(document)}`)];
}

const MARKDOWN_LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const MARKDOWN_TABLE_ROW = /^[ \t]{0,3}\|/;
const MARKDOWN_QUOTATION_LINE = /^[ \t]{0,3}>/;

/**
 * Where an inline comment goes at the end of a line: before its trailing blanks, which may be a hard line
 * break, and in a table row before the closing pipe, inside the last cell.
 */
function inlineEnd(text: string): number {
  const trimmed = text.replace(/[ \t]+$/, '');
  if (!MARKDOWN_TABLE_ROW.test(trimmed) || !trimmed.endsWith('|') || trimmed.endsWith('\\|')) return trimmed.length;
  return trimmed.slice(0, -1).replace(/[ \t]+$/, '').length;
}

/** The text of `line`, without its line end. */
function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
}

function insertion(line: number, character: number, newText: string): LspTextEdit {
  const at = { line, character };
  return { range: { start: at, end: at }, newText };
}

/** Whether `line` goes on with a paragraph begun on an earlier line (Markdown wrapped over lines). */
function continuesParagraph(document: TextDocument, line: number, analysis: Analysis): boolean {
  const lineStart = document.offsetAt({ line, character: 0 });
  return analysis.outline()?.blocks.some((b) => b.span.start < lineStart && lineStart < b.span.end) ?? false;
}

const FRONT_MATTER = /^---[ \t]*\r?\n(?:.*\r?\n)*?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function disableForFile(document: TextDocument, diagnostic: Diagnostic, ruleId: string, style: EditStyle, analysis: Analysis): CodeAction {
  const locale = analysis.context.locale;
  const text = document.getText();
  // After a BOM, which the front matter follows.
  const bom = bomLength(text);
  const frontMatter = analysis.context.kind === 'markdown' ? FRONT_MATTER.exec(text.slice(bom)) : null;
  const eol = eolOf(document);
  const at = bom + (frontMatter ? frontMatter[0].length : 0);
  let prefix = '';
  if (frontMatter && !/\n$/.test(frontMatter[0])) prefix = eol; // front matter closed on the last line
  const position = document.positionAt(at);
  return {
    title: inReadingOrder(t('disableFile', locale, { rule: ruleId }), locale),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: workspaceEdit(document, [{ range: { start: position, end: position }, newText: `${prefix}<!-- mudaqqiq-disable ${ruleId} -->${eol}` }], style),
  };
}

function bomLength(text: string): number {
  return text.charCodeAt(0) === 0xfeff ? 1 : 0;
}

function eolOf(document: TextDocument): string {
  const text = document.getText();
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}
