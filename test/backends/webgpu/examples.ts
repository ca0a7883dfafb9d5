// Every dsl-example (dsl-examples/*.loom) at a small configuration, as the
// graphs a backend runs (forward, loss + gradients, train step), with its
// initial state and deterministic feeds; plus the tolerance rule and the
// comparison against the reference backend that every backend's numerics
// test uses (test/backends/{js,webgpu}/numerics.test.ts).
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { OptimizerConfig } from '../../../compiler/autodiff/optimizer.ts';
import { defaultOptimizer } from '../../../compiler/autodiff/optimizer.ts';
import { buildLossAndGrads } from '../../../compiler/autodiff/train-step.ts';
import type { Graph, OpAttrs } from '../../../compiler/graph/types.ts';
import type { Session, StateMap } from '../../../runtime/backend.ts';
import { referenceBackend } from '../../../runtime/backends/reference.ts';
import { modelInfo } from '../../../compiler/elaborate/elaborate.ts';
import { compileLanguageModel, loadOrThrow } from '../../../compiler/model.ts';
import { initialState } from '../../../runtime/train.ts';

const examplesDir = resolve(import.meta.dirname, '..', '..', '..', 'dsl-examples');

/** Small enough for lavapipe and the interpreter to run every graph in well under a second. */
export const SMALL_CONFIG = { dim: 16, depth: 1, heads: 2, ctx: 8 } as const;
export const SMALL_BATCH = 2;

/**
 * A short schedule so the steps tested are past warmup's tiny rates, with
 * clipping on: every part of the optimizer (schedule, clip, AdamW) is exercised.
 */
export const TEST_OPTIMIZER: OptimizerConfig = { ...defaultOptimizer, warmupSteps: 1, totalSteps: 10 };

export interface ExampleGraphs {
  forward: Graph;
  loss: Graph;
  /** The loss graph plus `grad.<weight>` outputs. */
  grads: Graph;
  train: Graph;
}

export interface ExampleModel {
  /** File name without `.loom`, e.g. `gpt`. */
  name: string;
  file: string;
  graphs: ExampleGraphs;
  /** Initial weights (seed 1) and zero optimizer slots. */
  state: StateMap;
  vocab: number;
  batch: number;
  ctx: number;
}

export function exampleFiles(): string[] {
  return readdirSync(examplesDir).filter((f) => f.endsWith('.loom')).sort().map((f) => join(examplesDir, f));
}

/** The keys of SMALL_CONFIG that `file`'s model declares (a spiking MLP has no `heads`). */
function smallConfigFor(file: string): Record<string, number> {
  const declared = new Set(modelInfo(loadOrThrow(file)).hyper.map((h) => h.name));
  return Object.fromEntries(Object.entries(SMALL_CONFIG).filter(([key]) => declared.has(key)));
}

export function loadExample(file: string): ExampleModel {
  const m = compileLanguageModel(file, { config: smallConfigFor(file), batch: SMALL_BATCH, optimizer: TEST_OPTIMIZER, forwardBatch: SMALL_BATCH });
  return {
    name: file.replace(/^.*\//, '').replace(/\.loom$/, ''),
    file,
    graphs: { forward: m.graphs.forward, loss: m.graphs.loss, grads: buildLossAndGrads(m.graphs.loss), train: m.graphs.train },
    state: initialState(m, 1),
    vocab: Number(m.config.vocab ?? 256),
    batch: m.shapes.batch,
    ctx: m.shapes.ctx,
  };
}

/** Token ids in [0, vocab), deterministic per seed (a small LCG; any spread of ids will do). */
export function tokenIds(count: number, vocab: number, seed: number): Float32Array {
  let s = seed >>> 0;
  return Float32Array.from({ length: count }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % vocab;
  });
}

/** Inputs of the loss (and train step, with `step`) for one batch. */
export function lossInputs(m: ExampleModel, seed: number, step?: number): Map<string, Float32Array> {
  const n = m.batch * m.ctx;
  const inputs = new Map([['tokens', tokenIds(n, m.vocab, seed)], ['targets', tokenIds(n, m.vocab, seed + 1)]]);
  if (step !== undefined) inputs.set('step', Float32Array.of(step));
  return inputs;
}

/**
 * The comparison every test makes: max |got − ref| / max(max |ref|, 1e-4).
 * Relative to the tensor's scale, so large and small tensors are held to the
 * same standard; the floor keeps analytically-zero tensors (float noise
 * around 0) from demanding exact zeros. Elements `skip` names still set the
 * scale but are not compared (a rule of their own holds them).
 */
