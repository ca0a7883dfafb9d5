// The decode program's cost from `loom stats --cache N`: linear in the cache
// length (O(cache) per token), and no T×T buffer — its largest attention
// buffer is one row of scores per head.
import { describe, expect, it } from 'vitest';
import { statsReport } from '../../cli/commands/stats.ts';
import { example } from './helpers.ts';

describe('loom stats --cache: decode FLOPs grow linearly with the cache length', () => {
  it.each([
    ['gpt.loom', {}],
    ['gqa.loom', {}],
  ] as const)('%s', (file, config) => {
    const flops = (cache: number) => statsReport(example(file), { batch: 1, ctx: 64, cache, config }).decode!.fused.flops;
    const [f16, f32, f64] = [flops(16), flops(32), flops(64)];
    // f(L) = a + b·L exactly: the step from 32 to 64 costs twice the step from 16 to 32.
    const b = (f32 - f16) / 16;
    expect(b).toBeGreaterThan(0);
    expect(f64 - f32).toBe(2 * (f32 - f16));
    // The per-position cost is small next to the fixed per-token cost (the projections and MLP).
    expect(f16 - 16 * b).toBeGreaterThan(10 * b);
  });

  it('without --cache there is no decode program in the report', () => {
    expect(statsReport(example('gpt.loom'), { batch: 1 }).decode).toBeUndefined();
  });
});
