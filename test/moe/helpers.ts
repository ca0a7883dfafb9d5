// Shared by the sparse feed-forward tests (peer, fff): deterministic values
// and a float64 GELU to evaluate definitions directly.

/** len values sin(a·i + b): deterministic, varied, non-zero almost surely. */
export const wave = (len: number, a: number, b: number): number[] => Array.from({ length: len }, (_, i) => Math.sin(a * i + b));

/** The exact GELU x·Φ(x) in float64; erf by its series, exact enough for |z| < 4: Σ (−1)^m z^(2m+1) / (m! (2m+1)) · 2/√π. */
export function gelu(z: number): number {
  const t = z / Math.SQRT2;
  let erf = 0, term = t;
  for (let m = 0; m < 60; m++) { erf += term / (2 * m + 1); term *= (-t * t) / (m + 1); }
  return 0.5 * z * (1 + (2 / Math.sqrt(Math.PI)) * erf);
}
