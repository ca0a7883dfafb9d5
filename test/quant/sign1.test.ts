// Packed binary weights (compiler/quant/sign1.ts): one bit per sign, 24 per
// kernel word, and the sign_matmul kernel that unpacks them in registers —
// one kernel, no ±1 matrix, equal to unpack-then-matmul on the js target,
// the WebGPU grid lowering (js-grid emulation) and CUDA (host emulation).
import { describe, expect, test } from 'vitest';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import { compileGraph } from '../../compiler/program.ts';
import { packSigns, signKernelWords, signWords, unpackSigns } from '../../compiler/quant/sign1.ts';
import { CUDA_TARGET, JS_TARGET, WEBGPU_TARGET } from '../../compiler/target.ts';
import { runCudaEmulated } from '../cuda/harness.ts';
import { runLowered } from '../lower/helpers.ts';
import { rng, type Feeds } from '../passes/helpers.ts';

describe('packed signs', () => {
  test('bit b of byte i of column n is [W[8i + b, n] > 0]; 3-byte groups become 24-sign words', () => {
    const K = 30, N = 2;
    const w = Float32Array.from({ length: K * N }, (_, i) => (i % 3 === 0 ? -1 : 0.5) * (1 + i));
    const bytes = packSigns(w, K, N, 'w');
    expect(bytes.length).toBe(N * 3 * signWords(K));
    expect(signWords(K)).toBe(2);
    for (let n = 0; n < N; n++) {
      for (let k = 0; k < K; k++) expect((bytes[n * 6 + (k >> 3)]! >> (k & 7)) & 1).toBe(w[k * N + n]! > 0 ? 1 : 0);
    }
    const words = signKernelWords(bytes);
    expect(words.length).toBe(N * signWords(K));
    expect([...unpackSigns(words, K, N)]).toEqual([...w].map(Math.sign));
  });

  test('a zero weight has no sign bit: refused, naming the weight and element', () => {
    expect(() => packSigns([1, -1, 0, 2], 2, 2, 'blocks.0.wq.w')).toThrow('blocks.0.wq.w: element [1, 0] is 0; a binary weight needs a sign (sign(0) = 0 has no bit), so it cannot be packed');
  });
});

function signCase(rows: number[], K: number, N: number): { g: ReturnType<GraphBuilder['build']>; feeds: Feeds; signs: Float32Array } {
  const b = new GraphBuilder();
  const x = b.input('x', [...rows, K]);
  const packed = b.param('w', [N, signWords(K)], { kind: 'zeros' });
  b.output('y', b.emit('sign_matmul', [x, packed], {}));
  const r = rng(5);
  const w = Float32Array.from({ length: K * N }, () => (r() < 0.5 ? -1 : 1) * (0.1 + r()));
  const M = rows.reduce((a, c) => a * c, 1);
  const words = signKernelWords(packSigns(w, K, N, 'w'));
  return {
    g: b.build(),
    feeds: { inputs: new Map([['x', Float64Array.from({ length: M * K }, () => 2 * r() - 1)]]), params: new Map([['w', words]]) },
    signs: unpackSigns(words, K, N),
  };
}

function matmul(feeds: Feeds, s: Float32Array, K: number, N: number): Float64Array {
  const x = feeds.inputs.get('x')!;
  const M = x.length / K;
  const y = new Float64Array(M * N);
  for (let m = 0; m < M; m++) for (let k = 0; k < K; k++) for (let n = 0; n < N; n++) y[m * N + n] += x[m * K + k]! * s[k * N + n]!;
  return y;
}

const maxAbs = (a: ArrayLike<number>, b: ArrayLike<number>) => Array.from(a).reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);

describe('sign_matmul kernel', () => {
  // K = 53: two whole words and a last word of 5 signs.
  const K = 53, N = 7, rows = [2, 3];
  test.each([['js', JS_TARGET], ['webgpu (grid)', WEBGPU_TARGET]] as const)('%s: one kernel, no ±1 buffer, equal to unpack-then-matmul', (_t, target) => {
    const { g, feeds, signs } = signCase(rows, K, N);
    const { lowered } = compileGraph(g, { target });
    expect(lowered.kernels.map((k) => k.kernel.name)).toEqual([expect.stringMatching(/_signmm$/)]);
    expect(lowered.buffers.some((b) => b.length === K * N)).toBe(false);
    expect(maxAbs(runLowered(lowered, feeds).outputs.get('y')!, matmul(feeds, signs, K, N))).toBeLessThan(1e-5);
  });

  test('cuda (host emulation of the rendered kernel): equal to unpack-then-matmul', async () => {
    const { g, feeds, signs } = signCase(rows, K, N);
    const { lowered } = compileGraph(g, { target: CUDA_TARGET });
    expect(maxAbs((await runCudaEmulated(lowered, feeds)).outputs.get('y')!, matmul(feeds, signs, K, N))).toBeLessThan(1e-5);
  }, 60_000);

  test('a packed weight of the wrong width is rejected with the reason', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 48]);
    const w = b.param('w', [4, 3], { kind: 'zeros' });
    expect(() => b.emit('sign_matmul', [x, w], {})).toThrow('sign_matmul: x has 48 features, so packed must be [out, 2] (24 signs per word), got [4, 3]');
  });
});
