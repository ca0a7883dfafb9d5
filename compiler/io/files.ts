// Reading and writing user-named files safely. A path a user gives may be a
// FIFO (blocks forever), a character device such as /dev/zero (never ends),
// a directory, or a huge file; a directory to create may lie in a pseudo
// file system (/proc, /sys) where mkdir never returns. These helpers check
// first and fail with a message that names the file and what is wrong.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A user-facing file error: the CLI prints its message without a stack. */
export class FileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileError';
  }
}

export interface ReadFileOptions {
  /** What the file is, for messages: "model source", "weights file", "corpus". */
  readonly what: string;
  /** Largest accepted size in bytes. */
  readonly maxBytes: number;
}

/** 1536 → "1.5 KiB": binary units, one decimal; plain bytes below 1 KiB. */
export function formatBytes(n: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${n} bytes` : `${v.toFixed(1)} ${units[u]}`;
}

/** Stats `file` and checks it is a regular file within the size cap; returns its size. */
export function checkRegularFile(file: string, opts: ReadFileOptions): number {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new FileError(code === 'ENOENT' ? `${opts.what} ${file} does not exist` : `cannot read ${opts.what} ${file}: ${(e as Error).message}`);
  }
  if (st.isDirectory()) throw new FileError(`${opts.what} ${file} is a directory, not a file`);
  if (!st.isFile()) throw new FileError(`${opts.what} ${file} is not a regular file (a FIFO, socket or device cannot be read as one)`);
  if (st.size > opts.maxBytes) {
    // Sizes just over the cap round to the same text: then both are given in bytes.
    const [size, cap] = formatBytes(st.size) === formatBytes(opts.maxBytes)
      ? [`${st.size.toLocaleString('en-US')} bytes`, `${opts.maxBytes.toLocaleString('en-US')} bytes`]
      : [formatBytes(st.size), formatBytes(opts.maxBytes)];
    throw new FileError(`${opts.what} ${file} is ${size}; the limit is ${cap}`);
  }
  return st.size;
}

/** Reads a regular file of at most `maxBytes` bytes. */
export function readRegularFile(file: string, opts: ReadFileOptions): Buffer {
  checkRegularFile(file, opts);
  const data = fs.readFileSync(file);
  // The file may have grown between stat and read.
  if (data.length > opts.maxBytes) throw new FileError(`${opts.what} ${file} is larger than the limit of ${formatBytes(opts.maxBytes)}`);
  return data;
}

// statfs magic numbers of pseudo file systems where nothing of ours belongs.
const PSEUDO_FS: ReadonlyMap<number, string> = new Map([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x1cd1, 'devpts'],
  [0x64626720, 'debugfs'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
]);

/**
 * Checks, before any work, that `file` can be written: its nearest existing
 * ancestor is a writable directory on a real file system, and `file` itself
 * is not a directory. Creates nothing.
 */
export function checkWritablePath(file: string, what: string): void {
  const abs = path.resolve(file);
  try {
    if (fs.statSync(abs).isDirectory()) throw new FileError(`${what} ${file} is a directory; give a file path`);
  } catch (e) {
    if (e instanceof FileError) throw e;
  }
  checkWritableDir(path.dirname(abs), what, file);
}

/** Checks that directory `dir` exists or can be created, on a real, writable file system. */
export function checkWritableDir(dir: string, what: string, shown: string = dir): void {
  let existing = path.resolve(dir);
  for (;;) {
    let st: fs.Stats | undefined;
    try {
      st = fs.statSync(existing);
    } catch {
      st = undefined;
    }
    if (st) {
      if (!st.isDirectory()) throw new FileError(`cannot write ${what} ${shown}: ${existing} is not a directory`);
      break;
    }
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  try {
    const kind = PSEUDO_FS.get(Number(fs.statfsSync(existing).type));
    if (kind) throw new FileError(`cannot write ${what} ${shown}: ${existing} is on the ${kind} pseudo file system`);
  } catch (e) {
    if (e instanceof FileError) throw e;
  }
  try {
    fs.accessSync(existing, fs.constants.W_OK);
  } catch {
    throw new FileError(`cannot write ${what} ${shown}: ${existing} is not writable`);
  }
}
