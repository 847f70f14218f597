import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import {
  applyEdits,
  DIRECTIVE_NAMES,
  Directives,
  fixText,
  isKnownRule,
  lineIndexOf,
  lineStartsOf,
  lint,
  resolveConfig,
  ruleById,
  ruleMessage,
  safeFixOf,
  unknownRule,
  type Finding,
  type Fix,
  type Locale,
  type ResolvedConfig,
  type SuppressedFinding,
  type TextKind,
  type UserConfig,
} from '../engine';
import { mapPacked } from '../engine/packed';
import { decode, encode, UnencodableError, type Encoding } from './encoding';
import { namesOfArticle } from './list-names';
import type { FileResult, Message, Place, Replacement } from './report';
import { onlyShare } from './rule-shares';
import { FolderNotWritableError, HalfWrittenError, writeFixedFile } from './write-file';

// Checking one file, the same in the main thread and in a worker: read, decode, lint, fix, write.

export type FixMode = 'none' | 'fix' | 'dry-run';

/** What every file of a run shares; plain data, so it can be handed to worker threads. */
export interface CheckSettings {
  fixMode: FixMode;
  encoding: Encoding;
  /** --locale; else the file's config; else `defaultLocale`. */
  locale?: Locale;
  defaultLocale: Locale;
  /** Config layers by key, as the config loader found them (see ConfigLoader). */
  configs: Record<string, UserConfig[]>;
  /** --list-names: find the names of each file (FileResult.names) instead of checking it. */
  listNames?: boolean;
  /** Give each message its `identity` (for the fingerprints of the gitlab format). */
  identities?: boolean;
}

export interface FileTask {
  path: string;
  /** The path shown in diffs: relative to the working directory. */
  displayPath: string;
  configKey: string;
}

export class Checker {
  private readonly resolved = new Map<string, ResolvedConfig>();

  constructor(private readonly settings: CheckSettings) {}

  /** `share`: run only that share of the rules (see rule-shares.ts), for a check without fixes; else all of them. */
  checkFile(task: FileTask, share?: number): FileResult {
    let bytes: Buffer;
    try {
      bytes = readFileSync(task.path);
    } catch (error) {
      // It was there when the files were listed.
      const gone = (error as NodeJS.ErrnoException).code === 'ENOENT';
      return { path: task.path, messages: [], failure: `cannot read it: ${gone ? 'it was removed or renamed while the check ran; check it again where it is now' : ioReason(error)}` };
    }
    return this.checkBytes(task, bytes, false, share);
  }

