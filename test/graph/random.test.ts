// The counter-based generator: fixed bits (so other backends can be checked
// against them), determinism, independence of streams, rough moments.
import { describe, expect, test } from 'vitest';
import { fillRandom, hashString, mix32, normalAt, randomBits, streamKey, uniformAt } from '../../compiler/graph/random.ts';

describe('random', () => {
  test('the hash is lowbias32', () => {
    // Reference values computed by hand from the documented algorithm.
    const lowbias32 = (x: number) => {
      x ^= x >>> 16;
      x = Number((BigInt(x >>> 0) * 0x7feb352dn) & 0xffffffffn);
      x ^= x >>> 15;
      x = Number((BigInt(x >>> 0) * 0x846ca68bn) & 0xffffffffn);
      x ^= x >>> 16;
      return x >>> 0;
    };
    for (const x of [0, 1, 2, 0xdeadbeef, 0xffffffff, 123456789]) expect(mix32(x)).toBe(lowbias32(x));
  });
  test('uniformAt follows the documented formula', () => {
    const key = streamKey(42, 7);
    expect(key).toBe(mix32((mix32((42 ^ 0x9e3779b9) >>> 0) ^ 7) >>> 0));
    expect(uniformAt(42, 7, 5)).toBe((randomBits(key, 10) >>> 8) / 2 ** 24);
    const u1 = (randomBits(key, 10) >>> 8) / 2 ** 24;
    const u2 = (randomBits(key, 11) >>> 8) / 2 ** 24;
    expect(normalAt(42, 7, 5)).toBe(Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2));
  });
  test('pinned values (other backends must reproduce these bits; cross-checked with a Python port)', () => {
    expect([0, 1, 2].map((i) => randomBits(streamKey(0, 0), i))).toEqual([1716039760, 3788342329, 404341872]);
    expect(uniformAt(1, 2, 3)).toBe(0.20760303735733032);
  });
  test('deterministic, and different for other seeds, streams and elements', () => {
    expect(uniformAt(3, 4, 5)).toBe(uniformAt(3, 4, 5));
    const base = uniformAt(3, 4, 5);
    expect(uniformAt(4, 4, 5)).not.toBe(base);
    expect(uniformAt(3, 5, 5)).not.toBe(base);
    expect(uniformAt(3, 4, 6)).not.toBe(base);
    expect(hashString('wte.w')).toBe(hashString('wte.w'));
    expect(hashString('wte.w')).not.toBe(hashString('wpe.w'));
  });
  test('uniform moments', () => {
    const n = 200_000;
    const u = new Float64Array(n);
    fillRandom(u, 9, 1, 'uniform');
    let mean = 0, m2 = 0, min = 1, max = 0;
    for (const v of u) {
      mean += v / n;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    for (const v of u) m2 += (v - mean) ** 2 / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(m2 - 1 / 12)).toBeLessThan(0.002);
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
  });
  test('normal moments', () => {
    const n = 200_000;
    const z = new Float64Array(n);
    fillRandom(z, 9, 2, 'normal');
    let mean = 0, m2 = 0, m4 = 0;
    for (const v of z) mean += v / n;
    for (const v of z) {
      m2 += (v - mean) ** 2 / n;
      m4 += (v - mean) ** 4 / n;
    }
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(m2 - 1)).toBeLessThan(0.02);
    expect(Math.abs(m4 / (m2 * m2) - 3)).toBeLessThan(0.1); // kurtosis of a normal
    expect(z.every(Number.isFinite)).toBe(true);
  });
  test('neighbouring elements are uncorrelated', () => {
    const n = 100_000;
    const u = new Float64Array(n);
    fillRandom(u, 1, 1, 'uniform');
    let c = 0;
    for (let i = 1; i < n; i++) c += (u[i]! - 0.5) * (u[i - 1]! - 0.5);
    expect(Math.abs(c / n / (1 / 12))).toBeLessThan(0.02);
  });
});
