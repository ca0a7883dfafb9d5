// Kernel counts of the standard library's building blocks, fused. Each
// program is also validated and run against the interpreter (fuseChecked).
import { describe, expect, test } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { buildTrainStep } from '../../compiler/autodiff/train-step.ts';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import { rowSchedule } from '../../compiler/fusion/schedule.ts';
import type { FusedProgram } from '../../compiler/fusion/types.ts';
import { backward, backwardKernels, crossEntropy, fuseChecked, gelu, layerNorm, linear, logSoftmax, rmsNorm, softmax } from './helpers.ts';

const ones = { kind: 'ones' } as const;
const normal = { kind: 'normal', std: 0.5, mean: 0 } as const;
const kinds = (p: FusedProgram) => p.kernels.map((k) => k.kind);

describe('forward patterns are one kernel each', () => {
  test('softmax over the last axis', () => {
    const b = new GraphBuilder();
    b.output('y', softmax(b, b.input('x', [3, 5, 8])));
    const p = fuseChecked(b.build());
    expect(kinds(p)).toEqual(['reduction']);
    expect(p.kernels[0]!.space).toEqual({ shape: [3, 5, 8], reduceAxes: [2], total: false });
  });

  test('log-softmax', () => {
    const b = new GraphBuilder();
    b.output('y', logSoftmax(b, b.input('x', [4, 8])));
    expect(kinds(fuseChecked(b.build()))).toEqual(['reduction']);
  });

  test('LayerNorm (biased variance, mean = sum · 1/n)', () => {
    const b = new GraphBuilder();
    b.output('y', layerNorm(b, b.input('x', [2, 6, 16]), b.param('g', [16], ones), b.param('b', [16], normal)));
    const p = fuseChecked(b.build());
    expect(kinds(p)).toEqual(['reduction']);
    const levels = p.kernels[0]!.nodes.map((n) => n.level);
    expect(levels.filter((l) => l === 'row')).toHaveLength(6); // two sums, two scalings, + eps, rsqrt
  });

  test('RMSNorm', () => {
    const b = new GraphBuilder();
    b.output('y', rmsNorm(b, b.input('x', [2, 6, 16]), b.param('g', [16], normal)));
    expect(kinds(fuseChecked(b.build()))).toEqual(['reduction']);
  });

  test('cross-entropy loss: log-softmax, one-hot pick and the mean over rows to a scalar', () => {
    const b = new GraphBuilder();
    b.output('loss', crossEntropy(b, b.input('logits', [2, 5, 11]), b.input('idx11_targets', [2, 5], 'i32')));
    const p = fuseChecked(b.build());
    expect(kinds(p)).toEqual(['reduction']);
    expect(p.kernels[0]!.space).toEqual({ shape: [2, 5, 11], reduceAxes: [2], total: true });
  });

  test('Linear + bias + exact GELU: the contraction with its epilogue', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 5, 8]);
    b.output('y', gelu(b, linear(b, x, b.param('w', [8, 12], normal), b.param('b', [12], normal))));
    const p = fuseChecked(b.build());
    expect(kinds(p)).toEqual(['contraction']);
    expect(p.kernels[0]!.nodes).toHaveLength(7);
  });

  test('Linear + residual add + scale', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [4, 8]);
    const y = b.add(x, linear(b, x, b.param('w', [8, 8], normal), b.param('b', [8], normal)));
    b.output('y', b.mul(y, b.input('s', [])));
    expect(kinds(fuseChecked(b.build()))).toEqual(['contraction']);
  });

  test('attention scores: scale and causal mask fuse into the contraction, the mask is generated', () => {
    const b = new GraphBuilder();
    const [t, d] = [6, 4];
    const q = b.input('q', [2, t, d]);
    const k = b.input('k', [2, t, d]);
    const scores = b.div(b.einsum('bik,bjk->bij', q, k), b.input('scale', []));
    const causal = b.binary('ge', b.reshape(b.iota([t], 0), [t, 1]), b.reshape(b.iota([t], 0), [1, t]));
    b.output('attn', softmax(b, b.where(causal, scores, b.constant(-1e9, [2, t, t]))));
    const p = fuseChecked(b.build());
    expect(kinds(p)).toEqual(['contraction', 'reduction']);
    expect(p.kernels[0]!.loads.filter((l) => l.generated).length).toBeGreaterThan(0);
  });
});

