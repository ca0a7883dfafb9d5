// What the SIMD compiler (wasm-simd.ts) needs to know about a kernel before
// it emits anything: which arrays it touches and how large they can be
// (layout), whether a store covers its whole buffer, i32 index expressions in
// affine form, and which assignments in a loop body are reductions.
import type { BufferParam, KExpr, KStmt, Kernel } from '../kernel/ir.ts';

/** One array the function touches: where it sits in linear memory (in floats) and which way it is copied. */
export interface SimdArray {
  readonly name: string;
  readonly offset: number;
  readonly length: number;
  readonly copyIn: boolean;
  readonly copyOut: boolean;
  /** A scratch array (wg_decl): zeroed per call, never copied. */
  readonly zero: boolean;
}

/** Thrown where a kernel (or one loop) has something the SIMD compiler does not handle; the caller keeps JS. */
export class Unsupported extends Error {}

export const fail = (why: string): never => {
  throw new Unsupported(why);
};

// ---- which arrays, where ----

/** Every array the body touches, at 16-byte-aligned offsets of a staging area, with how it is copied. */
export function layout(kernel: Kernel, rest: readonly KStmt[]): SimdArray[] {
  const loaded = new Set<string>();
  const stored = new Set<string>();
  walk(rest, (e) => {
    if (e.kind === 'load') loaded.add(e.buffer);
    if (e.kind === 'wg_load') loaded.add(e.array); // a scratch array or a gemm view
  }, (s) => {
    if (s.kind === 'store') stored.add(s.buffer);
    if (s.kind === 'wg_store') stored.add(s.array);
    if (s.kind === 'gemm') stored.add(s.out);
  });
  const scratch = new Map<string, number>();
  for (const s of rest) {
    if (s.kind !== 'wg_decl') continue;
    if (s.type !== 'f32') fail(`scratch array ${s.name} is not f32`);
    scratch.set(s.name, s.size);
  }
  // Gemm views are scratch too, as large as their row count can be: the BLAS writes them in place.
  const inits = new Map<string, KExpr[]>();
  walk(rest, () => {}, (s) => { if (s.kind === 'let' && s.init) inits.set(s.name, [...(inits.get(s.name) ?? []), s.init]); });
  walk(rest, () => {}, (s) => {
    if (s.kind !== 'gemm' || s.ldc === undefined) return;
    const rows = upperBound(s.M, inits, 0) ?? fail(`no bound on the rows of gemm view ${s.out}`);
    scratch.set(s.out, rows * s.ldc);
  });
  const params = new Map<string, BufferParam>(kernel.buffers.map((b) => [b.name, b]));
  const arrays: SimdArray[] = [];
  let offset = 0;
  for (const name of [...new Set([...loaded, ...stored])].sort()) {
    const p = params.get(name);
    if (p && (p.dtype !== 'f32' || p.count.kind !== 'const')) fail(`buffer ${name} is not f32 of constant size`);
    const length = p?.count.kind === 'const' ? p.count.value : scratch.get(name) ?? fail(`array ${name}`);
    if (scratch.has(name)) arrays.push({ name, offset, length, copyIn: false, copyOut: false, zero: true });
    // A written array is copied in too unless every element is written: the rest must survive.
    else arrays.push({ name, offset, length, copyIn: loaded.has(name) || !fullyWritten(rest, name, length), copyOut: stored.has(name), zero: false });
    offset += Math.ceil(length / 4) * 4; // 16-byte aligned
  }
  return arrays;
}

/** A constant no smaller than the i32 expression, through lets and min, or undefined. */
export function upperBound(e: KExpr, inits: ReadonlyMap<string, readonly KExpr[]>, depth: number): number | undefined {
  if (depth > 16) return undefined;
  if (e.kind === 'const') return e.value;
  if (e.kind === 'var') {
    const bounds = (inits.get(e.name) ?? []).map((i) => upperBound(i, inits, depth + 1));
    return bounds.length > 0 && bounds.every((b) => b !== undefined) ? Math.max(...(bounds as number[])) : undefined;
  }
  if (e.kind === 'binary' && e.op === 'min') {
    const [a, b] = [upperBound(e.lhs, inits, depth + 1), upperBound(e.rhs, inits, depth + 1)];
    return a === undefined ? b : b === undefined ? a : Math.min(a, b);
  }
  return undefined;
}

