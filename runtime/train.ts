// The training loop: seeded init (or resume), batches from a byte corpus, the
// train-step program on a backend, validation, atomic checkpoints, a progress
// bar, and a loss curve written as SVG and Markdown.
//
// Order of work: compile, check the memory budget (runtime/memory-budget.ts),
// load the checkpoint and check the steps against it, then allocate the state.
//
// Divergence: with `nanCheck` (the default) the train step is compiled with
// guarded updates (compiler/autodiff/train-step.ts): a step whose loss, grad
// norm or any new weight or optimizer slot is NaN/Inf commits nothing, and its
// per-tensor counts name the first bad tensor; the loop reads them with the
// loss every step and stops with the weights of the last good step, before
// anything is checkpointed. Independently of that, a checkpoint is written
// only after the state read back for it is checked to be finite, so the last
// good checkpoint is never overwritten by a diverged run (also with
// `nanCheck: false`, which skips the per-step check for benchmarks).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type OptimizerConfig } from '../compiler/autodiff/optimizer.ts';
import { DataParallelError, STEP_INPUT, UPDATE_CHECK_OUTPUT } from '../compiler/autodiff/train-step.ts';
import type { Graph, OpAttrs } from '../compiler/graph/types.ts';
import type { ScanMemoryOptions } from '../compiler/graph/ops/scan-vjp.ts';
import { loadBackend, type Session, type StateMap } from './backend.ts';
import { DataParallelSession } from './backends/js/data-parallel.ts';
import { checkCompatible, loadCheckpoint, saveCheckpoint, type TrainingSettings } from './checkpoint.ts';
import { BatchSampler, fixedBatches, loadText, splitTrainVal } from './data.ts';
import { compileLanguageModel, type CompiledLanguageModel, type ConfigValue } from '../compiler/model.ts';
import { checkMemoryBudget, estimateMemory } from './memory-budget.ts';
import { lossCurveSvg, markdownTable } from './plot.ts';
import { ProgressBar } from './progress.ts';
import { initParams } from './reference/interpreter.ts';
import { resumeWarnings } from './resume.ts';
import { formatStats, StatMeans, type Stats, statsTable } from './stats.ts';

export interface TrainOptions {
  file: string;
  config?: Record<string, ConfigValue>;
  data?: string;
  steps: number;
  batch: number;
  ctx?: number;
  optimizer: OptimizerConfig;
  seed: number;
  backend: string;
  /** Evaluate validation loss every this many steps (and at the start and end). */
  evalEvery: number;
  evalBatches: number;
  /** Pause after this step (the schedule still spans `steps`); resume later with `resume`. */
  stopAt?: number;
  /** Checkpoint path; also written every `checkpointEvery` steps. */
  out?: string;
  checkpointEvery?: number;
  resume?: string;
  /** Folder for loss.svg and summary.md. */
  reportDir?: string;
  /**
   * Check every step's update for NaN/Inf before it is committed (default
   * true; `--nan-check off` sets false, for benchmarks). See the file comment.
   */
  nanCheck?: boolean;
  /**
   * Fail before allocating anything when the train step (state, results,
   * activations) and validation need more than this many bytes
   * (`--memory-budget`). Default: defaultMemoryBudget(), three quarters of
   * physical memory.
   */
  memoryBudgetBytes?: number;
  /** Whether scan backprop stores or recomputes states (`--scan-memory`, docs/scan.md); default auto. */
  scanMemory?: ScanMemoryOptions;
  /**
   * Threads of the js backend's train step (data-parallel: the batch is
   * split, runtime/backends/js/data-parallel.ts). Default 1. Ignored on other
   * backends; falls back to 1, saying why, when the batch does not divide or
   * the model updates weights inside its loss.
   */
  threads?: number;
  log?: NodeJS.WritableStream;
}

