// The train-step program: forward, loss, backward and the optimizer update in
// one graph. Inputs are the loss method's inputs plus `step` (0-based, f32
// scalar); outputs are `loss`, `grad_norm` and `lr`; updates write the new
// weights and optimizer slots back to persistent state.
import { GraphBuilder, lit } from '../graph/builder.ts';
import type { Graph, NodeId, OpAttrs } from '../graph/types.ts';
import { gradients } from './grad.ts';
import { adamW, globalNorm, learningRate, type OptimizerConfig } from './optimizer.ts';

export const STEP_INPUT = 'step';

export function buildTrainStep(lossGraph: Graph, opt: OptimizerConfig, lossOutput = 'loss'): Graph {
  const b = GraphBuilder.from({ ...lossGraph, outputs: [], updates: [] });
  const loss = lossGraph.outputs.find((o) => o.name === lossOutput);
  if (!loss) throw new Error(`train step: the graph has no output named "${lossOutput}"`);
  if (b.shape(loss.node).length !== 0) throw new Error(`train step: "${lossOutput}" must be a scalar`);
  const weights = lossGraph.nodes.filter((n) => n.op === 'param' && (n.attrs as OpAttrs['param']).role === 'weight');
  const grads = gradients(b, loss.node, weights.map((w) => w.id));
  const gradOf = (id: NodeId): NodeId => grads.get(id)!;

  const step = b.input(STEP_INPUT, [], 'f32');
  const lr = learningRate(b, step, opt);
  const norm = globalNorm(b, weights.map((w) => gradOf(w.id)));
  const scale = opt.clipNorm > 0 ? b.binary('min', b.div(lit(opt.clipNorm), b.add(norm, lit(1e-6))), lit(1)) : undefined;
  const updates = adamW(
    b,
    weights.map((w) => ({ name: (w.attrs as OpAttrs['param']).name, node: w.id, grad: gradOf(w.id) })),
    lr,
    b.add(step, lit(1)),
    scale,
    opt,
  );
  b.output('loss', loss.node);
  b.output('grad_norm', norm);
  b.output('lr', lr);
  for (const [name, u] of updates) {
    b.update(name, u.param);
    b.update(`optim.m.${name}`, u.m);
    b.update(`optim.v.${name}`, u.v);
  }
  return b.build();
}

/** The loss graph extended with the gradient of every weight, as outputs `grad.<name>` (for `loom eval --grads`). */
export function buildLossAndGrads(lossGraph: Graph, lossOutput = 'loss'): Graph {
  const b = GraphBuilder.from(lossGraph);
  const loss = lossGraph.outputs.find((o) => o.name === lossOutput);
  if (!loss) throw new Error(`the graph has no output named "${lossOutput}"`);
  const weights = lossGraph.nodes.filter((n) => n.op === 'param' && (n.attrs as OpAttrs['param']).role === 'weight');
  const grads = gradients(b, loss.node, weights.map((w) => w.id));
  for (const w of weights) b.output(`grad.${(w.attrs as OpAttrs['param']).name}`, grads.get(w.id)!);
  return b.build();
}