  /** `toOutput`: standard input, whose fixed text is returned rather than written. */
  checkBytes(task: FileTask, bytes: Uint8Array, toOutput: boolean, share?: number): FileResult {
    const result: FileResult = { path: task.path, messages: [] };
    const decoded = decode(bytes, this.settings.encoding);
    if (decoded.kind === 'binary') {
      // Fixed standard input is printed in its place (a filter, an editor's format command): unchecked, it goes through as it came.
      const unchanged = toOutput && this.settings.fixMode === 'fix' ? { output: bytes } : {};
      return { ...result, ...unchanged, skipped: 'binary file (it contains NUL bytes), not checked' };
    }
    if (decoded.kind === 'undecodable') return { ...result, failure: decoded.advice };
    const config = this.config(task.configKey, share);
    const locale = this.settings.locale ?? config.locale ?? this.settings.defaultLocale;
    const kind = kindOf(task.path);
    const { text } = decoded;
    const notices = unknownDirectiveRules(text);
    // An empty file is a clean one; empty standard input is more likely a pipe whose first command failed.
    if (toOutput && bytes.length === 0) notices.push('standard input is empty, so nothing was checked; if text was meant to come through the pipe, check the command before it');
    if (notices.length) result.notices = notices;
    try {
      if (this.settings.listNames) return { ...result, names: namesOfArticle(text, config, kind) };
      if (this.settings.fixMode === 'none') {
        const { findings, suppressed } = lint(text, config, { kind });
        result.messages = toMessages(text, findings, locale, this.settings.identities);
        addSuppressed(result, text, suppressed, locale);
        return result;
      }
      const fixed = fixText(text, config, { kind });
      result.messages = toMessages(fixed.output, fixed.remaining, locale, this.settings.identities);
      addSuppressed(result, fixed.output, fixed.suppressed, locale);
      result.fixesApplied = fixed.applied;
      const changed = fixed.output !== text;
      if (this.settings.fixMode === 'dry-run') {
        if (changed) {
          // As git writes paths in a patch: forward slashes, no leading one after a/ and b/.
          const name = task.displayPath.replaceAll('\\', '/').replace(/^\/+/, '');
          // Loaded for --fix-dry-run only, not at every start.
          const { createTwoFilesPatch, FILE_HEADERS_ONLY } = require('diff') as typeof import('diff');
          result.diff = createTwoFilesPatch(`a/${name}`, `b/${name}`, text, fixed.output, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY });
          // The diff, like all output, is UTF-8: applied, it would write UTF-8 into a file in another encoding.
          if (decoded.encoding !== 'utf-8') (result.notices ??= []).push(`the diff shows the text in UTF-8, not in the file's ${decoded.encoding}, so patch and git apply cannot apply it; --fix fixes the file in ${decoded.encoding}`);
        }
      } else if (toOutput) {
        result.output = encode(fixed.output, decoded.encoding);
      } else if (changed) {
        writeFixedFile(task.path, encode(fixed.output, decoded.encoding));
      }
      return result;
    } catch (error) {
      if (error instanceof UnencodableError) {
        return { ...result, messages: [], failure: `not fixed: the file is in ${error.encoding}, which cannot hold a character the fixes need (${error.message}); re-save it as UTF-8 and run --fix again` };
      }
      if (error instanceof FolderNotWritableError) return { ...result, messages: [], failure: `cannot write the fixes: ${error.message}` };
      if (error instanceof HalfWrittenError) return { ...result, messages: [], failure: `cannot write the fixes (${ioReason(error.cause)}): ${error.message}` };
      if (isIoError(error)) return { ...result, messages: [], failure: `cannot write the fixes: ${ioReason(error)}` };
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      return { ...result, messages: [], failure: `internal error while checking it; please report this with the file:\n${detail}` };
    }
  }

  private config(key: string, share: number | undefined): ResolvedConfig {
    const cacheKey = share === undefined ? key : `${share} ${key}`;
    let config = this.resolved.get(cacheKey);
    if (!config) {
      config = resolveConfig(...(this.settings.configs[key] ?? []));
      if (share !== undefined) config = onlyShare(config, share);
      this.resolved.set(cacheKey, config);
    }
    return config;
  }
}

export function kindOf(path: string): TextKind {
  const ext = extname(path).toLowerCase();
  return ext === '.md' || ext === '.markdown' ? 'markdown' : 'plain';
}

/** A directive naming a rule that does not exist, or mistyped itself, silences nothing: the writer is told where. */
function unknownDirectiveRules(text: string): string[] {
  if (!text.includes('mudaqqiq-')) return [];
  return new Directives(text)
    .unknownRuleIds(isKnownRule)
    .map(({ ruleId, line, isDirectiveName }) =>
      isDirectiveName
        ? `line ${line + 1}: this directive silences nothing: "${ruleId}" is no directive; the directives are ${DIRECTIVE_NAMES.join(', ')}`
        : `line ${line + 1}: this directive silences nothing: ${unknownRule(ruleId).message}`,
    );
}

/** Adds to `result` the findings inline directives silence, as report messages with their reasons. */
function addSuppressed(result: FileResult, text: string, suppressed: readonly SuppressedFinding[], locale: Locale): void {
  if (suppressed.length === 0) return;
  const messages = toMessages(text, suppressed.map((s) => s.finding), locale);
  result.suppressed = messages.map((message, i) => ({ ...message, justification: suppressed[i].justification }));
}

/**
 * Findings as report messages: positions without the BOM, 1-based lines and columns, fixes merged as ESLint
 * does; with `identities`, each with what it is in no language and at no place (see Message.identity).
 */
