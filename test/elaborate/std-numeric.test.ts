// Numeric checks of the standard library on the reference interpreter.
import { describe, expect, test } from 'vitest';
import { f32, graphOf, i32, run } from './helpers.ts';

const close = (a: number[], b: number[], tol = 1e-6): void => {
  expect(a.length).toBe(b.length);
  a.forEach((x, i) => expect(Math.abs(x - b[i]!)).toBeLessThan(tol));
};

function fnModel(body: string, params = 'x: [N, M]'): string {
  return `import std.nn\nmodel M() {\n  forward(${params}) = ${body}\n}\n`;
}

describe('std functions', () => {
  const x = [1, 2, 3, -1, 0, 1000, 0.5, 0.25, -4, 7, 7, 7];

  test('softmax rows sum to 1 and match exp(x)/Σexp(x), even with large values', () => {
    const g = graphOf(fnModel('softmax(x)'), 'forward', { x: f32(3, 4) });
    const y = run(g, { x }).get('output')!;
    for (let r = 0; r < 3; r++) {
      const row = x.slice(4 * r, 4 * r + 4);
      const m = Math.max(...row);
      const e = row.map((v) => Math.exp(v - m));
      const s = e.reduce((a, b) => a + b);
      close(y.slice(4 * r, 4 * r + 4), e.map((v) => v / s), 1e-12);
      expect(y.slice(4 * r, 4 * r + 4).reduce((a, b) => a + b)).toBeCloseTo(1, 12);
    }
  });

  test('softmax over axis 0 sums columns to 1', () => {
    const g = graphOf(fnModel('softmax(x, axis=0)'), 'forward', { x: f32(3, 4) });
    const y = run(g, { x }).get('output')!;
    for (let c = 0; c < 4; c++) expect(y[c]! + y[4 + c]! + y[8 + c]!).toBeCloseTo(1, 12);
  });

  test('log_softmax equals log(softmax)', () => {
    const g = graphOf(fnModel('log_softmax(x) - log(softmax(x))'), 'forward', { x: f32(2, 4) });
    close(run(g, { x: [1, 2, 3, -1, 0.5, 0.25, -4, 7] }).get('output')!, new Array(8).fill(0), 1e-9);
  });

  test('layer norm output has mean 0 and variance 1 per row (g = 1, b = 0)', () => {
    const src = `import std.nn\nmodel M(dim: int = 6) {\n  ln = LayerNorm(dim, eps=0.0)\n  forward(x: [N, dim]) = ln(x)\n}\n`;
    const g = graphOf(src, 'forward', { x: f32(2, 6) });
    const y = run(g, { x: [1, 2, 3, 4, 5, 6, -3, 10, 0.5, 2, 2, 8] }).get('output')!;
    for (let r = 0; r < 2; r++) {
      const row = y.slice(6 * r, 6 * r + 6);
      const mean = row.reduce((a, b) => a + b) / 6;
      const variance = row.reduce((a, b) => a + (b - mean) ** 2, 0) / 6;
      expect(mean).toBeCloseTo(0, 10);
      expect(variance).toBeCloseTo(1, 10);
    }
  });

  test('layer norm applies gain and bias with biased variance and eps, like PyTorch', () => {
    const src = `import std.nn\nmodel M() {\n  ln = LayerNorm(3)\n  forward(x: [3]) = ln(x)\n}\n`;
    const g = graphOf(src, 'forward', { x: f32(3) });
    const y = run(g, { x: [1, 2, 4] }, { 'ln.g': [1, 2, 3], 'ln.b': [0.5, 0, -1] }).get('output')!;
    const mu = 7 / 3;
    const v = ((1 - mu) ** 2 + (2 - mu) ** 2 + (4 - mu) ** 2) / 3;
    const n = [1, 2, 4].map((t) => (t - mu) / Math.sqrt(v + 1e-5));
    close(y, [n[0]! * 1 + 0.5, n[1]! * 2, n[2]! * 3 - 1], 1e-12);
  });

  test('rms norm is x · rsqrt(mean(x²) + eps) · g', () => {
    const src = `import std.nn\nmodel M() {\n  n = RMSNorm(4)\n  forward(x: [4]) = n(x)\n}\n`;
    const g = graphOf(src, 'forward', { x: f32(4) });
    const y = run(g, { x: [1, -2, 3, 0.5] }, { 'n.g': [1, 2, 1, 0.5] }).get('output')!;
    const r = 1 / Math.sqrt((1 + 4 + 9 + 0.25) / 4 + 1e-5);
    close(y, [r, -4 * r, 3 * r, 0.25 * r], 1e-12);
  });

  test('cross entropy equals the hand-computed mean negative log-likelihood', () => {
    const g = graphOf(fnModel('cross_entropy(logits, targets)', 'logits: [2, 3], targets: i32[2]'), 'forward', { logits: f32(2, 3), targets: i32(2) });
    const logits = [1, 2, 3, 0, 0, 0];
    const y = run(g, { logits, targets: [2, 0] }).get('output')!;
    const lse = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3));
    const expected = ((lse - 3) + Math.log(3)) / 2;
    close(y, [expected], 1e-12);
  });

  test('gelu (exact) and gelu_tanh match reference values', () => {
    const xs = [-3, -1, -0.5, 0, 0.5, 1, 2, 3];
    // x·Φ(x) from Python's math.erf, rounded to 12 places.
    const gelu = [-0.004049694095, -0.158655253931, -0.154268769363, 0, 0.345731230637, 0.841344746069, 1.954499736104, 2.995950305905];
    const g = graphOf(fnModel('gelu(x)', 'x: [8]'), 'forward', { x: f32(8) });
    close(run(g, { x: xs }).get('output')!, gelu, 1e-11);
    const gt = graphOf(fnModel('gelu_tanh(x)', 'x: [8]'), 'forward', { x: f32(8) });
    const tanhRef = xs.map((v) => 0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v ** 3))));
    close(run(gt, { x: xs }).get('output')!, tanhRef, 1e-9);
  });

  test('relu, sigmoid, silu', () => {
    const xs = [-2, -0.5, 0, 0.5, 2];
    const sig = xs.map((v) => 1 / (1 + Math.exp(-v)));
    close(run(graphOf(fnModel('relu(x)', 'x: [5]'), 'forward', { x: f32(5) }), { x: xs }).get('output')!, [0, 0, 0, 0.5, 2]);
    close(run(graphOf(fnModel('sigmoid(x)', 'x: [5]'), 'forward', { x: f32(5) }), { x: xs }).get('output')!, sig, 1e-12);
    close(run(graphOf(fnModel('silu(x)', 'x: [5]'), 'forward', { x: f32(5) }), { x: xs }).get('output')!, xs.map((v, i) => v * sig[i]!), 1e-12);
  });

  test('linear computes x W + b', () => {
    const src = `import std.nn\nmodel M() {\n  l = Linear(2, 3)\n  forward(x: [N, 2]) = l(x)\n}\n`;
    const g = graphOf(src, 'forward', { x: f32(1, 2) });
    const y = run(g, { x: [1, 2] }, { 'l.w': [1, 2, 3, 4, 5, 6], 'l.b': [0.5, 0, -1] }).get('output')!;
    close(y, [1 + 8 + 0.5, 2 + 10, 3 + 12 - 1]);
  });

  test('causal attention: the first position only sees itself', () => {
    const src = `import std.nn\nmodel M() {\n  a = CausalSelfAttention(4, 2, bias=false)\n  forward(x: [B, T, 4]) = a(x)\n}\n`;
    const g = graphOf(src, 'forward', { x: f32(1, 3, 4) });
    const x = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0];
    const eye = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];
    const y = run(g, { x }, { 'a.wq.w': eye, 'a.wk.w': eye, 'a.wv.w': eye, 'a.wo.w': eye }).get('output')!;
    close(y.slice(0, 4), [1, 0, 0, 0], 1e-12);
    // Position 1 attends to positions 0 and 1; with q = k = v = x, per head (dims 0-1) the scores are
    // q1·k0 = 0 and q1·k1 = 1, scaled by 1/√2.
    const w = Math.exp(1 / Math.SQRT2) / (1 + Math.exp(1 / Math.SQRT2));
    close(y.slice(4, 8), [1 - w, w, 0, 0], 1e-12);
  });

  test('rope_adjacent rotates adjacent pairs by t · base^(−2i/d)', () => {
    const g = graphOf(fnModel('rope_adjacent(x, base=100.0)', 'x: [3, 4]'), 'forward', { x: f32(3, 4) });
    const x = [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4];
    const y = run(g, { x }).get('output')!;
    const expected: number[] = [];
    for (let t = 0; t < 3; t++) {
      for (let i = 0; i < 2; i++) {
        const a = t * Math.pow(100, (-2 * i) / 4);
        const [x1, x2] = [x[4 * t + 2 * i]!, x[4 * t + 2 * i + 1]!];
        expected.push(x1 * Math.cos(a) - x2 * Math.sin(a), x1 * Math.sin(a) + x2 * Math.cos(a));
      }
    }
    close(y, expected, 1e-12);
  });
});
