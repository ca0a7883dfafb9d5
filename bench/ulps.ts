// Distance between two numbers in f32 ulps, for the transcendental helpers'
// accuracy (bench/transcendentals.ts, test/render/transcendentals.test.ts).

/**
 * |fround(got) − fround(want)| in units of the f32 ulp of want's binade
 * (subnormals share the smallest one). 0 when both round to the same f32 or
 * both are NaN; Infinity when exactly one is infinite or NaN.
 */
export function f32Ulps(got: number, want: number): number {
  const a = Math.fround(got);
  const b = Math.fround(want);
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return 0;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return Infinity;
  const mag = Math.abs(b) || Math.abs(a);
  return Math.abs(a - b) / 2 ** Math.max(Math.floor(Math.log2(mag)) - 23, -149);
}
