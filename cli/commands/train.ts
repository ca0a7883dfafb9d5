// loom train: train a language model from a .loom file on a byte corpus.
import * as path from 'node:path';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { loadBackend } from '../../runtime/backend.ts';
import { cachedModel, createGenerationSession, generate } from '../../runtime/generate.ts';
import { inferencePrograms } from '../../compiler/model.ts';
import { assertFinite } from '../../runtime/finite.ts';
import { readSafetensors } from '../../runtime/safetensors.ts';
import { train, type TrainOptions } from '../../runtime/train.ts';
import {
  choiceFlag, inputFile, intFlag, MAX_CORPUS_BYTES, MAX_SAFETENSORS_BYTES, modelFile, numFlag, outputDir, outputFile, parseConfig,
  sizeFlag, UsageError, type CliIo, type CommandSpec, type ParsedArgs,
} from '../args.ts';
import { ALLOW_NONFINITE, BACKEND, backendFlag, batch, CTX, MEMORY_BUDGET, NONFINITE_HINT, SCAN_MEMORY, scanMemoryFlag, SET, THREADS, threadsFlag } from '../options.ts';

export { threadsFlag } from '../options.ts';
import { describeSampling, SAMPLING, samplingFlags } from './generate.ts';

export const DEFAULT_PROMPT = 'Call me Ishmael. ';
const SEED_MAX = 2 ** 32 - 1;

