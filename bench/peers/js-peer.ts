// What the in-process JavaScript peers of the comparison (bench/compare.ts)
// share: the interface (TensorFlow.js in tfjs.ts, jax-js in jax.ts) and the
// peer made of one step function (StepPeer), the
// identity check of their first step against loom's, and loom's AdamW
// hyper-parameters written the way both peers apply them.
import { defaultOptimizer, learningRateAt } from '../../compiler/autodiff/optimizer.ts';
import type { LoomCase } from '../compare-cases.ts';
import { identity } from './torch.ts';

export interface JsPeer {
  readonly name: string;
  /**
   * One step from the case's weights and inputs; its outputs under loom's
   * names (`loss`, `grad.<w>`, `logits`; for gpt-train the loss and the
   * first values of every parameter after the step, as the PyTorch peer).
   */
  check(): Promise<Record<string, number[]>>;
  /** One timed step, in ms. */
  step(): Promise<number>;
  dispose(): void;
}

/** A peer whose step is one call of `once` (its outputs under loom's names): check() is that call, step() times it. */
export class StepPeer implements JsPeer {
  constructor(
    readonly name: string,
    private readonly once: () => Record<string, number[]> | Promise<Record<string, number[]>>,
    private readonly release: () => void,
  ) {}

  async check() {
    return this.once();
  }

  async step() {
    const t0 = performance.now();
    await this.once();
    return performance.now() - t0;
  }

  dispose() {
    this.release();
  }
}

/** Outputs must agree to this, relative to the largest |value| of each output (compare.ts's TOLERANCE). */
export const RELATIVE_TOLERANCE = 1e-4;
/** The train step's loss and updated parameters must agree to this, absolute (bench/peers/torch.ts `identity`). */
export const TRAIN_TOLERANCE = 1e-5;

/** How many leading values of each parameter the train step's check reports (as gpt_train_step.py). */
export const PARAM_SAMPLE = 8;

/** The gpt model's shape (gpt.loom's config). */
export interface GptSpec { vocab: number; ctx: number; dim: number; depth: number; heads: number }

export function gptSpec(c: LoomCase): GptSpec {
  const s = c.spec as Record<string, number>;
  return { vocab: s.vocab!, ctx: s.ctx!, dim: s.dim!, depth: s.depth!, heads: s.heads! };
}

/**
 * The scalars of AdamW step `step` (0-based) with loom's default
 * hyper-parameters, computed in double as PyTorch's AdamW computes them:
 * p ← p·(1 − lr·wd) − (lr / (1 − β1^t)) · m / (√v / √(1 − β2^t) + ε).
 */
export function adamWScalars(step: number) {
  const o = defaultOptimizer;
  const t = step + 1;
  const lr = learningRateAt(step, o);
  return { ...o, lr, decay: 1 - lr * o.weightDecay, stepSize: lr / (1 - o.beta1 ** t), sqrtCorr2: Math.sqrt(1 - o.beta2 ** t) };
}

/** Global-norm clipping's factor, as torch.nn.utils.clip_grad_norm_ (and loom's train step): min(1, clip / (‖g‖ + 1e-6)). */
export const clipScale = (norm: number): number => Math.min(1, defaultOptimizer.clipNorm / (norm + 1e-6));

/** Decoupled weight decay only on matrices and embeddings (loom's default `decays`). */
export const decays = (shape: readonly number[]): boolean => shape.length >= 2;

/** max |a − b| / max(max |b|, 1e-4) over the names the peer reports (compare.ts `distance`). */
export function relativeDistance(mine: ReadonlyMap<string, Float32Array>, theirs: Record<string, number[]>): { worst: number; at: string } {
  let worst = 0;
  let at = '';
  for (const [name, want] of Object.entries(theirs)) {
    const got = mine.get(name);
    if (!got) throw new Error(`the peer reports "${name}", which loom's case does not compute`);
    let maxRef = 1e-4;
    let maxErr = 0;
    want.forEach((w, i) => {
      maxRef = Math.max(maxRef, Math.abs(w));
      maxErr = Math.max(maxErr, Math.abs(got[i]! - w));
    });
    const e = maxErr / maxRef;
    if (!(e <= worst) || at === '') [worst, at] = [e, name];
  }
  return { worst, at };
}

/**
 * Checks a peer's first step (any peer: PyTorch, ONNX Runtime, the JS ones)
 * against loom's outputs of the same step;
 * returns the identity column's text, or throws naming the output that differs.
 */
export function checkIdentity(c: LoomCase, loomOut: ReadonlyMap<string, Float32Array>, theirs: Record<string, number[]>): string {
  if (c.torchCase === 'gpt-train') {
    const { loss, ...params } = theirs;
    const id = identity(loomOut.get('loss')![0]!, loomOut, { loss: loss![0]!, params });
    if (!(id.loss <= TRAIN_TOLERANCE && id.params <= TRAIN_TOLERANCE)) {
      throw new Error(`identity check failed: loss differs by ${id.loss.toExponential(1)}, parameters by ${id.params.toExponential(1)}${id.at ? ` (${id.at})` : ''}`);
    }
    return `loss ${id.loss.toExponential(1)}, params ${id.params.toExponential(1)} (abs.)`;
  }
  const d = relativeDistance(loomOut, theirs);
  if (!(d.worst <= RELATIVE_TOLERANCE)) throw new Error(`identity check failed: ${d.at} differs by ${d.worst.toExponential(2)} (relative)`);
  return `${d.worst.toExponential(1)} (${d.at})`;
}
