// Support functions that rendered kernels call, emitted once per module.
//
// erf: WGSL has none and JS has none, so both get the same algorithm (so the
// CPU and GPU backends agree to within rounding):
//   |x| < 0.5: the Taylor series 2/√π · (x − x³/3 + x⁵/10 − x⁷/42 + x⁹/216 − x¹¹/1320),
//              exact to < 2e-8 relative there and free of the cancellation in 1 − erfc;
//   otherwise: erfc from Numerical Recipes' Chebyshev-fitted exponent (erfcc,
//              fractional error < 1.2e-7 everywhere), erf = ±(1 − erfc(|x|)).
// That is f32-level accuracy (≈ 1 ulp), which is what every target stores.

import { gemmHelperSource } from './wasm-gemm.ts';

/** erfc(z) = t · exp(−z² + P(t)), t = 1 / (1 + z/2); P's coefficients, constant term first. */
const ERFC_POLY = [
  -1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806,
  0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277,
];
/** 2/√π times the series coefficients 1, −1/3, 1/10, −1/42, 1/216, −1/1320 (in powers of x²). */
const ERF_SERIES = [1, -1 / 3, 1 / 10, -1 / 42, 1 / 216, -1 / 1320].map((c) => c * 1.1283791670955126);

/** Horner form `c0 + v*(c1 + v*(c2 + …))` with literals spelled by `lit`. */
function horner(coeffs: readonly number[], v: string, lit: (c: number) => string): string {
  let s = lit(coeffs[coeffs.length - 1]!);
  for (let i = coeffs.length - 2; i >= 0; i--) s = `${lit(coeffs[i]!)} + ${v} * (${s})`;
  return s;
}

/**
 * log1p(x) = 2·atanh(s), s = x/(2 + x): 2s·Σ s^(2n)/(2n+1). Used for x ∈ [−0.5, 1], where |s| ≤ 1/3 and
 * eight terms leave a relative error below 2e-9; there WGSL's log(1 + x) only promises an absolute
 * error of 2^−21, which is most of the digits of a small result.
 */
const LOG1P_SERIES = [1, 1 / 3, 1 / 5, 1 / 7, 1 / 9, 1 / 11, 1 / 13, 1 / 15];
/** expm1(x) = x·Σ x^n/(n+1)! for |x| < 0.5 (ten terms: relative error below 1e-10), exp(x) − 1 beyond. */
const EXPM1_SERIES = Array.from({ length: 10 }, (_, n) => 1 / factorial(n + 1));

function factorial(n: number): number {
  return n <= 1 ? 1 : n * factorial(n - 1);
}

const jsLit = (c: number): string => String(c);
const wgslLit = (c: number): string => `${c}f`.replace(/^(-?\d+)f$/, '$1.0f');

