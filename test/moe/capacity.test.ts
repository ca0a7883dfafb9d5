// MoE capacity (std/moe.loom moe_dispatch, capacity_factor): each expert keeps
// its first ⌈capacity_factor · N·k / E⌉ (token, choice) pairs in token order
// and drops the rest (gate 0); without a capacity nothing is dropped.
import { describe, expect, test } from 'vitest';
import { graphOf, run } from '../elaborate/helpers.ts';

const [N, dim, E, k] = [10, 8, 4, 2];
const src = `import std.moe
model M(capacity_factor: float = 0.0) {
  moe = MoE(${dim}, ${E}, ${k}, 6, capacity_factor=capacity_factor)
  choice(x: [N, ${dim}]) = moe.router(x)[1]
  capped(x: [N, ${dim}]) = moe(x)
  masked(x: [N, ${dim}], keep: [N, ${k}]) {
    r = moe.router(x)
    return moe_dense(x, r[0] * keep, r[1], moe.w1, moe.w2, moe.w3)
  }
}
`;
const f32 = (...shape: number[]) => ({ shape, dtype: 'f32' as const });
const x = Array.from({ length: N * dim }, (_, i) => Math.sin(0.77 * i + 0.3) * 2);

function outputs(factor: number) {
  const cfg = { capacity_factor: factor };
  const idx = run(graphOf(src, 'choice', { x: f32(N, dim) }, cfg), { x }).get('choice')!;
  // The expected drops: per expert, the pairs after its first `capacity` in token order.
  const capacity = Math.ceil((factor * N * k) / E);
  const seen = new Array<number>(E).fill(0);
  const keep = idx.map((e) => (factor === 0 || seen[e]!++ < capacity ? 1 : 0));
  const capped = run(graphOf(src, 'capped', { x: f32(N, dim) }, cfg), { x }).get('capped')!;
  const masked = run(graphOf(src, 'masked', { x: f32(N, dim), keep: f32(N, k) }, cfg), { x, keep }).get('masked')!;
  return { idx, keep, capped, masked };
}

describe('MoE capacity', () => {
  test('capacity_factor 0.5: each expert keeps its first 3 pairs (token order), the rest add nothing', () => {
    const { idx, keep, capped, masked } = outputs(0.5);
    const loads = [0, 1, 2, 3].map((e) => idx.filter((i) => i === e).length);
    expect(Math.max(...loads)).toBeGreaterThan(3); // some expert overflows, so something is dropped
    expect(keep.filter((v) => v === 0).length).toBe(loads.reduce((a, l) => a + Math.max(0, l - 3), 0));
    capped.forEach((v, i) => expect(v).toBeCloseTo(masked[i]!, 12));
  });

  test('no capacity, or one every expert fits in: nothing dropped', () => {
    for (const factor of [0, 2]) {
      const { keep, capped, masked } = outputs(factor);
      expect(keep.every((v) => v === 1)).toBe(true);
      capped.forEach((v, i) => expect(v).toBeCloseTo(masked[i]!, 12));
    }
  });
});
