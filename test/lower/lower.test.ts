// Lowering: fused groups → kernel-IR kernels, for both targets. Every program
// is run (serial kernels as JS, grid kernels through the JS workgroup
// emulation) and compared with the float64 interpreter; the kernel lists are
// exact, so a change in how groups split into stages shows up here.
import { describe, expect, test } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { buildTrainStep } from '../../compiler/autodiff/train-step.ts';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import type { Graph } from '../../compiler/graph/types.ts';
import { compileGraph } from '../../compiler/program.ts';
import { limitProblems } from '../../compiler/render/limits.ts';
import { JS_TARGET, WEBGPU_TARGET } from '../../compiler/target.ts';

const TARGETS = { cpu: JS_TARGET, gpu: WEBGPU_TARGET } as const;
type Target = keyof typeof TARGETS;
import { crossEntropy, gelu, layerNorm, linear, rmsNorm, softmax, backward } from '../fusion/helpers.ts';
import { gptTrainStep } from '../fusion/models.ts';
import { randomFeeds, randomGraph, resultDistance, run } from '../passes/helpers.ts';
import { runLowered } from './helpers.ts';

const normal = { kind: 'normal', std: 0.5, mean: 0 } as const;
const ones = { kind: 'ones' } as const;

/** Lowers `g` for `target`, runs it and checks it against the interpreter; returns the kernel names. */
function lowerChecked(g: Graph, target: Target, tolerance = 2e-5): string[] {
  const { lowered } = compileGraph(g, { target: TARGETS[target] });
  const feeds = randomFeeds(g);
  const distance = resultDistance(runLowered(lowered, feeds), run(g, feeds));
  expect(distance, `${target}: distance to the interpreter`).toBeLessThan(tolerance);
  for (const k of lowered.kernels) expect(limitProblems(k.kernel, TARGETS[target].limits), k.kernel.name).toEqual([]);
  return lowered.kernels.map((k) => `${k.kernel.name}:${k.kernel.launch.kind}`);
}

function both(g: Graph): { cpu: string[]; gpu: string[] } {
  return { cpu: lowerChecked(g, 'cpu'), gpu: lowerChecked(g, 'gpu') };
}

