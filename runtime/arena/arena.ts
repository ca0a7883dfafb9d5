// The architecture arena (`loom arena`, docs/arena.md): several example
// models, sized to one parameter budget, each trained from scratch on each
// synthetic task (tasks.ts) at each context length, then scored on held-out
// batches. A run reports accuracy, parameters, training cost (FLOPs of the
// train step under the fusion cost model × steps) and measured time per
// step, so accuracy can be read against sequence length and against cost.
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { STEP_INPUT } from '../../compiler/autodiff/train-step.ts';
import type { OpAttrs } from '../../compiler/graph/types.ts';
import { compileLanguageModel, elaborateOrThrow, loadOrThrow, type ConfigValue } from '../../compiler/model.ts';
import { programStats } from '../../compiler/stats.ts';
import { loadBackend } from '../backend.ts';
import { DataParallelSession } from '../backends/js/data-parallel.ts';
import { ProgressBar, type ProgressStream } from '../progress.ts';
import { initialState } from '../train.ts';
import { scoreBatch, taskBatches, type TaskName } from './tasks.ts';

/** A contestant: an example model, its fixed hyperparameters, and the one it is sized by. */
export interface ArenaModel {
  readonly name: string;
  readonly file: string;
  readonly config: Readonly<Record<string, ConfigValue>>;
  /** The hyperparameter scaled to meet the parameter budget (a width), and the values it may take. */
  readonly knob: string;
  readonly choices: readonly number[];
}

const widths = (step: number, max: number): number[] => Array.from({ length: Math.floor(max / step) }, (_, i) => (i + 1) * step);

/** The arena's models: attention (full, grouped with a window), state-space, gated linear attention, spiking. */
export const ARENA_MODELS: readonly ArenaModel[] = [
  { name: 'gpt', file: 'dsl-examples/gpt.loom', config: { depth: 2, heads: 4 }, knob: 'dim', choices: widths(16, 256) },
  { name: 'gqa-window', file: 'dsl-examples/sliding_window.loom', config: { depth: 2, heads: 4, kv_heads: 2, window: 16 }, knob: 'dim', choices: widths(16, 256) },
  { name: 'mamba', file: 'dsl-examples/mamba.loom', config: { depth: 2 }, knob: 'dim', choices: widths(16, 256) },
  { name: 'gla', file: 'dsl-examples/gla.loom', config: { depth: 2, heads: 4 }, knob: 'dim', choices: widths(16, 256) },
  { name: 'lif', file: 'dsl-examples/lif_scan.loom', config: { depth: 2 }, knob: 'dim', choices: widths(16, 256) },
];

export interface ArenaOptions {
  models: readonly ArenaModel[];
  tasks: readonly TaskName[];
  /** Context lengths (sequence lengths) to train and score at. */
  lengths: readonly number[];
  /** Parameter budget every model is sized to (closest width). */
  params: number;
  steps: number;
  batch: number;
  /** Held-out batches scored per run. */
  evalBatches: number;
  seed: number;
  backend: string;
  /** Threads of each train step on the js backend (data-parallel over the batch); default 1. */
  threads?: number;
  log?: ProgressStream;
}

export interface ArenaRun {
  model: string;
  task: TaskName;
  ctx: number;
  /** The sized hyperparameter's value and the weights it gives. */
  width: number;
  params: number;
  /** Fraction of scored held-out positions predicted right. */
  accuracy: number;
  scored: number;
  /** Train-step FLOPs (fusion cost model) × steps. */
  trainFlops: number;
  /** Median measured milliseconds per train step. */
  msPerStep: number;
  finalLoss: number;
  /** Set when the loss became NaN/Inf: the run stopped there and scores 0. */
  diverged?: number;
}

/** Weights of `model` at width `w` (counted at context `ctx`: learned position tables grow with it). */
export function paramCount(model: ArenaModel, w: number, ctx: number): number {
  const g = elaborateOrThrow(loadOrThrow(model.file), 'forward', { tokens: { shape: [1, ctx], dtype: 'i32' } }, { ...model.config, [model.knob]: w, ctx }).graph;
  return g.nodes
    .filter((n) => n.op === 'param' && (n.attrs as OpAttrs['param']).role === 'weight')
    .reduce((a, n) => a + n.type.shape.reduce((x, d) => x * d, 1), 0);
}

