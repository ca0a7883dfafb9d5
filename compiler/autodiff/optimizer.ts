// AdamW with decoupled weight decay, global-norm gradient clipping and a
// warmup + cosine learning-rate schedule, all expressed in graph IR so that
// fusion (and every backend) covers the optimizer as well as the model.
import { lit, type GraphBuilder } from '../graph/builder.ts';
import type { NodeId, Shape } from '../graph/types.ts';

export interface OptimizerConfig {
  /** Peak learning rate, reached at the end of warmup. */
  lr: number;
  /** Learning rate at the end of the cosine decay. */
  minLr: number;
  warmupSteps: number;
  /** Steps over which the cosine decays from lr to minLr. */
  totalSteps: number;
  beta1: number;
  beta2: number;
  eps: number;
  weightDecay: number;
  /** Gradients are scaled so their global L2 norm is at most this; 0 disables clipping. */
  clipNorm: number;
  /** Which params get weight decay; by default matrices and embeddings (rank ≥ 2), not biases or gains. */
  decays?: (name: string, shape: Shape) => boolean;
  /**
   * Guard the update (compiler/autodiff/train-step.ts): a step whose new
   * weights or slots hold any NaN/Inf leaves all state as it was, and the
   * output `update_nonfinite` says which tensors went bad. Off by default in
   * the compiler (`loom stats`, `loom compile` show the plain step); `loom
   * train` turns it on unless `--nan-check off`.
   */
  nanCheck?: boolean;
}

export const defaultOptimizer: OptimizerConfig = {
  lr: 3e-3,
  minLr: 3e-4,
  warmupSteps: 20,
  totalSteps: 1000,
  beta1: 0.9,
  beta2: 0.95,
  eps: 1e-8,
  weightDecay: 0.1,
  clipNorm: 1.0,
};

/** Names of the optimizer's persistent slots for a weight. */
export const slotName = (slot: 'm' | 'v', param: string): string => `optim.${slot}.${param}`;

const toScalar = (b: GraphBuilder, x: NodeId): NodeId => b.reshape(x, []);

/** lr(step) for a 0-based step: linear warmup to `lr`, then cosine to `minLr`. */
export function learningRate(b: GraphBuilder, step: NodeId, o: OptimizerConfig): NodeId {
  const warm = Math.max(1, o.warmupSteps);
  const warmup = b.mul(b.add(step, lit(1)), lit(o.lr / warm));
  const span = Math.max(1, o.totalSteps - o.warmupSteps);
  const progress = b.binary('min', b.binary('max', b.div(b.sub(step, lit(o.warmupSteps)), lit(span)), lit(0)), lit(1));
  const cosine = b.add(b.mul(b.add(b.unary('cos', b.mul(progress, lit(Math.PI))), lit(1)), lit(0.5 * (o.lr - o.minLr))), lit(o.minLr));
  return b.where(b.binary('lt', step, b.constant(o.warmupSteps)), warmup, cosine);
}

/**
 * learningRate's schedule as a plain number, for messages and comparisons (the
 * graph computes the same formula in f32).
 */
export function learningRateAt(step: number, o: Pick<OptimizerConfig, 'lr' | 'minLr' | 'warmupSteps' | 'totalSteps'>): number {
  if (step < o.warmupSteps) return (step + 1) * (o.lr / Math.max(1, o.warmupSteps));
  const span = Math.max(1, o.totalSteps - o.warmupSteps);
  const progress = Math.min(Math.max((step - o.warmupSteps) / span, 0), 1);
  return (Math.cos(progress * Math.PI) + 1) * (0.5 * (o.lr - o.minLr)) + o.minLr;
}

/** The global L2 norm of all gradients, as a scalar. */
export function globalNorm(b: GraphBuilder, grads: readonly NodeId[]): NodeId {
  let total: NodeId | undefined;
  for (const g of grads) {
    const rank = b.shape(g).length;
    const sq = b.mul(g, g);
    const s = toScalar(b, rank ? b.sum(sq, [...Array(rank).keys()]) : sq);
    total = total === undefined ? s : b.add(total, s);
  }
  return b.unary('sqrt', total ?? b.constant(0));
}

export interface AdamWUpdate {
  param: NodeId;
  m: NodeId;
  v: NodeId;
  /** The values before the step: the weight and the two slot params. */
  old: { param: NodeId; m: NodeId; v: NodeId };
}

/**
 * One AdamW step for every weight. `t` is the 1-based step as a scalar, used
 * for bias correction; `scale` multiplies every gradient (clipping).
 */
export function adamW(
  b: GraphBuilder,
  weights: readonly { name: string; node: NodeId; grad: NodeId }[],
  lr: NodeId,
  t: NodeId,
  scale: NodeId | undefined,
  o: OptimizerConfig,
): Map<string, AdamWUpdate> {
  const decays = o.decays ?? ((_: string, shape: Shape) => shape.length >= 2);
  // 1 − β^t computed as 1 − exp(t·ln β): needs only exp, which every target has.
  const corr1 = b.sub(lit(1), b.unary('exp', b.mul(t, lit(Math.log(o.beta1)))));
  const corr2 = b.sub(lit(1), b.unary('exp', b.mul(t, lit(Math.log(o.beta2)))));
  const stepSize = b.div(lr, corr1);
  const sqrtCorr2 = b.unary('sqrt', corr2);
  const out = new Map<string, AdamWUpdate>();
  for (const w of weights) {
    const shape = b.shape(w.node);
    const g = scale === undefined ? w.grad : b.mul(w.grad, scale);
    const m0 = b.param(slotName('m', w.name), shape, { kind: 'zeros' }, 'state');
    const v0 = b.param(slotName('v', w.name), shape, { kind: 'zeros' }, 'state');
    const m = b.add(b.mul(m0, lit(o.beta1)), b.mul(g, lit(1 - o.beta1)));
    const v = b.add(b.mul(v0, lit(o.beta2)), b.mul(b.mul(g, g), lit(1 - o.beta2)));
    // PyTorch's form: p ← p·(1 − lr·wd) − (lr / (1 − β1^t)) · m / (√v / √(1 − β2^t) + ε)
    const denom = b.add(b.div(b.unary('sqrt', v), sqrtCorr2), lit(o.eps));
    const decayed = decays(w.name, shape) && o.weightDecay > 0 ? b.mul(w.node, b.sub(lit(1), b.mul(lr, lit(o.weightDecay)))) : w.node;
    const param = b.sub(decayed, b.mul(b.div(m, denom), stepSize));
    out.set(w.name, { param, m, v, old: { param: w.node, m: m0, v: v0 } });
  }
  return out;
}