export function toMessages(text: string, findings: readonly Finding[], locale: Locale, identities = false): Message[] {
  if (findings.length === 0) return [];
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lineStarts = lineStartsOf(text);
  const position = (offset: number) => {
    const line = lineIndexOf(lineStarts, offset);
    return { line: line + 1, column: offset - lineStarts[line] + 1 - (line === 0 ? bom : 0) };
  };
  const replacement = (fix: Fix): Replacement => {
    const edits = [...fix.edits].sort((a, b) => a.span.start - b.span.start);
    const start = Math.min(...edits.map((e) => e.span.start));
    const end = Math.max(...edits.map((e) => e.span.end));
    const shifted = edits.map((e) => ({ span: { start: e.span.start - start, end: e.span.end - start }, text: e.text }));
    return { range: [start - bom, end - bom], text: applyEdits(text.slice(start, end), shifted) };
  };
  const place = (span: { start: number; end: number }): Place => {
    const from = position(span.start);
    const to = position(span.end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, offset: span.start - bom, length: span.end - span.start };
  };
  return mapPacked(findings, (finding) => {
    const rule = ruleById.get(finding.ruleId)!;
    const safe = safeFixOf(finding);
    const others = finding.fixes.filter((fix) => fix !== safe && fix.edits.length > 0);
    const message: Message = {
      ruleId: finding.ruleId,
      messageId: finding.messageId,
      severity: finding.severity,
      message: ruleMessage(rule, finding.messageId, finding.data, locale),
      ...place(finding.span),
    };
    if (finding.related.length > 0) message.related = finding.related.map((r) => ({ ...place(r.span), message: ruleMessage(rule, r.messageId, r.data, locale) }));
    if (identities) message.identity = JSON.stringify([finding.messageId, finding.data ?? {}, flaggedInContext(text, finding.span.start, finding.span.end)]);
    if (safe && safe.edits.length > 0) {
      message.fix = replacement(safe);
      message.fixDescription = ruleMessage(rule, safe.messageId, safe.data, locale);
      message.fixEdits = safe.edits.map((e) => ({ range: [e.span.start - bom, e.span.end - bom], text: e.text }));
    }
    if (others.length > 0) {
      message.suggestions = others.map((fix) => ({ desc: ruleMessage(rule, fix.messageId, fix.data, locale), fix: replacement(fix) }));
    }
    return message;
  });
}

/**
 * The text a finding flags with the word either side, within its line: a space before a comma is told
 * from the same slip elsewhere in the file, whatever is written above it or further along its paragraph.
 */
function flaggedInContext(text: string, start: number, end: number): string {
  const isSpace = (at: number) => /\s/.test(text[at]);
  const isLineEnd = (at: number) => text[at] === '\n' || text[at] === '\r';
  // Each step is bounded: a run without spaces (a URL, a line of dashes) costs no more than CONTEXT_REACH.
  const back = (from: number, whileSpace: boolean) => {
    let at = from;
    while (at > 0 && from - at < CONTEXT_REACH && !isLineEnd(at - 1) && isSpace(at - 1) === whileSpace) at--;
    return at;
  };
  const forward = (from: number, whileSpace: boolean) => {
    let at = from;
    while (at < text.length && at - from < CONTEXT_REACH && !isLineEnd(at) && isSpace(at) === whileSpace) at++;
    return at;
  };
  return text.slice(back(back(back(start, false), true), false), forward(forward(forward(end, false), true), false));
}

const CONTEXT_REACH = 40;

function isIoError(error: unknown): boolean {
  return typeof (error as NodeJS.ErrnoException)?.code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

const IO_ADVICE: Record<string, string> = {
  ENOENT: 'no such file; check the path',
  EACCES: 'permission denied; check the file’s permissions',
  EPERM: 'operation not permitted; check the file’s permissions',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is a file, not a directory; check the path',
  ELOOP: 'a symbolic link on the way loops; check where it points',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
};

export function ioReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  return (code && IO_ADVICE[code]) ?? (error instanceof Error ? error.message : String(error));
}
