// The one table from graph ops to kernel-IR expressions. Every kernel kind
// (elementwise, row, contraction epilogue, gather, scatter, copy, generated
// values) evaluates graph ops through these functions, so each op's scalar
// semantics live in exactly one place and match the reference op table
// (compiler/graph/ops/elementwise.ts).
//
// Value representation inside kernels: f32 values are f32; i32 values are
// carried as integer-valued f32 (exactly what the reference interpreter and
// every buffer store, so integer arithmetic rounds exactly like the
// reference: i32 add/mul/pow/min/max are the f32 ops, division truncates);
// bool values are kernel bools. Buffers hold f32 only (bools as 0/1), so one
// Float32Array / GPU f32 buffer type serves every graph value.
//
// Arguments are always locals or constants (the evaluator binds every value),
// so the few spellings that mention an argument twice (sign, trunc) cost no
// recomputation of anything but a compare.
import { k } from '../build.ts';
import type { KExpr, KType } from '../ir.ts';
import type { BinaryOp, DType, UnaryOp } from '../../graph/types.ts';

/** The kernel type a graph value of `dtype` is computed in. */
export function valueType(dtype: DType): KType {
  return dtype === 'bool' ? 'bool' : 'f32';
}

/** A stored f32 element as a value of `dtype`. */
export function fromStorage(x: KExpr, dtype: DType): KExpr {
  return dtype === 'bool' ? k.ne(x, k.f32(0)) : x;
}

/** A value of `dtype` as the f32 element stored for it. */
export function toStorage(x: KExpr, dtype: DType): KExpr {
  return dtype === 'bool' ? k.cast('f32', x) : x;
}

/** An integer-valued f32 (an i32 graph value) as an i32 index. */
export function toIndex(x: KExpr): KExpr {
  return k.cast('i32', x);
}

/** A constant of `dtype`. */
export function constValue(value: number, dtype: DType): KExpr {
  if (dtype === 'bool') return k.bool(value !== 0);
  return k.f32(dtype === 'i32' ? Math.trunc(value) : value);
}

/** Truncation toward zero of an f32 (WGSL and JS lack a trunc op in the IR). */
function trunc(x: KExpr): KExpr {
  return k.select(k.lt(x, k.f32(0)), k.neg(k.floor(k.neg(x))), k.floor(x));
}

/** x > 0 → 1, x < 0 → −1, else 0 (0 for NaN and −0, like the reference). */
function sign(x: KExpr): KExpr {
  return k.select(k.gt(x, k.f32(0)), k.f32(1), k.select(k.lt(x, k.f32(0)), k.f32(-1), k.f32(0)));
}

type UnaryLowering = (x: KExpr, dtype: DType) => KExpr;
type BinaryLowering = (x: KExpr, y: KExpr, dtype: DType) => KExpr;

/** Graph unary ops. `dtype` is the operand's (and result's) dtype. */
export const UNARY: Readonly<Record<UnaryOp, UnaryLowering>> = {
  neg: (x) => k.neg(x),
  exp: (x) => k.exp(x),
  log: (x) => k.log(x),
  sqrt: (x) => k.sqrt(x),
  rsqrt: (x) => k.rsqrt(x),
  recip: (x) => k.recip(x),
  sin: (x) => k.sin(x),
  cos: (x) => k.cos(x),
  tanh: (x) => k.tanh(x),
  erf: (x) => k.erf(x),
  abs: (x) => k.abs(x),
  sign: (x) => sign(x),
  // An integer-valued f32 is its own floor.
  floor: (x, dtype) => (dtype === 'i32' ? x : k.floor(x)),
  not: (x) => k.not(x),
  atan: (x) => k.atan(x),
  log1p: (x) => k.log1p(x),
  expm1: (x) => k.expm1(x),
  // max(x, 0) + log1p(e^(−|x|)): e^(−|x|) ≤ 1 never overflows, and log1p keeps the tail e^x for very negative x.
  softplus: (x) => k.add(k.max(x, k.f32(0)), k.log1p(k.exp(k.neg(k.abs(x))))),
  // e^(−x) is clamped below f32's overflow (e^88 ≈ 1.7e38), where WGSL leaves exp indeterminate;
  // σ(−88) ≈ 6e-39 is already below f32's normal range.
  sigmoid: (x) => k.recip(k.add(k.f32(1), k.exp(k.min(k.neg(x), k.f32(88))))),
};

/** Graph binary ops. `dtype` is the operands' dtype (comparisons return bool). */
export const BINARY: Readonly<Record<BinaryOp, BinaryLowering>> = {
  add: (x, y) => k.add(x, y),
  sub: (x, y) => k.sub(x, y),
  mul: (x, y) => k.mul(x, y),
  // Integer division truncates toward zero, as in the reference, WGSL and CUDA.
  div: (x, y, dtype) => (dtype === 'i32' ? trunc(k.div(x, y)) : k.div(x, y)),
  pow: (x, y) => k.pow(x, y),
  max: (x, y) => k.max(x, y),
  min: (x, y) => k.min(x, y),
  lt: (x, y) => k.lt(x, y),
  le: (x, y) => k.le(x, y),
  gt: (x, y) => k.gt(x, y),
  ge: (x, y) => k.ge(x, y),
  eq: (x, y) => k.eq(x, y),
  ne: (x, y) => k.ne(x, y),
  and: (x, y) => k.and(x, y),
  or: (x, y) => k.or(x, y),
};

/** where(c, x, y). */
export function whereValue(c: KExpr, x: KExpr, y: KExpr): KExpr {
  return k.select(c, x, y);
}

/** cast from one graph dtype to another (f32 → i32 truncates; number → bool is `!= 0`). */
export function castValue(x: KExpr, from: DType, to: DType): KExpr {
  if (from === to) return x;
  if (to === 'bool') return k.ne(x, k.f32(0));
  if (from === 'bool') return k.cast('f32', x);
  return to === 'i32' && from === 'f32' ? trunc(x) : x;
}
