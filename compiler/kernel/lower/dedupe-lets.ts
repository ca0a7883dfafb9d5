// Merges `let`s that compute the same value. Row kernels evaluate every pass
// (and every column lane of a pass) in a scope of its own, so a row
// statistic derived from the reductions — log Σexp, rsqrt(var + ε), a
// row-broadcast load — is bound once per pass and lane; after hoisting these
// lets sit side by side in the row's block. A later `let` whose initialiser
// equals an earlier one's, in the same block or an enclosing one, is dropped
// and its uses read the earlier local.
//
// Only values that cannot change between the two points merge: locals never
// assigned, loads of buffers the kernel never stores to, no workgroup memory
// (scratch arrays are written in the loops). Names are unique per kernel, so
// renaming a dropped local everywhere is safe.
import type { KExpr, KStmt, Kernel } from '../ir.ts';
import { walkExpr, walkStmts } from '../ir.ts';

/** The kernel with repeated lets merged; kernels with a gemm statement (which writes scratch memory) are returned as they are. */
export function dedupeLets(kernel: Kernel): Kernel {
  const assigned = new Set<string>();
  const stored = new Set<string>();
  let gemm = false;
  walkStmts(kernel.body, (s) => {
    if (s.kind === 'assign') assigned.add(s.name);
    if (s.kind === 'store') stored.add(s.buffer);
    if (s.kind === 'gemm') gemm = true;
  });
  if (gemm) return kernel;
  const stable = (e: KExpr) => {
    let ok = true;
    walkExpr(e, (x) => {
      if (x.kind === 'wg_load' || (x.kind === 'load' && stored.has(x.buffer))) ok = false;
    });
    return ok;
  };
  const renamed = new Map<string, string>();
  const rename = (e: KExpr): KExpr => {
    switch (e.kind) {
      case 'var': { const to = renamed.get(e.name); return to ? { ...e, name: to } : e; }
      case 'unary': case 'cast': case 'bitcast': return { ...e, arg: rename(e.arg) };
      case 'binary': return { ...e, lhs: rename(e.lhs), rhs: rename(e.rhs) };
      case 'select': return { ...e, cond: rename(e.cond), ifTrue: rename(e.ifTrue), ifFalse: rename(e.ifFalse) };
      case 'load': case 'wg_load': return { ...e, index: rename(e.index) };
      default: return e;
    }
  };
  const block = (stmts: readonly KStmt[], outer: ReadonlyMap<string, string>): KStmt[] => {
    const known = new Map(outer);
    const out: KStmt[] = [];
    for (const s of stmts) {
      const r = renameStmt(s, rename);
      if (r.kind === 'let' && r.init && !assigned.has(r.name) && stable(r.init)) {
        const key = `${r.type}:${JSON.stringify(r.init)}`;
        const same = known.get(key);
        if (same) {
          renamed.set(r.name, same);
          continue;
        }
        known.set(key, r.name);
      }
      if (r.kind === 'for') out.push({ ...r, body: block(r.body, known) });
      else if (r.kind === 'if') out.push(r.else ? { ...r, then: block(r.then, known), else: block(r.else, known) } : { ...r, then: block(r.then, known) });
      else out.push(r);
    }
    return out;
  };
  return { ...kernel, body: block(kernel.body, new Map()) };
}

/** The statement with `f` applied to the expressions it evaluates directly (nested blocks are left to the caller). */
function renameStmt(s: KStmt, f: (e: KExpr) => KExpr): KStmt {
  switch (s.kind) {
    case 'let': return s.init ? { ...s, init: f(s.init) } : s;
    case 'assign': return { ...s, value: f(s.value) };
    case 'store': case 'wg_store': return { ...s, index: f(s.index), value: f(s.value) };
    case 'for': return { ...s, start: f(s.start), end: f(s.end), step: f(s.step) };
    case 'if': return { ...s, cond: f(s.cond) };
    case 'barrier': case 'wg_decl': return s;
    default: throw new Error(`dedupeLets: no renaming for a ${s.kind} statement`);
  }
}
