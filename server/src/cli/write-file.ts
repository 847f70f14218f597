import { closeSync, fchmodSync, fchownSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes all of `bytes` to `fd`: one write may take only part of what it is given (a pipe, a full disk). */
export function writeAllSync(fd: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
}

/** Gives the new file the old one's owner and group, where the user may (root may; others own what they write). */
function keepOwner(fd: number, uid: number, gid: number): void {
  try {
    fchownSync(fd, uid, gid);
  } catch {
    // Not allowed: the fixed file is the user's, as any file the user saves.
  }
}

/** The fixed text goes to a new file beside the old one: a folder that may not be written stops --fix. */
export class FolderNotWritableError extends Error {
  constructor(readonly folder: string) {
    super(`its folder ${folder} may not be written: the fixes go to a new file there that then replaces the old one, so that no half-written file is ever left; make the folder writable`);
  }
}

/**
 * Replaces a file's contents all at once: the bytes go to a temporary file in the same folder, which is
 * flushed and renamed over the original, so a reader (or a crash) sees the old file or the new one, never
 * half of each. Keeps the file's mode, and its owner where the user may; a symbolic link keeps pointing at
 * the file it pointed at; a hard link to the old file keeps the old contents.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const target = realpathSync(path);
  const { mode: fullMode, uid, gid } = statSync(target);
  const mode = fullMode & 0o7777;
  // Renaming over a file needs no right to write it: a file no one may write is left as it is, as an
  // editor leaves it, even for root.
  if ((mode & 0o222) === 0) throw Object.assign(new Error(`${path} is read-only`), { code: 'EACCES', syscall: 'open', path });
  // node:crypto is loaded here, for --fix only: loading it costs every start milliseconds.
  const { randomBytes } = require('node:crypto') as typeof import('node:crypto');
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.mudaqqiq-tmp`);
  let fd: number;
  try {
    fd = openSync(temporary, 'wx', mode);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'EACCES' || code === 'EPERM') throw new FolderNotWritableError(dirname(target));
    throw error;
  }
  try {
    try {
      keepOwner(fd, uid, gid);
      fchmodSync(fd, mode); // after the owner, whose change clears set-user-ID; the umask narrowed the mode given to open
      writeAllSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // Gone already.
    }
    throw error;
  }
}
