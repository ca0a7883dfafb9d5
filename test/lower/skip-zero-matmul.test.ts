// The zero-skipping matmul (graph/ops/skip-zero-matmul.ts, its kernel
// fusion/templates/skip-zero-matmul.ts, the rewrite compiler/passes/skip-zero.ts)
// on a dReLU feed-forward: W_down's contraction by relu(x W_gate) ⊙ relu(x W_up)
// is rewritten, the others are not; with f32 weights one kernel replaces one,
// with binary weights (W̃ = α ⊙ sign(W) + β) the W̃ kernel goes too; equal to
// the interpreter's dense graph on js, the WebGPU grid lowering (js-grid
// emulation) and CUDA (host emulation); the rendered kernels test h for zero
// and (CPU) add a whole row of W.
import { describe, expect, test } from 'vitest';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import type { Graph } from '../../compiler/graph/types.ts';
import { countSkipZeroMatmuls, isReluSparse, skipZeroMatmuls } from '../../compiler/passes/skip-zero.ts';
import { compileGraph } from '../../compiler/program.ts';
import { renderCuda } from '../../compiler/render/cuda.ts';
import { renderJs } from '../../compiler/render/js.ts';
import { renderWgsl } from '../../compiler/render/wgsl.ts';
import { CUDA_TARGET, JS_TARGET, WEBGPU_TARGET } from '../../compiler/target.ts';
import { runCudaEmulated } from '../cuda/harness.ts';
import { graphOf } from '../elaborate/helpers.ts';
import { randomFeeds, resultDistance, run } from '../passes/helpers.ts';
import { compileChecked } from './helpers.ts';

const source = (binary: boolean) => `import std.lowbit
model M() {
  ffn = DReLU(32, 64, binary=${binary})
  forward(x: [N, T, 32]) = ffn(x)
  act(x: [N, T, 32]) = ffn.act(x)
}
`;
const SRC = source(false);
const x = { x: { shape: [2, 3, 32], dtype: 'f32' as const } };
const dense = graphOf(SRC, 'forward', x);
const sparse = skipZeroMatmuls(dense);
const binaryDense = graphOf(source(true), 'forward', x);
const binarySparse = skipZeroMatmuls(binaryDense);
const ops = (g: Graph, op: string) => g.nodes.filter((n) => n.op === op).length;
const kernelNames = (g: Graph, target = JS_TARGET) => compileGraph(g, { target }).lowered.kernels.map((k) => k.kernel.name);

describe('skip-zero rewrite', () => {
  test("only W_down's contraction reads ReLU-sparse activations: 1 of 3 einsums becomes skip_zero_matmul", () => {
    expect(ops(dense, 'einsum')).toBe(3);
    expect(countSkipZeroMatmuls(dense)).toBe(1);
    expect(ops(sparse, 'skip_zero_matmul')).toBe(1);
    expect(ops(sparse, 'einsum')).toBe(2);
    const rewritten = sparse.nodes.find((n) => n.op === 'skip_zero_matmul')!;
    expect(rewritten.type.shape).toEqual([2, 3, 32]);
    expect(sparse.nodes[rewritten.inputs[0]!]!.type.shape).toEqual([2, 3, 64]);
  });

  test('ReLU-sparse: max(x, 0) and a product with one such factor; not a sum, nor max with another bound', () => {
    const b = new GraphBuilder();
    const a = b.input('a', [4]);
    const c = b.input('c', [4]);
    const relu = b.binary('max', a, b.constant(0, [4]));
    const product = b.binary('mul', c, relu);
    const sum = b.binary('add', relu, c);
    const clipped = b.binary('max', a, b.constant(0.5, [4]));
    const g = b.build();
    expect([relu, product, sum, clipped, a].map((id) => isReluSparse(g, id))).toEqual([true, true, false, false, false]);
  });

  test('the values equal the dense graph (float64 interpreter); about three quarters of the activations are zero', () => {
    const feeds = randomFeeds(dense);
    expect(resultDistance(run(sparse, feeds), run(dense, feeds))).toBeLessThan(1e-12);
    const act = run(graphOf(SRC, 'act', x), feeds).outputs.get('act')!;
    const zeros = Array.from(act).filter((v) => v === 0).length / act.length;
    expect(zeros).toBeGreaterThan(0.6);
  });

  test("kernel count unchanged: W_down's contraction kernel becomes one skipmm kernel (js and webgpu)", () => {
    for (const target of [JS_TARGET, WEBGPU_TARGET]) {
      // x W_gate; x W_up with relu · relu fused after it; W_down.
      expect(kernelNames(dense, target).map((n) => n.replace(/^k\d+_/, ''))).toEqual(['einsum', 'einsum', 'einsum']);
      expect(kernelNames(sparse, target).map((n) => n.replace(/^k\d+_/, ''))).toEqual(['einsum', 'einsum', 'skipmm']);
    }
  });

  test('binary weights: W_down is read as W, α, β by the kernel; the W̃_down kernel is gone (js and webgpu)', () => {
    const op = binarySparse.nodes.find((n) => n.op === 'skip_zero_matmul')!;
    expect(op.attrs).toEqual({ weight: 'binary' });
    expect(op.inputs.slice(1).map((i) => (binarySparse.nodes[i]!.attrs as { name: string }).name)).toEqual(['ffn.w_down.w', 'ffn.w_down.alpha', 'ffn.w_down.beta']);
    const feeds = randomFeeds(binaryDense);
    expect(resultDistance(run(binarySparse, feeds), run(binaryDense, feeds))).toBeLessThan(1e-12);
    for (const target of [JS_TARGET, WEBGPU_TARGET]) {
      const before = kernelNames(binaryDense, target).map((n) => n.replace(/^k\d+_/, ''));
      const after = kernelNames(binarySparse, target).map((n) => n.replace(/^k\d+_/, ''));
      expect(after.filter((n) => n === 'skipmm')).toHaveLength(1);
      expect(after).toHaveLength(before.length - 1);
      expect(after.filter((n) => n === 'einsum')).toHaveLength(2);
    }
  });
});

