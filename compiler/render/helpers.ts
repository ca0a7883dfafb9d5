// Support functions that rendered kernels call, emitted once per module.
//
// erf: WGSL has none and JS has none, so both get the same algorithm (so the
// CPU and GPU backends agree to within rounding):
//   |x| < 0.5: the Taylor series 2/√π · (x − x³/3 + x⁵/10 − x⁷/42 + x⁹/216 − x¹¹/1320),
//              exact to < 2e-8 relative there and free of the cancellation in 1 − erfc;
//   otherwise: erfc from Numerical Recipes' Chebyshev-fitted exponent (erfcc,
//              fractional error < 1.2e-7 everywhere), erf = ±(1 − erfc(|x|)).
// That is f32-level accuracy (≈ 1 ulp), which is what every target stores.

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

const jsLit = (c: number): string => String(c);
const wgslLit = (c: number): string => `${c}f`.replace(/^(-?\d+)f$/, '$1.0f');

export const JS_HELPERS: Readonly<Record<string, string>> = {
  erf: `function loom_erf(x) {
  const z = Math.abs(x);
  if (z < 0.5) {
    const x2 = x * x;
    return x * (${horner(ERF_SERIES, 'x2', jsLit)});
  }
  const t = 1 / (1 + 0.5 * z);
  const erfc = t * Math.exp(-z * z + (${horner(ERFC_POLY, 't', jsLit)}));
  return x < 0 ? erfc - 1 : 1 - erfc;
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
};

/** Helper definitions for `names`, in a stable order. */
export function helperSource(table: Readonly<Record<string, string>>, names: Iterable<string>): string[] {
  return [...new Set(names)].sort().map((n) => {
    const src = table[n];
    if (src === undefined) throw new Error(`no helper "${n}" in this target`);
    return src;
  });
}
