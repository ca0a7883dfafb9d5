import { describe, expect, it } from 'vitest';
import { argmax, makeRng, sampleToken, softmax, topKIndices } from '../../runtime/sample.ts';

function frequencies(logits: Float32Array, n: number, options: { temperature?: number; topK?: number }, seed = 1): number[] {
  const rng = makeRng(seed);
  const counts = new Array<number>(logits.length).fill(0);
  for (let i = 0; i < n; i++) counts[sampleToken(logits, { ...options, rng })]!++;
  return counts.map((c) => c / n);
}

describe('makeRng', () => {
  it('is deterministic, in [0, 1), and seed-dependent', () => {
    const a = makeRng(7);
    const b = makeRng(7);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(Array.from({ length: 10_000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.01);
    expect(makeRng(8)()).not.toBe(makeRng(7)());
    expect(() => makeRng(Number.NaN)).toThrow('makeRng: seed must be a finite number, got NaN');
  });
});

describe('sampleToken', () => {
  const logits = Float32Array.from([0.5, 2.0, -1.0, 1.2, 0.0, 1.9, -3.0, 0.7]);

  it('picks the argmax at temperature 0, lowest index among ties, without an rng', () => {
    expect(sampleToken(logits, { temperature: 0 })).toBe(1);
    expect(sampleToken(Float32Array.from([1, 3, 3, 2]), { temperature: 0 })).toBe(1);
    expect(argmax([-Infinity, -5, -5])).toBe(1);
  });

  it('top-1 is the argmax at any temperature', () => {
    const rng = makeRng(3);
    for (const temperature of [0.1, 1, 10]) {
      for (let i = 0; i < 200; i++) expect(sampleToken(logits, { temperature, topK: 1, rng })).toBe(1);
    }
  });

  it('matches softmax frequencies', () => {
    for (const temperature of [1, 0.7]) {
      const expected = softmax(logits, temperature);
      const got = frequencies(logits, 100_000, { temperature });
      // 100k draws: one standard deviation is at most 0.0016.
      got.forEach((f, i) => expect(Math.abs(f - expected[i]!), `token ${i} at T=${temperature}`).toBeLessThan(0.008));
    }
  });

  it('top-k samples only the k largest, with renormalised probabilities', () => {
    const keep = topKIndices(logits, 3);
    expect(keep).toEqual([1, 5, 3]);
    const expected = softmax(logits, 1, keep);
    const got = frequencies(logits, 50_000, { topK: 3 }, 9);
    got.forEach((f, i) => {
      const j = keep.indexOf(i);
      if (j < 0) expect(f, `token ${i} is outside the top 3`).toBe(0);
      else expect(Math.abs(f - expected[j]!)).toBeLessThan(0.01);
    });
  });

  it('breaks top-k ties by index, deterministically', () => {
    const flat = Float32Array.from([1, 1, 1, 1]);
    const got = frequencies(flat, 10_000, { topK: 2 });
    expect(got[2]).toBe(0);
    expect(got[3]).toBe(0);
    expect(Math.abs(got[0]! - 0.5)).toBeLessThan(0.03);
    expect(topKIndices(flat, 10)).toEqual([0, 1, 2, 3]);
  });

  it('never samples masked (-Infinity) logits, and survives huge logits', () => {
    const masked = Float32Array.from([-Infinity, 0, -Infinity, 0]);
    const got = frequencies(masked, 5_000, {});
    expect(got[0]).toBe(0);
    expect(got[2]).toBe(0);
    const huge = Float32Array.from([1e30, 1e30 - 1e24, -1e30]);
    expect(Array.from(softmax(huge)).every(Number.isFinite)).toBe(true);
    expect(sampleToken(huge, { rng: makeRng(1) })).toBeLessThan(2);
  });

  it('is reproducible with the same seed', () => {
    const draw = (seed: number) => {
      const rng = makeRng(seed);
      return Array.from({ length: 50 }, () => sampleToken(logits, { temperature: 0.9, topK: 5, rng }));
    };
    expect(draw(11)).toEqual(draw(11));
    expect(draw(11)).not.toEqual(draw(12));
  });

  it('rejects bad options and broken logits with clear errors', () => {
    const rng = makeRng(1);
    expect(() => sampleToken(logits, { temperature: -1, rng })).toThrow('sampleToken: temperature must be a finite number >= 0, got -1');
    expect(() => sampleToken(logits, { temperature: Number.NaN, rng })).toThrow(/temperature must be/);
    expect(() => sampleToken(logits, { temperature: Infinity, rng })).toThrow(/temperature must be/);
    expect(() => sampleToken(logits, { topK: 0, rng })).toThrow('sampleToken: topK must be an integer >= 1, got 0');
    expect(() => sampleToken(logits, { topK: 2.5, rng })).toThrow(/topK must be an integer/);
    expect(() => sampleToken(logits, {})).toThrow('sampleToken: an rng is required when temperature > 0');
    expect(() => sampleToken(new Float32Array(0), { rng })).toThrow('sampleToken: logits are empty');
    expect(() => sampleToken(Float32Array.from([0, Number.NaN]), { rng })).toThrow('sampleToken: logit 1 is NaN');
    expect(() => sampleToken(Float32Array.from([Infinity, 0]), { rng })).toThrow('sampleToken: logit 0 is Infinity');
    expect(() => sampleToken(Float32Array.from([-Infinity]), { rng })).toThrow('sampleToken: every logit is -Infinity');
  });
});
