// std.lowbit: FBI-LLM's binary linear (value and straight-through gradients
// against the formulas) and the dReLU feed-forward's activation sparsity.
// PyTorch parity of the binary GPT with both feed-forwards: test/parity
// (binary_gpt, binary_gpt_drelu).
import { describe, expect, test } from 'vitest';
import { buildLossAndGrads } from '../../compiler/autodiff/train-step.ts';
import { loadProgram } from '../../compiler/elaborate/load.ts';
import { elaborate } from '../../compiler/elaborate/elaborate.ts';
import { graphOf, run } from '../elaborate/helpers.ts';

const f32 = (...shape: number[]) => ({ shape, dtype: 'f32' as const });

describe('BinaryLinear', () => {
  // x: [2, 3] against w: [3, 2]; one weight is exactly 0 (sign 0).
  const x = [0.5, -1, 2, 1.5, 0.25, -0.75];
  const w = [0.3, -0.2, 0, 0.7, -0.4, -0.1];
  const alpha = [0.5, 2, 0.25];
  const beta = [0.1, -0.3, 0.05];
  const sign = w.map(Math.sign);
  const wt = (i: number, j: number) => alpha[i]! * sign[2 * i + j]! + beta[i]!;
  const src = 'import std.lowbit\nmodel M() {\n  lin = BinaryLinear(3, 2)\n  forward(x: [N, 3]) = lin(x)\n  loss(x: [N, 3]) = sum(lin(x) * arange(1, 3)[None, :] * float(arange(N) + 1)[:, None])\n}\n';
  const params = { 'lin.w': w, 'lin.alpha': alpha, 'lin.beta': beta };

  test('forward: x (α ⊙ sign(W) + β), α and β per input column, sign(0) = 0', () => {
    const y = run(graphOf(src, 'forward', { x: f32(2, 3) }), { x }, params).get('output')!;
    const want = [0, 1].flatMap((n) => [0, 1].map((j) => [0, 1, 2].reduce((acc, i) => acc + x[3 * n + i]! * wt(i, j), 0)));
    y.forEach((v, k) => expect(v).toBeCloseTo(want[k]!, 14));
  });

  test('gradients: straight through sign (identity), and the formulas for α and β', () => {
    const g = buildLossAndGrads(graphOf(src, 'loss', { x: f32(2, 3) }));
    const out = run(g, { x }, params);
    // loss = Σ_n Σ_j y_nj c_j r_n with c = [1, 2], r = [1, 2]: dL/dW̃_ij = Σ_n x_ni c_j r_n.
    const dW = (i: number, j: number) => [0, 1].reduce((acc, n) => acc + x[3 * n + i]! * (j + 1) * (n + 1), 0);
    const gw = out.get('grad.lin.w')!;
    const ga = out.get('grad.lin.alpha')!;
    const gb = out.get('grad.lin.beta')!;
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 2; j++) expect(gw[2 * i + j]).toBeCloseTo(alpha[i]! * dW(i, j), 14); // dW̃/dW = α (sign passes 1)
      expect(ga[i]).toBeCloseTo(sign[2 * i]! * dW(i, 0) + sign[2 * i + 1]! * dW(i, 1), 14);
      expect(gb[i]).toBeCloseTo(dW(i, 0) + dW(i, 1), 14);
    }
  });
});

describe('dReLU', () => {
  test('sparsity is the fraction of exactly-zero activations relu(x W_gate) ⊙ relu(x W_up)', () => {
    const src = 'import std.lowbit\nmodel M() {\n  ffn = DReLU(4, 16)\n  forward(x: [N, 4]) = ffn.act(x)\n  sparsity(x: [N, 4]) = ffn.sparsity(x)\n}\n';
    const xs = Array.from({ length: 24 }, (_, i) => Math.sin(1.7 * i + 0.3));
    const act = run(graphOf(src, 'forward', { x: f32(6, 4) }), { x: xs }).get('output')!;
    const zeros = act.filter((v) => v === 0).length;
    const [sparsity] = run(graphOf(src, 'sparsity', { x: f32(6, 4) }), { x: xs }).get('sparsity')!;
    expect(sparsity).toBe(zeros / act.length);
    // Two independent half-zero ReLUs: about three quarters of the products are zero at initialisation.
    expect(sparsity).toBeGreaterThan(0.6);
    expect(sparsity).toBeLessThan(0.9);
  });

  test("binary_gpt.loom reports its feed-forward's sparsity: none for GELU, most for dReLU", () => {
    const program = loadProgram('dsl-examples/binary_gpt.loom');
    const sparsity = (ffn: string): number => {
      const r = elaborate(program, { method: 'sparsity', args: { tokens: { shape: [2, 8], dtype: 'i32' } }, config: { ffn } });
      return run(r.graph!, { tokens: Array.from({ length: 16 }, (_, i) => (37 * i) % 256) }).get('sparsity')![0]!;
    };
    expect(sparsity('gelu')).toBe(0);
    const s = sparsity('drelu');
    expect(s).toBeGreaterThan(0.6);
    expect(s).toBeLessThan(0.9);
  });
});