export interface TrainReport {
  model: string;
  steps: number;
  params: number;
  initialValLoss: number;
  finalValLoss: number;
  tokensPerSec: number;
  seconds: number;
  /**
   * Validation entries carry the statistics the model marks (`stat(x, name)`,
   * e.g. each spiking layer's spike rate): `stats` over the validation
   * batches, `trainStats` averaged over the train steps since the previous
   * validation.
   */
  history: { step: number; train?: number; val?: number; stats?: Stats; trainStats?: Stats }[];
  compiled: CompiledLanguageModel;
  session: Session;
}

export class TrainingError extends Error {}

/** Weights from their initialisers, optimizer slots zero: the state a fresh run starts from. */
export function initialState(m: CompiledLanguageModel, seed: number): StateMap {
  const values = initParams(m.graphs.train, seed);
  const state: StateMap = new Map();
  for (const [name, v] of values) state.set(name, v instanceof Float32Array ? v : Float32Array.from(v));
  return state;
}

export async function train(o: TrainOptions): Promise<TrainReport> {
  const log = o.log ?? process.stderr;
  if (!Number.isSafeInteger(o.steps) || o.steps < 1) throw new TrainingError(`steps must be a positive integer, got ${o.steps}`);
  const nanCheck = o.nanCheck ?? true;
  const optimizer: OptimizerConfig = { ...o.optimizer, totalSteps: o.optimizer.totalSteps || o.steps, nanCheck };
  const compiled = compileTrainedModel(o, optimizer, log);
  const { batch, ctx } = compiled.shapes;
  const vocab = Number(compiled.config.vocab ?? 256);
  if (vocab < 256) throw new TrainingError(`${o.file}: a byte-level model needs vocab ≥ 256, but vocab = ${vocab}`);
  checkMemoryBudget(estimateMemory([compiled.graphs.train, compiled.graphs.loss]), o.memoryBudgetBytes, 'training (the train step and validation)');

  const settings = trainingSettings(optimizer, batch, ctx, o.seed);
  const endStep = Math.min(o.steps, o.stopAt ?? o.steps);
  let state: StateMap;
  let startStep = 0;
  /** The checkpoint file at o.out and the step it holds, when known. */
  let saved: { step: number } | undefined;
  if (o.resume) {
    const ckpt = loadCheckpoint(o.resume);
    checkCompatible(ckpt, stateShapes(compiled.graphs.train));
    startStep = ckpt.step;
    if (o.steps <= startStep) {
      throw new TrainingError(`${o.resume} is at step ${startStep}: --steps ${o.steps} leaves nothing to train (pass --steps greater than ${startStep} to continue)`);
    }
    if (o.stopAt !== undefined && o.stopAt <= startStep) {
      throw new TrainingError(`${o.resume} is at step ${startStep}: --stop-at ${o.stopAt} leaves nothing to train (it must be greater than ${startStep})`);
    }
    state = new Map([...ckpt.params, ...ckpt.optimizerState].map(([name, t]) => [name, t.data]));
    if (o.out && path.resolve(o.out) === path.resolve(o.resume)) saved = { step: startStep };
    log.write(`resumed from ${o.resume} at step ${startStep}\n`);
    for (const line of resumeWarnings(ckpt.training, settings, startStep, endStep)) log.write(`${line}\n`);
  } else {
    if (endStep < 1) throw new TrainingError(`--stop-at ${o.stopAt} leaves nothing to train (it must be at least 1)`);
    state = initialState(compiled, o.seed);
  }

  const text = loadText(o.data);
  const { train: trainBytes, val: valBytes } = splitTrainVal(text);
  const corpus = o.data ?? 'the Moby-Dick corpus';
  let sampler: BatchSampler;
  let valSet: ReturnType<typeof fixedBatches>;
  try {
    sampler = new BatchSampler(trainBytes, batch, ctx, o.seed);
    valSet = fixedBatches(valBytes, batch, ctx, o.evalBatches);
  } catch (e) {
    throw new TrainingError(`${corpus} (${trainBytes.length} training and ${valBytes.length} validation bytes): ${(e as Error).message}`);
  }
  sampler.skip(startStep); // a resumed run sees exactly the batches an uninterrupted one would
  const backend = await loadBackend(o.backend);
  const session = compiled.dataParallel ? await DataParallelSession.create(compiled.graphs, state, compiled.dataParallel) : await backend.createSession(compiled.graphs, state);
  try {
    const nParams = compiled.weights.reduce((acc, w) => acc + w.shape.reduce((a, d) => a * d, 1), 0);
    const threads = compiled.dataParallel ? ` (${compiled.dataParallel.threads} threads)` : '';
    log.write(`${compiled.model}: ${nParams.toLocaleString('en-US')} params · batch ${batch} × ctx ${ctx} · ${o.steps} steps · backend ${backend.name}${threads}\n`);

    const valStats = new StatMeans(compiled.graphs.loss);
    const trainStats = new StatMeans(compiled.graphs.train);
    const validate = async (): Promise<number> => {
      let total = 0;
      for (const b of valSet) {
        const out = await session.run('loss', new Map([['tokens', b.tokens], ['targets', b.targets]]), ['loss', ...valStats.outputs.map((x) => x.output)]);
        total += out.get('loss')![0]!;
        valStats.add(out);
      }
      return total / valSet.length;
    };

    const history: TrainReport['history'] = [];
    const bar = new ProgressBar({ total: endStep, stream: log, label: 'train', start: startStep });
    /** Records a validation at `step` and logs it, with the statistics when the model marks any. */
    const validated = (step: number, val: number): void => {
      const stats = valStats.take();
      const fromTrain = trainStats.take();
      history.push({ step, val, ...(stats ? { stats } : {}), ...(fromTrain ? { trainStats: fromTrain } : {}) });
      bar.log(`step ${step}: val loss ${val.toFixed(4)}`);
      if (stats) bar.log(`  val: ${formatStats(stats)}`);
      if (fromTrain) bar.log(`  train: ${formatStats(fromTrain)}`);
    };
    const initialValLoss = await validate();
    validated(startStep, initialValLoss);

    /** " and runs/x.safetensors (step 11) was not overwritten", or "" when there is no checkpoint file. */
    const checkpointNote = (): string => {
      if (!o.out || !fs.existsSync(o.out)) return '';
      return ` and ${o.out}${saved ? ` (step ${saved.step})` : ''} was not overwritten`;
    };
    const stepInput = new Float32Array(1);
    const counted = compiled.graphs.train.outputs.some((x) => x.name === UPDATE_CHECK_OUTPUT);
    const wanted = ['loss', 'grad_norm', 'lr', ...(counted ? [UPDATE_CHECK_OUTPUT] : []), ...trainStats.outputs.map((x) => x.output)];
    let trainSeconds = 0;
    let trainTokens = 0;
    let finalValLoss = initialValLoss;
    for (let step = startStep; step < endStep; step++) {
      const b = sampler.next();
      stepInput[0] = step;
      const t0 = performance.now();
      const out = await session.run('train', new Map([['tokens', b.tokens], ['targets', b.targets], [STEP_INPUT, stepInput]]), wanted);
      trainSeconds += (performance.now() - t0) / 1000;
      trainTokens += batch * ctx;
      const loss = out.get('loss')![0]!;
      const gradNorm = out.get('grad_norm')![0]!;
      const figures = `loss ${loss}, grad norm ${gradNorm}, lr ${out.get('lr')![0]}`;
      if (nanCheck) {
        const bad = counted ? firstNonFinite(compiled.graphs.train, out.get(UPDATE_CHECK_OUTPUT)!) : undefined;
        if (bad || !Number.isFinite(loss) || !Number.isFinite(gradNorm)) {
          bar.finish();
          const what = bad
            ? `the update made ${bad.target} non-finite (NaN/Inf in ${bad.count.toLocaleString('en-US')} of ${bad.size.toLocaleString('en-US')} elements; ${figures})`
            : `the ${!Number.isFinite(loss) ? 'loss' : 'grad norm'} is not finite (${figures})`;
          throw new TrainingError(
            `step ${step + 1}: ${what}; the weights stay at step ${step}${checkpointNote()} (lower --lr, or --nan-check off to skip this check)`,
          );
        }
      } else if (!Number.isFinite(loss) || !Number.isFinite(gradNorm)) {
        bar.finish();
        throw new TrainingError(
          `training diverged at step ${step + 1}: ${figures}; the weights may no longer be finite` +
            `${checkpointNote()} (checkpoints are checked for NaN/Inf before they are written). Try a lower --lr` +
            ' (--nan-check on stops at the first bad update, with the weights of the step before)',
        );
      }
      if (step === startStep && session instanceof DataParallelSession && session.fallback) bar.log(`threads: ${session.fallback}`);
      history.push({ step: step + 1, train: loss });
      trainStats.add(out);
      bar.update(step + 1, { loss, tokensPerSec: trainTokens / trainSeconds });
      const last = step + 1 === endStep;
      if ((step + 1) % o.evalEvery === 0 || last) {
        finalValLoss = await validate();
        validated(step + 1, finalValLoss);
      }
      if (o.out && (last || (o.checkpointEvery && (step + 1) % o.checkpointEvery === 0))) {
        const problem = await writeCheckpoint(o.out, session, compiled, step + 1, settings);
        if (problem) {
          bar.finish();
          throw new TrainingError(
            `step ${step + 1}: ${problem.tensor} holds ${problem.value} (element ${problem.element}); the checkpoint was not written` +
              `${checkpointNote()} (lower --lr; with --nan-check on, training stops at the first bad update)`,
          );
        }
        saved = { step: step + 1 };
      }
    }
    bar.finish();
    const report: TrainReport = {
      model: compiled.model,
      steps: endStep,
      params: nParams,
      initialValLoss,
      finalValLoss,
      tokensPerSec: trainSeconds > 0 ? trainTokens / trainSeconds : 0,
      seconds: trainSeconds,
      history,
      compiled,
      session,
    };
    if (o.reportDir) writeReport(o.reportDir, report, backend.name);
    return report;
  } catch (err) {
    session.dispose();
    throw err;
  }
}