export function relativeError(got: ArrayLike<number>, ref: ArrayLike<number>, skip?: (i: number) => boolean): number {
  if (got.length !== ref.length) return Infinity;
  let maxRef = 0;
  let maxErr = 0;
  for (let i = 0; i < ref.length; i++) {
    maxRef = Math.max(maxRef, Math.abs(ref[i]!));
    if (skip?.(i)) continue;
    const err = Math.abs(got[i]! - ref[i]!);
    // NaN anywhere must fail, and `Math.max(x, NaN)` would hide it.
    maxErr = Number.isNaN(err) ? Infinity : Math.max(maxErr, err);
  }
  return maxErr / Math.max(maxRef, 1e-4);
}

export const TOLERANCE = 1e-4;

/** Inputs of `graph` for one batch: the loss inputs it declares (the forward graph takes only tokens). */
export function graphInputs(m: ExampleModel, graph: keyof ExampleGraphs, seed: number): Map<string, Float32Array> {
  const all = lossInputs(m, seed, graph === 'train' ? TRAIN_STEP : undefined);
  const names = new Set(m.graphs[graph].nodes.filter((n) => n.op === 'input').map((n) => (n.attrs as OpAttrs['input']).name));
  return new Map([...all].filter(([name]) => names.has(name)));
}

/** The 0-based step the train-step comparison runs: past warmup (TEST_OPTIMIZER), so the rate is the full lr. */
export const TRAIN_STEP = 1;

/**
 * A weight whose reference gradient is below this fraction of the largest
 * gradient entry of the model is treated as analytically zero (see
 * compareWithReference).
 */
export const ZERO_GRADIENT = 1e-6;

export interface Comparison {
  graph: keyof ExampleGraphs | 'state';
  /** Output name, or state entry name after the train step. */
  name: string;
  /**
   * 'relative': relativeError(got, ref) ≤ TOLERANCE. 'zero-gradient': a
   * weight with an analytically zero gradient, held to the AdamW step bound
   * instead (error = max |Δp| / bound, must be ≤ 1).
   */
  rule: 'relative' | 'zero-gradient';
  error: number;
  ok: boolean;
}

export interface NumericsReport {
  example: string;
  comparisons: Comparison[];
  /** Weights compared by the zero-gradient rule. */
  zeroGradient: string[];
}

/**
 * Runs an example's forward graph, grads graph (loss + every grad.*) and
 * one train step (outputs, then every param AND optimizer slot) on
 * `session` and on the reference backend, from the same initial state and
 * inputs, and compares them.
 *
 * Every tensor must satisfy relativeError ≤ TOLERANCE, with one exception:
 * a weight whose gradient is analytically zero (attention key biases:
 * softmax is shift-invariant, so adding the same amount to every key's score
 * changes nothing). Its computed gradient is pure float noise, different on
 * every backend, and AdamW normalises it: m̂/(√v̂ + ε) is ±1-sized whatever
 * the noise's scale, so the weight moves by up to ±lr in a direction that is
 * noise too, and no two correct backends agree. Such a weight is recognised
 * by its REFERENCE gradient (max |g| < ZERO_GRADIENT · the largest |g| of
 * the model), and after the train step it is held to what AdamW guarantees
 * instead: from zero optimizer slots |m̂/√v̂| ≤ 1 at every step t (it is
 * (1−β1)/(1−β1^t) / √((1−β2)/(1−β2^t)), which is 1 at t = 1 and decreases),
 * the scheduled rate never exceeds the peak lr, and decoupled weight decay
 * moves p by at most lr·wd·|p|, so |Δp| ≤ lr·(1 + wd·|p|), checked with a
 * relative slack of 1e-3 plus one f32 rounding of p. Its optimizer slots are
 * still compared by the relative rule: m and v of noise are tiny, far below
 * relativeError's 1e-4 floor, so they must just stay tiny. The same holds
 * element by element: an entry of a weight whose reference gradient is below
 * that threshold (gla's output head: the rows of tokens no target names have
 * gradients of 1e-8 of the largest, where AdamW's ε makes the step's size
 * depend on the noise) is held to the bound, the rest of the weight to the
 * relative rule.
 */