export const spec: CommandSpec = {
  name: 'train',
  summary: 'Train a language model on a byte corpus (every byte a token). Checkpoints are safetensors, written atomically; ' +
    'runs/<model>/loss.svg and summary.md report the run.',
  synopsis: '<file.loom> [options]',
  positionals: [{ name: '<file.loom>', description: 'the model; it needs forward(tokens) and loss(tokens, targets)' }],
  options: [
    { name: 'data', type: 'option', value: 'FILE', description: 'the training text (default: the Moby-Dick corpus); the last 10% is validation' },
    { name: 'steps', type: 'option', value: 'N', description: 'optimizer steps the schedule spans (default 400)' },
    { name: 'stop-at', type: 'option', value: 'N', description: 'pause after step N (≤ --steps); continue later with --resume' },
    { name: 'out', type: 'option', value: 'FILE', description: 'checkpoint path (default runs/<model>/checkpoint.safetensors)' },
    { name: 'resume', type: 'option', value: 'FILE', description: 'continue from this checkpoint' },
    { name: 'checkpoint-every', type: 'option', value: 'N', description: 'also write the checkpoint every N steps' },
    batch(16, 'sequences per step'),
    CTX,
    { name: 'lr', type: 'option', value: 'X', description: `peak learning rate (default ${defaultOptimizer.lr})` },
    { name: 'min-lr', type: 'option', value: 'X', description: 'final learning rate of the cosine schedule (default lr / 10)' },
    { name: 'warmup', type: 'option', value: 'N', description: `linear warmup steps (default min(${defaultOptimizer.warmupSteps}, steps / 10))` },
    { name: 'weight-decay', type: 'option', value: 'X', description: `AdamW weight decay (default ${defaultOptimizer.weightDecay})` },
    { name: 'clip', type: 'option', value: 'X', description: `clip the global gradient norm to X, 0 = off (default ${defaultOptimizer.clipNorm})` },
    { name: 'seed', type: 'option', value: 'N', description: 'seed of the initial weights and the batch order, 0 to 4294967295 (default 1337)' },
    THREADS,
    BACKEND,
    { name: 'eval-every', type: 'option', value: 'N', description: 'validation loss every N steps (default steps / 8)' },
    { name: 'eval-batches', type: 'option', value: 'N', description: 'validation batches per evaluation (default 8)' },
    { name: 'report', type: 'option', value: 'DIR', description: 'folder for loss.svg and summary.md (default runs/<model>)' },
    { name: 'nan-check', type: 'option', value: 'on|off', description: 'refuse a step whose update makes any weight NaN or ±Infinity (default on)' },
    MEMORY_BUDGET,
    SCAN_MEMORY,
    { ...ALLOW_NONFINITE, description: 'resume from a checkpoint that holds NaN or ±Infinity (refused by default)' },
    { name: 'sample', type: 'flag', description: 'print a sample of generated text after training' },
    { name: 'prompt', type: 'option', value: 'TEXT', description: `the sample's prompt (default "${DEFAULT_PROMPT}")` },
    { name: 'length', type: 'option', value: 'N', description: "the sample's length in bytes (default 200)" },
    ...SAMPLING.map((o) => ({ ...o, description: `for the sample: ${o.description}` })),
    SET,
  ],
};

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  // Every argument and path is checked before any work: nothing is trained
  // only to fail on an unwritable --out or --report.
  const steps = intFlag(args.str('steps'), 'steps', 400);
  const stopAt = args.str('stop-at') === undefined ? undefined : intFlag(args.str('stop-at'), 'stop-at', 1);
  if (stopAt !== undefined && stopAt > steps) throw new UsageError(`--stop-at ${stopAt} is beyond --steps ${steps}; the run ends at step ${steps}`);
  const lr = numFlag(args.str('lr'), 'lr', defaultOptimizer.lr, 0, { exclusive: true });
  const optimizer = {
    ...defaultOptimizer,
    lr,
    minLr: numFlag(args.str('min-lr'), 'min-lr', lr / 10),
    warmupSteps: intFlag(args.str('warmup'), 'warmup', Math.min(defaultOptimizer.warmupSteps, Math.max(1, Math.floor(steps / 10))), 0),
    weightDecay: numFlag(args.str('weight-decay'), 'weight-decay', defaultOptimizer.weightDecay),
    clipNorm: numFlag(args.str('clip'), 'clip', defaultOptimizer.clipNorm),
    totalSteps: steps,
  };
  const nanCheck = choiceFlag(args.str('nan-check'), 'nan-check', ['on', 'off'] as const, 'on') === 'on';
  const memoryBudgetBytes = sizeFlag(args.str('memory-budget'), 'memory-budget');
  const scanMemory = scanMemoryFlag(args.str('scan-memory'));
  const allowNonFinite = args.flag('allow-nonfinite');
  if (allowNonFinite && !args.has('resume')) throw new UsageError('--allow-nonfinite applies to the checkpoint of --resume; there is none');
  if (!args.flag('sample')) {
    for (const o of ['prompt', 'length', ...SAMPLING.map((x) => x.name)]) if (args.has(o)) throw new UsageError(`--${o} applies to the sample; add --sample`);
  }
  const prompt = args.str('prompt') ?? DEFAULT_PROMPT;
  if (prompt === '') throw new UsageError('--prompt must not be empty');
  const sampleLength = intFlag(args.str('length'), 'length', 200);
  const sampling = samplingFlags(args);
  const common = {
    config: parseConfig(args.list('set')),
    batch: intFlag(args.str('batch'), 'batch', 16),
    ctx: args.str('ctx') === undefined ? undefined : intFlag(args.str('ctx'), 'ctx', 1),
    seed: intFlag(args.str('seed'), 'seed', 1337, 0, SEED_MAX),
    backend: backendFlag(args),
    evalEvery: intFlag(args.str('eval-every'), 'eval-every', Math.max(1, Math.floor(steps / 8))),
    evalBatches: intFlag(args.str('eval-batches'), 'eval-batches', 8),
    checkpointEvery: args.str('checkpoint-every') === undefined ? undefined : intFlag(args.str('checkpoint-every'), 'checkpoint-every', 1),
  };
  const threads = threadsFlag(args.str('threads'), common.batch);
  const file = modelFile(args);
  const name = path.basename(file, '.loom');
  const data = args.str('data') === undefined ? undefined : inputFile(args.str('data')!, 'text file', MAX_CORPUS_BYTES);
  const resume = args.str('resume') === undefined ? undefined : inputFile(args.str('resume')!, 'checkpoint', MAX_SAFETENSORS_BYTES);
  const out = outputFile(args.str('out') ?? path.join('runs', name, 'checkpoint.safetensors'), 'checkpoint');
  const reportDir = outputDir(args.str('report') ?? path.join('runs', name), 'report directory');

  if (resume !== undefined) {
    // The checkpoint's values and step, before anything is compiled or allocated for the run.
    const st = readSafetensors(resume, { what: 'checkpoint', maxBytes: MAX_SAFETENSORS_BYTES });
    if (!allowNonFinite) assertFinite(st.tensors, resume, { hint: NONFINITE_HINT });
    const at = Number(st.metadata.step);
    const end = stopAt ?? steps;
    if (Number.isSafeInteger(at) && at >= end) {
      throw new Error(`checkpoint ${resume} is at step ${at}, so ${stopAt !== undefined ? `--stop-at ${stopAt}` : `--steps ${steps}`} leaves nothing to train; ` +
        `give ${stopAt !== undefined ? '--stop-at' : '--steps'} above ${at}`);
    }
  }
  await loadBackend(common.backend); // an unavailable backend fails here, not after compiling

  const options: TrainOptions = {
    file,
    data,
    steps,
    stopAt,
    ...common,
    optimizer,
    out,
    resume,
    reportDir,
    log: io.stderr as NodeJS.WritableStream,
    nanCheck,
    memoryBudgetBytes,
    threads,
    ...(scanMemory ? { scanMemory } : {}),
  };
  const report = await train(options);
  try {
    const drop = (1 - report.finalValLoss / report.initialValLoss) * 100;
    io.stdout.write(
      `\nvalidation loss ${report.initialValLoss.toFixed(4)} → ${report.finalValLoss.toFixed(4)} (−${drop.toFixed(1)}%) · ` +
        `${Math.round(report.tokensPerSec).toLocaleString('en-US')} tokens/s · ${report.seconds.toFixed(1)} s training\n`,
    );
    if (args.flag('sample')) {
      const bytes = [...Buffer.from(prompt, 'utf8')];
      io.stdout.write(`\nsample (${describeSampling(sampling)}):\n${prompt}`);
      // Through the KV cache: the trained weights in a session of the prefill and decode programs.
      const programs = inferencePrograms(report.compiled);
      const trained = await report.session.readState();
      const weights = new Map(report.compiled.weights.map((w) => [w.name, trained.get(w.name)!]));
      const session = await createGenerationSession(await loadBackend(common.backend), programs, weights);
      try {
        const sample = await generate(session, cachedModel(programs, Number(report.compiled.config.vocab ?? 256)), bytes, {
          length: sampleLength,
          ...sampling,
          seed: 7,
        });
        io.stdout.write(`${Buffer.from(sample).toString('utf8')}\n`);
      } finally {
        session.dispose();
      }
    }
  } finally {
    report.session.dispose();
  }
  return 0;
}