describe('row schedules for lowering', () => {
  const opsOf = (p: FusedProgram, ids: readonly number[]) => ids.map((id) => {
    const n = p.graph.nodes[id]!;
    return n.op === 'reduce' ? `${(n.attrs as { op: string }).op}` : n.op;
  });

  test('softmax: max, then the sum of exponentials; LayerNorm: mean, then variance', () => {
    const b = new GraphBuilder();
    b.output('y', softmax(b, b.input('x', [3, 5, 8])));
    const p = fuseChecked(b.build());
    const s = rowSchedule(p, p.kernels[0]!);
    expect([s.rows, s.cols, s.outerShape]).toEqual([15, 8, [3, 5]]);
    expect(s.passes.map((pass) => opsOf(p, pass))).toEqual([['max'], ['sum']]);

    const c = new GraphBuilder();
    c.output('y', layerNorm(c, c.input('x', [4, 16]), c.param('g', [16], ones), c.param('b', [16], normal)));
    const q = fuseChecked(c.build());
    expect(rowSchedule(q, q.kernels[0]!).passes.map((pass) => opsOf(q, pass))).toEqual([['sum'], ['sum']]);
  });

  test('cross-entropy: max, sum of exponentials, picked log-probability, then the total over rows', () => {
    const b = new GraphBuilder();
    b.output('loss', crossEntropy(b, b.input('logits', [2, 5, 11]), b.input('idx11_targets', [2, 5], 'i32')));
    const p = fuseChecked(b.build());
    const s = rowSchedule(p, p.kernels[0]!);
    expect(s.passes.map((pass) => opsOf(p, pass))).toEqual([['max'], ['sum'], ['sum']]);
    expect(opsOf(p, s.finals)).toEqual(['sum']);
  });
});

describe('backward patterns', () => {
  test('softmax backward: one row kernel (≤ 2 required)', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [3, 4, 8]);
    const [dx] = backward(b, softmax(b, x), [x]);
    b.output('dx', dx!);
    const p = fuseChecked(b.build());
    expect(backwardKernels(p)).toHaveLength(1);
    expect(kinds(p)).toEqual(['reduction']);
  });

  test('LayerNorm backward: a row kernel for dx and a column kernel for dg, db (≤ 2 required)', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 6, 16]);
    const g = b.param('g', [16], normal);
    const bias = b.param('b', [16], normal);
    const grads = backward(b, layerNorm(b, x, g, bias), [x, g, bias]);
    grads.forEach((d, i) => b.output(`d${i}`, d));
    const p = fuseChecked(b.build());
    expect(backwardKernels(p)).toHaveLength(2);
    expect(p.kernels.map((k) => `${k.kind} [${k.space.reduceAxes.join(',')}]`)).toEqual(['reduction [2]', 'reduction [0,1]']);
  });

  test('forward and backward of softmax as separate outputs stay one kernel', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [4, 8]);
    const y = softmax(b, x);
    const [dx] = backward(b, y, [x]);
    b.output('y', y);
    b.output('dx', dx!);
    expect(kinds(fuseChecked(b.build()))).toEqual(['reduction']);
  });
});

describe('optimizer', () => {
  test('the AdamW update of each parameter (new p, m and v) is one kernel', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [4, 6]);
    const h = layerNorm(b, linear(b, x, b.param('w', [6, 5], normal), b.param('bias', [5], normal)), b.param('g', [5], ones), b.param('beta', [5], normal));
    b.output('loss', crossEntropy(b, h, b.input('idx5_targets', [4], 'i32')));
    const step = buildTrainStep(b.build(), defaultOptimizer);
    const p = fuseChecked(step);
    const kindOfUpdate = (name: string) => {
      const sources = p.updates.filter((u) => [name, `optim.m.${name}`, `optim.v.${name}`].includes(u.target));
      const kernels = new Set(sources.map((u) => p.kernelOf[u.buffer]));
      expect(kernels.size).toBe(1);
      return p.kernels[[...kernels][0]!]!.kind;
    };
    // w's update joins the (single-row) reduction that finishes the global gradient norm it scales by.
    expect(['w', 'bias', 'g', 'beta'].map(kindOfUpdate)).toEqual(['reduction', 'elementwise', 'elementwise', 'elementwise']);
  });
});
