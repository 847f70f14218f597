import { applyEdits, findNodeAtLocation, getNodeValue, modify, parseTree, type JSONPath, type Node, type ParseError } from 'jsonc-parser/lib/esm/main';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError } from '../engine';
import { parseNameEntries, withEntry, type NameEntry } from '../engine/names/list';
import { CONFIG_FILE_NAME } from '../node/config-loader';

// The workspace's own name list, for "add this spelling to the workspace name list": the `names` array
// of `.mudaqqiq.json`, or the file its `names` points to. The file is edited as text (jsonc-parser), so
// its comments and layout stay; the config loader reads it again when the watcher reports the change.
// The text is the editor's copy when the file is open there (its unsaved changes, an earlier action's
// edit not saved yet), else the file on disk.

/** A file's text: the editor's copy (with the URI and version the client knows it by), else the disk's. */
export interface FileText {
  text: string;
  open?: { uri: string; version: number };
}

/** Reads a file by absolute path; undefined when there is none. */
export type FileReader = (path: string) => FileText | undefined;

export interface NameListFile {
  path: string;
  /** Undefined when the file is still to be made. */
  text: string | undefined;
  /** Set when the text is the editor's copy: an edit of it is an edit of that version. */
  open?: FileText['open'];
  /** Where the list is in it: `names` of .mudaqqiq.json, or the whole of a names file. */
  at: JSONPath;
}

/**
 * The name list of a document governed by `configPath` (its nearest .mudaqqiq.json, if any): that
 * file's `names`, the file `names` points to, or a new .mudaqqiq.json in `folder` (unless one is there
 * already: made by an earlier action before the watcher told of it). Undefined when the config file
 * cannot be read as JSON with comments.
 */
export function nameListFile(configPath: string | undefined, folder: string, read: FileReader = readFromDisk): NameListFile | undefined {
  const path = configPath ?? join(folder, CONFIG_FILE_NAME);
  const file = read(path);
  if (!file) return configPath ? undefined : { path, text: undefined, at: ['names'] };
  const tree = parse(file.text);
  if (tree?.type !== 'object') return undefined;
  const namesFile = namesPath(path, tree);
  if (!namesFile) return { path, ...file, at: ['names'] };
  return { path: namesFile, text: undefined, ...read(namesFile), at: [] };
}

/** The names file a .mudaqqiq.json points to, if it points to one: it is watched along with the config. */
export function namesFileOf(configPath: string): string | undefined {
  const file = readFromDisk(configPath);
  const tree = file && parse(file.text);
  return tree?.type === 'object' ? namesPath(configPath, tree) : undefined;
}

function namesPath(configPath: string, tree: Node): string | undefined {
  const names = findNodeAtLocation(tree, ['names']);
  return names?.type === 'string' ? resolve(dirname(configPath), names.value as string) : undefined;
}

/**
 * The file's text with `entry` in its list: in place of the entry it renames (withEntry drops every
 * entry that shares a spelling with it), else appended. Undefined when the list there is not a valid
 * name list, which the writer must fix first.
 */
export function withNameEntry(file: NameListFile, entry: NameEntry): string | undefined {
  const json = entryJson(entry);
  if (file.text === undefined) return `${JSON.stringify(file.at.length ? { names: [json] } : [json], null, 2)}\n`;
  const tree = parse(file.text);
  const list = tree && (file.at.length ? findNodeAtLocation(tree, file.at) : tree);
  const eol = file.text.includes('\r\n') ? '\r\n' : '\n';
  const edit = (text: string, path: JSONPath, value: unknown) =>
    applyEdits(text, modify(text, path, value, { formattingOptions: { insertSpaces: true, tabSize: 2, eol } }));
  if (!tree || (!list && file.at.length === 0)) return undefined;
  if (!list) return edit(file.text, file.at, [json]);
  if (list.type !== 'array') return undefined;
  let entries: NameEntry[];
  try {
    entries = parseNameEntries(getNodeValue(list), file.path);
  } catch (error) {
    if (error instanceof ConfigError) return undefined;
    throw error;
  }
  const kept = new Set(withEntry(entries, entry));
  const replaced = entries.flatMap((e, index) => (kept.has(e) ? [] : [index]));
  if (replaced.length === 0) return edit(file.text, [...file.at, -1], json);
  let text = edit(file.text, [...file.at, replaced[0]], json);
  for (const index of replaced.slice(1).reverse()) text = edit(text, [...file.at, index], undefined);
  return text;
}

/** An entry as a person would write it: no empty lists. */
function entryJson(entry: NameEntry): Partial<NameEntry> {
  const json: Partial<NameEntry> = { preferred: entry.preferred, kind: entry.kind };
  if (entry.variants.length) json.variants = entry.variants;
  if (entry.aliases.length) json.aliases = entry.aliases;
  if (entry.aliasVariants && Object.keys(entry.aliasVariants).length) json.aliasVariants = entry.aliasVariants;
  if (entry.surnames?.length) json.surnames = entry.surnames;
  if (entry.takesArticle) json.takesArticle = true;
  return json;
}

function parse(text: string): Node | undefined {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  return errors.length === 0 ? tree : undefined;
}

/** The file on disk, without a BOM (as editors hold it). */
export function readFromDisk(path: string): FileText | undefined {
  try {
    return { text: readFileSync(path, 'utf8').replace(/^\uFEFF/, '') };
  } catch {
    return undefined;
  }
}
