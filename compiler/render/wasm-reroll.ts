// Re-rolling a loop whose body the row templates unrolled for scalar code:
// `for col in a..b step L` holding L copies of one column's statements, copy
// u at column col + u, each copy accumulating into its own scalar
// (rows.ts, ROW_LANES: lane u takes every L-th column). For L = 4 that is
// exactly one f32x4 step, lane u being copy u, so the SIMD compiler
// (wasm-simd.ts) runs copy 0 on four lanes and keeps the copies'
// accumulators as the lanes of one vector.
//
// The body must be L blocks of S statements then L blocks of R statements
// (the copies' values, then their accumulator updates), block u equal to
// block 0 after renaming block u's lets to block 0's, every i32 expression
// equal up to +u·(its coefficient of col), and each assignment in block u to
// its own variable declared outside the loop (the lane-u accumulator).
import type { KExpr, KStmt } from '../kernel/ir.ts';

export interface Rerolled {
  /** Copy 0's statements: run on lanes, column col + lane in lane `lane`. */
  readonly body: readonly KStmt[];
  /** Copy 0's accumulator name → the copies' accumulators, lane order. */
  readonly accumulators: ReadonlyMap<string, readonly string[]>;
}

/** i32 expression as a constant plus coefficient·atom terms, or undefined (see wasm-simd.ts). */
export type AffineOf = (e: KExpr) => { readonly c: number; readonly terms: ReadonlyMap<string, number> } | undefined;

export function reroll(body: readonly KStmt[], col: string, lanes: number, affine: AffineOf): Rerolled | undefined {
  for (let s = 1; s * lanes <= body.length; s++) {
    const rest = body.length - s * lanes;
    if (rest % lanes !== 0) continue;
    const r = rest / lanes;
    const names = Array.from({ length: lanes }, () => new Map<string, string>());
    const accumulators = new Map<string, string[]>();
    const blocks = (start: number, size: number): boolean => {
      for (let u = 1; u < lanes; u++) {
        for (let i = 0; i < size; i++) {
          const a = body[start + i]!;
          const b = body[start + u * size + i]!;
          if (!sameStmt(a, b, u, names[u]!, accumulators, col, affine)) return false;
        }
      }
      return true;
    };
    if (!blocks(0, s) || !blocks(s * lanes, r)) continue;
    // Every copy-0 assignment target is an accumulator with one distinct variable per lane.
    const targets = new Set<string>();
    for (const [first, others] of accumulators) {
      const all = [first, ...others];
      if (all.length !== lanes || new Set(all).size !== lanes || all.some((n) => targets.has(n))) return undefined;
      all.forEach((n) => targets.add(n));
    }
    const copy0 = [...body.slice(0, s), ...body.slice(s * lanes, s * lanes + r)];
    return { body: copy0, accumulators: new Map([...accumulators].map(([k, v]) => [k, [k, ...v]])) };
  }
  return undefined;
}

function sameStmt(
  a: KStmt, b: KStmt, u: number, names: Map<string, string>, accumulators: Map<string, string[]>, col: string, affine: AffineOf,
): boolean {
  const same = (x: KExpr, y: KExpr): boolean => sameExpr(x, y, u, names, col, affine);
  if (a.kind === 'let' && b.kind === 'let') {
    if (a.type !== b.type || !a.init !== !b.init || (a.init && !same(a.init, b.init!))) return false;
    names.set(b.name, a.name);
    return true;
  }
  if (a.kind === 'assign' && b.kind === 'assign') {
    const lanes = accumulators.get(a.name) ?? [];
    if (lanes.length !== u - 1) return false; // lane u's variable is recorded in lane order
    names.set(b.name, a.name);
    lanes.push(b.name);
    accumulators.set(a.name, lanes);
    return same(a.value, b.value);
  }
  if (a.kind === 'store' && b.kind === 'store') return a.buffer === b.buffer && same(a.index, b.index) && same(a.value, b.value);
  if (a.kind === 'wg_store' && b.kind === 'wg_store') return a.array === b.array && same(a.index, b.index) && same(a.value, b.value);
  return false;
}

function sameExpr(a: KExpr, b: KExpr, u: number, names: ReadonlyMap<string, string>, col: string, affine: AffineOf): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'i32') {
    // Up to the column shift: b = a with col → col + u.
    const fa = affine(a);
    const fb = affine(rename(b, names));
    if (fa && fb) {
      if (fb.c !== fa.c + u * (fa.terms.get(col) ?? 0) || fa.terms.size !== fb.terms.size) return false;
      for (const [atom, k] of fa.terms) if (fb.terms.get(atom) !== k) return false;
      return true;
    }
  }
  if (a.kind !== b.kind) return false;
  const same = (x: KExpr, y: KExpr): boolean => sameExpr(x, y, u, names, col, affine);
  switch (a.kind) {
    case 'const': return a.value === (b as typeof a).value || (Number.isNaN(a.value) && Number.isNaN((b as typeof a).value));
    case 'var': return a.name === (names.get((b as typeof a).name) ?? (b as typeof a).name) && a.name !== col;
    case 'unary': return a.op === (b as typeof a).op && same(a.arg, (b as typeof a).arg);
    case 'binary': return a.op === (b as typeof a).op && same(a.lhs, (b as typeof a).lhs) && same(a.rhs, (b as typeof a).rhs);
    case 'select': {
      const c = b as typeof a;
      return same(a.cond, c.cond) && same(a.ifTrue, c.ifTrue) && same(a.ifFalse, c.ifFalse);
    }
    case 'cast': case 'bitcast': return same(a.arg, (b as typeof a).arg);
    case 'load': return a.buffer === (b as typeof a).buffer && same(a.index, (b as typeof a).index);
    case 'wg_load': return a.array === (b as typeof a).array && same(a.index, (b as typeof a).index);
    case 'uniform': return a.name === (b as typeof a).name;
    default: return false;
  }
}

/** `e` with block-u let names replaced by block 0's. */
function rename(e: KExpr, names: ReadonlyMap<string, string>): KExpr {
  switch (e.kind) {
    case 'var': return names.has(e.name) ? { ...e, name: names.get(e.name)! } : e;
    case 'unary': case 'cast': case 'bitcast': return { ...e, arg: rename(e.arg, names) };
    case 'binary': return { ...e, lhs: rename(e.lhs, names), rhs: rename(e.rhs, names) };
    case 'select': return { ...e, cond: rename(e.cond, names), ifTrue: rename(e.ifTrue, names), ifFalse: rename(e.ifFalse, names) };
    case 'load': case 'wg_load': return { ...e, index: rename(e.index, names) };
    default: return e;
  }
}
