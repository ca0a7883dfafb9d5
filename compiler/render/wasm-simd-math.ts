// exp and erf on f32x4 lanes, as inline WebAssembly for the SIMD loop nests
// (wasm-simd.ts). Each emitter takes its argument on the operand stack and
// leaves the result there, using fresh v128 locals from `temp`.
//
// exp: x = n·ln 2 + r with n = round(x·log₂e), rounded by adding 1.5·2²³ so
// the sum's low mantissa bits are n itself, and r by Cody–Waite's two-part
// ln 2 (|r| ≤ ln 2/2); e^r by a degree-6 polynomial fitted for relative
// error (scripts/fit_simd_math.py: 2e-9, below f32's rounding); 2^(n−1) by
// shifting n + 126 into the exponent field, the polynomial doubled to make
// up the −1 (so n = 128, the top of the range, needs no +∞ exponent). Results
// below 2^−125 (x < −86.6) flush to 0, as GPUs flush subnormals; x > 88.72
// gives +∞; NaN stays NaN. Within 2 ulp of the correctly rounded f32
// elsewhere (test/render/wasm-simd.test.ts).
//
// erf: x·P(x²)/Q(x²) on x clamped to [−4, 4] (erf(4) rounds to 1 in f32), P of
// degree 6 and Q of degree 5 fitted by Sanathanan–Koerner iteration
// (scripts/fit_simd_math.py): one piece, so all four lanes take the same path
// with no select, clamped to ±1; absolute error below 4e-7 in f32 arithmetic, relative
// below 3e-7 near 0. (The scalar JS helper keeps its piecewise form, whose
// tail keeps 1 + erf(−z)'s relative digits.)
import { op, V128_OPS } from './wasm-encode.ts';

const v = (code: number): number[] => op.simd(code);

/** `v128.const` of four equal f32 lanes. */
export function f32x4Const(value: number): number[] {
  const lanes = new Uint8Array(Float32Array.of(value, value, value, value).buffer);
  return op.simd(0x0c, ...lanes);
}

/** `v128.const` of four equal i32 lanes. */
export function i32x4Const(value: number): number[] {
  const lanes = new Uint8Array(Int32Array.of(value, value, value, value).buffer);
  return op.simd(0x0c, ...lanes);
}

/** p(t) = c0 + t·(c1 + t·(…)) with t in local `t`, on f32x4 lanes. */
function horner(coeffs: readonly number[], t: number): number[] {
  const code = f32x4Const(coeffs[coeffs.length - 1]!);
  for (let i = coeffs.length - 2; i >= 0; i--) {
    code.push(...op.get(t), ...v(V128_OPS.f32x4Mul), ...f32x4Const(coeffs[i]!), ...v(V128_OPS.f32x4Add));
  }
  return code;
}

const LOG2E = 1.4426950408889634;
const LN2_HI = 0.693359375;
const LN2_LO = -2.1219444005469057e-4;
/** 1.5·2²³: adding it rounds to an integer held in the low mantissa bits. */
const ROUNDER = 12582912;
/** e^r ≈ Σ cₖ·rᵏ on |r| ≤ ln 2/2, doubled (see above). */
const EXP_POLY = [
  1.0000000005588132, 1.0000000365380428, 0.4999999202891828, 0.1666641919394018, 0.04166823256607284,
  0.008374898123362937, 0.0013836699302484203,
].map((c) => 2 * c);
const EXP_MAX = 88.72283935546875;
const EXP_FLUSH = -86.6;
/** erf(x) ≈ x·P(x²)/Q(x²) on |x| ≤ 4. */
const ERF_P = [
  1.1283791820446178, 0.18471352643725, 0.054332720639019255, 0.0038396232835513112, 0.00038268205111385525,
  4.780179617436746e-6, -1.3665112458579862e-8,
];
const ERF_Q = [1, 0.49703164546982426, 0.11382735923383333, 0.015453664253019372, 0.0013095850404104595, 6.400592366787016e-5];

/** exp on f32x4 lanes. */
export function f32x4Exp(temp: () => number): number[] {
  const [x, t, n, r, res] = [temp(), temp(), temp(), temp(), temp()];
  return [
    ...op.set(x),
    ...op.get(x), ...f32x4Const(LOG2E), ...v(V128_OPS.f32x4Mul), ...f32x4Const(ROUNDER), ...v(V128_OPS.f32x4Add), ...op.tee(t),
    ...f32x4Const(ROUNDER), ...v(V128_OPS.f32x4Sub), ...op.set(n),
    ...op.get(x), ...op.get(n), ...f32x4Const(LN2_HI), ...v(V128_OPS.f32x4Mul), ...v(V128_OPS.f32x4Sub),
    ...op.get(n), ...f32x4Const(LN2_LO), ...v(V128_OPS.f32x4Mul), ...v(V128_OPS.f32x4Sub), ...op.set(r),
    ...horner(EXP_POLY, r),
    // t's bits are ROUNDER's + n, and ROUNDER's bits shifted by 23 vanish: (bits(t) + 126) << 23 = 2^(n−1)'s bits
    ...op.get(t), ...i32x4Const(126), ...v(V128_OPS.i32x4Add), ...op.i32(23), ...v(V128_OPS.i32x4Shl),
    ...v(V128_OPS.f32x4Mul), ...op.set(res),
    ...f32x4Const(Infinity), ...op.get(res), ...op.get(x), ...f32x4Const(EXP_MAX), ...v(V128_OPS.f32x4Gt), ...v(V128_OPS.bitselect),
    ...op.get(x), ...f32x4Const(EXP_FLUSH), ...v(V128_OPS.f32x4Lt), ...v(V128_OPS.andnot),
  ];
}

/** erf on f32x4 lanes. */
export function f32x4Erf(temp: () => number): number[] {
  const [x, s] = [temp(), temp()];
  return [
    ...f32x4Const(4), ...v(V128_OPS.f32x4Min), ...f32x4Const(-4), ...v(V128_OPS.f32x4Max), ...op.tee(x),
    ...op.get(x), ...v(V128_OPS.f32x4Mul), ...op.set(s),
    ...op.get(x), ...horner(ERF_P, s), ...v(V128_OPS.f32x4Mul), ...horner(ERF_Q, s), ...v(V128_OPS.f32x4Div),
    // near ±4 the quotient can overshoot ±1 by an ulp
    ...f32x4Const(1), ...v(V128_OPS.f32x4Min), ...f32x4Const(-1), ...v(V128_OPS.f32x4Max),
  ];
}
