import ignore from 'ignore';
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ioReason } from './check-file';
// node:crypto (for --shard) and tinyglobby (for globs) are loaded when first needed: most runs need neither,
// and loading them costs every start milliseconds. require(), not import(): the ES module build of
// tinyglobby's fdir reads import.meta, which a CommonJS bundle lacks.
const tinyglobby = () => require('tinyglobby') as typeof import('tinyglobby');

// From the command line's files, directories and globs to a sorted list of files to check.

/** A problem with what the command line names: exit code 2. */
export class FileSelectionError extends Error {}

// The editor's `arabic-news` files (.news, .arnews) among them, as its workspace check takes them.
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.news', '.arnews']);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
export const DEFAULT_IGNORE_FILE = '.mudaqqiqignore';

export interface SelectOptions {
  cwd: string;
  /** --ignore-path; the default file is used only when it exists. */
  ignorePath?: string;
  shard?: { index: number; count: number };
}

/**
 * Files named on the command line are checked whatever their extension; directories and globs give the
 * files with an article extension. Paths the ignore file matches are left out. Sorted, absolute.
 */
export function selectFiles(patterns: readonly string[], options: SelectOptions): string[] {
  const isIgnored = ignoreMatcher(options.cwd, options.ignorePath);
  const found = new Set<string>();
  for (const pattern of patterns) {
    // An empty argument (an unset variable in a CI script) names nothing, not the working directory.
    if (pattern.trim() === '') throw new FileSelectionError('an empty path was given; name a file, a directory or a pattern');
    const path = resolve(options.cwd, pattern);
    const { stats, error } = statOf(path);
    if (stats?.isDirectory()) {
      const inFolder = new Set<string>();
      if (!isIgnored(path, true)) walk(path, inFolder, isIgnored);
      if (inFolder.size === 0) throw new FileSelectionError(`${pattern}: no articles to check in this directory (${[...ARTICLE_EXTENSIONS].join(', ')} files, not ignored)`);
      for (const file of inFolder) found.add(file);
    } else if (stats || (error && !tinyglobby().isDynamicPattern(pattern))) {
      // A path that is there but cannot be looked at (a folder on the way that may not be searched, a
      // link that loops) is checked as a file: reading it fails, and the report says why.
      if (!isIgnored(path, false)) found.add(path);
    } else if (tinyglobby().isDynamicPattern(pattern)) {
      const matches = tinyglobby().globSync(pattern, { cwd: options.cwd, absolute: true, onlyFiles: true, expandDirectories: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (matches.length === 0) throw new FileSelectionError(`no files match the pattern "${pattern}"`);
      const articles = matches.map((match) => resolve(match)).filter((file) => ARTICLE_EXTENSIONS.has(extname(file).toLowerCase()) && !isIgnored(file, false));
      // As for a directory: a pattern that names no article is a mistake, not a clean run.
      if (articles.length === 0) throw new FileSelectionError(`the pattern "${pattern}" matches no articles to check (${[...ARTICLE_EXTENSIONS].join(', ')} files, not ignored)`);
      for (const file of articles) found.add(file);
    } else {
      throw new FileSelectionError(`${pattern}: no such file or directory`);
    }
  }
  const files = [...found].sort();
  return options.shard ? files.filter((file) => inShard(relative(options.cwd, file), options.shard!)) : files;
}

function walk(folder: string, found: Set<string>, isIgnored: IgnoreMatcher): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new FileSelectionError(`${folder}: cannot read the directory: ${ioReason(error)}`);
  }
  for (const entry of entries) {
    if (SKIPPED_FOLDERS.has(entry.name)) continue;
    const path = join(folder, entry.name);
    // Symbolic links to folders are not followed: they can form cycles.
    if (entry.isDirectory()) {
      if (!isIgnored(path, true)) walk(path, found, isIgnored);
    } else if (ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
      const isFile = entry.isFile() || (entry.isSymbolicLink() && statOrUndefined(path)?.isFile());
      if (isFile && !isIgnored(path, false)) found.add(path);
    }
  }
}

/** Stable across machines and runs: a hash of the path relative to the working directory. */
export function inShard(relativePath: string, shard: { index: number; count: number }): boolean {
  const posix = relativePath.split(sep).join('/');
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  const hash = createHash('sha1').update(posix).digest().readUInt32BE(0);
  return hash % shard.count === shard.index - 1;
}

type IgnoreMatcher = (path: string, isDirectory: boolean) => boolean;

/** Patterns in gitignore syntax, relative to the ignore file's folder. */
function ignoreMatcher(cwd: string, ignorePath: string | undefined): IgnoreMatcher {
  const file = resolve(cwd, ignorePath ?? DEFAULT_IGNORE_FILE);
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    if (ignorePath === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return () => false;
    throw new FileSelectionError(`${file}: cannot read the ignore file: ${ioReason(error)}`);
  }
  const matcher = ignore().add(content);
  const base = dirname(file);
  return (path, isDirectory) => {
    const rel = relative(base, path);
    if (!rel || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return false;
    return matcher.ignores(rel.split(sep).join('/') + (isDirectory ? '/' : ''));
  };
}

/**
 * The root of the git repository that holds `cwd` (the nearest folder above it with a .git folder, or
 * the .git file of a worktree or submodule), else `cwd`. Code scanning, workflow annotations and Code
 * Quality place findings by paths from the repository root, whichever folder the check ran in.
 */
export function repositoryRoot(cwd: string): string {
  for (let folder = cwd; ; folder = dirname(folder)) {
    if (statOrUndefined(join(folder, '.git'))) return folder;
    if (dirname(folder) === folder) return cwd;
  }
}

function statOrUndefined(path: string): Stats | undefined {
  return statOf(path).stats;
}

/** The path's stats; else the error, unless the error is that nothing is there. */
function statOf(path: string): { stats?: Stats; error?: NodeJS.ErrnoException } {
  try {
    return { stats: statSync(path) };
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    return code === 'ENOENT' || code === 'ENOTDIR' ? {} : { error: error as NodeJS.ErrnoException };
  }
}