/** The compiled model, split for data-parallel threads when asked and possible (else one thread, saying why). */
function compileTrainedModel(o: TrainOptions, optimizer: OptimizerConfig, log: NodeJS.WritableStream): CompiledLanguageModel {
  const base = { config: o.config, batch: o.batch, ctx: o.ctx, optimizer, ...(o.scanMemory ? { scanMemory: o.scanMemory } : {}) };
  const threads = o.threads ?? 1;
  if (threads <= 1 || o.backend !== 'js') return compileLanguageModel(o.file, base);
  try {
    return compileLanguageModel(o.file, { ...base, dataParallel: threads });
  } catch (e) {
    if (!(e instanceof DataParallelError)) throw e;
    log.write(`threads: ${e.message.replace(/^train step: /, '')}; training on one thread\n`);
    return compileLanguageModel(o.file, base);
  }
}

/** The settings stored in checkpoints (see TrainingSettings). */
export function trainingSettings(o: OptimizerConfig, batch: number, ctx: number, seed: number): TrainingSettings {
  return {
    totalSteps: o.totalSteps, warmupSteps: o.warmupSteps, lr: o.lr, minLr: o.minLr,
    beta1: o.beta1, beta2: o.beta2, eps: o.eps, weightDecay: o.weightDecay, clipNorm: o.clipNorm,
    batch, ctx, seed,
  };
}

