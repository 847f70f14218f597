import { isAbsolute, relative, sep } from 'node:path';

// Small helpers the formatters share.

/**
 * Control characters and direction marks from an article would act on the terminal or the log viewer
 * (or hide themselves) if printed raw; they are shown as <U+XXXX> instead.
 */
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/** A file's path as a terminal shows it: relative, with any control characters in its name made visible. */
export function shownPath(cwd: string, path: string): string {
  return printable(relativePath(cwd, path));
}

/** Combining marks (the harakat, shadda, sukun over Arabic letters) take no column of their own. */
const COMBINING_MARK = /\p{M}/gu;

/** `text` padded with spaces to `width` terminal columns, for columns of Arabic text that line up. */
export function padColumns(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - columnsOf(text)));
}

export function columnsOf(text: string): number {
  return text.length - (text.match(COMBINING_MARK)?.length ?? 0);
}

/**
 * A path relative to the working directory with `/` separators (as CI tools and SARIF want); a path
 * outside it stays absolute.
 */
export function relativePath(cwd: string, path: string): string {
  if (path === '<text>') return path;
  const rel = relative(cwd, path);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return path;
  return rel.split(sep).join('/');
}
