// loom train: train a language model from a .loom file on a byte corpus.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { DEFAULT_BACKEND } from '../../runtime/backend.ts';
import { generate } from '../../runtime/generate.ts';
import { train } from '../../runtime/train.ts';
import { intFlag, numFlag, parseConfig } from '../args.ts';

export const DEFAULT_PROMPT = 'Call me Ishmael. ';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      steps: { type: 'string' },
      'stop-at': { type: 'string' },
      out: { type: 'string' },
      resume: { type: 'string' },
      batch: { type: 'string' },
      ctx: { type: 'string' },
      lr: { type: 'string' },
      'min-lr': { type: 'string' },
      warmup: { type: 'string' },
      'weight-decay': { type: 'string' },
      clip: { type: 'string' },
      seed: { type: 'string' },
      backend: { type: 'string' },
      'eval-every': { type: 'string' },
      'eval-batches': { type: 'string' },
      'checkpoint-every': { type: 'string' },
      report: { type: 'string' },
      sample: { type: 'boolean' },
      prompt: { type: 'string' },
      length: { type: 'string' },
      set: { type: 'string', multiple: true },
    },
  });
  const file = positionals[0];
  if (!file) throw new Error('usage: loom train <file.loom> [options]');
  const steps = intFlag(values.steps, 'steps', 400);
  const lr = numFlag(values.lr, 'lr', defaultOptimizer.lr);
  const name = path.basename(file, '.loom');
  const report = await train({
    file,
    config: parseConfig(values.set),
    data: values.data,
    steps,
    stopAt: values['stop-at'] === undefined ? undefined : intFlag(values['stop-at'], 'stop-at', 1),
    batch: intFlag(values.batch, 'batch', 16),
    ctx: values.ctx === undefined ? undefined : intFlag(values.ctx, 'ctx', 0),
    optimizer: {
      ...defaultOptimizer,
      lr,
      minLr: numFlag(values['min-lr'], 'min-lr', lr / 10),
      warmupSteps: intFlag(values.warmup, 'warmup', Math.min(defaultOptimizer.warmupSteps, Math.max(1, Math.floor(steps / 10))), 0),
      weightDecay: numFlag(values['weight-decay'], 'weight-decay', defaultOptimizer.weightDecay),
      clipNorm: numFlag(values.clip, 'clip', defaultOptimizer.clipNorm),
      totalSteps: steps,
    },
    seed: intFlag(values.seed, 'seed', 1337, 0),
    backend: values.backend ?? DEFAULT_BACKEND,
    evalEvery: intFlag(values['eval-every'], 'eval-every', Math.max(1, Math.floor(steps / 8))),
    evalBatches: intFlag(values['eval-batches'], 'eval-batches', 8),
    out: values.out ?? path.join('runs', name, 'checkpoint.safetensors'),
    checkpointEvery: values['checkpoint-every'] === undefined ? undefined : intFlag(values['checkpoint-every'], 'checkpoint-every', 1),
    resume: values.resume,
    reportDir: values.report ?? path.join('runs', name),
  });
  const drop = (1 - report.finalValLoss / report.initialValLoss) * 100;
  process.stdout.write(
    `\nvalidation loss ${report.initialValLoss.toFixed(4)} → ${report.finalValLoss.toFixed(4)} (−${drop.toFixed(1)}%) · ` +
      `${Math.round(report.tokensPerSec).toLocaleString('en-US')} tokens/s · ${report.seconds.toFixed(1)} s training\n`,
  );
  if (values.sample) {
    const prompt = values.prompt ?? DEFAULT_PROMPT;
    const bytes = [...Buffer.from(prompt, 'utf8')];
    process.stdout.write(`\nsample (temperature 0.8, top-k 40):\n${prompt}`);
    const out = await generate(report.session, 'forward', bytes, {
      length: intFlag(values.length, 'length', 200),
      temperature: 0.8,
      topK: 40,
      seed: 7,
      ctx: report.compiled.shapes.ctx,
      vocab: Number(report.compiled.config.vocab ?? 256),
    });
    process.stdout.write(`${Buffer.from(out).toString('utf8')}\n`);
  }
  report.session.dispose();
  return 0;
}
