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
import type { Diagnostic } from '../diagnostics.ts';
import type { ImportItem, Program } from '../syntax/ast.ts';
import { parse } from '../syntax/parse.ts';

export interface LoadedProgram {
  /** Key of the entry module in `modules` and `sources`. */
  entry: string;
  modules: Map<string, Program>;
  sources: Map<string, string>;
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** Reads a module's text by its display path; undefined when it does not exist. Defaults to the file system. */
  readFile?: (path: string) => string | undefined;
}

/** Directory of the standard library: compiler/std next to this file's folder. */
export const STD_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'std');

export function defaultReadFile(p: string): string | undefined {
  try {
    return fs.readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
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

  const visit = (key: string, text: string): void => {
    out.sources.set(key, text);
    let program: Program;
    try {
      const r = parse(text, key);
      program = r.program;
      out.diagnostics.push(...r.diagnostics);
    } catch (e) {
      const span = { file: key, line: 1, col: 1, endLine: 1, endCol: 1, start: 0, end: 0 };
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
      const text2 = readFile(target);
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

  const text = entryText ?? readFile(entry);
  if (text === undefined) {
    const span = { file: entry, line: 1, col: 1, endLine: 1, endCol: 1, start: 0, end: 0 };
    out.diagnostics.push({ severity: 'error', code: 'E-import', message: `cannot read ${entry} (looked at ${path.resolve(entry)})`, span });
    out.modules.set(entry, { file: entry, items: [], span });
    return out;
  }
  visit(entry, text);
  return out;
}