/** The width whose parameter count is closest to the budget (at the longest context), and that count. */
export function sizeModel(model: ArenaModel, params: number, ctx: number): { width: number; params: number } {
  let best = { width: model.choices[0]!, params: paramCount(model, model.choices[0]!, ctx) };
  for (const w of model.choices.slice(1)) {
    const n = paramCount(model, w, ctx);
    if (Math.abs(n - params) < Math.abs(best.params - params)) best = { width: w, params: n };
    if (n > params) break; // counts grow with the width
  }
  return best;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Every model × length × task, in that order; each run trains from freshly initialised weights. */
export async function runArena(o: ArenaOptions): Promise<ArenaRun[]> {
  const log = o.log ?? process.stderr;
  const backend = await loadBackend(o.backend);
  const longest = Math.max(...o.lengths);
  const runs: ArenaRun[] = [];
  const total = o.models.length * o.lengths.length * o.tasks.length;
  for (const model of o.models) {
    const size = sizeModel(model, o.params, longest);
    log.write(`arena: ${model.name} at ${model.knob} ${size.width}: ${size.params.toLocaleString('en-US')} weights (budget ${o.params.toLocaleString('en-US')})\n`);
    for (const ctx of o.lengths) {
      const threads = o.backend === 'js' && (o.threads ?? 1) > 1 && o.batch % o.threads! === 0 ? o.threads! : 1;
      const m = compileLanguageModel(model.file, {
        config: { ...model.config, [model.knob]: size.width, ctx },
        batch: o.batch,
        forwardBatch: o.batch,
        optimizer: { ...defaultOptimizer, totalSteps: o.steps, warmupSteps: Math.min(defaultOptimizer.warmupSteps, Math.floor(o.steps / 10)) },
        ...(threads > 1 ? { dataParallel: threads } : {}),
      });
      const stepFlops = programStats(m.graphs.train).fused.flops;
      const vocab = Number(m.config.vocab ?? 256);
      for (const task of o.tasks) {
        const label = `[${runs.length + 1}/${total}] ${model.name} ${task} ctx ${ctx}`;
        const graphs = { train: m.graphs.train, forward: m.graphs.forward, loss: m.graphs.loss };
        const session = m.dataParallel
          ? await DataParallelSession.create(graphs, initialState(m, o.seed), m.dataParallel)
          : await backend.createSession(graphs, initialState(m, o.seed));
        try {
          const next = taskBatches(task, o.batch, ctx, o.seed);
          const bar = new ProgressBar({ total: o.steps, stream: log, label });
          const step = new Float32Array(1);
          const times: number[] = [];
          let loss = NaN;
          let diverged: number | undefined;
          for (let s = 0; s < o.steps; s++) {
            const b = next();
            step[0] = s;
            const t0 = performance.now();
            const out = await session.run('train', new Map([['tokens', b.tokens], ['targets', b.targets], [STEP_INPUT, step]]), ['loss']);
            times.push(performance.now() - t0);
            loss = out.get('loss')![0]!;
            if (!Number.isFinite(loss)) {
              diverged = s + 1;
              break;
            }
            bar.update(s + 1, { loss, tokensPerSec: (o.batch * ctx * times.length) / (times.reduce((a, t) => a + t, 0) / 1000) });
          }
          bar.finish();
          // Held-out batches: another seed's stream of the same task.
          const held = taskBatches(task, o.batch, ctx, o.seed ^ 0x5eed);
          let right = 0;
          let scored = 0;
          for (let e = 0; e < o.evalBatches && diverged === undefined; e++) {
            const b = held();
            const logits = (await session.run('forward', new Map([['tokens', b.tokens]]), ['output'])).get('output')!;
            const [r, n] = scoreBatch(b, argmaxRows(logits, vocab));
            right += r;
            scored += n;
          }
          const run: ArenaRun = {
            model: model.name, task, ctx, width: size.width, params: size.params,
            accuracy: scored > 0 ? right / scored : 0, scored,
            trainFlops: stepFlops * times.length, msPerStep: median(times), finalLoss: loss,
            ...(diverged !== undefined ? { diverged } : {}),
          };
          log.write(`${label}: accuracy ${(run.accuracy * 100).toFixed(1)}% of ${scored} scored positions${diverged ? ` (diverged at step ${diverged})` : ''}, final loss ${loss.toFixed(4)}\n`);
          runs.push(run);
        } finally {
          session.dispose();
        }
      }
    }
  }
  return runs;
}

/** The index of the largest of each row of `width` logits. */
export function argmaxRows(logits: Float32Array, width: number): Int32Array {
  const out = new Int32Array(logits.length / width);
  for (let r = 0; r < out.length; r++) {
    let best = 0;
    for (let j = 1; j < width; j++) if (logits[r * width + j]! > logits[r * width + best]!) best = j;
    out[r] = best;
  }
  return out;
}
