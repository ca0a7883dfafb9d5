// compileGraph(…, { fuse: false }): every op its own kernel — the program
// `loom bench --unfused` times fusion against. It must compute what the fused
// program computes, on the examples' train steps.
import { describe, expect, test } from 'vitest';
import { defaultOptimizer } from '../../../compiler/autodiff/optimizer.ts';
import { compileLanguageModel } from '../../../compiler/model.ts';
import { createJsSession } from '../../../runtime/backends/js/session.ts';
import { initialState } from '../../../runtime/train.ts';

describe.each(['gpt', 'mamba', 'moe_gpt'])('%s unfused', (name) => {
  test('the train step with every op its own kernel equals the fused one (loss, grad norm, updated state)', async () => {
    const m = compileLanguageModel(`dsl-examples/${name}.loom`, { batch: 2, ctx: 16, optimizer: defaultOptimizer, config: { dim: 32 } });
    const state = initialState(m, 4);
    const n = 2 * 16;
    const feeds = new Map([
      ['tokens', Float32Array.from({ length: n }, (_, i) => (i * 37 + 5) % 256)],
      ['targets', Float32Array.from({ length: n }, (_, i) => (i * 11 + 3) % 256)],
      ['step', Float32Array.of(2)],
    ]);
    const fused = createJsSession({ train: m.graphs.train }, state);
    const unfused = createJsSession({ train: m.graphs.train }, state, { fuse: false });
    const a = await fused.run('train', feeds);
    const b = await unfused.run('train', feeds);
    expect(unfused.program('train').launches.length).toBeGreaterThan(3 * fused.program('train').launches.length);
    expect(b.get('loss')![0]).toBeCloseTo(a.get('loss')![0]!, 5);
    expect(b.get('grad_norm')![0]).toBeCloseTo(a.get('grad_norm')![0]!, 4);
    const sa = await fused.readState();
    const sb = await unfused.readState();
    let worst = 0;
    for (const [k, v] of sa) v.forEach((x, i) => { worst = Math.max(worst, Math.abs(x - sb.get(k)![i]!)); });
    expect(worst).toBeLessThan(1e-5);
  });
});
