// spike(u, surrogate, h0): the Heaviside forward with both H(0) conventions,
// the surrogate gradients against their formulas, the ways to write the
// surrogate and the errors for bad ones, that the forward program computes
// no surrogate at all, and the LIF layers of std.spiking lowered to kernels
// (JS and WebGPU lowerings on the CPU, CUDA text emulated) against the
// interpreter. PyTorch parity of the LIF networks: test/parity (lif_*).
import { describe, expect, test } from 'vitest';
import { gradients } from '../../compiler/autodiff/grad.ts';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import { SURROGATES, spike, type SpikeSpec } from '../../compiler/graph/ops/spike.ts';
import { optimizeGraph } from '../../compiler/passes/pipeline.ts';
import { compileGraph } from '../../compiler/program.ts';
import { CUDA_TARGET, JS_TARGET, WEBGPU_TARGET } from '../../compiler/target.ts';
import { runCudaEmulated } from '../cuda/harness.ts';
import { errors, graphOf, run as runElaborated } from '../elaborate/helpers.ts';
import { evaluate } from '../graph/helpers.ts';
import { compileChecked } from '../lower/helpers.ts';
import { randomFeeds, resultDistance, run } from '../passes/helpers.ts';
import { lifGrads } from './graphs.ts';

const U = [-2, -0.3, -1e-7, 0, 1e-7, 0.05, 0.3, 2];

/** spike(u) and d Σ spike(u)·w / du on the interpreter, with w = 1 + i/10 per element. */
function valueAndGrad(spec: SpikeSpec): { value: number[]; grad: number[]; w: number[] } {
  const b = new GraphBuilder();
  const u = b.input('u', [U.length]);
  const w = b.input('w', [U.length]);
  const s = spike(b, u, spec);
  const loss = b.reshape(b.sum(b.mul(s, w), [0]), []);
  const ws = U.map((_, i) => 1 + i / 10);
  const [value, grad] = evaluate(b, [s, gradients(b, loss, [u]).get(u)!], { u: U, w: ws });
  return { value: Array.from(value!), grad: Array.from(grad!), w: ws };
}

