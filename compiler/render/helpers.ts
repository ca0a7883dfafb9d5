// Support functions that rendered kernels call, emitted once per module.
//
// erf: WGSL has none and JS has none. WGSL's (the cheaper-to-compile form a
// GPU can afford; GPUs are not bound by it):
//   |x| < 0.5: the Taylor series 2/√π · (x − x³/3 + x⁵/10 − x⁷/42 + x⁹/216 − x¹¹/1320),
//              exact to < 2e-8 relative there and free of the cancellation in 1 − erfc;
//   otherwise: erfc from Numerical Recipes' Chebyshev-fitted exponent (erfcc,
//              fractional error < 1.2e-7 everywhere), erf = ±(1 − erfc(|x|)).
// JS's, where exact GELU's erf is a large share of a CPU train step, needs
// no division and, for the common |x| < 1.5, no exp (scripts/fit_erf.py fits both
// polynomials against mpmath):
//   |x| < 1.5:   erf(x) = x · P(x²), P of degree 8 (relative error < 1e-9), in Estrin's form
//                (a third of Horner's latency: GELU's erf ran 2.4× faster in a train step's epilogue);
//   1.5 ≤ z < 6: erfc(z) = exp(Q(u)), u = (z − 3.75)/2.25, Q of degree 10 fitted to
//                log erfc (absolute error < 3e-9, so erfc's relative error is that
//                too, and 1 + erf(−z) keeps its digits in the tail), erf = ±(1 − erfc);
//   z ≥ 6:       erf = ±1 (erfc(6) ≈ 2e-17 is below float64's resolution at 1).
// Both are f32-level accuracy (≤ 1 ulp), which is what every target stores, so
// the CPU and GPU backends agree to within rounding.

import { gemmHelperSource } from './wasm-gemm.ts';

/** erfc(z) = t · exp(−z² + P(t)), t = 1 / (1 + z/2); P's coefficients, constant term first. */
const ERFC_POLY = [
  -1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806,
  0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277,
];
/** 2/√π times the series coefficients 1, −1/3, 1/10, −1/42, 1/216, −1/1320 (in powers of x²). */
const ERF_SERIES = [1, -1 / 3, 1 / 10, -1 / 42, 1 / 216, -1 / 1320].map((c) => c * 1.1283791670955126);
/** JS erf for |x| < 1.5: erf(x) = x · P(x²), P's coefficients, constant term first (scripts/fit_erf.py). */
export const ERF_SMALL = [
  1.1283791661792384, -0.3761263258096007, 0.11283718770722957, -0.02686289021640862, 0.0052164831869849415,
  -0.0008450593156145691, 0.00011288919192913392, -1.1273092081653695e-05, 6.144825832221258e-07,
];
/** JS erfc for 1.5 ≤ z < 6: log erfc(z) = Q(u), u = (z − 3.75)/2.25; Q's coefficients, constant term first (scripts/fit_erf.py). */
export const LOG_ERFC_TAIL = [
  -15.9894627404872, -17.438409170606057, -4.9124795907287035, -0.05053852347510286, 0.018208639100008316,
  -0.006655692072815684, 0.0023991133460680818, -0.0008312727947029835, 0.0002845081316204826,
  -9.987993876397725e-05, 2.343925081630519e-05,
];

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

/**
 * Estrin's form of the same polynomial: pairs `c_2i + v·c_2i+1`, then pairs of those with v², v⁴, …
 * (`powers[l]` names v^(2^l), powers[0] = v). The same operations as Horner's but a dependency
 * chain of log₂(n) multiply-adds instead of n: scalar JS has no SIMD to hide latency with, so a
 * loop of independent elements runs at the chain's latency.
 */
function estrin(coeffs: readonly number[], powers: readonly string[], lit: (c: number) => string): string {
  let terms = coeffs.map(lit);
  for (let l = 0; terms.length > 1; l++) {
    if (powers[l] === undefined) throw new Error(`estrin: ${coeffs.length} coefficients need ${Math.ceil(Math.log2(coeffs.length))} powers`);
    const next: string[] = [];
    for (let i = 0; i < terms.length; i += 2) next.push(i + 1 < terms.length ? `(${terms[i]} + ${powers[l]} * ${terms[i + 1]})` : terms[i]!);
    terms = next;
  }
  return terms[0]!;
}

const jsLit = (c: number): string => String(c);
const wgslLit = (c: number): string => `${c}f`.replace(/^(-?\d+)f$/, '$1.0f');

