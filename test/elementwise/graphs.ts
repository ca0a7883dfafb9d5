// Graphs shared by the elementwise tests: one that uses every new unary op
// (forward, or with a loss and a gradient), and a LIF layer's loss and
// gradients.
import { gradients } from '../../compiler/autodiff/grad.ts';
import { buildLossAndGrads } from '../../compiler/autodiff/train-step.ts';
import { GraphBuilder, lit } from '../../compiler/graph/builder.ts';
import type { Graph, UnaryOp } from '../../compiler/graph/types.ts';
import { graphOf } from '../elaborate/helpers.ts';

export const NEW_OPS = ['atan', 'log1p', 'expm1', 'softplus', 'sigmoid'] as const satisfies readonly UnaryOp[];

/** y = atan(z) + log1p(softplus(z)) + expm1(x·w)·sigmoid(z), z = 4(x + w); with `train`, loss Σy² and its gradient for w. */
export function newOpsGraph(train: boolean): Graph {
  const b = new GraphBuilder();
  const x = b.input('x', [6, 33]);
  const w = b.param('w', [6, 33], { kind: 'normal', std: 1, mean: 0 });
  const z = b.mul(b.add(x, w), lit(4));
  // log1p's argument stays above −1: softplus ≥ 0.
  const y = b.add(b.add(b.unary('atan', z), b.unary('log1p', b.unary('softplus', z))), b.mul(b.unary('expm1', b.mul(x, w)), b.unary('sigmoid', z)));
  b.output('y', y);
  if (train) {
    const loss = b.reshape(b.sum(b.mul(y, y), [0, 1]), []);
    b.output('loss', loss);
    b.output('grad.w', gradients(b, loss, [w]).get(w)!);
  }
  return b.build();
}

/** A Linear → LIF layer of std.spiking (either convention) over 5 steps: the loss and every gradient. */
export function lifGrads(neuron: string): Graph {
  const src = `import std.nn\nimport std.spiking\nmodel M(neuron: str = "snntorch") {\n  fc = Linear(4, 8)\n  lif = LIF(convention=neuron, threshold=0.5)\n  loss(x: [B, T, 4]) = sum(lif(fc(x)) * arange(8))\n}\n`;
  return buildLossAndGrads(graphOf(src, 'loss', { x: { shape: [2, 5, 4], dtype: 'f32' } }, { neuron }));
}
