// Namespaces: each module's global names (its own functions, blocks and
// constants plus everything its imports bring, transitively), the lexical
// environment of a body, and "did you mean" suggestions.
import type { Diagnostic, SourceSpan } from '../diagnostics.ts';
import type { BlockItem, FnItem, LetStmt, Program } from '../syntax/ast.ts';
import { type LoadedProgram, resolveImport } from './load.ts';
import type { Instance, Value } from './values.ts';

export interface NameEntry {
  item: FnItem | BlockItem | LetStmt;
  /** The module that defines the item (its functions see that module's names). */
  module: ModuleEnv;
  span: SourceSpan;
}

export interface ModuleEnv {
  file: string;
  program: Program;
  names: Map<string, NameEntry>;
}

/** Where a body is evaluated: its locals, the block instance it belongs to (methods, members) and its module. */
export interface Env {
  locals: Map<string, Value> | null;
  inst: Instance | null;
  module: ModuleEnv;
}

export function fmtLoc(span: SourceSpan): string {
  return `${span.file}:${span.line}:${span.col}`;
}

function itemSpan(item: FnItem | BlockItem | LetStmt): SourceSpan {
  return item.kind === 'let' ? (item.nameSpan ?? item.span) : item.nameSpan;
}

/** Build every module's namespace; duplicate definitions are reported naming the first place. */
export function buildModules(loaded: LoadedProgram): { envs: Map<string, ModuleEnv>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const envs = new Map<string, ModuleEnv>();
  for (const [file, program] of loaded.modules) {
    const env: ModuleEnv = { file, program, names: new Map() };
    envs.set(file, env);
    for (const item of program.items) {
      if (item.kind === 'import') continue;
      const span = itemSpan(item);
      const prev = env.names.get(item.name);
      if (prev) {
        diagnostics.push(dup(item.name, span, prev.span));
        continue;
      }
      env.names.set(item.name, { item, module: env, span });
    }
  }
  // Merge imports in dependency order so that imported namespaces are complete.
  const done = new Set<string>();
  const merge = (file: string, stack: Set<string>): void => {
    if (done.has(file) || stack.has(file)) return;
    stack.add(file);
    const env = envs.get(file)!;
    const own = new Map(env.names);
    for (const item of env.program.items) {
      if (item.kind !== 'import') continue;
      const target = resolveImport(file, item);
      const dep = envs.get(target);
      if (!dep || target === file) continue;
      merge(target, stack);
      for (const [name, entry] of dep.names) {
        const prev = env.names.get(name);
        if (!prev) env.names.set(name, entry);
        else if (prev.item !== entry.item) {
          // An own definition clashing with an import is reported at the own definition; two imports clash at the import.
          const ownEntry = own.get(name);
          if (ownEntry && ownEntry.item === prev.item) diagnostics.push(dup(name, prev.span, entry.span));
          else diagnostics.push({ ...dup(name, item.span, prev.span), message: `import ${importName(item.path, item.std)} brings '${name}', already defined at ${fmtLoc(prev.span)}` });
        }
      }
    }
    stack.delete(file);
    done.add(file);
  };
  for (const file of envs.keys()) merge(file, new Set());
  return { envs, diagnostics };
}

function importName(p: string, std: boolean): string {
  return std ? `std.${p.replace(/^std\./, '')}` : JSON.stringify(p);
}

export function dup(name: string, span: SourceSpan, first: SourceSpan): Diagnostic {
  return { severity: 'error', code: 'E-duplicate', message: `duplicate definition of '${name}' (first defined at ${fmtLoc(first)})`, span };
}

/** Edit distance with adjacent transpositions (optimal string alignment), for suggestions. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** " (did you mean 'x'?)" for the closest candidate within a small edit distance, else "". */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  let best: string | undefined;
  let bestD = Infinity;
  const limit = Math.max(1, Math.floor(name.length / 3));
  for (const c of candidates) {
    if (c === name || c.startsWith('_')) continue;
    // Ties prefer a candidate whose first letter has the same case (x over B for y).
    const sameCase = (name[0] === name[0]!.toUpperCase()) === (c[0] === c[0]!.toUpperCase());
    const d = editDistance(name.toLowerCase(), c.toLowerCase()) + (sameCase ? 0 : 0.5);
    if (d <= limit && d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best ? ` (did you mean '${best}'?)` : '';
}
