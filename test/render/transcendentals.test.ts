// The JS target's loom_exp and loom_erf (compiler/render/helpers.ts) against
// Math.exp and the reference erf (compiler/graph/ops/erf.ts, ~1e-15): within
// one f32 ulp over dense sweeps, float64-level where later float64 arithmetic
// would see it (exp's relative error, erfc's in the tail), and exact at the
// edges.
import { describe, expect, it } from 'vitest';
import { f32Ulps } from '../../bench/ulps.ts';
import { erf as referenceErf, erfc as referenceErfc } from '../../compiler/graph/ops/erf.ts';
import { JS_HELPERS } from '../../compiler/render/helpers.ts';

const loomExp = new Function(`${JS_HELPERS.exp}\nreturn loom_exp;`)() as (x: number) => number;
const loomErf = new Function(`${JS_HELPERS.exp}\n${JS_HELPERS.erf}\nreturn loom_erf;`)() as (x: number) => number;

/** n + 1 evenly spaced f32 values from lo to hi. */
const sweep = (lo: number, hi: number, n: number): number[] => Array.from({ length: n + 1 }, (_, i) => Math.fround(lo + ((hi - lo) * i) / n));

function worst(xs: readonly number[], err: (x: number) => number): { err: number; at: number } {
  let w = { err: 0, at: NaN };
  for (const x of xs) {
    const e = err(x);
    if (!(e <= w.err)) w = { err: e, at: x };
  }
  return w;
}

describe('loom_exp', () => {
  it('is within one f32 ulp of Math.exp from f32 underflow to overflow and beyond', () => {
    const xs = [...sweep(-110, 100, 200_000), ...sweep(-745, 710, 20_000)];
    expect(worst(xs, (x) => f32Ulps(loomExp(x), Math.exp(x))).err).toBeLessThanOrEqual(1);
  });

  it('has float64 relative error below 1e-10 where it does not call Math.exp', () => {
    const xs = sweep(-707.9, 707.9, 200_000);
    expect(worst(xs, (x) => Math.abs(loomExp(x) / Math.exp(x) - 1)).err).toBeLessThan(1e-10);
  });

  it('is exact at the edges', () => {
    expect(loomExp(0)).toBe(1);
    expect(loomExp(-0)).toBe(1);
    expect(loomExp(Infinity)).toBe(Infinity);
    expect(loomExp(-Infinity)).toBe(0);
    expect(loomExp(NaN)).toBeNaN();
    expect(loomExp(1e-30)).toBe(1);
    // The fast path's last arguments and Math.exp's first ones.
    for (const x of [707.99, -707.99, 708, -708, 709, -709, 709.78, -745.13]) expect(loomExp(x) / Math.exp(x)).toBeCloseTo(1, 9);
    expect(loomExp(710)).toBe(Infinity);
    expect(loomExp(-746)).toBe(0);
    expect(Math.fround(loomExp(88.73))).toBe(Infinity); // past f32's largest
    expect(Math.fround(loomExp(-104))).toBe(0); // past f32's smallest subnormal
  });
});

describe('loom_erf', () => {
  it('is within one f32 ulp of the reference erf on both of its pieces and across the switch', () => {
    const xs = [...sweep(-7, 7, 200_000), ...sweep(1.49, 1.51, 2_000), ...sweep(-6.01, -5.99, 2_000)];
    expect(worst(xs, (x) => f32Ulps(loomErf(x), referenceErf(x))).err).toBeLessThanOrEqual(1);
  });

  it('keeps relative accuracy near 0 and in the tail (1 + erf(−z) = erfc(z), what GELU uses)', () => {
    const small = [1e-30, -1e-20, 1e-6, -3e-4, 0.01, 0.3, -1.2, 1.4999];
    expect(worst(small, (x) => Math.abs(loomErf(x) / referenceErf(x) - 1)).err).toBeLessThan(2e-9);
    // Up to 3.5, where erfc is still 7e-7: further out, 1 + (erfc − 1) loses erfc's digits in float64 itself.
    const tail = sweep(1.5, 3.5, 20_000);
    expect(worst(tail, (z) => Math.abs((1 + loomErf(-z)) / referenceErfc(z) - 1)).err).toBeLessThan(1e-8);
  });

  it('is exact at the edges', () => {
    expect(Object.is(loomErf(0), 0)).toBe(true);
    expect(Object.is(loomErf(-0), -0)).toBe(true);
    expect(loomErf(Infinity)).toBe(1);
    expect(loomErf(-Infinity)).toBe(-1);
    expect(loomErf(6)).toBe(1);
    expect(loomErf(-1e30)).toBe(-1);
    expect(loomErf(NaN)).toBeNaN();
  });
});
