import { ErrorCodes, Message, ResponseError, type Diagnostic, type NotificationMessage, type Position, type Range, type RequestMessage, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

// Checks on what a client sends: malformed params get an InvalidParams error, never an exception that
// would leave a request unanswered. Most are made by the handler that reads the params; those that the
// library reads first are made as each message arrives (checkArrivingParams, called by lifecycle.ts).

export function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Checks of params that vscode-languageserver reads before our handlers: made before dispatch. */
const ARRIVING_CHECKS = new Map<string, (params: unknown) => void>([
  ['initialize', checkInitializeParams],
  // TextDocuments would keep a document without text, and every later request on it would fail.
  ['textDocument/didOpen', checkTextDocumentItem],
]);

/** Throws InvalidParams for params that no handler could take: malformed where the library reads them. */
export function checkArrivingParams(message: RequestMessage | NotificationMessage): void {
  const { method, params } = message;
  // The library reads `params.workDoneToken` of a request before calling its handler (`shutdown` takes
  // none, and whatever comes with it is ignored). Lists are answered by the library itself.
  if (Message.isRequest(message) && method !== 'shutdown' && params !== undefined && (typeof params !== 'object' || params === null)) {
    throw invalid('params must be an object');
  }
  ARRIVING_CHECKS.get(method)?.(params);
}

function checkInitializeParams(params: unknown): void {
  // The library reads the capabilities to set itself up.
  if (!isRecord(params) || !isRecord(params.capabilities)) throw invalid('initialize: capabilities must be an object');
  const folders = params.workspaceFolders;
  if (folders !== undefined && folders !== null && !(Array.isArray(folders) && folders.every((f) => isRecord(f) && typeof f.uri === 'string'))) {
    throw invalid('initialize: workspaceFolders must be a list of {uri, name} or null');
  }
  if (params.rootUri !== undefined && params.rootUri !== null && typeof params.rootUri !== 'string') throw invalid('initialize: rootUri must be a string or null');
}

function checkTextDocumentItem(params: unknown): void {
  const item = isRecord(params) ? params.textDocument : undefined;
  if (!isRecord(item) || typeof item.uri !== 'string' || item.uri === '' || typeof item.languageId !== 'string' || !Number.isInteger(item.version) || typeof item.text !== 'string') {
    throw invalid('textDocument must be {uri, languageId, version, text}');
  }
}

/** `params.textDocument.uri`. */
export function documentUriOf(params: unknown): string {
  const uri = isRecord(params) && isRecord(params.textDocument) ? params.textDocument.uri : undefined;
  if (typeof uri !== 'string' || uri === '') throw invalid('textDocument.uri must be a string');
  return uri;
}

export function positionOf(value: unknown, name = 'position'): Position {
  if (!isRecord(value) || !isCount(value.line) || !isCount(value.character)) {
    throw invalid(`${name} must be {line, character} with non-negative integers`);
  }
  return { line: value.line, character: value.character };
}

export function rangeOf(value: unknown, name = 'range'): Range {
  if (!isRecord(value)) throw invalid(`${name} must be {start, end}`);
  const range = { start: positionOf(value.start, `${name}.start`), end: positionOf(value.end, `${name}.end`) };
  if (range.end.line < range.start.line || (range.end.line === range.start.line && range.end.character < range.start.character)) {
    throw invalid(`${name}.end must not come before ${name}.start`);
  }
  return range;
}

/** The `context` of a code action request: the client's diagnostics there and the kinds it asks for. */
export function codeActionContextOf(value: unknown): { diagnostics: Diagnostic[]; only: string[] | undefined } {
  if (!isRecord(value) || !Array.isArray(value.diagnostics) || !value.diagnostics.every(isRecord)) {
    throw invalid('context.diagnostics must be a list of diagnostics');
  }
  return { diagnostics: value.diagnostics as unknown as Diagnostic[], only: Array.isArray(value.only) ? value.only : undefined };
}

/** `params.arguments` of workspace/executeCommand; none is an empty list. */
export function commandArgumentsOf(params: unknown): unknown[] {
  const args = isRecord(params) ? params.arguments : undefined;
  if (args === undefined || args === null) return [];
  if (!Array.isArray(args)) throw invalid('arguments must be a list');
  return args;
}

/**
 * The workspace edit that the mudaqqiq.applyEdit command sends on to the client: it came back from the
 * client as the argument of a code action's command, and a malformed one (an edit without a range) would
 * fail in the editor, or break it, rather than here.
 */
export function workspaceEditOf(value: unknown, name: string): WorkspaceEdit {
  const fail = () => invalid(`${name} must be a workspace edit: {changes: {uri: edits}} or {documentChanges}`);
  if (!isRecord(value) || (value.changes === undefined && value.documentChanges === undefined)) throw fail();
  const checkEdits = (edits: unknown) => {
    if (!Array.isArray(edits)) throw fail();
    for (const edit of edits) {
      if (!isRecord(edit) || typeof edit.newText !== 'string') throw fail();
      rangeOf(edit.range, `the range of an edit of ${name}`);
    }
  };
  if (value.changes !== undefined) {
    if (!isRecord(value.changes)) throw fail();
    Object.values(value.changes).forEach(checkEdits);
  }
  if (value.documentChanges !== undefined) {
    if (!Array.isArray(value.documentChanges)) throw fail();
    for (const change of value.documentChanges) {
      if (!isRecord(change)) throw fail();
      // A resource operation (create, rename, delete a file) is the client's to check.
      if (typeof change.kind === 'string') continue;
      if (!isRecord(change.textDocument) || typeof change.textDocument.uri !== 'string') throw fail();
      checkEdits(change.edits);
    }
  }
  return value as WorkspaceEdit;
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

/** A position past the last line names nothing in the document. */
export function isInDocument(document: TextDocument, position: Position): boolean {
  return position.line < document.lineCount;
}