describe('skip_zero_matmul kernel', () => {
  const cases = [['f32', dense, sparse], ['binary', binaryDense, binarySparse]] as const;
  test.each(cases.flatMap(([w, , g]) => [[`${w} weights, js`, g, JS_TARGET], [`${w} weights, webgpu (grid)`, g, WEBGPU_TARGET]] as const))('%s: equal to the interpreter', (_t, g, target) => {
    compileChecked(g, target, 2e-5);
  });

  test.each(cases)('%s weights, cuda (host emulation of the rendered kernel): equal to the dense graph', async (_w, before, after) => {
    const feeds = randomFeeds(before);
    const { lowered } = compileGraph(after, { target: CUDA_TARGET });
    expect(resultDistance(await runCudaEmulated(lowered, feeds), run(before, feeds))).toBeLessThan(2e-5);
  }, 60_000);

  const kernelOf = (target: typeof JS_TARGET) => compileGraph(sparse, { target }).lowered.kernels.find((k) => k.kernel.name.endsWith('_skipmm'))!.kernel;

  test('js, binary weights: h·α and h·β once per non-zero activation, the row of W̃ formed as it is added', () => {
    const src = renderJs(compileGraph(binarySparse, { target: JS_TARGET }).lowered.kernels.find((k) => k.kernel.name.endsWith('_skipmm'))!.kernel).source;
    expect(src).toMatch(/if \((l\d+) !== 0\) \{\n\s+const (l\d+) = \w+alpha\[j\];\n\s+const aa = \1 \* \2;\n\s+const (l\d+) = \w+beta\[j\];\n\s+const ab = \1 \* \3;\n\s+for \(let n = 0; n < 32; n\+\+\) \{\n\s+const (l\d+) = \w+_w\[j \* 32 \+ n\];\n\s+(t\d+)\[row \+ n\] = \5\[row \+ n\] \+ \(aa \* Math\.sign\(\4\) \+ ab\);/);
  });

  test('js: per row, the zero test on h[m, j] and an axpy over the contiguous row j of W', () => {
    const src = renderJs(kernelOf(JS_TARGET)).source;
    // for each row i: clear it; for each j: a = h[i, j]; if a ≠ 0, row += a · W[j, :].
    expect(src).toMatch(/for \(let i = 0; i < 6; i\+\+\) \{\n\s+const row = i \* 32;\n\s+for \(let n = 0; n < 32; n\+\+\) \{\n\s+(t\d+)\[row \+ n\] = 0;/);
    expect(src).toMatch(/for \(let j = 0; j < 64; j\+\+\) \{\n\s+const (l\d+) = t\d+\[i \* 64 \+ j\];\n\s+if \(\1 !== 0\) \{\n\s+for \(let n = 0; n < 32; n\+\+\) \{\n\s+const (l\d+) = \w+\[j \* 32 \+ n\];\n\s+(t\d+)\[row \+ n\] = \3\[row \+ n\] \+ \1 \* \2;/);
  });

  test('wgsl and cuda: one output element per invocation, the loop over j branching on h[m, j] ≠ 0; workgroups of one row', () => {
    const wgsl = renderWgsl(kernelOf(WEBGPU_TARGET)).code;
    expect(wgsl).toMatch(/@workgroup_size\(32, 1, 1\)/);
    expect(wgsl).toMatch(/if \((l\d+) != 0(\.0)?f?\) \{/);
    const cuda = renderCuda(kernelOf(CUDA_TARGET)).code;
    expect(cuda).toMatch(/for \(int j = 0; j < 64; j\+\+\) \{\n\s+const float (l\d+) = t\d+\[i0 \* 64 \+ j\];\n\s+if \(\1 != 0\.0f\) \{/);
  });

  test('a weight that does not match h is rejected with the reason', () => {
    const b = new GraphBuilder();
    const h = b.input('h', [2, 48]);
    const w = b.param('w', [40, 3], { kind: 'zeros' });
    expect(() => b.emit('skip_zero_matmul', [h, w], { weight: 'f32' })).toThrow('skip_zero_matmul: h has 48 features, so w must be [48, out], got [40, 3]');
    const w48 = b.param('w48', [48, 3], { kind: 'zeros' });
    expect(() => b.emit('skip_zero_matmul', [h, w48], { weight: 'binary' })).toThrow('skip_zero_matmul (binary) takes 4 inputs (h, w, alpha, beta), got 2');
    const alpha = b.param('alpha', [48], { kind: 'zeros' });
    const beta = b.param('beta', [3], { kind: 'zeros' });
    expect(() => b.emit('skip_zero_matmul', [h, w48, alpha, beta], { weight: 'binary' })).toThrow('skip_zero_matmul: beta must be [48] (one per row of w), got [3]');
  });
});
