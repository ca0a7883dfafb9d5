// The training loop: seeded init (or resume), batches from a byte corpus, the
// train-step program on a backend, validation, atomic checkpoints, a progress
// bar, and a loss curve written as SVG and Markdown.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { OptimizerConfig } from '../compiler/autodiff/optimizer.ts';
import { STEP_INPUT } from '../compiler/autodiff/train-step.ts';
import type { OpAttrs } from '../compiler/graph/types.ts';
import { loadBackend, type Session, type StateMap } from './backend.ts';
import { checkCompatible, loadCheckpoint, saveCheckpoint } from './checkpoint.ts';
import { BatchSampler, fixedBatches, loadText, splitTrainVal } from './data.ts';
import { compileLanguageModel, type CompiledLanguageModel, type ConfigValue } from './model.ts';
import { lossCurveSvg, markdownTable } from './plot.ts';
import { ProgressBar } from './progress.ts';
import { initParams } from './reference/interpreter.ts';

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
  history: { step: number; train?: number; val?: number }[];
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
  const compiled = compileLanguageModel(o.file, { config: o.config, batch: o.batch, ctx: o.ctx, optimizer: { ...o.optimizer, totalSteps: o.optimizer.totalSteps || o.steps } });
  const { batch, ctx } = compiled.shapes;
  const vocab = Number(compiled.config.vocab ?? 256);
  if (vocab < 256) throw new TrainingError(`${o.file}: a byte-level model needs vocab ≥ 256, but vocab = ${vocab}`);

  let state = initialState(compiled, o.seed);
  let startStep = 0;
  if (o.resume) {
    const ckpt = loadCheckpoint(o.resume);
    const expected = new Map([...state].map(([name, v]) => [name, shapeOfState(compiled, name) ?? [v.length]]));
    checkCompatible(ckpt, expected);
    state = new Map([...ckpt.params, ...ckpt.optimizerState].map(([name, t]) => [name, t.data]));
    startStep = ckpt.step;
    log.write(`resumed from ${o.resume} at step ${startStep}\n`);
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
  const endStep = Math.min(o.steps, o.stopAt ?? o.steps);
  const backend = await loadBackend(o.backend);
  const session = await backend.createSession(compiled.graphs, state);
  const nParams = compiled.weights.reduce((acc, w) => acc + w.shape.reduce((a, d) => a * d, 1), 0);
  log.write(`${compiled.model}: ${nParams.toLocaleString('en-US')} params · batch ${batch} × ctx ${ctx} · ${o.steps} steps · backend ${backend.name}\n`);

  const validate = async (): Promise<number> => {
    let total = 0;
    for (const b of valSet) {
      const out = await session.run('loss', new Map([['tokens', b.tokens], ['targets', b.targets]]), ['loss']);
      total += out.get('loss')![0]!;
    }
    return total / valSet.length;
  };

  const history: TrainReport['history'] = [];
  const initialValLoss = await validate();
  history.push({ step: startStep, val: initialValLoss });
  const bar = new ProgressBar({ total: endStep, stream: log, label: 'train', start: startStep });
  bar.log(`step ${startStep}: val loss ${initialValLoss.toFixed(4)}`);

  const stepInput = new Float32Array(1);
  let trainSeconds = 0;
  let trainTokens = 0;
  let finalValLoss = initialValLoss;
  for (let step = startStep; step < endStep; step++) {
    const b = sampler.next();
    stepInput[0] = step;
    const t0 = performance.now();
    const out = await session.run('train', new Map([['tokens', b.tokens], ['targets', b.targets], [STEP_INPUT, stepInput]]), ['loss', 'grad_norm', 'lr']);
    trainSeconds += (performance.now() - t0) / 1000;
    trainTokens += batch * ctx;
    const loss = out.get('loss')![0]!;
    const gradNorm = out.get('grad_norm')![0]!;
    if (!Number.isFinite(loss) || !Number.isFinite(gradNorm)) {
      bar.finish();
      throw new TrainingError(
        `training diverged at step ${step}: loss = ${loss}, grad norm = ${gradNorm}, lr = ${out.get('lr')![0]}.` +
          (o.out && fs.existsSync(o.out) ? ` The last good checkpoint is ${o.out}.` : '') +
          ' Try a lower --lr.',
      );
    }
    history.push({ step: step + 1, train: loss });
    bar.update(step + 1, { loss, tokensPerSec: trainTokens / trainSeconds });
    const last = step + 1 === endStep;
    if ((step + 1) % o.evalEvery === 0 || last) {
      finalValLoss = await validate();
      history.push({ step: step + 1, val: finalValLoss });
      bar.log(`step ${step + 1}: val loss ${finalValLoss.toFixed(4)}`);
    }
    if (o.out && (last || (o.checkpointEvery && (step + 1) % o.checkpointEvery === 0))) {
      await writeCheckpoint(o.out, session, compiled, step + 1);
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
}

function shapeOfState(m: CompiledLanguageModel, name: string): number[] | undefined {
  const n = m.graphs.train.nodes.find((x) => x.op === 'param' && (x.attrs as OpAttrs['param']).name === name);
  return n ? [...n.type.shape] : undefined;
}

async function writeCheckpoint(file: string, session: Session, m: CompiledLanguageModel, step: number): Promise<void> {
  const state = await session.readState();
  const params = new Map<string, { shape: number[]; data: Float32Array }>();
  const optimizerState = new Map<string, { shape: number[]; data: Float32Array }>();
  for (const [name, data] of state) {
    const entry = { shape: shapeOfState(m, name) ?? [data.length], data };
    (name.startsWith('optim.') ? optimizerState : params).set(name, entry);
  }
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  saveCheckpoint(file, { params, optimizerState, step, config: m.config, modelFile: m.program.entry });
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
  fs.writeFileSync(path.join(dir, 'summary.md'), `# Training run\n\n${table}\n\n![loss](loss.svg)\n`);
}