export function walk(body: readonly KStmt[], onExpr: (e: KExpr) => void, onStmt: (s: KStmt) => void): void {
  const expr = (e: KExpr): void => {
    onExpr(e);
    for (const c of children(e)) expr(c);
  };
  for (const s of body) {
    onStmt(s);
    switch (s.kind) {
      case 'let': if (s.init) expr(s.init); break;
      case 'assign': expr(s.value); break;
      case 'store': case 'wg_store': expr(s.index); expr(s.value); break;
      case 'wg_decl': break;
      // A gemm's operands count as loads (of the element at the operand's offset).
      case 'gemm': for (const o of [s.a, s.b]) expr({ kind: 'wg_load', type: 'f32', array: o.buffer, index: o.offset }); break;
      case 'for': expr(s.start); expr(s.end); expr(s.step); walk(s.body, onExpr, onStmt); break;
      case 'if': expr(s.cond); walk(s.then, onExpr, onStmt); if (s.else) walk(s.else, onExpr, onStmt); break;
      default: fail(`statement ${s.kind}`);
    }
  }
}

export function children(e: KExpr): KExpr[] {
  switch (e.kind) {
    case 'unary': case 'cast': case 'bitcast': return [e.arg];
    case 'binary': return [e.lhs, e.rhs];
    case 'select': return [e.cond, e.ifTrue, e.ifFalse];
    case 'load': case 'wg_load': return [e.index];
    default: return [];
  }
}

/**
 * True when the only store to `name` is `name[Σ loopᵢ·strideᵢ]` over a loop nest
 * from 0 with step 1 whose strides are the mixed radix of the extents and
 * whose extents multiply to `length`.
 */
function fullyWritten(body: readonly KStmt[], name: string, length: number): boolean {
  let stores = 0;
  let covered = false;
  const visit = (stmts: readonly KStmt[], loops: { v: string; extent: number }[], lets: Map<string, Affine>): void => {
    for (const s of stmts) {
      if (s.kind === 'let' && s.type === 'i32' && s.init) {
        const a = affine(s.init, lets);
        if (a) lets.set(s.name, a);
      } else if (s.kind === 'for') {
        const ok = s.start.kind === 'const' && s.start.value === 0 && s.step.kind === 'const' && s.step.value === 1 && s.end.kind === 'const';
        visit(s.body, ok ? [...loops, { v: s.var, extent: (s.end as { value: number }).value }] : [...loops, { v: s.var, extent: NaN }], new Map(lets));
      } else if (s.kind === 'if') {
        visit(s.then, loops, new Map(lets));
        if (s.else) visit(s.else, loops, new Map(lets));
        if (mentionsStore(s, name)) stores += 2; // conditional: not provably covering
      } else if (s.kind === 'store' && s.buffer === name) {
        stores++;
        const a = affine(s.index, lets);
        if (!a || a.c !== 0 || a.terms.size !== loops.length) continue;
        let stride = 1;
        let ok = true;
        for (let i = loops.length - 1; i >= 0; i--) {
          if (a.terms.get(loops[i]!.v) !== stride) ok = false;
          stride *= loops[i]!.extent;
        }
        if (ok && stride === length) covered = true;
      }
    }
  };
  visit(body, [], new Map());
  return stores === 1 && covered;
}

function mentionsStore(s: KStmt, name: string): boolean {
  let found = false;
  walk([s], () => {}, (t) => { if (t.kind === 'store' && t.buffer === name) found = true; });
  return found;
}

// ---- affine index forms ----

export interface Affine {
  readonly c: number;
  readonly terms: ReadonlyMap<string, number>;
}