describe('spike', () => {
  test('forward: H(u) with H(0) = 0 (snnTorch) or 1 (SpikingJelly)', () => {
    expect(valueAndGrad({ surrogate: 'atan', param: 2, h0: 0 }).value).toEqual([0, 0, 0, 0, 1, 1, 1, 1]);
    expect(valueAndGrad({ surrogate: 'atan', param: 2, h0: 1 }).value).toEqual([0, 0, 0, 1, 1, 1, 1, 1]);
  });

  test.each([
    ['atan', 2, (u: number, a: number) => a / 2 / (1 + (Math.PI / 2 * a * u) ** 2)],
    ['atan', 0.5, (u: number, a: number) => a / 2 / (1 + (Math.PI / 2 * a * u) ** 2)],
    ['fast_sigmoid', 25, (u: number, k: number) => 1 / (1 + k * Math.abs(u)) ** 2],
    ['sigmoid', 4, (u: number, a: number) => a * Math.exp(-a * u) / (1 + Math.exp(-a * u)) ** 2],
  ] as const)('backward: the %s surrogate (parameter %d) is g · its formula', (surrogate, param, formula) => {
    const { grad, w } = valueAndGrad({ surrogate, param, h0: 0 });
    U.forEach((u, i) => {
      const want = w[i]! * formula(u, param);
      // The sigmoid formula here is written differently from the op's (e^(−αu) against σ(1 − σ)).
      expect(Math.abs(grad[i]! - want) / want).toBeLessThan(1e-12);
      expect(Math.abs(SURROGATES[surrogate]!.scalar(u, param) - formula(u, param)) / formula(u, param)).toBeLessThan(1e-12);
    });
  });

  const src = (call: string) => `model M() {\n  forward(x: [N]) = ${call}\n}\n`;
  const gradOf = (call: string): number[] => {
    const g = graphOf(src(`sum(${call} * arange(N))`), 'forward', { x: { shape: [U.length], dtype: 'f32' } });
    const b = GraphBuilder.from(g);
    const x = g.nodes.find((n) => n.op === 'input')!.id;
    return Array.from(evaluate(b, [gradients(b, g.outputs[0]!.node, [x]).get(x)!], { x: U })[0]!);
  };

  test('the surrogate written as atan(α), atan(alpha=α), a bare name or a string', () => {
    const want = U.map((u, i) => i * SURROGATES.atan!.scalar(u, 2));
    for (const call of ['spike(x)', 'spike(x, atan(2.0))', 'spike(x, surrogate=atan(alpha=2.0))', 'spike(x, surrogate=atan)', 'spike(x, "atan", 0)']) {
      gradOf(call).forEach((g, i) => expect(Math.abs(g - want[i]!)).toBeLessThan(1e-15));
    }
    const fast = U.map((u, i) => i * SURROGATES.fast_sigmoid!.scalar(u, 10));
    gradOf('spike(x, surrogate=fast_sigmoid(slope=10), h0=1)').forEach((g, i) => expect(Math.abs(g - fast[i]!)).toBeLessThan(1e-15));
  });

  test('h0 = 1 and an int tensor argument', () => {
    // [0, 1, 1, 0] + H([−2, −1, 0, 1]) with H(0) = 0.
    const g = graphOf(src('spike(x, h0=1) + spike(arange(N) - 2)'), 'forward', { x: { shape: [4], dtype: 'f32' } });
    expect(runElaborated(g, { x: [-1, 0, 0.5, -0.5] }).get('output')).toEqual([0, 1, 1, 1]);
  });

  test.each([
    ['spike(x, surrogate=triangle(1.0))', "main.loom:2:40: error: spike: unknown surrogate 'triangle'; expected one of atan(alpha), fast_sigmoid(slope), sigmoid(alpha)"],
    ['spike(x, surrogate=atan(slope=1.0))', "main.loom:2:45: error: spike: surrogate atan has no parameter 'slope'; its parameter is alpha"],
    ['spike(x, surrogate=atan(-1.0))', 'main.loom:2:45: error: spike: atan alpha must be a positive number, got -1'],
    ['spike(x, surrogate=atan(1.0, 2.0))', 'main.loom:2:50: error: spike: surrogate atan takes one argument (alpha), got 2'],
    ['spike(x, surrogate=3.0)', 'main.loom:2:30: error: spike: surrogate must be one of atan(alpha), fast_sigmoid(slope), sigmoid(alpha) (or its name as a string), got'],
    ['spike(x, "tanh")', "main.loom:2:30: error: spike: unknown surrogate 'tanh'"],
    ['spike(x, h0=2)', 'main.loom:2:30: error: spike: h0 (the value of H(0)) must be 0 or 1, got 2'],
    ['spike(x, atan, 1, 2)', 'main.loom:2:39: error: spike: expected at most 3 arguments, got 4'],
    ['spike(x, atan, surrogate=atan)', "error: spike: argument 'surrogate' given twice"],
  ])('%s is an error', (call, message) => {
    expect(errors(src(call), 'forward', { x: { shape: [4], dtype: 'f32' } })).toContain(message);
  });

  test('the forward program computes only the step: one kernel, no surrogate', () => {
    const g = graphOf(src('spike(x * 3.0 - 1.0, surrogate=atan(2.0))'), 'forward', { x: { shape: [64], dtype: 'f32' } });
    const forward = optimizeGraph(g, { verify: true });
    const ops = forward.nodes.map((n) => (n.op === 'unary' || n.op === 'binary' ? (n.attrs as { op: string }).op : n.op));
    expect(ops.filter((op) => !['input', 'const', 'expand'].includes(op))).toEqual(['mul', 'sub', 'gt', 'cast']);
    for (const target of [JS_TARGET, WEBGPU_TARGET]) expect(compileGraph(g, { target }).lowered.kernels.length).toBe(1);
  });
});

describe('LIF layers as kernels', () => {
  test.each(['snntorch', 'spikingjelly'])('%s: JS and WebGPU lowerings on the CPU and CUDA text match the interpreter', async (neuron) => {
    const g = lifGrads(neuron);
    for (const target of [JS_TARGET, WEBGPU_TARGET]) compileChecked(g, target, 1e-5);
    const feeds = randomFeeds(g);
    const { lowered } = compileGraph(g, { target: CUDA_TARGET });
    expect(resultDistance(await runCudaEmulated(lowered, feeds), run(g, feeds))).toBeLessThan(1e-5);
  });
});