export async function compareWithReference(
  m: ExampleModel,
  createSession: (graphs: Readonly<Record<string, Graph>>, state: StateMap) => Promise<Session>,
): Promise<NumericsReport> {
  const copy = (s: StateMap): StateMap => new Map([...s].map(([k, v]) => [k, Float32Array.from(v)]));
  const graphs = m.graphs as unknown as Readonly<Record<string, Graph>>;
  const session = await createSession(graphs, copy(m.state));
  const reference = await referenceBackend.createSession(graphs, copy(m.state));
  const comparisons: Comparison[] = [];
  const relative = (graph: Comparison['graph'], name: string, got: Float32Array | undefined, ref: Float32Array): void => {
    const error = got ? relativeError(got, ref) : Infinity;
    comparisons.push({ graph, name, rule: 'relative', error, ok: error <= TOLERANCE });
  };
  let refGrads = new Map<string, Float32Array>();
  try {
    for (const graph of ['forward', 'grads', 'train'] as const) {
      const inputs = graphInputs(m, graph, 3);
      const ref = await reference.run(graph, inputs);
      const got = await session.run(graph, inputs);
      for (const [name, value] of ref) relative(graph, name, got.get(name), value);
      if (graph === 'grads') refGrads = ref;
    }
    const maxAbs = (a: Float32Array): number => a.reduce((mx, v) => Math.max(mx, Math.abs(v)), 0);
    const globalMax = Math.max(...[...refGrads].filter(([k]) => k.startsWith('grad.')).map(([, g]) => maxAbs(g)));
    // Only weights the optimizer steps: one the train step sets by a rule of its own (update_state: a routing bias) is compared by value.
    const stepped = new Set(m.graphs.train.updates.map((u) => u.target).filter((t) => t.startsWith('optim.m.')).map((t) => t.slice('optim.m.'.length)));
    const gotState = await session.readState();
    const refState = await reference.readState();
    const { lr, weightDecay } = TEST_OPTIMIZER;
    for (const [name, ref] of refState) {
      const got = gotState.get(name);
      const grad = refGrads.get(`grad.${name}`);
      if (!got || !grad || !stepped.has(name)) {
        relative('state', name, got, ref);
        continue;
      }
      // Element by element: one whose reference gradient is (analytically) zero — a whole key bias,
      // or an output-head entry of a token no target names — is held to the step bound, the rest
      // to the relative rule (over the weight's largest |value|, as relativeError).
      const before = m.state.get(name)!;
      const zero = (i: number) => Math.abs(grad[i]!) < ZERO_GRADIENT * globalMax;
      let bound = 0, zeros = 0;
      for (let i = 0; i < ref.length; i++) {
        if (!zero(i)) continue;
        zeros++;
        const p = Math.abs(before[i]!);
        const moved = Math.abs(got[i]! - before[i]!);
        bound = Number.isNaN(moved) ? Infinity : Math.max(bound, moved / (lr * (1 + weightDecay * p) * (1 + 1e-3) + p * 2 ** -23));
      }
      if (zeros === ref.length) {
        comparisons.push({ graph: 'state', name, rule: 'zero-gradient', error: bound, ok: bound <= 1 });
        continue;
      }
      const error = relativeError(got, ref, zero);
      comparisons.push({ graph: 'state', name, rule: 'relative', error, ok: error <= TOLERANCE && bound <= 1 });
    }
    return { example: m.name, comparisons, zeroGradient: comparisons.filter((c) => c.rule === 'zero-gradient').map((c) => c.name) };
  } finally {
    session.dispose();
    reference.dispose();
  }
}

/** Largest relative error per graph, for the log. */
export function summarize(report: NumericsReport): string {
  const worst = new Map<string, Comparison>();
  for (const c of report.comparisons) {
    if (c.rule !== 'relative') continue;
    const w = worst.get(c.graph);
    if (!w || c.error > w.error) worst.set(c.graph, c);
  }
  const parts = [...worst].map(([g, c]) => `${g} ${c.error.toExponential(2)} (${c.name})`);
  const zeroRule = report.comparisons.filter((c) => c.rule === 'zero-gradient');
  const zero = zeroRule.length > 0 ? `; zero-gradient rule (|Δp| / bound): ${zeroRule.map((c) => `${c.name} ${c.error.toExponential(2)}`).join(', ')}` : '';
  return `${report.example}: max relative error ${parts.join(', ')}${zero}`;
}

/** The comparisons that failed, one line each, for an assertion message. */
export function failures(report: NumericsReport): string[] {
  return report.comparisons.filter((c) => !c.ok).map((c) => `${report.example} ${c.graph} ${c.name}: ${c.rule} error ${c.error}`);
}