function combine(a: Affine, b: Affine, k: number): Affine {
  const terms = new Map(a.terms);
  for (const [v, x] of b.terms) {
    const y = (terms.get(v) ?? 0) + k * x;
    if (y === 0) terms.delete(v);
    else terms.set(v, y);
  }
  return { c: a.c + k * b.c, terms };
}

/** The i32 expression as c + Σ coefficient·atom (atoms: variables without an affine definition in `lets`). */
export function affine(e: KExpr, lets: ReadonlyMap<string, Affine>): Affine | undefined {
  if (e.type !== 'i32') return undefined;
  switch (e.kind) {
    case 'const': return { c: e.value, terms: new Map() };
    case 'var': return lets.get(e.name) ?? { c: 0, terms: new Map([[e.name, 1]]) };
    case 'binary': {
      const l = affine(e.lhs, lets);
      const r = affine(e.rhs, lets);
      if (!l || !r) return undefined;
      if (e.op === 'add') return combine(l, r, 1);
      if (e.op === 'sub') return combine(l, r, -1);
      if (e.op === 'mul' && l.terms.size === 0) return combine({ c: 0, terms: new Map() }, r, l.c);
      if (e.op === 'mul' && r.terms.size === 0) return combine({ c: 0, terms: new Map() }, l, r.c);
      return undefined;
    }
    default: return undefined;
  }
}

export const REDUCTION_IDENTITY = { add: 0, max: -Infinity, min: Infinity } as const;

/**
 * The body's assignments to variables it does not declare, each `acc = acc op x` (op add, max or
 * min; `x` free of acc) and acc read nowhere else; anything else is refused (a recurrence).
 */
export function reductions(body: readonly KStmt[]): { name: string; op: keyof typeof REDUCTION_IDENTITY }[] {
  const declared = new Set(body.flatMap((s) => (s.kind === 'let' ? [s.name] : [])));
  const reads = new Map<string, number>();
  walk(body, (e) => { if (e.kind === 'var') reads.set(e.name, (reads.get(e.name) ?? 0) + 1); }, () => {});
  const found: { name: string; op: keyof typeof REDUCTION_IDENTITY }[] = [];
  for (const s of body) {
    if (s.kind !== 'assign' || declared.has(s.name)) continue;
    const v = s.value;
    const isAcc = (e: KExpr) => e.kind === 'var' && e.name === s.name;
    if (v.kind !== 'binary' || v.type !== 'f32' || !(v.op in REDUCTION_IDENTITY) || !(isAcc(v.lhs) || isAcc(v.rhs)) || reads.get(s.name) !== 1) {
      fail(`a recurrence on ${s.name}`);
    }
    if (found.some((r) => r.name === s.name)) fail(`two updates of ${s.name}`);
    found.push({ name: s.name, op: (v as { op: keyof typeof REDUCTION_IDENTITY }).op });
  }
  return found;
}

/**
 * Refuses a loop body in which one lane could read what another lane writes:
 * every array it stores to must be stored and loaded at one index only.
 */
export function lanesIndependent(body: readonly KStmt[], affineOf: (e: KExpr) => Affine | undefined): void {
  const indices = new Map<string, Set<string>>();
  const stored = new Set<string>();
  const note = (name: string, index: KExpr): void => {
    const a = affineOf(index);
    const key = a ? `${a.c}|${[...a.terms].sort().join(',')}` : `?${indices.size}`;
    indices.set(name, (indices.get(name) ?? new Set()).add(key));
  };
  walk(body, (e) => {
    if (e.kind === 'load') note(e.buffer, e.index);
    if (e.kind === 'wg_load') note(e.array, e.index);
  }, (s) => {
    if (s.kind === 'store') { stored.add(s.buffer); note(s.buffer, s.index); }
    if (s.kind === 'wg_store') { stored.add(s.array); note(s.array, s.index); }
  });
  for (const name of stored) if (indices.get(name)!.size > 1) fail(`lanes of ${name} depend on each other`);
}


// ---- how values vary across the four lanes of a vector loop ----

