// Crash-safe file replacement. A checkpoint written in place can be left
// half-written by a crash or a full disk, destroying the previous good copy.
// Instead we write a temp file next to the target, fsync it, and rename it over
// the target: rename within one directory is atomic on POSIX filesystems, so a
// reader sees either the old file or the complete new one, never a mixture.
//
// A writer killed between creating its temp file and the rename (kill -9, a
// crash, a power cut) leaves the temp file behind. Temp names carry the
// writer's pid and a tag of its host, so the next write to the same target
// removes the temp files of writers on this host that are no longer running.
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync, fchmodSync, fsyncSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

/** Writes `length` bytes of `bytes` from `offset` to `fd`; returns how many it wrote (like fs.writeSync). */
export type ChunkWriter = (fd: number, bytes: Uint8Array, offset: number, length: number) => number;

export interface AtomicWriteOptions {
  /** Replaces fs.writeSync; tests inject one that fails part-way through. */
  writeChunk?: ChunkWriter;
}

const defaultWriteChunk: ChunkWriter = (fd, bytes, offset, length) => writeSync(fd, bytes, offset, length);

/** 8 hex digits naming this host in temp names, so a shared directory never sees another host's pids as ours. */
export const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);

/**
 * The temp file for `target`: hidden, in the same directory (so rename stays
 * atomic), unique per call: `.<name>.<pid>@<host tag>.<random>.tmp`.
 */
export function tempPathFor(target: string, pid: number = process.pid): string {
  const abs = resolve(target);
  return join(dirname(abs), `.${basename(abs)}.${pid}@${HOST_TAG}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Whether process `pid` exists (EPERM: it does, but belongs to someone else). */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes the temp files that writers of `target` left behind when they died:
 * names `.<name>.<pid>[@<host tag>].<hex>.tmp` (the tag-less form is what
 * earlier versions wrote) whose pid is not this process, whose host tag (if
 * any) is this host's, and whose process is no longer running. Best effort:
 * returns the paths removed and never throws.
 */
export function removeStaleTemps(target: string, alive: (pid: number) => boolean = processAlive): string[] {
  const abs = resolve(target);
  const dir = dirname(abs);
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(abs))}\\.(\\d+)(?:@([0-9a-f]{8}))?\\.[0-9a-f]+\\.tmp$`);
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || (m[2] !== undefined && m[2] !== HOST_TAG) || alive(pid)) continue;
    const file = join(dir, name);
    try {
      unlinkSync(file);
      removed.push(file);
    } catch {
      // gone already, or not ours to remove: the write itself does not depend on it
    }
  }
  return removed;
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
  removeStaleTemps(target);
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
