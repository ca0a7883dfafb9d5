// The standard library itself (compiler/std/*.loom), elaborated and fused:
// the same kernel counts as the hand-built graphs in patterns.test.ts.
import { describe, expect, test } from 'vitest';
import { buildLossAndGrads } from '../../compiler/autodiff/train-step.ts';
import type { Graph, TensorType } from '../../compiler/graph/types.ts';
import { f32, graphOf, i32 } from '../elaborate/helpers.ts';
import { fuseChecked } from './helpers.ts';

const fn = (body: string, params: string) => `import std.nn\nmodel M() {\n  forward(${params}) = ${body}\n}\n`;
const block = (decl: string, params: string) => `import std.nn\nmodel M() {\n  m = ${decl}\n  forward(${params}) = m(x)\n}\n`;
const kinds = (g: Graph) => fuseChecked(g).kernels.map((k) => k.kind);
const elaborated = (src: string, args: Record<string, TensorType>) => graphOf(src, 'forward', args);

describe('std library, fused', () => {
  test('softmax and log_softmax: one row kernel', () => {
    expect(kinds(elaborated(fn('softmax(x)', 'x: [3, 4, 8]'), { x: f32(3, 4, 8) }))).toEqual(['reduction']);
    expect(kinds(elaborated(fn('log_softmax(x)', 'x: [4, 8]'), { x: f32(4, 8) }))).toEqual(['reduction']);
  });

  test('LayerNorm and RMSNorm: one row kernel', () => {
    expect(kinds(elaborated(block('LayerNorm(16)', 'x: [B, T, 16]'), { x: f32(2, 5, 16) }))).toEqual(['reduction']);
    expect(kinds(elaborated(block('RMSNorm(16)', 'x: [B, T, 16]'), { x: f32(2, 5, 16) }))).toEqual(['reduction']);
  });

  test('cross_entropy: one kernel down to the scalar loss', () => {
    const g = elaborated(fn('cross_entropy(logits, targets)', 'logits: [2, 5, 11], idx11_targets: i32[2, 5]').replace('targets)', 'idx11_targets)'), {
      logits: f32(2, 5, 11),
      idx11_targets: i32(2, 5),
    });
    expect(kinds(g)).toEqual(['reduction']);
  });

  test('Linear + GELU (the first half of MLP): one contraction kernel', () => {
    const src = `import std.nn\nmodel M() {\n  fc = Linear(8, 12)\n  forward(x: [B, T, 8]) = gelu(fc(x))\n}\n`;
    expect(kinds(elaborated(src, { x: f32(2, 5, 8) }))).toEqual(['contraction']);
  });

  test('MLP: two contractions, GELU in the first one\'s epilogue', () => {
    expect(kinds(elaborated(block('MLP(8)', 'x: [B, T, 8]'), { x: f32(2, 5, 8) }))).toEqual(['contraction', 'contraction']);
  });

  test('LayerNorm with a sum loss and its parameter gradients: a row kernel and a column kernel', () => {
    const src = `import std.nn\nmodel M() {\n  ln = LayerNorm(16)\n  forward(x: [B, 16]) = ln(x)\n  loss(x: [B, 16], w: [B, 16]) = sum(ln(x) * w)\n}\n`;
    const g = graphOf(src, 'loss', { x: f32(6, 16), w: f32(6, 16) });
    const p = fuseChecked(buildLossAndGrads(g));
    // Row kernel: the statistics. Column kernel: y, the gradients of the gain and
    // the bias (sums over positions) and the loss (per-column partials, then a total).
    expect(p.kernels.map((k) => `${k.kind} [${k.space.reduceAxes.join(',')}]${k.space.total ? ' + total' : ''}`)).toEqual([
      'reduction [1]',
      'reduction [0] + total',
    ]);
  });
});
