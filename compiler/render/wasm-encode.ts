// A tiny WebAssembly binary encoder: what the CPU target's generated modules
// need (the gemm micro-kernel, wasm-gemm.ts; the SIMD loop nests,
// wasm-simd.ts), with no WAT toolchain. Opcodes are the core and SIMD
// proposals' numbers (checked against wabt's assembler when added).

export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

export function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

export const str = (s: string): number[] => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];
export const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
export const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];

/** Value type codes. */
export const I32 = 0x7f;
export const F32 = 0x7d;
export const F64 = 0x7c;
export const V128 = 0x7b;
export type ValType = typeof I32 | typeof F32 | typeof F64 | typeof V128;

const f32Bytes = (v: number): number[] => [...new Uint8Array(Float32Array.of(v).buffer)];
const simd = (code: number, ...imm: number[]): number[] => [0xfd, ...uleb(code), ...imm];
/** A memory immediate: log2 alignment, byte offset. */
const memarg = (align: number, offset: number): number[] => [align, ...uleb(offset)];

/** Instruction encoders. */
export const op = {
  get: (l: number) => [0x20, ...uleb(l)],
  set: (l: number) => [0x21, ...uleb(l)],
  tee: (l: number) => [0x22, ...uleb(l)],
  i32: (v: number) => [0x41, ...sleb(v)],
  f32: (v: number) => [0x43, ...f32Bytes(v)],
  f64: (v: number) => [0x44, ...new Uint8Array(Float64Array.of(v).buffer)],
  add: [0x6a],
  sub: [0x6b],
  mul: [0x6c],
  ltU: [0x49],
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  end: [0x0b],
  if: [0x04, 0x40],
  else: [0x05],
  br: (depth: number) => [0x0c, ...uleb(depth)],
  brIf: (depth: number) => [0x0d, ...uleb(depth)],
  select: [0x1b],
  simd,
  v128Load: (offset: number) => simd(0x00, ...memarg(0, offset)),
  v128Load32Splat: (offset: number) => simd(0x09, ...memarg(2, offset)),
  v128Store: (offset: number) => simd(0x0b, ...memarg(0, offset)),
  v128Zero: () => simd(0x0c, ...new Array<number>(16).fill(0)),
  f32x4Add: () => simd(0xe4),
  f32x4Mul: () => simd(0xe6),
  f32Load: (offset: number) => [0x2a, ...memarg(2, offset)],
  f32Store: (offset: number) => [0x38, ...memarg(2, offset)],
};

/** Scalar i32 operators by name (signed where it matters). */
export const I32_OPS = {
  eqz: 0x45, eq: 0x46, ne: 0x47, lt: 0x48, gt: 0x4a, le: 0x4c, ge: 0x4e,
  add: 0x6a, sub: 0x6b, mul: 0x6c, and: 0x71, or: 0x72, xor: 0x73,
} as const;

/** Scalar f32 operators by name. */
export const F32_OPS = {
  eq: 0x5b, ne: 0x5c, lt: 0x5d, gt: 0x5e, le: 0x5f, ge: 0x60,
  abs: 0x8b, neg: 0x8c, floor: 0x8e, nearest: 0x90, sqrt: 0x91,
  add: 0x92, sub: 0x93, mul: 0x94, div: 0x95, min: 0x96, max: 0x97,
  /** f32.convert_i32_s / _u. */
  fromI32: 0xb2, fromU32: 0xb3,
} as const;

/** Scalar f64 operators by name, and the conversions to and from f32. */
export const F64_OPS = {
  eq: 0x61, ne: 0x62, lt: 0x63, gt: 0x64, le: 0x65, ge: 0x66,
  abs: 0x99, neg: 0x9a, floor: 0x9c, sqrt: 0x9f,
  add: 0xa0, sub: 0xa1, mul: 0xa2, div: 0xa3, min: 0xa4, max: 0xa5,
  /** f64.convert_i32_s / _u. */
  fromI32: 0xb7, fromU32: 0xb8,
  /** f64.promote_f32, f32.demote_f64. */
  promote: 0xbb, demote: 0xb6,
} as const;

/** `i32.trunc_sat_f64_s`. */
export const I32_TRUNC_SAT_F64 = [0xfc, 0x02];

/** SIMD opcodes (after the 0xfd prefix) by name. */
export const V128_OPS = {
  i32x4Splat: 0x11, f32x4Splat: 0x13, f32x4ExtractLane: 0x1f, f32x4ReplaceLane: 0x20,
  i32x4Eq: 0x37,
  f32x4Eq: 0x41, f32x4Ne: 0x42, f32x4Lt: 0x43, f32x4Gt: 0x44, f32x4Le: 0x45, f32x4Ge: 0x46,
  not: 0x4d, and: 0x4e, andnot: 0x4f, or: 0x50, xor: 0x51, bitselect: 0x52,
  i8x16Shuffle: 0x0d, f64x2Splat: 0x14, f64x2ExtractLane: 0x21, f64x2ReplaceLane: 0x22, f64x2PromoteLowF32x4: 0x5f, f64x2Add: 0xf0,
  f32x4Floor: 0x68, f32x4Nearest: 0x6a,
  i32x4Shl: 0xab, i32x4ShrS: 0xac, i32x4Add: 0xae, i32x4Sub: 0xb1,
  f32x4Abs: 0xe0, f32x4Neg: 0xe1, f32x4Sqrt: 0xe3,
  f32x4Add: 0xe4, f32x4Sub: 0xe5, f32x4Mul: 0xe6, f32x4Div: 0xe7, f32x4Min: 0xe8, f32x4Max: 0xe9,
  i32x4TruncSatF32x4S: 0xf8, f32x4ConvertI32x4S: 0xfa,
} as const;

/** `i32.trunc_sat_f32_s`: f32 → i32 toward zero, saturating (NaN → 0), never trapping. */
export const I32_TRUNC_SAT_F32 = [0xfc, 0x00];

/** The 8-byte header of every module. */
export const MODULE_HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

/** A function body: its locals (runs of one type) and code, length-prefixed for the code section. */
export function functionBody(locals: readonly ValType[], code: readonly number[]): number[] {
  const runs: number[][] = [];
  for (let i = 0; i < locals.length;) {
    let j = i;
    while (j < locals.length && locals[j] === locals[i]) j++;
    runs.push([...uleb(j - i), locals[i]!]);
    i = j;
  }
  const body = [...vec(runs), ...code, 0x0b];
  return [...uleb(body.length), ...body];
}
