// Module loading: parse the entry file and everything it imports (std modules
// and relative paths), detecting missing files and import cycles. Never throws.
//
// Modules are keyed by their display path: the path as given for the entry,
// joined with the importer's directory for relative imports, and relative to
// the working directory for std modules (absolute when outside it). Spans and
// the `sources` map use the same key, so formatDiagnostic finds the text.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, SourceSpan } from '../diagnostics.ts';
import { FileError, readRegularFile } from '../io/files.ts';
import type { ImportItem, Program } from '../syntax/ast.ts';
import { MAX_SOURCE_CHARS } from '../syntax/limits.ts';
import { parse } from '../syntax/parse.ts';

export interface LoadedProgram {
  /** Key of the entry module in `modules` and `sources`. */
  entry: string;
  modules: Map<string, Program>;
  sources: Map<string, string>;
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /**
   * Reads a module's text by its display path; undefined when it does not
   * exist. May throw FileError (not a regular file, too large) or
   * NotTextError; either becomes a diagnostic. `what` names the file in
   * messages ("model source", "imported module"). Defaults to the file system
   * (defaultReadFile).
   */
  readFile?: (path: string, what: string) => string | undefined;
}

/** Directory of the standard library: compiler/std next to this file's folder. */
export const STD_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'std');

/** The largest source file read, in bytes: the parser's own cap (MAX_SOURCE_CHARS) in bytes. */
export const MAX_SOURCE_BYTES = MAX_SOURCE_CHARS;

/** A source file that holds a NUL byte or invalid UTF-8: a binary file, reported once instead of as thousands of bad tokens. */
export class NotTextError extends Error {
  constructor(
    readonly file: string,
    /** The first offending byte, and its offset in the file. */
    readonly byte: number,
    readonly byteOffset: number,
    /** Where it would be in the text (UTF-16 code units), as in spans. */
    readonly offset: number,
    readonly line: number,
    readonly col: number,
  ) {
    const hex = `0x${byte.toString(16).padStart(2, '0')}`;
    super(`not a text file (byte ${hex} at ${line}:${col}${byte === 0 ? ' is a NUL byte' : ' is not valid UTF-8'})`);
    this.name = 'NotTextError';
  }

