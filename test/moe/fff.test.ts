// std.lowbit FastFeedForward (UltraFastBERT's fast feedforward: hard root-to-
// leaf walks through binary trees of neurons) against a direct evaluation of
// its definition, and its gradients against finite differences of it.
import { describe, expect, test } from 'vitest';
import { buildLossAndGrads } from '../../compiler/autodiff/train-step.ts';
import { graphOf, params, run } from '../elaborate/helpers.ts';
import { gelu, wave } from './helpers.ts';

const f32 = (...shape: number[]) => ({ shape, dtype: 'f32' as const });
const [N, dim, depth, trees] = [4, 3, 2, 2];
const nodes = 2 ** (depth + 1) - 1;
const src = `import std.lowbit
model M() {
  ffn = FastFeedForward(${dim}, depth=${depth}, trees=${trees})
  forward(x: [N, ${dim}]) = ffn(x)
  loss(x: [N, ${dim}]) = sum(ffn(x) * float(arange(${dim}) + 1)[None, :])
}
`;
const x = wave(N * dim, 1.3, 0.4);
const values = { 'ffn.w_in': wave(trees * nodes * dim, 0.71, 0.2), 'ffn.w_out': wave(trees * nodes * dim, 0.47, 1.1) };

/** The definition: per token and tree, walk from the root: a = x·w_in[n], out += gelu(a) w_out[n], n ← 2n + 1 + [a ≥ 0]. */
function reference(p: typeof values): { out: number[]; paths: number[][] } {
  const out = new Array<number>(N * dim).fill(0);
  const paths: number[][] = [];
  for (let t = 0; t < N; t++) {
    for (let tree = 0; tree < trees; tree++) {
      const path: number[] = [];
      let node = 0;
      for (let level = 0; level <= depth; level++) {
        const row = tree * nodes + node;
        path.push(row);
        let a = 0;
        for (let d = 0; d < dim; d++) a += x[t * dim + d]! * p['ffn.w_in'][row * dim + d]!;
        for (let d = 0; d < dim; d++) out[t * dim + d]! += gelu(a) * p['ffn.w_out'][row * dim + d]!;
        node = 2 * node + 1 + (a >= 0 ? 1 : 0);
      }
      paths.push(path);
    }
  }
  return { out, paths };
}

describe('FastFeedForward', () => {
  test('forward equals the hard tree walk; each token reads depth + 1 neurons per tree', () => {
    const g = graphOf(src, 'forward', { x: f32(N, dim) });
    expect(params(g)).toEqual([{ name: 'ffn.w_in', shape: [trees * nodes, dim] }, { name: 'ffn.w_out', shape: [trees * nodes, dim] }]);
    const y = run(g, { x }, values).get('output')!;
    const { out, paths } = reference(values);
    y.forEach((v, i) => expect(v).toBeCloseTo(out[i]!, 10));
    // The walks end in different leaves: the routing is not degenerate here.
    expect(new Set(paths.map((p) => p[depth])).size).toBeGreaterThan(2);
  });

  test('gradients flow to the neurons on the path (finite differences), none to the others', () => {
    const grads = run(buildLossAndGrads(graphOf(src, 'loss', { x: f32(N, dim) })), { x }, values);
    const loss = (p: typeof values) => reference(p).out.reduce((a, v, i) => a + v * ((i % dim) + 1), 0);
    const visited = new Set(reference(values).paths.flat());
    for (const name of ['ffn.w_in', 'ffn.w_out'] as const) {
      const gr = grads.get(`grad.${name}`)!;
      for (let i = 0; i < gr.length; i++) {
        if (!visited.has(Math.floor(i / dim))) {
          expect(gr[i]).toBe(0);
          continue;
        }
        const eps = 1e-6;
        const plus = { ...values, [name]: values[name].map((v, j) => (j === i ? v + eps : v)) };
        const minus = { ...values, [name]: values[name].map((v, j) => (j === i ? v - eps : v)) };
        expect(gr[i]).toBeCloseTo((loss(plus) - loss(minus)) / (2 * eps), 5);
      }
    }
  });
});
