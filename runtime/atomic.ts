// Crash-safe file replacement. A checkpoint written in place can be left
// half-written by a crash or a full disk, destroying the previous good copy.
// Instead we write a temp file next to the target, fsync it, and rename it over
// the target: rename within one directory is atomic on POSIX filesystems, so a
// reader sees either the old file or the complete new one, never a mixture.
import { randomBytes } from 'node:crypto';
import {
  closeSync, fchmodSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Writes `length` bytes of `bytes` from `offset` to `fd`; returns how many it wrote (like fs.writeSync). */
export type ChunkWriter = (fd: number, bytes: Uint8Array, offset: number, length: number) => number;

export interface AtomicWriteOptions {
  /** Replaces fs.writeSync; tests inject one that fails part-way through. */
  writeChunk?: ChunkWriter;
}

const defaultWriteChunk: ChunkWriter = (fd, bytes, offset, length) => writeSync(fd, bytes, offset, length);

/** The temp file for `target`: hidden, in the same directory (so rename stays atomic), unique per call. */
export function tempPathFor(target: string): string {
  const abs = resolve(target);
  return join(dirname(abs), `.${basename(abs)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Replaces `path` with `data` atomically: afterwards the file holds either its
 * old contents or all of `data`, and no temp file is left behind. Throws an
 * Error naming the path (with the system error as `cause`) when it cannot.
 */
export function writeFileAtomic(path: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): void {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const writeChunk = options.writeChunk ?? defaultWriteChunk;
  const target = resolve(path);
  const temp = tempPathFor(target);
  let fd: number | undefined;
  try {
    // 'wx' fails rather than clobbering if the random name somehow exists.
    fd = openSync(temp, 'wx', 0o666);
    keepModeOfExisting(target, fd);
    let written = 0;
    while (written < bytes.length) {
      const n = writeChunk(fd, bytes, written, bytes.length - written);
      if (!(n > 0)) throw new Error(`write returned ${n} after ${written} of ${bytes.length} bytes`);
      written += n;
    }
    // Data must be on disk before the rename makes it visible, or a crash could
    // leave the new name pointing at an empty file.
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (err) {
    if (fd !== undefined) {
      try { closeSync(fd); } catch { /* already failing; the original error matters */ }
    }
    try { unlinkSync(temp); } catch { /* never created, or already renamed */ }
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`cannot write ${path}: ${reason}`, { cause: err });
  }
  fsyncDirectory(dirname(target));
}

/** A replaced file keeps its permission bits, as it would with an in-place write. */
function keepModeOfExisting(target: string, fd: number): void {
  let mode: number;
  try {
    mode = statSync(target).mode & 0o7777;
  } catch {
    return; // no existing file: the umask-derived default is right
  }
  try { fchmodSync(fd, mode); } catch { /* best effort (e.g. filesystems without modes) */ }
}

/**
 * Persists the rename itself. Not possible everywhere (Windows cannot open a
 * directory for fsync), and the data is already safe in the file, so failures
 * here are ignored.
 */
function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== undefined) {
      try { closeSync(fd); } catch { /* ignore */ }
    }
  }
}
