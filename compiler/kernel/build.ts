// Ergonomic, type-checked constructors for kernel IR, as the namespace `k`:
//
//   const i = k.variable('i', 'i32');
//   k.for(i, 0, n, (i) => [k.store(y, i, k.max(k.load(x, i), 0))])
//
// Numbers are lifted to constants of the other operand's type, so
// `k.add(i, 1)` is an i32 add. Builders fold constants and trivial identities
// (x*1, x+0, x-0, x/1, true&&x, select on a constant, casts to the same type)
// so templates can write index math generically and still emit tidy code.
// Type errors throw immediately: they are bugs in the caller, not user errors.
import { applyBinary, applyBitcast, applyCast, applyUnary, roundTo } from './eval.ts';
import type {
  BufferAccess, BufferParam, GemmLevel, GemmOperand, GemmStride, KBinaryOp, KConst, KBuiltin, KDim, KExpr, KStmt, KStorageType, KType, KUnaryOp, KVar,
  Kernel, Launch, UniformParam, WorkgroupArray,
} from './ir.ts';
import { binaryResultType, unaryResultType } from './ir.ts';

/** An expression, or a JS number (a constant of the context's type) or boolean. */
export type KExprLike = KExpr | number | boolean;
/** A `gemm` operand for `k.gemm`: a strided view of an f32 buffer (strides: one, or levels; see GemmStride). */
export interface GemmOperandSpec {
  readonly buffer: Pick<BufferParam, 'name' | 'dtype'>;
  readonly offset?: KExprLike;
  readonly rowStride: KExprLike | readonly GemmLevel[];
  readonly colStride: KExprLike | readonly GemmLevel[];
}
/** A loop or `if` body: a list, or a function given the loop variable. */
export type BodyLike = readonly KStmt[] | ((v: KVar) => readonly KStmt[]);

function constant(type: KType, value: number): KConst {
  return { kind: 'const', type, value: roundTo(type, value) };
}

/** A number with no typed partner: integers become i32, others f32. */
function liftAlone(x: KExprLike): KExpr {
  if (typeof x === 'boolean') return constant('bool', x ? 1 : 0);
  if (typeof x !== 'number') return x;
  return constant(Number.isInteger(x) && Math.abs(x) <= 2147483647 ? 'i32' : 'f32', x);
}

function liftAs(type: KType, x: KExprLike): KExpr {
  if (typeof x === 'boolean') return constant('bool', x ? 1 : 0);
  return typeof x === 'number' ? constant(type, x) : x;
}

function lift2(a: KExprLike, b: KExprLike, op: KBinaryOp): [KExpr, KExpr] {
  if (typeof a === 'boolean') a = liftAlone(a);
  if (typeof b === 'boolean') b = liftAlone(b);
  if (typeof a !== 'number') return [a, liftAs(op === 'shl' || op === 'shr' ? 'u32' : a.type, b)];
  if (typeof b !== 'number') return [liftAs(b.type, a), b];
  const l = liftAlone(a);
  return [l, liftAs(op === 'shl' || op === 'shr' ? 'u32' : l.type, b)];
}

/** The value of a constant expression, else undefined. */
const cv = (e: KExpr): number | undefined => (e.kind === 'const' ? e.value : undefined);
const isConst = (e: KExpr, v: number): boolean => e.kind === 'const' && e.value === v;

function unary(op: KUnaryOp, x: KExprLike): KExpr {
  const arg = liftAlone(x);
  const type = unaryResultType(op, arg.type);
  if (typeof type !== 'string') throw new Error(`k.${op}: ${type.error}`);
  if (arg.kind === 'const') {
    const v = applyUnary(op, type, arg.value);
    if (v !== undefined) return constant(type, v);
  }
  // Involutions cancel: -(-x) and !!x.
  if ((op === 'neg' || op === 'not') && arg.kind === 'unary' && arg.op === op) return arg.arg;
  return { kind: 'unary', type, op, arg };
}

