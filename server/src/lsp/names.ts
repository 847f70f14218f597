import {
  CodeActionKind,
  CreateFile,
  LSPErrorCodes,
  ResponseError,
  TextDocumentEdit,
  type CodeAction,
  type Diagnostic,
  type Position,
  type Range,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pathToFileURL } from 'node:url';
import { entryPreferring, renameEdits, type NameEntity, type NameMention } from '../engine/names/detect';
import type { NameEntry } from '../engine/names/list';
import { parseArticle } from '../engine/text/article';
import { SourceText } from '../engine/text/source';
import type { Span } from '../engine';
import type { Analysis } from './analyses';
import { changedPart } from './check';
import { workspaceEdit, type EditStyle } from './code-actions';
import { lspEdit, rangeOf } from './diagnostics';
import { withNameEntry, type NameListFile } from './name-list-file';
import { inReadingOrder, t } from './strings';

// The names of an article in the editor: rename (every spelling of a name rewritten to a new one) and
// "add this spelling to the workspace name list as preferred" on a flagged mention. Both read the names
// the analysis found (Analysis.names, spans in the working text), mapped to the document through
// SourceText.

const RULE_ID = 'name-consistency';

/** A mention of a name in the document. */
interface NameAt {
  entity: NameEntity;
  mention: NameMention;
  /** The mention on the document's text, without the proclitics joined to it. */
  span: Span;
}

function* mentionsIn(names: readonly NameEntity[], source: SourceText): Generator<NameAt> {
  for (const entity of names) for (const mention of entity.mentions) yield { entity, mention, span: source.span(mention.span) };
}

/** The mention at `offset` of the document: on the name or on its proclitics (وبواشنطن). */
function nameAt(names: readonly NameEntity[], source: SourceText, offset: number): NameAt | undefined {
  for (const at of mentionsIn(names, source)) {
    if (offset >= at.span.start - at.mention.proclitic.length && offset <= at.span.end) return at;
  }
  return undefined;
}

function notAName(analysis: Analysis): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestFailed, t('notAName', analysis.context.locale));
}

/** textDocument/prepareRename: the mention under the cursor and how it is written; an error off a name. */
export function prepareRename(document: TextDocument, analysis: Analysis, position: Position): { range: Range; placeholder: string } {
  const found = nameAt(analysis.names, new SourceText(document.getText()), document.offsetAt(position));
  if (!found) throw notAName(analysis);
  return { range: rangeOf(document, found.span), placeholder: found.mention.form };
}

/**
 * textDocument/rename: every mention named like the one under the cursor, in whatever spelling, rewritten
 * to `newName`, keeping the proclitics joined to each (وبواشنطون → وب + the new form).
 */
export function rename(document: TextDocument, analysis: Analysis, position: Position, newName: string, style: EditStyle): WorkspaceEdit {
  const source = new SourceText(document.getText());
  const found = nameAt(analysis.names, source, document.offsetAt(position));
  if (!found) throw notAName(analysis);
  const article = parseArticle(source.text, analysis.context.kind);
  const edits = renameEdits(article, found.entity, found.mention, newName).map((e) => lspEdit(document, source.edit(e)));
  return workspaceEdit(document, edits, style);
}

/**
 * "Add this spelling to the workspace name list as preferred" for each flagged spelling of a name among
 * `diagnostics`: the entry that makes it the house spelling (entryPreferring), written into the list
 * as a WorkspaceEdit. Aliases and surnames are left out: neither is a spelling of the full name.
 */
export function nameListActions(
  document: TextDocument,
  diagnostics: Diagnostic[],
  analysis: Analysis,
  listFile: () => NameListFile | undefined,
  style: EditStyle,
): CodeAction[] {
  const flagged = diagnostics.filter((d) => d.code === RULE_ID);
  if (flagged.length === 0) return [];
  const source = new SourceText(document.getText());
  const actions: CodeAction[] = [];
  const offered = new Set<string>();
  let file: NameListFile | undefined | null = null;
  for (const diagnostic of flagged) {
    const start = document.offsetAt(diagnostic.range.start);
    let found: NameAt | undefined;
    for (const at of mentionsIn(analysis.names, source)) if (at.span.start === start && at.mention.differs) found = at;
    if (!found || found.mention.role === 'alias' || found.mention.role === 'surname' || offered.has(found.mention.form)) continue;
    offered.add(found.mention.form);
    file ??= listFile() ?? undefined;
    const edit = file && nameListEdit(file, entryPreferring(found.entity, found.mention.form), style);
    if (!edit) continue;
    const locale = analysis.context.locale;
    actions.push({
      title: inReadingOrder(t('addToNameList', locale, { form: found.mention.form }), locale),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit,
    });
  }
  return actions;
}

function nameListEdit(file: NameListFile, entry: NameEntry, style: EditStyle): WorkspaceEdit | undefined {
  const text = withNameEntry(file, entry);
  if (text === undefined) return undefined;
  const uri = file.open?.uri ?? pathToFileURL(file.path).toString();
  if (file.text === undefined) {
    if (!style.createFiles) return undefined;
    const start = { line: 0, character: 0 };
    return { documentChanges: [CreateFile.create(uri, { ignoreIfExists: true }), TextDocumentEdit.create({ uri, version: null }, [{ range: { start, end: start }, newText: text }])] };
  }
  const before = TextDocument.create(uri, 'jsonc', 0, file.text);
  const change = changedPart(file.text, text);
  if (!change) return undefined;
  const edit = lspEdit(before, change);
  // The editor's copy by its version, which the client refuses to edit once it has changed (a second
  // action offered before the first was applied); a file on disk by none.
  const version = file.open?.version ?? null;
  return style.documentChanges ? { documentChanges: [TextDocumentEdit.create({ uri, version }, [edit])] } : { changes: { [uri]: [edit] } };
}
