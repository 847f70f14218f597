import { ErrorCodes, ResponseError, type Position, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

// Checks on what a client sends: malformed params get an InvalidParams error, never an exception that
// would leave a request unanswered.

export function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
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

export function rangeOf(value: unknown): Range {
  if (!isRecord(value)) throw invalid('range must be {start, end}');
  const range = { start: positionOf(value.start, 'range.start'), end: positionOf(value.end, 'range.end') };
  if (range.end.line < range.start.line || (range.end.line === range.start.line && range.end.character < range.start.character)) {
    throw invalid('range.end must not come before range.start');
  }
  return range;
}

function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

/** A position past the last line names nothing in the document. */
export function isInDocument(document: TextDocument, position: Position): boolean {
  return position.line < document.lineCount;
}