/** The identity rules; returns undefined when nothing simplifies. */
function simplify(op: KBinaryOp, l: KExpr, r: KExpr, type: KType): KExpr | undefined {
  const int = type === 'i32' || type === 'u32';
  switch (op) {
    case 'add':
      if (isConst(l, 0)) return r;
      if (isConst(r, 0)) return l;
      return int ? reassociate(l, r, type) : undefined;
    case 'sub':
      if (isConst(r, 0)) return l;
      // x - c → x + (-c) for i32, so constants gather: (n + 255) - 1 → n + 254.
      return type === 'i32' && cv(r) !== undefined && cv(r) !== -2147483648 ? binary('add', l, -cv(r)!) : undefined;
    case 'mul':
      if (isConst(l, 1)) return r;
      if (isConst(r, 1)) return l;
      // x*0 = 0 only for integers: for f32, NaN*0 and inf*0 are NaN.
      if (int && (isConst(l, 0) || isConst(r, 0))) return constant(type, 0);
      return undefined;
    case 'div': case 'idiv': return isConst(r, 1) ? l : undefined;
    case 'mod': return int && isConst(r, 1) ? constant(type, 0) : undefined;
    case 'and': return cv(l) !== undefined ? (cv(l) ? r : l) : cv(r) !== undefined ? (cv(r) ? l : r) : undefined;
    case 'or': return cv(l) !== undefined ? (cv(l) ? l : r) : cv(r) !== undefined ? (cv(r) ? r : l) : undefined;
    case 'bit_or': case 'bit_xor': return isConst(l, 0) ? r : isConst(r, 0) ? l : undefined;
    case 'bit_and': return isConst(l, 0) || isConst(r, 0) ? constant(type, 0) : undefined;
    case 'shl': case 'shr': return isConst(r, 0) ? l : undefined;
    default: return undefined;
  }
}

/**
 * Integer index math gathers constants at the right: x + (y + c) → (x + y) + c
 * and (x + c1) + c2 → x + (c1 + c2), so offsets like `row0 + ty + 16` fold
 * and stay readable. (Integer adds are associative; f32 adds are not.)
 */
function reassociate(l: KExpr, r: KExpr, type: KType): KExpr | undefined {
  if (r.kind === 'binary' && r.op === 'add' && cv(r.rhs) !== undefined) return binary('add', binary('add', l, r.lhs), r.rhs);
  const c2 = cv(r);
  if (c2 !== undefined && l.kind === 'binary' && l.op === 'add' && cv(l.rhs) !== undefined) {
    return binary('add', l.lhs, constant(type, applyBinary('add', type, cv(l.rhs)!, c2)!));
  }
  return undefined;
}

function binary(op: KBinaryOp, a: KExprLike, b: KExprLike): KExpr {
  const [lhs, rhs] = lift2(a, b, op);
  const type = binaryResultType(op, lhs.type, rhs.type);
  if (typeof type !== 'string') throw new Error(`k.${op}: ${type.error}`);
  if (lhs.kind === 'const' && rhs.kind === 'const') {
    const v = applyBinary(op, lhs.type, lhs.value, rhs.value);
    if (v !== undefined) return constant(type, v);
  }
  return simplify(op, lhs, rhs, type) ?? { kind: 'binary', type, op, lhs, rhs };
}

function builtin(builtin: KBuiltin, dim: KDim): KExpr {
  return { kind: 'builtin', type: 'u32', builtin, dim };
}

function body(b: BodyLike, v: KVar): readonly KStmt[] {
  return typeof b === 'function' ? b(v) : b;
}

const unaryOp = (op: KUnaryOp) => (x: KExprLike): KExpr => unary(op, x);
const binaryOp = (op: KBinaryOp) => (a: KExprLike, b: KExprLike): KExpr => binary(op, a, b);