/**
 * The first update that `update_nonfinite` (entry i is `train.updates[i]`)
 * reports non-finite: its target, how many elements and of how many.
 */
export function firstNonFinite(train: Graph, counts: Float32Array): { target: string; count: number; size: number } | undefined {
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    if (c === 0) continue;
    const u = train.updates[i];
    if (!u) throw new Error(`${UPDATE_CHECK_OUTPUT} has ${counts.length} entries but the train step ${train.updates.length} updates`);
    const size = train.nodes[u.node]!.type.shape.reduce((a, d) => a * d, 1);
    return { target: u.target, count: Number.isFinite(c) ? c : size, size };
  }
  return undefined;
}

/** Every persistent tensor of a graph (weights and optimizer slots) with its shape. */
function stateShapes(g: Graph): Map<string, number[]> {
  const shapes = new Map<string, number[]>();
  for (const n of g.nodes) if (n.op === 'param') shapes.set((n.attrs as OpAttrs['param']).name, [...n.type.shape]);
  return shapes;
}

function shapeOfState(m: CompiledLanguageModel, name: string): number[] | undefined {
  const n = m.graphs.train.nodes.find((x) => x.op === 'param' && (x.attrs as OpAttrs['param']).name === name);
  return n ? [...n.type.shape] : undefined;
}

