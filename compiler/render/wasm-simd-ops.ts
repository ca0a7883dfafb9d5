// Instruction choices for the SIMD compiler's expressions (wasm-simd.ts).
// Scalar f32 values are computed in f64, as the JS kernels compute them
// (f64 arithmetic, rounded to f32 where stored), so code outside the vector
// loops and the sums of their lanes keep the JS target's precision; lane
// values are f32x4.
import { fail } from './wasm-simd-analysis.ts';
import { f32x4Const } from './wasm-simd-math.ts';
import { F64_OPS, I32_OPS, op, V128_OPS } from './wasm-encode.ts';

/** Unary ops without a WebAssembly instruction, called through JS's Math (helpers.ts passes them in). */
export const MATH_CALLS: ReadonlySet<string> = new Set(['log', 'tanh', 'sin', 'cos', 'atan', 'log1p', 'expm1']);

/** f32x4 lanes per vector. */
export const LANES = 4;
/** v128.const f32x4 0 1 2 3. */
export const LANE_NUMBERS = op.simd(0x0c, ...new Uint8Array(Float32Array.of(0, 1, 2, 3).buffer));

const v = (code: number): number[] => op.simd(code);

const FLOAT_BINARY = ['add', 'sub', 'mul', 'div', 'min', 'max', 'eq', 'ne', 'lt', 'gt', 'le', 'ge'] as const;
type FloatBinary = (typeof FLOAT_BINARY)[number];
const LANE_F32: Record<FloatBinary, number> = {
  add: V128_OPS.f32x4Add, sub: V128_OPS.f32x4Sub, mul: V128_OPS.f32x4Mul, div: V128_OPS.f32x4Div,
  min: V128_OPS.f32x4Min, max: V128_OPS.f32x4Max, eq: V128_OPS.f32x4Eq, ne: V128_OPS.f32x4Ne,
  lt: V128_OPS.f32x4Lt, gt: V128_OPS.f32x4Gt, le: V128_OPS.f32x4Le, ge: V128_OPS.f32x4Ge,
};
const I32_BINARY = ['add', 'sub', 'mul', 'eq', 'ne', 'lt', 'gt', 'le', 'ge', 'bit_and', 'bit_or', 'bit_xor'];

/** A binary op on two scalar operands of type `t` (f32 as f64, bool as i32 0/1). */
export function scalarBinary(o: string, t: string): number[] {
  if (t === 'f32' && o in LANE_F32) return [F64_OPS[o as FloatBinary]];
  if (t === 'i32' && I32_BINARY.includes(o)) return [I32_OPS[o.replace('bit_', '') as keyof typeof I32_OPS]];
  if (t === 'bool' && (o === 'and' || o === 'or' || o === 'eq' || o === 'ne')) return [I32_OPS[o]];
  return fail(`${o} on ${t}`);
}

/** A binary op on two lane operands (f32x4, or masks for bool). */
export function laneBinary(o: string, t: string): number[] {
  if (t === 'f32' && o in LANE_F32) return v(LANE_F32[o as FloatBinary]);
  if (t === 'bool' && o === 'and') return v(V128_OPS.and);
  if (t === 'bool' && o === 'or') return v(V128_OPS.or);
  if (t === 'bool' && o === 'ne') return v(V128_OPS.xor);
  if (t === 'bool' && o === 'eq') return [...v(V128_OPS.xor), ...v(V128_OPS.not)];
  return fail(`${o} on ${t} lanes`);
}

/** A unary op with an instruction: on f64 (`lanes` false) or f32x4, the argument's code first. */
export function nativeUnary(o: string, arg: readonly number[], lanes: boolean): number[] | undefined {
  const one = lanes ? f32x4Const(1) : op.f64(1);
  const div = lanes ? v(V128_OPS.f32x4Div) : [F64_OPS.div];
  const sqrt = lanes ? v(V128_OPS.f32x4Sqrt) : [F64_OPS.sqrt];
  switch (o) {
    case 'neg': return [...arg, ...(lanes ? v(V128_OPS.f32x4Neg) : [F64_OPS.neg])];
    case 'abs': return [...arg, ...(lanes ? v(V128_OPS.f32x4Abs) : [F64_OPS.abs])];
    case 'sqrt': return [...arg, ...sqrt];
    case 'floor': return [...arg, ...(lanes ? v(V128_OPS.f32x4Floor) : [F64_OPS.floor])];
    case 'recip': return [...one, ...arg, ...div];
    case 'rsqrt': return [...one, ...arg, ...sqrt, ...div];
    default: return undefined;
  }
}

/** f64 scalar on the stack → the four lanes of an f32x4. */
export const SPLAT_F64 = [F64_OPS.demote, ...v(V128_OPS.f32x4Splat)];
/** Lane `i` of the f32x4 on the stack → an f64 scalar. */
export const lane = (i: number): number[] => [...op.simd(V128_OPS.f32x4ExtractLane, i), F64_OPS.promote];
/** The high two f32 lanes moved to the low two (for f64x2.promote_low). */
export const HIGH_LANES = op.simd(V128_OPS.i8x16Shuffle, 8, 9, 10, 11, 12, 13, 14, 15, 8, 9, 10, 11, 12, 13, 14, 15);
