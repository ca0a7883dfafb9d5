// DeepSeek-V3's bias balancing (std/moe.loom, update_state): after every
// train step the routing bias moves by γ·sign(mean(c) − c_i), c the tokens
// routed to each expert in that step, outside the gradient and the
// optimizer; validation and generation never apply it.
import { describe, expect, test } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { loadSource } from '../../compiler/elaborate/load.ts';
import type { OpAttrs } from '../../compiler/graph/types.ts';
import { compileLanguageModel, elaborateOrThrow } from '../../compiler/model.ts';
import { randomFeeds, run } from '../passes/helpers.ts';

const FILE = 'dsl-examples/moe_gpt.loom';
const CONFIG = { dim: 16, depth: 1, heads: 2, ctx: 8, experts: 4, k: 2, hidden: 8, groups: 2, top_groups: 1, gamma: 0.125 };
const BIAS = 'layers.0.moe.router.bias';

describe('routing-bias balancing', () => {
  const m = compileLanguageModel(FILE, { config: CONFIG, batch: 2, optimizer: { ...defaultOptimizer, nanCheck: true } });

  test('the train step sets b ← b + γ·sign(mean(c) − c) from the step\'s own routing', () => {
    const feeds = randomFeeds(m.graphs.train);
    feeds.inputs.set('step', Float64Array.of(0));
    // AdamW's moments start at zero (random negative second moments would make the step non-finite, and the guard would keep the old state).
    for (const [name, v] of feeds.params) if (name.startsWith('optim.')) v.fill(0);
    const after = run(m.graphs.train, feeds).updates.get(BIAS)!;
    // c from the same tokens and weights, through the model's expert_load (fractions of the N·k choices).
    const loadGraph = elaborateOrThrow(m.program, 'expert_load', { tokens: { shape: [2, 8], dtype: 'i32' } }, CONFIG).graph;
    const load = run(loadGraph, { inputs: new Map([['tokens', feeds.inputs.get('tokens')!]]), params: feeds.params }).outputs.get('expert_load')!;
    const c = [...load].map((f) => f * 2 * 8 * 2);
    expect(c.reduce((a, b) => a + b, 0)).toBeCloseTo(32, 9);
    const mean = c.reduce((a, b) => a + b, 0) / c.length;
    const before = feeds.params.get(BIAS)!;
    expect([...after].map((v, i) => v - before[i]!)).toEqual(c.map((ci) => 0.125 * Math.sign(mean - ci)).map((d, i) => expect.closeTo(d, 12) as unknown as number));
    expect(c.some((ci) => ci !== mean)).toBe(true);
  });

  test('the bias gets no optimizer step and no optimizer state', () => {
    const names = m.graphs.train.nodes.filter((n) => n.op === 'param').map((n) => (n.attrs as OpAttrs['param']).name);
    expect(names).toContain(BIAS);
    expect(names.filter((n) => n.startsWith('optim.') && n.endsWith(BIAS))).toEqual([]);
    expect(m.graphs.train.updates.filter((u) => u.target === BIAS).length).toBe(1);
  });

  test('validation and generation programs do not update it', () => {
    expect(m.graphs.loss.updates).toEqual([]);
    expect(m.graphs.forward.updates).toEqual([]);
  });
});

describe('update_state errors', () => {
  const program = (body: string) => loadSource(`
model M(dim: int = 4) {
  param b: [dim] = zeros
  forward(x: [N, dim]) -> [N, dim] {
${body}
    return x + b
  }
}`, 'update.loom');
  const elaborate = (body: string) => () => elaborateOrThrow(program(body), 'forward', { x: { shape: [2, 4], dtype: 'f32' } }, {});

  test('only a weight can be updated', () => {
    expect(elaborate('    u = update_state(x * 2.0, x)')).toThrow('update_state: param must be a weight (a block\'s param), not a computed tensor');
  });

  test('a weight is updated at most once per program', () => {
    expect(elaborate('    u = update_state(b, b + 1.0)\n    v = update_state(b, b - 1.0)')).toThrow('update_state: weight "b" is already updated in this program (call it once per step)');
  });
});
