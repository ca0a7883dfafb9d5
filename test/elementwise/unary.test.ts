// The elementwise primitives atan, log1p, expm1, softplus and sigmoid: values
// on the reference interpreter against Math (edge cases where the naive
// formulas lose digits or overflow), gradients against central differences,
// the builtins on compile-time numbers, and the fused JS kernels (both
// targets' lowerings, run on the CPU) and the CUDA text (emulated) against the
// interpreter. WebGPU and the WGSL helpers run in webgpu.test.ts.
import { describe, expect, test } from 'vitest';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import { unaryScalar } from '../../compiler/graph/ops/elementwise.ts';
import type { UnaryOp } from '../../compiler/graph/types.ts';
import { compileGraph } from '../../compiler/program.ts';
import { CUDA_TARGET, JS_TARGET, WEBGPU_TARGET } from '../../compiler/target.ts';
import { hasNvcc, nvccPtx, runCudaEmulated } from '../cuda/harness.ts';
import { renderCudaModule } from '../../compiler/render/cuda.ts';
import { graphOf, run as runElaborated } from '../elaborate/helpers.ts';
import { evaluate, gradCheck } from '../graph/helpers.ts';
import { compileChecked } from '../lower/helpers.ts';
import { randomFeeds, resultDistance, run } from '../passes/helpers.ts';
import { NEW_OPS, newOpsGraph } from './graphs.ts';

/** One op over `values` on the float64 interpreter. */
function apply(op: UnaryOp, values: number[]): number[] {
  const b = new GraphBuilder();
  const x = b.input('x', [values.length]);
  return Array.from(evaluate(b, [b.unary(op, x)], { x: values })[0]!);
}

const relErr = (got: number, want: number): number => (got === want ? 0 : Math.abs(got - want) / Math.abs(want));

describe('reference values', () => {
  test('log1p and expm1 keep the digits of tiny arguments', () => {
    const [l, e] = [apply('log1p', [1e-10, -1e-10, 1e-300]), apply('expm1', [1e-10, -1e-10, 1e-300])];
    // 1 + 1e-10 rounds in f64 to a neighbour, so log(1 + x) would be off in the 7th digit.
    expect(Math.abs(Math.log(1 + 1e-10) - 1e-10) / 1e-10).toBeGreaterThan(1e-8);
    for (const [got, x] of [[l, 1e-10], [e, 1e-10]] as const) expect(relErr(got[0]!, x)).toBeLessThan(1e-9);
    expect(relErr(l[1]!, -1e-10 - 5e-21)).toBeLessThan(1e-15);
    expect(relErr(e[1]!, -1e-10 + 5e-21)).toBeLessThan(1e-15);
    expect([l[2], e[2]]).toEqual([1e-300, 1e-300]);
    expect(apply('log1p', [-1, 1, Math.E - 1])).toEqual([-Infinity, Math.LN2, 1]);
    expect(apply('expm1', [0, 1, -800, 800])).toEqual([0, Math.E - 1, -1, Infinity]);
  });

  test('softplus is stable at ±100 and beyond, exact in its tail', () => {
    const s = apply('softplus', [100, -100, 800, -800, 0, 1, -1]);
    expect(s[0]).toBe(100); // log(1 + e^100) = 100 + log1p(e^-100) = 100 in f64
    expect(relErr(s[1]!, Math.exp(-100))).toBeLessThan(1e-15); // log1p(e^-100) = e^-100 to f64 precision
    expect(s[2]).toBe(800); // e^800 overflows; the stable form does not
    expect(s[3]).toBe(0);
    expect(s[4]).toBe(Math.LN2);
    expect(relErr(s[5]!, Math.log(1 + Math.E))).toBeLessThan(1e-15);
    expect(relErr(s[6]!, Math.log(1 + 1 / Math.E))).toBeLessThan(1e-15);
  });

  test('sigmoid is finite and symmetric far from 0', () => {
    const s = apply('sigmoid', [0, 2, -2, 40, -40, 800, -800]);
    expect(s[0]).toBe(0.5);
    expect(relErr(s[1]!, 1 / (1 + Math.exp(-2)))).toBeLessThan(1e-15);
    expect(relErr(s[1]! + s[2]!, 1)).toBeLessThan(1e-15);
    expect(s[3]).toBe(1);
    expect(relErr(s[4]!, Math.exp(-40))).toBeLessThan(1e-12); // 1 − σ(40) would be 0; σ(−40) keeps its digits
    expect([s[5], s[6]]).toEqual([1, 0]);
  });

  test('atan', () => {
    expect(apply('atan', [Infinity, -Infinity, 0, 1, -1e-8])).toEqual([Math.PI / 2, -Math.PI / 2, 0, Math.PI / 4, Math.atan(-1e-8)]);
  });

  test('the loom builtins, on tensors and on compile-time numbers', () => {
    const src = `model M() {\n  forward(x: [N]) = atan(x) + log1p(x) + expm1(x) + softplus(x) + sigmoid(x) + (atan(1.0) + softplus(0.0) + sigmoid(0.0) + log1p(1.0) + expm1(0.0))\n}\n`;
    const xs = [0.5, -0.25, 2];
    const y = runElaborated(graphOf(src, 'forward', { x: { shape: [3], dtype: 'f32' } }), { x: xs }).get('output')!;
    const constant = Math.PI / 4 + Math.LN2 + 0.5 + Math.LN2;
    xs.forEach((x, i) => {
      const want = NEW_OPS.reduce((acc, op) => acc + unaryScalar(op)(x), constant);
      expect(relErr(y[i]!, want)).toBeLessThan(1e-14);
    });
  });

  test('silu uses the sigmoid primitive: two ops, not five', () => {
    const g = graphOf('import std.nn\nmodel M() {\n  forward(x: [N]) = silu(x)\n}\n', 'forward', { x: { shape: [4], dtype: 'f32' } });
    expect(g.nodes.map((n) => (n.op === 'unary' || n.op === 'binary' ? (n.attrs as { op: string }).op : n.op))).toEqual(['input', 'sigmoid', 'mul']);
  });
});