/** The innermost loop being vectorised: its variable, the names declared in its body, its lane accumulators. */
export interface Lanes {
  readonly loopVar: string;
  readonly declared: Set<string>;
  /** Accumulators updated lane-wise (copy 0's name for a re-rolled loop) → their vector locals. */
  readonly accumulators: ReadonlyMap<string, unknown>;
  /** Whether the loop's first column is a multiple of 4 (so every vector step's is). */
  readonly aligned: boolean;
  /** i32 lets of the body: how they vary across lanes (undefined: unknown). */
  readonly forms: Map<string, LaneForm | undefined>;
}

/** An i32 value across the four lanes: the same in each (0), or lane 0's plus the lane number (1); aligned: lane 0's is a multiple of 4. */
export interface LaneForm {
  readonly stride: 0 | 1;
  readonly aligned: boolean;
}

/**
 * How an i32 expression varies across the lanes: through + − and products by
 * constants, and through idiv and % by multiples of 4 of an aligned
 * contiguous value (a flat index's row and column).
 */
export function laneForm(e: KExpr, lanes: Lanes, lets: ReadonlyMap<string, Affine>): LaneForm | undefined {
  const constant = (x: KExpr): number | undefined => (x.kind === 'const' ? x.value : undefined);
  switch (e.kind) {
    case 'const': return { stride: 0, aligned: e.value % 4 === 0 };
    case 'var': {
      if (e.name === lanes.loopVar) return { stride: 1, aligned: lanes.aligned };
      if (lanes.forms.has(e.name)) return lanes.forms.get(e.name);
      if (lanes.declared.has(e.name) || lanes.accumulators.has(e.name)) return undefined;
      const a = lets.get(e.name);
      return { stride: 0, aligned: a !== undefined && a.c % 4 === 0 && [...a.terms.values()].every((k) => k % 4 === 0) };
    }
    case 'binary': {
      const [l, r] = [laneForm(e.lhs, lanes, lets), laneForm(e.rhs, lanes, lets)];
      if (!l || !r) return undefined;
      const [cl, cr] = [constant(e.lhs), constant(e.rhs)];
      switch (e.op) {
        case 'add': case 'sub': {
          const stride = e.op === 'add' ? l.stride + r.stride : l.stride - r.stride;
          return stride === 0 || stride === 1 ? { stride, aligned: l.aligned && r.aligned } : undefined;
        }
        case 'mul': {
          const [k, f] = cr !== undefined ? [cr, l] : cl !== undefined ? [cl, r] : [undefined, undefined];
          if (k === undefined || !f) return l.stride === 0 && r.stride === 0 ? { stride: 0, aligned: false } : undefined;
          if (f.stride === 1 && k !== 1) return k === 0 ? { stride: 0, aligned: true } : undefined;
          return { stride: f.stride, aligned: k % 4 === 0 || f.aligned };
        }
        case 'idiv': case 'mod': {
          if (l.stride === 0 && r.stride === 0) return { stride: 0, aligned: false };
          if (cr === undefined || cr <= 0 || cr % 4 !== 0 || !l.aligned) return undefined;
          return e.op === 'idiv' ? { stride: 0, aligned: false } : { stride: 1, aligned: true };
        }
        default: return l.stride === 0 && r.stride === 0 ? { stride: 0, aligned: false } : undefined;
      }
    }
    default: return children(e).some((c) => varies(c, lanes, lets)) ? undefined : { stride: 0, aligned: false };
  }
}

/** Whether `e` can differ between the lanes of the vector loop. */
export function varies(e: KExpr, lanes: Lanes, lets: ReadonlyMap<string, Affine>): boolean {
  if (e.kind === 'var' && e.type !== 'i32') return lanes.declared.has(e.name) || lanes.accumulators.has(e.name);
  if (e.type === 'i32') return laneForm(e, lanes, lets)?.stride !== 0;
  if (e.kind === 'load' || e.kind === 'wg_load') return laneForm(e.index, lanes, lets)?.stride !== 0;
  return children(e).some((c) => varies(c, lanes, lets));
}