describe('patterns lower to the kernels fusion promised', () => {
  test('softmax: one row kernel', () => {
    const b = new GraphBuilder();
    b.output('y', softmax(b, b.input('x', [3, 5, 8])));
    expect(both(b.build())).toEqual({ cpu: ['k0_reduce:serial'], gpu: ['k0_reduce:grid'] });
  });
  test('LayerNorm and RMSNorm: one row kernel each', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 6, 16]);
    b.output('ln', layerNorm(b, x, b.param('g', [16], ones), b.param('b', [16], normal)));
    b.output('rms', rmsNorm(b, b.input('z', [3, 7]), b.param('h', [7], normal)));
    expect(both(b.build())).toEqual({ cpu: ['k0_reduce:serial', 'k1_reduce:serial'], gpu: ['k0_reduce:grid', 'k1_reduce:grid'] });
  });
  test('cross-entropy: a row kernel, then a totals kernel for the mean', () => {
    const b = new GraphBuilder();
    b.output('loss', crossEntropy(b, b.input('logits', [2, 5, 11]), b.input('idx11_targets', [2, 5], 'i32')));
    expect(both(b.build())).toEqual({ cpu: ['k0a_reduce:serial', 'k0b_reduce:serial'], gpu: ['k0a_reduce:grid', 'k0b_reduce:grid'] });
  });
  test('Linear + bias + GELU: one matmul with the epilogue', () => {
    const b = new GraphBuilder();
    b.output('y', gelu(b, linear(b, b.input('x', [2, 5, 8]), b.param('w', [8, 12], normal), b.param('b', [12], normal))));
    expect(both(b.build())).toEqual({ cpu: ['k0_einsum:serial'], gpu: ['k0_einsum:grid'] });
  });
  test('attention scores with a transposed operand, causal mask and softmax', () => {
    const b = new GraphBuilder();
    const [t, d] = [6, 4];
    const q = b.input('q', [2, t, 3, d]);
    const k = b.input('k', [2, t, 3, d]);
    const scores = b.einsum('bihk,bjhk->bhij', q, k);
    const causal = b.binary('ge', b.reshape(b.iota([t], 0), [t, 1]), b.reshape(b.iota([t], 0), [1, t]));
    b.output('attn', softmax(b, b.where(b.broadcastTo(b.reshape(causal, [1, 1, t, t]), [2, 3, t, t]), scores, b.constant(-1e9, [2, 3, t, t]))));
    expect(both(b.build())).toEqual({ cpu: ['k0_einsum:serial', 'k1_reduce:serial'], gpu: ['k0_einsum:grid', 'k1_reduce:grid'] });
  });
  test('softmax and LayerNorm backward', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 6, 16]);
    const g = b.param('g', [16], normal);
    const bias = b.param('b', [16], normal);
    const grads = backward(b, layerNorm(b, x, g, bias), [x, g, bias]);
    grads.forEach((d, i) => b.output(`d${i}`, d));
    expect(both(b.build())).toEqual({ cpu: ['k0_reduce:serial', 'k1_reduce:serial'], gpu: ['k0_reduce:grid', 'k1_reduce:grid'] });
    const c = new GraphBuilder();
    const y = c.input('y', [3, 4, 8]);
    c.output('dy', backward(c, softmax(c, y), [y])[0]!);
    expect(both(c.build())).toEqual({ cpu: ['k0_reduce:serial'], gpu: ['k0_reduce:grid'] });
  });
  test('embedding gather and its scatter-add gradient', () => {
    const b = new GraphBuilder();
    const table = b.param('wte', [11, 4], normal);
    const ids = b.input('idx11_ids', [2, 5], 'i32');
    const e = b.gather(table, ids, 0);
    const [dt] = backward(b, b.mul(e, e), [table]);
    b.output('e', e);
    b.output('dt', dt!);
    expect(both(b.build())).toEqual({ cpu: ['k0_gather:serial', 'k1_scatter:serial'], gpu: ['k0_gather:grid', 'k1_scatter:grid'] });
  });
  test('AdamW train step of a small model', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [4, 6]);
    const h = layerNorm(b, linear(b, x, b.param('w', [6, 5], normal), b.param('bias', [5], normal)), b.param('g', [5], ones), b.param('beta', [5], normal));
    b.output('loss', crossEntropy(b, h, b.input('idx5_targets', [4], 'i32')));
    const step = buildTrainStep(b.build(), defaultOptimizer);
    const { cpu, gpu } = both(step);
    // The mean loss and the global gradient norm split into row + totals kernels.
    // The AdamW updates of every weight share their scalars (lr, bias corrections, clip scale): one sibling kernel.
    expect(cpu).toEqual(['k0_einsum', 'k1a_reduce', 'k1b_reduce', 'k2a_reduce', 'k2b_reduce', 'k3_reduce', 'k4a_reduce', 'k4b_reduce',
      'k5_einsum', 'k6_reduce', 'k7_ew'].map((n) => `${n}:serial`));
    // On the GPU, kernels binding more than 8 storage buffers (AdamW: p, g, m, v, scalars and three results per weight) are cut in pieces.
    expect(gpu).toHaveLength(20);
    expect(gpu.filter((n) => n.startsWith('k7'))).toEqual(['k7a_ew:grid', 'k7b_ew:grid', 'k7c_ew:grid', 'k7d_ew:grid', 'k7e_ew:grid']);
  });
});

describe('random graphs lower correctly for both targets', () => {
  for (let seed = 1; seed <= 40; seed++) {
    test(`seed ${seed}`, () => {
      const g = randomGraph(seed);
      lowerChecked(g, 'cpu', 1e-4);
      lowerChecked(g, 'gpu', 1e-4);
    });
  }
});

describe('the GPT train step', () => {
  test('lowers for both targets and matches the interpreter', () => {
    const g = gptTrainStep(1, 8);
    const cpu = lowerChecked(g, 'cpu', 1e-4);
    const gpu = lowerChecked(g, 'gpu', 1e-4);
    // The fused groups (attention: one kernel forward, four backward: lse, dq, dk, dv; on the CPU the
    // forward stores its lse and the backward is one kernel, passes/attention-merge.ts: 3 fewer a
    // layer); the loss and the gradient norm add a totals kernel each on both targets, and the GPU
    // cuts groups binding more than 8 buffers (mostly AdamW) into pieces.
    expect([cpu.length, gpu.length]).toEqual([98, 180]);
  });
});
