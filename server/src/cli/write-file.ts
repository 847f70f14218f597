import { closeSync, fchmodSync, fchownSync, fstatSync, fsyncSync, ftruncateSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes all of `bytes` to `fd` (from `position` in the file, else where the file stands): one write may
 * take only part of what it is given (a pipe, a full disk).
 */
export function writeAllSync(fd: number, bytes: Uint8Array, position?: number): void {
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written, position === undefined ? null : position + written);
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
 * Writes the fixed text over a file without losing it on the way. The bytes first go to a temporary file
 * in the same folder, flushed to the disk. Then, as an editor saves: where that new file can stand in for
 * the old one (the file has no other name, and its owner and group carry over), it is renamed over it, so
 * a reader or a crash sees the old file or the new one, never half of each. Otherwise (a hard link, which a
 * rename would leave with the old text; a colleague's file on a shared desk, which would become the
 * user's) the bytes are written into the file itself, keeping every name, the owner and the mode: should
 * that fail the old bytes are put back, and if even that fails the temporary file, which holds the whole
 * fixed text, is kept and named in the error. A symbolic link keeps pointing at the file it pointed at.
 */
export function writeFixedFile(path: string, bytes: Uint8Array): void {
  const target = realpathSync(path);
  const { mode: fullMode, uid, gid, nlink } = statSync(target);
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
  let removeTemporary = true;
  try {
    let standsIn: boolean;
    try {
      keepOwner(fd, uid, gid);
      fchmodSync(fd, mode); // after the owner, whose change clears set-user-ID; the umask narrowed the mode given to open
      writeAllSync(fd, bytes);
      fsyncSync(fd);
      const written = fstatSync(fd);
      standsIn = nlink === 1 && written.uid === uid && written.gid === gid;
    } finally {
      closeSync(fd);
    }
    if (standsIn) {
      renameSync(temporary, target);
      removeTemporary = false;
    } else {
      writeInPlace(target, bytes, temporary);
    }
  } catch (error) {
    if (error instanceof HalfWrittenError) removeTemporary = false;
    throw error;
  } finally {
    if (removeTemporary) removeQuietly(temporary);
  }
}

/** Writing into the file failed and its old bytes could not be put back: the fixed text is whole in `copy`. */
export class HalfWrittenError extends Error {
  constructor(
    readonly cause: unknown,
    readonly copy: string,
  ) {
    super(`writing into it failed and its old text could not be put back, so it may be half written; its whole fixed text is in ${copy}: copy that over it`);
  }
}

/**
 * Overwrites the file's own bytes. On failure puts the old ones back and throws the failure; when they
 * cannot be put back either, throws HalfWrittenError, and `copy`, which holds the fixed text, must be kept.
 */
function writeInPlace(target: string, bytes: Uint8Array, copy: string): void {
  const fd = openSync(target, 'r+');
  try {
    const old = readFileSync(fd);
    try {
      writeAllSync(fd, bytes, 0);
      ftruncateSync(fd, bytes.length);
      fsyncSync(fd);
    } catch (error) {
      try {
        writeAllSync(fd, old, 0);
        ftruncateSync(fd, old.length);
        fsyncSync(fd);
      } catch {
        throw new HalfWrittenError(error, copy);
      }
      throw error;
    }
  } finally {
    closeSync(fd);
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Gone already.
  }
}
