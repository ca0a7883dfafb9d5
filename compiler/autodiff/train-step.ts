// The train-step program: forward, loss, backward and the optimizer update in
// one graph. Inputs are the loss method's inputs plus `step` (0-based, f32
// scalar); outputs are `loss`, `grad_norm` and `lr` (and with the optimizer's
// `nanCheck`, `update_nonfinite`); updates write the new weights and
// optimizer slots back to persistent state.
import { GraphBuilder, lit } from '../graph/builder.ts';
import { STAT_PREFIX } from '../graph/stats.ts';
import type { Graph, NodeId, OpAttrs } from '../graph/types.ts';
import { gradients } from './grad.ts';
import { adamW, globalNorm, learningRate, type OptimizerConfig } from './optimizer.ts';

export const STEP_INPUT = 'step';
/** With `nanCheck`: non-finite elements per update, in the graph's update order (see guardUpdates). */
export const UPDATE_CHECK_OUTPUT = 'update_nonfinite';

export function buildTrainStep(lossGraph: Graph, opt: OptimizerConfig, lossOutput = 'loss'): Graph {
  const b = GraphBuilder.from({ ...lossGraph, outputs: [], updates: [] });
  const loss = lossGraph.outputs.find((o) => o.name === lossOutput);
  if (!loss) throw new Error(`train step: the graph has no output named "${lossOutput}"`);
  if (b.shape(loss.node).length !== 0) throw new Error(`train step: "${lossOutput}" must be a scalar`);
  // A weight the loss graph itself updates (update_state: a routing bias) takes that value instead of an optimizer step.
  const ruled = new Map(lossGraph.updates.map((u) => [u.target, u.node]));
  const paramName = (id: NodeId) => (lossGraph.nodes[id]!.attrs as OpAttrs['param']).name;
  const weights = lossGraph.nodes.filter((n) => n.op === 'param' && (n.attrs as OpAttrs['param']).role === 'weight' && !ruled.has(paramName(n.id)));
  const grads = gradients(b, loss.node, weights.map((w) => w.id));
  const ruledWrites = lossGraph.updates.map((u) => {
    const old = lossGraph.nodes.find((n) => n.op === 'param' && paramName(n.id) === u.target);
    if (!old) throw new Error(`train step: the loss graph updates "${u.target}", which is not one of its params`);
    return { target: u.target, value: u.node, old: old.id };
  });
  // Statistics the model marks (stat(x, name)) are reported per step too.
  const stats = lossGraph.outputs.filter((o) => o.name.startsWith(STAT_PREFIX));
  optimizerStep(b, weights.map((w) => ({ name: paramName(w.id), node: w.id, grad: grads.get(w.id)! })), loss.node, opt, { stats, ruledWrites });
  return b.build();
}

/**
 * The optimizer half of a train step, on gradients computed elsewhere (data-
 * parallel training: each thread runs buildLossAndGrads on its share of the
 * batch; their mean loss and gradients are this graph's inputs `loss` and
 * `grad.<name>`, with `step`). Same outputs, updates and guard as
 * buildTrainStep. The loss graph must not update weights itself
 * (update_state): such an update depends on the whole batch.
 */
export function buildApplyStep(lossGraph: Graph, opt: OptimizerConfig): Graph {
  if (lossGraph.updates.length) {
    throw new DataParallelError(`train step: the loss updates ${lossGraph.updates.map((u) => `"${u.target}"`).join(', ')} itself (update_state), which a data-parallel step cannot split`);
  }
  const b = new GraphBuilder();
  const weights = lossGraph.nodes
    .filter((n) => n.op === 'param' && (n.attrs as OpAttrs['param']).role === 'weight')
    .map((n) => {
      const a = n.attrs as OpAttrs['param'];
      const node = b.param(a.name, n.type.shape, a.init, 'weight');
      return { name: a.name, node, grad: b.input(`${GRAD_PREFIX}${a.name}`, n.type.shape) };
    });
  optimizerStep(b, weights, b.input('loss', []), opt, { stats: [], ruledWrites: [] });
  return b.build();
}

/** A train step that cannot be split across data-parallel threads (the caller trains on one thread instead). */
export class DataParallelError extends Error {
  override name = 'DataParallelError';
}

/** Output name of a weight's gradient in buildLossAndGrads, and input name in buildApplyStep. */
export const GRAD_PREFIX = 'grad.';