export const k = {
  // ---- leaves ----
  f32: (v: number): KConst => constant('f32', v),
  i32: (v: number): KConst => constant('i32', v),
  u32: (v: number): KConst => constant('u32', v),
  bool: (v: boolean): KConst => constant('bool', v ? 1 : 0),
  const: (type: KType, v: number): KConst => constant(type, v),
  variable: (name: string, type: KType): KVar => ({ kind: 'var', type, name }),
  uniform: (u: UniformParam): KExpr => ({ kind: 'uniform', type: u.type, name: u.name }),
  globalId: (dim: KDim): KExpr => builtin('global_id', dim),
  localId: (dim: KDim): KExpr => builtin('local_id', dim),
  workgroupId: (dim: KDim): KExpr => builtin('workgroup_id', dim),
  numWorkgroups: (dim: KDim): KExpr => builtin('num_workgroups', dim),
  // ---- unary ----
  neg: unaryOp('neg'), exp: unaryOp('exp'), log: unaryOp('log'), sqrt: unaryOp('sqrt'),
  rsqrt: unaryOp('rsqrt'), recip: unaryOp('recip'), sin: unaryOp('sin'), cos: unaryOp('cos'),
  tanh: unaryOp('tanh'), erf: unaryOp('erf'), abs: unaryOp('abs'), sign: unaryOp('sign'),
  floor: unaryOp('floor'), not: unaryOp('not'),
  atan: unaryOp('atan'), log1p: unaryOp('log1p'), expm1: unaryOp('expm1'),
  unary,
  // ---- binary ----
  add: binaryOp('add'), sub: binaryOp('sub'), mul: binaryOp('mul'), div: binaryOp('div'),
  mod: binaryOp('mod'), idiv: binaryOp('idiv'), min: binaryOp('min'), max: binaryOp('max'),
  pow: binaryOp('pow'), lt: binaryOp('lt'), le: binaryOp('le'), gt: binaryOp('gt'), ge: binaryOp('ge'),
  eq: binaryOp('eq'), ne: binaryOp('ne'), and: binaryOp('and'), or: binaryOp('or'),
  bitAnd: binaryOp('bit_and'), bitOr: binaryOp('bit_or'), bitXor: binaryOp('bit_xor'),
  shl: binaryOp('shl'), shr: binaryOp('shr'),
  binary,
  // ---- other expressions ----
  select(cond: KExprLike, ifTrue: KExprLike, ifFalse: KExprLike): KExpr {
    const c = liftAlone(cond);
    if (c.type !== 'bool') throw new Error(`k.select: condition is ${c.type}, not bool`);
    const [t, f] = lift2(ifTrue, ifFalse, 'add');
    if (t.type !== f.type) throw new Error(`k.select: branches differ: ${t.type} and ${f.type}`);
    if (c.kind === 'const') return c.value ? t : f;
    return { kind: 'select', type: t.type, cond: c, ifTrue: t, ifFalse: f };
  },
  cast(type: KType, x: KExprLike): KExpr {
    const arg = liftAlone(x);
    if (arg.type === type) return arg;
    if (arg.kind === 'const') return constant(type, applyCast(type, arg.type, arg.value));
    return { kind: 'cast', type, arg };
  },
  bitcast(type: KType, x: KExprLike): KExpr {
    const arg = liftAlone(x);
    if (type === 'bool' || arg.type === 'bool') throw new Error('k.bitcast: bool has no bit pattern');
    if (arg.type === type) return arg;
    if (arg.kind === 'const') return constant(type, applyBitcast(type, arg.type, arg.value));
    return { kind: 'bitcast', type, arg };
  },
  load: (buf: Pick<BufferParam, 'name' | 'dtype'>, index: KExprLike): KExpr =>
    ({ kind: 'load', type: buf.dtype, buffer: buf.name, index: liftAs('i32', index) }),
  wgLoad: (arr: Pick<WorkgroupArray, 'name' | 'type'>, index: KExprLike): KExpr =>
    ({ kind: 'wg_load', type: arr.type, array: arr.name, index: liftAs('i32', index) }),
  /** ceil(a / b) for non-negative integers. */
  ceilDiv: (a: KExprLike, b: KExprLike): KExpr => binary('idiv', binary('sub', binary('add', a, b), 1), b),
  /** a0 + a1 + …, folded; `zero` is returned for an empty list. */
  sum: (terms: readonly KExprLike[], zero: KExpr = constant('i32', 0)): KExpr =>
    terms.reduce<KExpr>((acc, t) => binary('add', acc, t), zero),
  // ---- statements ----
  let(v: KVar, init?: KExprLike): KStmt {
    const e = init === undefined ? undefined : liftAs(v.type, init);
    if (e && e.type !== v.type) throw new Error(`k.let ${v.name}: ${v.type} initialised with ${e.type}`);
    return e ? { kind: 'let', name: v.name, type: v.type, init: e } : { kind: 'let', name: v.name, type: v.type };
  },
  assign(v: KVar, value: KExprLike): KStmt {
    const e = liftAs(v.type, value);
    if (e.type !== v.type) throw new Error(`k.assign ${v.name}: ${v.type} assigned ${e.type}`);
    return { kind: 'assign', name: v.name, value: e };
  },
  store(buf: Pick<BufferParam, 'name' | 'dtype'>, index: KExprLike, value: KExprLike): KStmt {
    const e = liftAs(buf.dtype, value);
    if (e.type !== buf.dtype) throw new Error(`k.store ${buf.name}: ${buf.dtype} buffer given ${e.type}`);
    return { kind: 'store', buffer: buf.name, index: liftAs('i32', index), value: e };
  },
  wgStore(arr: Pick<WorkgroupArray, 'name' | 'type'>, index: KExprLike, value: KExprLike): KStmt {
    const e = liftAs(arr.type, value);
    if (e.type !== arr.type) throw new Error(`k.wgStore ${arr.name}: ${arr.type} array given ${e.type}`);
    return { kind: 'wg_store', array: arr.name, index: liftAs('i32', index), value: e };
  },
  for(v: KVar, start: KExprLike, end: KExprLike, loopBody: BodyLike, step: KExprLike = 1): KStmt {
    if (v.type !== 'i32' && v.type !== 'u32') throw new Error(`k.for ${v.name}: loop variable must be i32 or u32, not ${v.type}`);
    return {
      kind: 'for', var: v.name, type: v.type,
      start: liftAs(v.type, start), end: liftAs(v.type, end), step: liftAs(v.type, step), body: body(loopBody, v),
    };
  },
  if(cond: KExprLike, then: readonly KStmt[], otherwise?: readonly KStmt[]): KStmt {
    const c = liftAlone(cond);
    if (c.type !== 'bool') throw new Error(`k.if: condition is ${c.type}, not bool`);
    return otherwise && otherwise.length > 0 ? { kind: 'if', cond: c, then, else: otherwise } : { kind: 'if', cond: c, then };
  },
  /**
   * `if` folded when the condition is constant: the taken branch's statements
   * are returned inline (a list, spread it into the enclosing block).
   */
  when(cond: KExprLike, then: readonly KStmt[], otherwise: readonly KStmt[] = []): KStmt[] {
    const c = liftAlone(cond);
    if (c.kind === 'const') return [...(c.value ? then : otherwise)];
    return [k.if(c, then, otherwise)];
  },
  /** A workgroup barrier; `'storage'` also orders storage-buffer memory (see the statement in ir.ts). */
  barrier: (scope: 'workgroup' | 'storage' = 'workgroup'): KStmt => (scope === 'storage' ? { kind: 'barrier', storage: true } : { kind: 'barrier' }),
  /**
   * The CPU matrix-multiply intrinsic: `out[i·N + j] = Σ_k A(i, k) · B(k, j)`
   * into an f32 scratch array, or with `ldc` into a view it declares (see
   * the `gemm` statement in ir.ts).
   */
  gemm(spec: {
    out: Pick<WorkgroupArray, 'name' | 'type'>;
    M: KExprLike; N: KExprLike; K: KExprLike;
    a: GemmOperandSpec; b: GemmOperandSpec;
    ldc?: number;
  }): KStmt {
    if (spec.out.type !== 'f32') throw new Error(`k.gemm: output array ${spec.out.name} must be f32, not ${spec.out.type}`);
    const operand = (o: GemmOperandSpec, which: string): GemmOperand => {
      if (o.buffer.dtype !== 'f32') throw new Error(`k.gemm: operand ${which} (${o.buffer.name}) must be an f32 buffer`);
      return {
        buffer: o.buffer.name, offset: liftAs('i32', o.offset ?? 0),
        rowStride: stride(o.rowStride), colStride: stride(o.colStride),
      };
    };
    const stride = (x: KExprLike | readonly GemmLevel[]): GemmStride => (Array.isArray(x) ? x.map((l) => ({ size: l.size, stride: l.stride })) : liftAs('i32', x as KExprLike));
    return {
      kind: 'gemm', out: spec.out.name,
      M: liftAs('i32', spec.M), N: liftAs('i32', spec.N), K: liftAs('i32', spec.K),
      a: operand(spec.a, 'a'), b: operand(spec.b, 'b'),
      ...(spec.ldc !== undefined ? { ldc: spec.ldc } : {}),
    };
  },
  workgroupArray: (name: string, type: KStorageType, size: number): WorkgroupArray => ({ kind: 'wg_decl', name, type, size }),
  // ---- kernel parts ----
  buffer: (name: string, dtype: KStorageType, count: KExprLike, access: BufferAccess): BufferParam =>
    ({ name, dtype, count: liftAs('i32', count), access }),
  uniformParam: (name: string, type: KStorageType): UniformParam => ({ name, type }),
  serial: (): Launch => ({ kind: 'serial' }),
  grid: (workgroupSize: readonly [number, number, number], workgroups: readonly [KExprLike, KExprLike, KExprLike]): Launch => ({
    kind: 'grid',
    workgroupSize,
    workgroups: [liftAs('u32', workgroups[0]), liftAs('u32', workgroups[1]), liftAs('u32', workgroups[2])],
  }),
  kernel: (spec: {
    name: string;
    buffers: readonly BufferParam[];
    uniforms?: readonly UniformParam[];
    launch: Launch;
    body: readonly KStmt[];
    loc?: string;
  }): Kernel => ({
    name: spec.name,
    buffers: spec.buffers,
    uniforms: spec.uniforms ?? [],
    launch: spec.launch,
    body: spec.body,
    ...(spec.loc !== undefined ? { loc: spec.loc } : {}),
  }),
};