export const JS_HELPERS: Readonly<Record<string, string>> = {
  // The gemm intrinsic: WebAssembly SIMD micro-kernel with a plain-JS fallback (wasm-gemm.ts).
  gemm: gemmHelperSource(),
  erf: `function loom_erf(x) {
  const z = Math.abs(x);
  if (z < 1.5) {
    const x2 = x * x, x4 = x2 * x2, x8 = x4 * x4, x16 = x8 * x8;
    return x * ${estrin(ERF_SMALL, ['x2', 'x4', 'x8', 'x16'], jsLit)};
  }
  if (!(z < 6)) return z === z ? (x < 0 ? -1 : 1) : x;
  const u = (z - 3.75) * ${jsLit(1 / 2.25)};
  const erfc = loom_exp(${horner(LOG_ERFC_TAIL, 'u', jsLit)});
  return x < 0 ? erfc - 1 : 1 - erfc;
}`,
  // exp without a call into the C library (V8's Math.exp is not inlined), in as few float64
  // operations as f32 results allow (JS has no fused multiply-add, so each one counts):
  // x = (n/64)·ln 2 + r with n = round(64x/ln 2) (rounded by adding 1.5·2^52, no int conversion
  // on the way) and |r| ≤ ln 2/128; e^x = 2^(n >> 6) · 2^((n & 63)/64) · e^r, both powers of two
  // from tables and e^r by its cubic Taylor polynomial (relative error < 4e-11; the one-piece
  // ln 2/64 leaves r an absolute error < 1e-13). That is far below f32's half-ulp, so a stored
  // result is exp's correctly rounded f32 unless exp lies within 4e-11 of a halfway point
  // (≤ 1 ulp; bench/transcendentals.ts, test/render/transcendentals.test.ts).
  // For |x| ≥ 708 — subnormal or overflowing results, ±Infinity — and NaN, Math.exp.
  exp: `const loom_exp_pow2 = new Float64Array(2100);
for (let i = 0; i < 2100; i++) loom_exp_pow2[i] = Math.pow(2, i - 1075);
const loom_exp_frac = new Float64Array(64);
for (let j = 0; j < 64; j++) loom_exp_frac[j] = Math.pow(2, j / 64);
function loom_exp(x) {
  if (!(Math.abs(x) < 708)) return Math.exp(x);
  const n = (x * 92.33248261689366 + 6755399441055744) - 6755399441055744;
  const r = x - n * 0.010830424696249145, i = n | 0;
  return loom_exp_pow2[(i >> 6) + 1075] * loom_exp_frac[i & 63] * (1 + r * (1 + r * (0.5 + r * (1 / 6))));
}`,
  // Serial kernels' loop nests compiled to WebAssembly SIMD (wasm-simd.ts), all in one linear
  // memory per module. An executor that allocates its buffers here (loom_simd_alloc: once per
  // module, before any kernel runs; growing the memory later would detach them) has its kernels
  // run on them in place. Any other array — the caller's state, a gemm view, a scratch array —
  // goes through the staging area after those buffers, as large as the largest kernel's arrays:
  // copied in, the function run on byte addresses, the written ones copied back. null (and the
  // kernel's JS loops) where WebAssembly is missing or refuses the module (a browser's main thread
  // compiles only modules under 4 KiB synchronously).
  simd: `const { loom_simd_kernel, loom_simd_run, loom_simd_alloc } = (() => {
  let memory = null;
  try {
    if (typeof WebAssembly === 'object') memory = new WebAssembly.Memory({ initial: 1 });
  } catch (e) {
    memory = null;
  }
  let view = null;
  let staging = 0; // floats: the largest kernel's arrays
  let arena = 0; // bytes before the staging area
  let allocated = false;
  // false when the memory cannot grow that far (WebAssembly's 4 GiB, or the host's limit): the JS loops run instead.
  function grow(bytes) {
    try {
      if (memory.buffer.byteLength < bytes) memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / 65536));
    } catch (e) {
      return false;
    }
    if (view === null || view.buffer !== memory.buffer) view = new Float32Array(memory.buffer);
    return true;
  }
  function loom_simd_kernel(bytes, floats, layout) {
    if (memory === null) return null;
    try {
      const b = new Uint8Array(bytes);
      if (!WebAssembly.validate(b)) return null;
      const run = new WebAssembly.Instance(new WebAssembly.Module(b), { env: {
        mem: memory, log: Math.log, tanh: Math.tanh, sin: Math.sin, cos: Math.cos, atan: Math.atan, log1p: Math.log1p, expm1: Math.expm1,
        // The gemm intrinsic on this memory (offsets in floats); its helper is in every module whose kernels use it.
        gemm: (c, ldc, M, N, K, a, aRs, aCs, b, bRs, bCs) => {
          if (ldc === N) loom_gemm(view.subarray(c, c + M * N), M, N, K, view, a, aRs, aCs, view, b, bRs, bCs);
          else view.set(loom_gemm_view(M, N, K, ldc, view, a, aRs, aCs, view, b, bRs, bCs).subarray(0, M * ldc), c);
        },
      } }).exports.run;
      if (!allocated) staging = Math.max(staging, floats);
      else if (floats > staging) return null;
      return { run, layout, ptrs: new Array(layout.length / 3).fill(0) };
    } catch (e) {
      return null;
    }
  }
  function loom_simd_alloc(lengths) {
    if (memory === null || allocated || staging === 0) return null;
    let floats = 0;
    const offsets = lengths.map((n) => { const o = floats; floats += Math.ceil(n / 4) * 4; return o; });
    if (!grow(floats * 4 + staging * 4)) return null;
    allocated = true;
    arena = floats * 4;
    return lengths.map((n, i) => new Float32Array(memory.buffer, offsets[i] * 4, n));
  }
  // layout: [offset, length, flags (1 copy in, 2 copy out, 4 zero: a scratch array)] per array, in floats.
  function loom_simd_run(k, arrays) {
    if (k === null || !grow(arena + staging * 4)) return false;
    const l = k.layout, ptrs = k.ptrs, base = arena / 4;
    for (let i = 0; i < ptrs.length; i++) {
      const a = arrays[i], off = base + l[3 * i], n = l[3 * i + 1], flags = l[3 * i + 2];
      if (a !== null && a.buffer === memory.buffer) {
        ptrs[i] = a.byteOffset;
        continue;
      }
      ptrs[i] = off * 4;
      if (flags & 4) view.fill(0, off, off + n);
      else if (flags & 1) view.set(a.length <= n ? a : a.subarray(0, n), off);
    }
    k.run(...ptrs);
    for (let i = 0; i < ptrs.length; i++) {
      const a = arrays[i], off = base + l[3 * i];
      if ((l[3 * i + 2] & 2) !== 0 && ptrs[i] === off * 4 && a.buffer !== memory.buffer) a.set(view.subarray(off, off + Math.min(a.length, l[3 * i + 1])));
    }
    return true;
  }
  return { loom_simd_kernel, loom_simd_run, loom_simd_alloc };
})();`,
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