/**
 * Reads the state back and writes it as a checkpoint, unless a tensor holds
 * NaN/Inf: then nothing is written and the first such value is returned.
 */
async function writeCheckpoint(
  file: string,
  session: Session,
  m: CompiledLanguageModel,
  step: number,
  training: TrainingSettings,
): Promise<{ tensor: string; element: number; value: number } | undefined> {
  const state = await session.readState();
  // In the train step's update order (each weight, then its slots), as the per-step check reports them.
  const order = [...new Set([...m.graphs.train.updates.map((u) => u.target), ...state.keys()])];
  for (const name of order) {
    const data = state.get(name);
    if (!data) continue;
    for (let i = 0; i < data.length; i++) {
      const v = data[i]!;
      if (v - v !== 0) return { tensor: name, element: i, value: v }; // NaN or ±Inf
    }
  }
  const params = new Map<string, { shape: number[]; data: Float32Array }>();
  const optimizerState = new Map<string, { shape: number[]; data: Float32Array }>();
  for (const [name, data] of state) {
    const entry = { shape: shapeOfState(m, name) ?? [data.length], data };
    (name.startsWith('optim.') ? optimizerState : params).set(name, entry);
  }
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  saveCheckpoint(file, { params, optimizerState, step, config: m.config, modelFile: m.program.entry, training });
  return undefined;
}

function writeReport(dir: string, r: TrainReport, backend: string): void {
  fs.mkdirSync(dir, { recursive: true });
  const train = r.history.filter((h) => h.train !== undefined).map((h) => [h.step, h.train!] as [number, number]);
  const val = r.history.filter((h) => h.val !== undefined).map((h) => [h.step, h.val!] as [number, number]);
  fs.writeFileSync(
    path.join(dir, 'loss.svg'),
    lossCurveSvg([{ name: 'train', points: train }, { name: 'validation', points: val }], { title: `${r.model}: loss`, xLabel: 'step', yLabel: 'loss (nats/byte)' }),
  );
  const table = markdownTable(
    ['model', 'backend', 'params', 'steps', 'initial val loss', 'final val loss', 'drop', 'tokens/s'],
    [[r.model, backend, r.params.toLocaleString('en-US'), String(r.steps), r.initialValLoss.toFixed(4), r.finalValLoss.toFixed(4), `${((1 - r.finalValLoss / r.initialValLoss) * 100).toFixed(1)}%`, Math.round(r.tokensPerSec).toLocaleString('en-US')]],
  );
  const vals = r.history.filter((h) => h.val !== undefined);
  const last = vals[vals.length - 1];
  const stats = last?.stats || last?.trainStats ? `\n\n## Statistics\n\nMarked in the model with \`stat(x, name)\` (a spiking layer's spike rate: the fraction of its neurons firing per step).\n\n${statsTable(vals[0]?.stats, last?.stats, last?.trainStats)}` : '';
  fs.writeFileSync(path.join(dir, 'summary.md'), `# Training run\n\n${table}${stats}\n\n![loss](loss.svg)\n`);
}
