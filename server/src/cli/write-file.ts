import { closeSync, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes all of `bytes` to `fd`: one write may take only part of what it is given (a pipe, a full disk). */
export function writeAllSync(fd: number, bytes: Uint8Array): void {
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
}

/**
 * Replaces a file's contents all at once: the bytes go to a temporary file in the same folder, which is
 * flushed and renamed over the original, so a reader (or a crash) sees the old file or the new one, never
 * half of each. Keeps the file's mode; a symbolic link keeps pointing at the file it pointed at.
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const target = realpathSync(path);
  const mode = statSync(target).mode & 0o7777;
  // node:crypto is loaded here, for --fix only: loading it costs every start milliseconds.
  const { randomBytes } = require('node:crypto') as typeof import('node:crypto');
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.mudaqqiq-tmp`);
  try {
    const fd = openSync(temporary, 'wx', mode);
    try {
      fchmodSync(fd, mode); // the umask narrowed the mode given to open
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
      // Not created, or already renamed.
    }
    throw error;
  }
}
