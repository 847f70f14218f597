import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CancellationToken, Diagnostic, WorkDoneProgressReporter } from 'vscode-languageserver';
import type { Locale } from '../engine';
import type { Checker } from './checker';
import type { Contexts } from './contexts';
import { countBySeverity, type SeverityCounts } from './diagnostics';
import { filePathOf } from './file-uris';
import { invalid } from './params';
import { t } from './strings';

// `mudaqqiq.checkWorkspace`: checks article files on disk (the given files, the given folders, or every
// workspace folder) and publishes their diagnostics, one file at a time so the server keeps answering.

/** The language a file on disk would open in, by extension (the extension's `arabic-news` files included). */
const LANGUAGE_BY_EXTENSION: Record<string, string> = {
  '.news': 'arabic-news',
  '.arnews': 'arabic-news',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'plaintext',
};
const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', 'out']);

export interface WorkspaceCheckResult extends SeverityCounts {
  files: number;
  /** Files that were read and checked (others were not articles: another language, or not mostly Arabic). */
  checked: number;
}

export interface WorkspaceCheckDeps {
  contexts: Contexts;
  checker: Checker;
  /** Open documents are checked from the editor's text instead. */
  isOpen(uri: string): boolean;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  /** For the progress title. */
  locale: Locale;
}

/**
 * The files to check from the command's arguments: `[]` (every workspace folder), `[uri, …]`, `[[uri, …]]`
 * or `[{uris?, folder?}]`, where each uri is a file or a folder.
 */
export async function filesToCheck(args: unknown[], workspaceFolders: string[]): Promise<string[]> {
  const first = args[0];
  let uris: unknown[];
  if (first === undefined) uris = workspaceFolders;
  else if (Array.isArray(first)) uris = first;
  else if (typeof first === 'object' && first !== null) {
    const { uris: listed, folder } = first as { uris?: unknown; folder?: unknown };
    uris = [...(Array.isArray(listed) ? listed : []), ...(folder === undefined ? [] : [folder])];
  } else uris = args;
  const paths = uris.map((uri) => (typeof uri === 'string' ? filePathOf(uri) : undefined));
  if (!paths.every((path): path is string => path !== undefined)) throw invalid('mudaqqiq.checkWorkspace takes file: URIs of files or folders on this machine');
  const files: string[] = [];
  for (const path of paths) await collect(path, files);
  return files.map((path) => pathToFileURL(path).toString());
}

async function collect(path: string, into: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') into.push(path);
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) await collect(child, into);
    } else if (entry.isFile() && LANGUAGE_BY_EXTENSION[extname(entry.name).toLowerCase()]) {
      into.push(child);
    }
  }
}

export async function checkFiles(uris: string[], deps: WorkspaceCheckDeps, progress: WorkDoneProgressReporter, token: CancellationToken): Promise<WorkspaceCheckResult> {
  const result: WorkspaceCheckResult = { files: uris.length, checked: 0, errors: 0, warnings: 0, infos: 0 };
  progress.begin(t('checkingWorkspace', deps.locale), 0, undefined, true);
  try {
    for (const [index, uri] of uris.entries()) {
      if (token.isCancellationRequested) break;
      progress.report(Math.round((100 * index) / Math.max(1, uris.length)), uri.slice(uri.lastIndexOf('/') + 1));
      await new Promise((resolve) => setImmediate(resolve));
      if (deps.isOpen(uri)) continue;
      const counts = await checkFile(uri, deps);
      if (!counts) continue;
      result.checked++;
      result.errors += counts.errors;
      result.warnings += counts.warnings;
      result.infos += counts.infos;
    }
  } finally {
    progress.done();
  }
  return result;
}

async function checkFile(uri: string, deps: WorkspaceCheckDeps): Promise<SeverityCounts | undefined> {
  const languageId = LANGUAGE_BY_EXTENSION[extname(uri).toLowerCase()] ?? 'plaintext';
  const path = filePathOf(uri);
  if (!path) return undefined;
  let text: string;
  try {
    // Editors show the text without its byte-order mark, so positions are counted without it.
    text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
  const context = await deps.contexts.contextFor(uri, languageId, text);
  if (!context.checked) return undefined;
  const output = await deps.checker.check({ text, kind: context.kind, layers: context.layers }, { uri, version: 0, locale: context.locale });
  deps.publish(uri, output.diagnostics);
  return countBySeverity(output.findings);
}