/** Learning rate, clipping, AdamW and the (guarded) writes of every weight and slot, plus the step's outputs. */
function optimizerStep(
  b: GraphBuilder,
  weights: readonly { name: string; node: NodeId; grad: NodeId }[],
  loss: NodeId,
  opt: OptimizerConfig,
  extra: { stats: readonly { name: string; node: NodeId }[]; ruledWrites: readonly { target: string; value: NodeId; old: NodeId }[] },
): void {
  const step = b.input(STEP_INPUT, [], 'f32');
  const lr = learningRate(b, step, opt);
  const norm = globalNorm(b, weights.map((w) => w.grad));
  const scale = opt.clipNorm > 0 ? b.binary('min', b.div(lit(opt.clipNorm), b.add(norm, lit(1e-6))), lit(1)) : undefined;
  const updates = adamW(b, weights, lr, b.add(step, lit(1)), scale, opt);
  b.output('loss', loss);
  b.output('grad_norm', norm);
  b.output('lr', lr);
  for (const o of extra.stats) b.output(o.name, o.node);
  const writes: { target: string; value: NodeId; old: NodeId }[] = [];
  for (const [name, u] of updates) {
    writes.push({ target: name, value: u.param, old: u.old.param });
    writes.push({ target: `optim.m.${name}`, value: u.m, old: u.old.m });
    writes.push({ target: `optim.v.${name}`, value: u.v, old: u.old.v });
  }
  writes.push(...extra.ruledWrites);
  if (opt.nanCheck) guardUpdates(b, writes, [loss, norm]);
  else for (const w of writes) b.update(w.target, w.value);
}

/**
 * The graph without its updates of weights: those (update_state, a routing
 * bias) belong to training only, so validation and generation must not
 * apply them. Updates of other state (a KV cache) stay.
 */
export function withoutWeightUpdates(g: Graph): Graph {
  const weights = new Set(g.nodes.filter((n) => n.op === 'param' && (n.attrs as OpAttrs['param']).role === 'weight').map((n) => (n.attrs as OpAttrs['param']).name));
  const kept = g.updates.filter((u) => !weights.has(u.target));
  return kept.length === g.updates.length ? g : { ...g, updates: kept };
}

/** The largest finite f32; anything larger in magnitude is stored as ±Inf. */
const F32_MAX = 3.4028234663852886e38;

/**
 * Guarded updates. Output `update_nonfinite` has one entry per update, in the
 * graph's update order (entry i is `graph.updates[i]`): how many elements of
 * that tensor's new value are NaN or ±Inf, or too large for f32 (so they
 * would be stored as ±Inf), counted as "not |x| ≤ max f32", which is false
 * for NaN. Every update is written as where(ok, new, old), where ok says the
 * counts are all 0 and the `scalars` (loss, grad norm) are finite, so a step
 * that would make any tensor non-finite leaves all state exactly as it was,
 * on every backend, without a readback. The counts fuse into the AdamW
 * kernels; the guard adds one small elementwise kernel per update (the new
 * value must be complete before ok is known) and a reduction over the counts.
 */
function guardUpdates(b: GraphBuilder, writes: readonly { target: string; value: NodeId; old: NodeId }[], scalars: readonly NodeId[]): void {
  if (writes.length === 0) return; // nothing to guard (a model without weights)
  const bad = (x: NodeId): NodeId => b.where(b.binary('le', b.unary('abs', x), lit(F32_MAX)), lit(0), lit(1));
  const counts = writes.map((w) => {
    const rank = b.shape(w.value).length;
    return b.reshape(rank ? b.sum(bad(w.value), [...Array(rank).keys()]) : bad(w.value), [1]);
  });
  const perTensor = counts.length === 1 ? counts[0]! : b.concat(counts, 0);
  let total = b.sum(perTensor, [0], false);
  for (const s of scalars) total = b.add(total, bad(s));
  const ok = b.binary('eq', total, lit(0));
  b.output(UPDATE_CHECK_OUTPUT, perTensor);
  for (const w of writes) b.update(w.target, b.where(ok, w.value, w.old));
}

/** The loss graph extended with the gradient of every weight, as outputs `grad.<name>` (for `loom eval --grads`). */
export function buildLossAndGrads(lossGraph: Graph, lossOutput = 'loss'): Graph {
  const b = GraphBuilder.from(lossGraph);
  const loss = lossGraph.outputs.find((o) => o.name === lossOutput);
  if (!loss) throw new Error(`the graph has no output named "${lossOutput}"`);
  const weights = lossGraph.nodes.filter((n) => n.op === 'param' && (n.attrs as OpAttrs['param']).role === 'weight');
  const grads = gradients(b, loss.node, weights.map((w) => w.id));
  for (const w of weights) b.output(`${GRAD_PREFIX}${(w.attrs as OpAttrs['param']).name}`, grads.get(w.id)!);
  return b.build();
}