describe('gradients against central differences', () => {
  const spread = (lo: number, hi: number) => (_: number, r: () => number) => lo + (hi - lo) * r();
  const cases: [UnaryOp, number, number][] = [
    ['atan', -3, 3], ['log1p', -0.9, 3], ['expm1', -3, 3], ['softplus', -8, 8], ['sigmoid', -8, 8],
  ];
  test.each(cases)('%s on [%d, %d]', (op, lo, hi) => {
    expect(gradCheck((b, [x]) => b.unary(op, x!), [{ shape: [3, 5], values: spread(lo, hi) }])).toBeLessThan(1e-7);
  });
  test('softplus far in both tails (gradient σ(x) without overflow)', () => {
    expect(gradCheck((b, [x]) => b.unary('softplus', x!), [{ shape: [6], values: (i) => (i % 2 ? 1 : -1) * (20 + 5 * i) }])).toBeLessThan(1e-7);
  });
});

describe('kernels against the interpreter', () => {
  test.each([['forward', false], ['forward and backward', true]] as const)('%s: JS and WebGPU lowerings on the CPU, fused into one kernel', (_name, train) => {
    const g = newOpsGraph(train);
    for (const target of [JS_TARGET, WEBGPU_TARGET]) {
      const lowered = compileChecked(g, target, 2e-5);
      if (!train) expect(lowered.kernels.length, target.name).toBe(1);
    }
  });

  test.runIf(hasNvcc())('CUDA text: nvcc compiles every kernel (atanf, log1pf, expm1f)', async () => {
    const { lowered } = compileGraph(newOpsGraph(true), { target: CUDA_TARGET });
    const module = renderCudaModule(lowered.kernels.map((l) => l.kernel));
    for (const f of ['atanf(', 'log1pf(', 'expm1f(']) expect(module).toContain(f);
    expect(((await nvccPtx(module, 'sm_80')).match(/\.entry /g) ?? []).length).toBe(lowered.kernels.length);
  });

  test('CUDA text, emulated on the CPU', async () => {
    for (const train of [false, true]) {
      const g = newOpsGraph(train);
      const feeds = randomFeeds(g);
      const { lowered } = compileGraph(g, { target: CUDA_TARGET });
      expect(resultDistance(await runCudaEmulated(lowered, feeds), run(g, feeds))).toBeLessThan(2e-5);
    }
  });
});
