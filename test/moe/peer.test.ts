// std.moe PEER (product-key retrieval over n² single-neuron experts) against a
// direct evaluation of its definition on the reference interpreter, and its
// gradients against finite differences of that definition.
import { describe, expect, test } from 'vitest';
import { buildLossAndGrads } from '../../compiler/autodiff/train-step.ts';
import { graphOf, params, run } from '../elaborate/helpers.ts';
import { gelu, wave } from './helpers.ts';

const f32 = (...shape: number[]) => ({ shape, dtype: 'f32' as const });
const [N, dim, n, k, heads, keyDim] = [3, 4, 3, 2, 2, 4];
const half = keyDim / 2;
const src = `import std.moe
model M() {
  peer = PEER(${dim}, n=${n}, k=${k}, heads=${heads}, key_dim=${keyDim})
  forward(x: [N, ${dim}]) = peer(x)
  loss(x: [N, ${dim}]) = sum(peer(x) * float(arange(${dim}) + 1)[None, :])
}
`;
const x = wave(N * dim, 1.3, 0.4);
const values = {
  'peer.query.w': wave(dim * heads * keyDim, 0.7, 0.1),
  'peer.keys1': wave(heads * n * half, 1.1, 0.9),
  'peer.keys2': wave(heads * n * half, 0.37, 2.1),
  'peer.u': wave(n * n * dim, 0.53, 0.3),
  'peer.v': wave(n * n * dim, 0.91, 1.7),
};
/** The k indices of the largest values, descending, ties to the lower index (as topk). */
const topk = (s: number[], kk: number) => s.map((v, i) => [v, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).slice(0, kk);

/** PEER's definition, directly: per token and head, product-key top-k, softmax weights, gelu(u·x) v. */
function reference(p: typeof values, xs: number[]): number[] {
  const out = new Array<number>(N * dim).fill(0);
  for (let t = 0; t < N; t++) {
    const xt = xs.slice(t * dim, t * dim + dim);
    const q = Array.from({ length: heads * keyDim }, (_, j) => xt.reduce((a, xv, i) => a + xv * p['peer.query.w'][i * heads * keyDim + j]!, 0));
    for (let h = 0; h < heads; h++) {
      const score = (keys: number[], part: number) => Array.from({ length: n }, (_, e) => {
        let s = 0;
        for (let d = 0; d < half; d++) s += q[h * keyDim + part * half + d]! * keys[(h * n + e) * half + d]!;
        return s;
      });
      const t1 = topk(score(p['peer.keys1'], 0), k);
      const t2 = topk(score(p['peer.keys2'], 1), k);
      const cands = t1.flatMap(([a]) => t2.map(([b]) => a + b));
      const ids = t1.flatMap(([, i]) => t2.map(([, j]) => i * n + j));
      const best = topk(cands, k);
      const z = Math.max(...best.map(([v]) => v));
      const w = best.map(([v]) => Math.exp(v - z));
      const sum = w.reduce((a, b) => a + b, 0);
      best.forEach(([, c], r) => {
        const e = ids[c]!;
        const a = gelu(xt.reduce((acc, xv, i) => acc + xv * p['peer.u'][e * dim + i]!, 0));
        for (let d = 0; d < dim; d++) out[t * dim + d]! += (w[r]! / sum) * a * p['peer.v'][e * dim + d]!;
      });
    }
  }
  return out;
}

describe('PEER', () => {
  test('forward equals the definition: product-key top-k per head, softmax-weighted single-neuron experts', () => {
    const g = graphOf(src, 'forward', { x: f32(N, dim) });
    expect(params(g).map((p) => p.name).sort()).toEqual(Object.keys(values).sort());
    const y = run(g, { x }, values).get('output')!;
    const want = reference(values, x);
    y.forEach((v, i) => expect(v).toBeCloseTo(want[i]!, 10));
    expect(want.some((v) => Math.abs(v) > 0.1)).toBe(true);
  });

  test('gradients of the chosen experts match finite differences; unchosen experts get none', () => {
    const g = buildLossAndGrads(graphOf(src, 'loss', { x: f32(N, dim) }));
    const grads = run(g, { x }, values);
    const loss = (p: typeof values) => reference(p, x).reduce((a, v, i) => a + v * ((i % dim) + 1), 0);
    for (const name of ['peer.u', 'peer.v', 'peer.query.w', 'peer.keys1'] as const) {
      const gr = grads.get(`grad.${name}`)!;
      for (let i = 0; i < gr.length; i += 5) {
        const eps = 1e-6;
        const plus = { ...values, [name]: values[name].map((v, j) => (j === i ? v + eps : v)) };
        const minus = { ...values, [name]: values[name].map((v, j) => (j === i ? v - eps : v)) };
        expect(gr[i]).toBeCloseTo((loss(plus) - loss(minus)) / (2 * eps), 5);
      }
    }
    const gu = grads.get('grad.peer.u')!;
    const rows = Array.from({ length: n * n }, (_, e) => gu.slice(e * dim, e * dim + dim).some((v) => v !== 0));
    expect(rows.filter(Boolean).length).toBeGreaterThan(0);
    expect(rows.filter(Boolean).length).toBeLessThanOrEqual(N * heads * k);
  });
});
