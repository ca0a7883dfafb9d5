// Unrolled recurrences: graphs whose size grows linearly with the sequence
// length, the shape of a scan or an RNN written out step by step, with their
// gradients and the optimizer (the train step). Used by the compile-time
// tests and bench/compile-time.ts.
//
//  rnn:  h_t = tanh(x_t·W + h_{t−1}·U + b)            (a contraction per step)
//  scan: h_t = σ(x_t·W) ⊙ h_{t−1} + (1 + x_t·U) ⊙ (x_t + b)
//  diag: h_t = a_t ⊙ h_{t−1} + (1 − a_t) ⊙ x_t ⊙ w_b,  a_t = σ(x_t ⊙ w_a + b)
//        (a diagonal selective scan: elementwise only, so one long chain)
// The loss is the mean over steps of Σ (h_t·out)².
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { buildTrainStep } from '../../compiler/autodiff/train-step.ts';
import { GraphBuilder, lit } from '../../compiler/graph/builder.ts';
import type { Graph, NodeId } from '../../compiler/graph/types.ts';

export type Cell = 'rnn' | 'scan' | 'diag';

export interface RecurrenceOptions {
  readonly cell: Cell;
  /** Unrolled steps. */
  readonly steps: number;
  readonly batch?: number;
  readonly dim?: number;
}

const normal = { kind: 'normal', std: 0.3, mean: 0 } as const;
const zeros = { kind: 'zeros' } as const;

/** The loss graph of an unrolled recurrence: inputs `x` [B, T, D] and `h0` [B, D], output `loss`. */
export function recurrenceLoss(o: RecurrenceOptions): Graph {
  const [B, T, D] = [o.batch ?? 2, o.steps, o.dim ?? 8];
  const b = new GraphBuilder();
  const x = b.input('x', [B, T, D]);
  let h: NodeId = b.input('h0', [B, D]);
  const bias = b.param('b', [D], zeros);
  const out = b.param('out', [D, 1], normal);
  const row = (p: NodeId) => b.broadcastTo(b.reshape(p, [1, D]), [B, D]);
  const sigmoid = (z: NodeId) => b.div(lit(1), b.add(lit(1), b.unary('exp', b.neg(z))));
  const [w, u] = o.cell === 'diag' ? [b.param('wa', [D], normal), b.param('wb', [D], normal)] : [b.param('w', [D, D], normal), b.param('u', [D, D], normal)];
  let total: NodeId | undefined;
  for (let t = 0; t < T; t++) {
    const xt = b.reshape(b.slice(x, [0, t, 0], [B, t + 1, D]), [B, D]);
    if (o.cell === 'rnn') {
      h = b.unary('tanh', b.add(b.add(b.einsum('bi,ij->bj', xt, w), b.einsum('bi,ij->bj', h, u)), row(bias)));
    } else if (o.cell === 'scan') {
      const a = sigmoid(b.einsum('bi,ij->bj', xt, w));
      h = b.add(b.mul(a, h), b.mul(b.add(lit(1), b.einsum('bi,ij->bj', xt, u)), b.add(xt, row(bias))));
    } else {
      const a = sigmoid(b.add(b.mul(xt, row(w)), row(bias)));
      h = b.add(b.mul(a, h), b.mul(b.sub(lit(1), a), b.mul(xt, row(u))));
    }
    const y = b.einsum('bi,ij->bj', h, out);
    const sq = b.sum(b.mul(y, y), [0, 1], false);
    total = total === undefined ? sq : b.add(total, sq);
  }
  b.output('loss', b.mul(total!, lit(1 / (B * T))));
  return b.build();
}

/** The train step (forward, gradients, AdamW) of an unrolled recurrence. */
export function recurrenceTrainStep(o: RecurrenceOptions): Graph {
  return buildTrainStep(recurrenceLoss(o), defaultOptimizer);
}