export const JS_HELPERS: Readonly<Record<string, string>> = {
  // The gemm intrinsic: WebAssembly SIMD micro-kernel with a plain-JS fallback (wasm-gemm.ts).
  gemm: gemmHelperSource(),
  erf: `function loom_erf(x) {
  const z = Math.abs(x);
  if (z < 0.5) {
    const x2 = x * x;
    return x * (${horner(ERF_SERIES, 'x2', jsLit)});
  }
  const t = 1 / (1 + 0.5 * z);
  const erfc = t * loom_exp(-z * z + (${horner(ERFC_POLY, 't', jsLit)}));
  return x < 0 ? erfc - 1 : 1 - erfc;
}`,
  // exp without a call into the C library (V8's Math.exp is not inlined): x = n·ln 2 + r with
  // |r| ≤ ln 2 / 2 (Cody–Waite: ln 2 split in two so n·ln2_hi is exact), 2^n from a table, e^r by
  // its degree-7 Taylor polynomial (relative error < 1e-8, far below f32's 6e-8 half-ulp),
  // evaluated in Estrin form for instruction-level parallelism. Outside (−708, 709) — subnormal or
  // overflowing results, ±Infinity, NaN — Math.exp.
  exp: `const loom_exp_pow2 = new Float64Array(2100);
for (let i = 0; i < 2100; i++) loom_exp_pow2[i] = Math.pow(2, i - 1075);
function loom_exp(x) {
  if (!(x > -708 && x < 709)) return Math.exp(x);
  const i = (x * 1.4426950408889634 + 1075.5) | 0, n = i - 1075;
  const r = (x - n * 0.6931471803691238) - n * 1.9082149292705877e-10, r2 = r * r;
  return loom_exp_pow2[i] * ((1 + r) + r2 * ((0.5 + r * (1 / 6)) + r2 * ((1 / 24 + r * (1 / 120)) + r2 * (1 / 720 + r * (1 / 5040)))));
}`,
  // Scratch arrays of serial kernels, one per kernel and array, kept across calls and zeroed per call.
  scratch: `const loom_scratch_arrays = new Map();
function loom_scratch(key, Type, size) {
  const a = loom_scratch_arrays.get(key);
  if (a !== undefined) return a.fill(0);
  const fresh = new Type(size);
  loom_scratch_arrays.set(key, fresh);
  return fresh;
}`,
  // Bit reinterpretation through one shared 4-byte buffer.
  bits: `const loom_bits_u32 = new Uint32Array(1);
const loom_bits_f32 = new Float32Array(loom_bits_u32.buffer);
function loom_f32_to_bits(x) { loom_bits_f32[0] = x; return loom_bits_u32[0]; }
function loom_bits_to_f32(u) { loom_bits_u32[0] = u; return loom_bits_f32[0]; }`,
};

export const WGSL_HELPERS: Readonly<Record<string, string>> = {
  erf: `fn loom_erf(x: f32) -> f32 {
  let z = abs(x);
  if (z < 0.5f) {
    let x2 = x * x;
    return x * (${horner(ERF_SERIES, 'x2', wgslLit)});
  }
  let t = 1.0f / (1.0f + 0.5f * z);
  let erfc = t * exp(-z * z + (${horner(ERFC_POLY, 't', wgslLit)}));
  return select(1.0f - erfc, erfc - 1.0f, x < 0.0f);
}`,
  // Cephes' atanf: reduce |x| to [0, tan(π/8)] by atan(a) = π/2 − atan(1/a) or π/4 + atan((a − 1)/(a + 1)),
  // then a degree-9 odd polynomial (relative error below 2e-7).
  atan: `fn loom_atan(x: f32) -> f32 {
  let a = abs(x);
  var base = 0.0f;
  var t = a;
  if (a > 2.414213562373095f) {
    base = 1.5707963267948966f;
    t = -1.0f / a;
  } else if (a > 0.41421356237309503f) {
    base = 0.7853981633974483f;
    t = (a - 1.0f) / (a + 1.0f);
  }
  let z = t * t;
  let r = base + (((((0.0805374449538f * z - 0.138776856032f) * z + 0.199777106478f) * z - 0.333329491539f) * z) * t + t);
  return select(r, -r, x < 0.0f);
}`,
  log1p: `fn loom_log1p(x: f32) -> f32 {
  if (x < -0.5f || x > 1.0f) {
    return log(1.0f + x);
  }
  let s = x / (2.0f + x);
  let s2 = s * s;
  return 2.0f * s * (${horner(LOG1P_SERIES, 's2', wgslLit)});
}`,
  expm1: `fn loom_expm1(x: f32) -> f32 {
  if (abs(x) >= 0.5f) {
    return exp(x) - 1.0f;
  }
  return x * (${horner(EXPM1_SERIES, 'x', wgslLit)});
}`,
};

/** JS helpers that call other helpers (renderers add the dependencies to a kernel's helper list). */
export const JS_HELPER_DEPS: Readonly<Record<string, readonly string[]>> = { erf: ['exp'] };

/** Helper definitions for `names`, in a stable order. */
export function helperSource(table: Readonly<Record<string, string>>, names: Iterable<string>): string[] {
  return [...new Set(names)].sort().map((n) => {
    const src = table[n];
    if (src === undefined) throw new Error(`no helper "${n}" in this target`);
    return src;
  });
}