  /** Where the first offending byte is (its column counts the UTF-16 code units before it on its line). */
  span(): SourceSpan {
    return { file: this.file, line: this.line, col: this.col, endLine: this.line, endCol: this.col + 1, start: this.offset, end: this.offset + 1 };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (no overlongs, surrogates or code points past U+10FFFF), or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    // The allowed range of the second byte depends on the first (Unicode Table 3-7).
    let len: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) len = 2;
    else if (c >= 0xe0 && c <= 0xef) {
      len = 3;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      len = 4;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    if (i + 1 >= n || b[i + 1]! < lo || b[i + 1]! > hi) return i;
    for (let k = 2; k < len; k++) if (i + k >= n || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

/**
 * The text of a source file's bytes: UTF-8 without NUL bytes (a leading byte
 * order mark is dropped). Throws NotTextError at the first byte that is not.
 */
export function decodeSource(bytes: Uint8Array, file: string): string {
  const nul = bytes.indexOf(0);
  const invalid = firstInvalidUtf8(nul < 0 ? bytes : bytes.subarray(0, nul));
  const bad = invalid >= 0 ? invalid : nul;
  const decoder = new TextDecoder('utf-8');
  if (bad < 0) return decoder.decode(bytes);
  const lineStart = bad > 0 ? bytes.lastIndexOf(0x0a, bad - 1) + 1 : 0; // (a negative fromIndex would count from the end)
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  // The bytes before `bad` are valid UTF-8, so the column is exact in the units spans use.
  const before = new TextDecoder('utf-8', { ignoreBOM: lineStart > 0 }).decode(bytes.subarray(lineStart, bad));
  throw new NotTextError(file, bytes[bad]!, bad, decoder.decode(bytes.subarray(0, lineStart)).length + before.length, line, before.length + 1);
}

/**
 * Reads a source file from the file system: undefined when it does not exist;
 * FileError when it is not a regular file (a FIFO, a device, a directory) or
 * is larger than MAX_SOURCE_BYTES, checked before anything is read, so a
 * pipe never blocks and /dev/zero never fills the memory; NotTextError for
 * binary content.
 */
export function defaultReadFile(p: string, what = 'model source'): string | undefined {
  if (!fs.existsSync(p)) return undefined;
  return decodeSource(readRegularFile(p, { what, maxBytes: MAX_SOURCE_BYTES }), p);
}

/** The display path of an absolute file: relative to the working directory when inside it. */
function display(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : abs;
}

/** The module key an import resolves to. */
export function resolveImport(importer: string, item: ImportItem): string {
  if (item.std) {
    const name = item.path.replace(/^std\./, '');
    return display(path.join(STD_DIR, ...name.split('.')) + '.loom');
  }
  const joined = path.isAbsolute(item.path) ? item.path : path.join(path.dirname(importer), item.path);
  return path.normalize(joined).split(path.sep).join('/');
}

/** Load `entryFile` and its imports. */
export function loadProgram(entryFile: string, opts: LoadOptions = {}): LoadedProgram {
  return load(entryFile, undefined, opts);
}

/** Load a program whose entry text is given (tests, editors); imports are read through `opts.readFile` or the file system. */
export function loadSource(text: string, file: string, opts: LoadOptions = {}): LoadedProgram {
  return load(file, text, opts);
}

function load(entryFile: string, entryText: string | undefined, opts: LoadOptions): LoadedProgram {
  const readFile = opts.readFile ?? defaultReadFile;
  const entry = path.isAbsolute(entryFile) ? path.normalize(entryFile) : path.normalize(entryFile).split(path.sep).join('/');
  const out: LoadedProgram = { entry, modules: new Map(), sources: new Map(), diagnostics: [] };
  const active: string[] = [];
  const fileStart = (file: string): SourceSpan => ({ file, line: 1, col: 1, endLine: 1, endCol: 1, start: 0, end: 0 });

  /** A module's text; undefined when it does not exist; null when it cannot be read, with the problem reported (at `at`; a binary file at its first bad byte). */
  const read = (key: string, what: string, at: SourceSpan): string | undefined | null => {
    try {
      return readFile(key, what);
    } catch (e) {
      if (e instanceof NotTextError) {
        out.diagnostics.push({ severity: 'error', code: 'E-lex', message: e.message, span: e.span() });
      } else if (e instanceof FileError) {
        out.diagnostics.push({ severity: 'error', code: 'E-import', message: e.message, span: at });
      } else {
        out.diagnostics.push({ severity: 'error', code: 'E-import', message: `cannot read ${what} ${key}: ${e instanceof Error ? e.message : String(e)}`, span: at });
      }
      return null;
    }
  };

  const visit = (key: string, text: string): void => {
    out.sources.set(key, text);
    let program: Program;
    try {
      const r = parse(text, key);
      program = r.program;
      out.diagnostics.push(...r.diagnostics);
    } catch (e) {
      const span = fileStart(key);
      out.diagnostics.push({ severity: 'error', code: 'E-internal', message: `internal error in the parser: ${String(e)}`, span });
      program = { file: key, items: [], span };
    }
    out.modules.set(key, program);
    active.push(key);
    for (const item of program.items) {
      if (item.kind !== 'import') continue;
      const target = resolveImport(key, item);
      const what = item.std ? `std.${item.path.replace(/^std\./, '')}` : JSON.stringify(item.path);
      if (active.includes(target)) {
        const cycle = [...active.slice(active.indexOf(target)), target].join(' -> ');
        out.diagnostics.push({ severity: 'error', code: 'E-import', message: `import cycle: ${cycle}`, span: item.span });
        continue;
      }
      if (out.modules.has(target)) continue;
      const text2 = read(target, 'imported module', item.span);
      if (text2 === null) continue;
      if (text2 === undefined) {
        out.diagnostics.push({
          severity: 'error',
          code: 'E-import',
          message: `cannot find module ${item.std ? what : JSON.stringify(item.path)} (looked at ${path.resolve(target)})`,
          span: item.span,
        });
        continue;
      }
      visit(target, text2);
    }
    active.pop();
  };

  const text = entryText ?? read(entry, 'model source', fileStart(entry));
  if (typeof text !== 'string') {
    const span = fileStart(entry);
    if (text === undefined) {
      out.diagnostics.push({ severity: 'error', code: 'E-import', message: `cannot read ${entry} (looked at ${path.resolve(entry)})`, span });
    }
    out.modules.set(entry, { file: entry, items: [], span });
    return out;
  }
  visit(entry, text);
  return out;
}
