// Training never loses the last good checkpoint to a diverging step: the
// update is checked before it is committed (nanCheck), and a checkpoint is
// written only from finite state (also with nanCheck off). Resuming says what
// a change of schedule does, and refuses --steps that leave nothing to train.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultOptimizer, type OptimizerConfig } from '../../compiler/autodiff/optimizer.ts';
import { loadCheckpoint } from '../../runtime/checkpoint.ts';
import { train, TrainingError, type TrainOptions } from '../../runtime/train.ts';

const root = path.join(import.meta.dirname, '..', '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loom-train-guard-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const data = path.join(dir, 'corpus.txt');
fs.writeFileSync(data, 'the quick brown fox jumps over the lazy dog. '.repeat(100));

/** A string sink for the log. */
function sink(): NodeJS.WritableStream & { text: () => string } {
  const chunks: string[] = [];
  return Object.assign({ write: (c: string | Uint8Array) => { chunks.push(String(c)); return true; } }, { text: () => chunks.join('') }) as never;
}

function options(steps: number, over: Partial<TrainOptions> & { lr?: number } = {}): TrainOptions {
  const lr = over.lr ?? 3e-3;
  const optimizer: OptimizerConfig = { ...defaultOptimizer, lr, minLr: lr / 10, warmupSteps: Math.max(1, Math.floor(steps / 10)), totalSteps: steps };
  return {
    file: path.join(root, 'dsl-examples', 'gpt.loom'),
    config: { dim: 16, depth: 1, heads: 2, ctx: 16 },
    data,
    steps,
    batch: 2,
    optimizer,
    seed: 1,
    backend: 'js',
    evalEvery: 1000,
    evalBatches: 1,
    ...over,
  };
}

async function trainOrError(o: TrainOptions): Promise<{ error?: Error; log: string }> {
  const log = sink();
  try {
    const r = await train({ ...o, log });
    r.session.dispose();
    return { log: log.text() };
  } catch (error) {
    return { error: error as Error, log: log.text() };
  }
}

describe('divergence never costs the last good checkpoint', () => {
  const ckpt = path.join(dir, 'good.safetensors');

  it('resuming with lr 1e39 and --checkpoint-every 1 stops at the first step and leaves the checkpoint bitwise intact', async () => {
    expect((await trainOrError(options(2, { out: ckpt, checkpointEvery: 1 }))).error).toBeUndefined();
    const before = fs.readFileSync(ckpt);
    expect(loadCheckpoint(ckpt).step).toBe(2);

    const r = await trainOrError(options(6, { lr: 1e39, resume: ckpt, out: ckpt, checkpointEvery: 1 }));
    expect(r.error).toBeInstanceOf(TrainingError);
    expect(r.error!.message).toMatch(
      new RegExp(`^step 3: the update made wte\\.w non-finite \\(NaN/Inf in 4,096 of 4,096 elements; loss [\\d.]+, grad norm [\\d.]+, lr Infinity\\); ` +
        `the weights stay at step 2 and ${ckpt.replace(/[.\\/]/g, '\\$&')} \\(step 2\\) was not overwritten \\(lower --lr, or --nan-check off to skip this check\\)$`),
    );
    expect(fs.readFileSync(ckpt).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('with nanCheck off, the finite-state check before each checkpoint still keeps the good file', async () => {
    const before = fs.readFileSync(ckpt);
    const r = await trainOrError(options(6, { lr: 1e39, resume: ckpt, out: ckpt, checkpointEvery: 1, nanCheck: false }));
    expect(r.error).toBeInstanceOf(TrainingError);
    expect(r.error!.message).toMatch(/^step 3: wte\.w holds (NaN|-?Infinity) \(element \d+\); the checkpoint was not written and .* \(step 2\) was not overwritten/);
    expect(fs.readFileSync(ckpt).equals(before)).toBe(true);
  });

  it('a step whose loss is NaN commits nothing and names the step', async () => {
    // log of a negative number: the loss is NaN from the first step, the gradients are finite.
    const bad = path.join(dir, 'nan.loom');
    fs.writeFileSync(
      bad,
      'import std.nn\nmodel Bad(vocab: int = 256, ctx: int = 8, dim: int = 8) {\n  wte = Embedding(vocab, dim)\n' +
        '  forward(tokens: i32[B, T]) = einsum("b t d, v d -> b t v", wte(tokens), wte.w)\n' +
        '  loss(tokens: i32[B, T], targets: i32[B, T]) = cross_entropy(forward(tokens), targets) + log(mean(wte.w) - 1.0)\n}\n',
    );
    const out = path.join(dir, 'nan.safetensors');
    const r = await trainOrError({ ...options(3, { out, checkpointEvery: 1 }), file: bad, config: {} });
    expect(r.error).toBeInstanceOf(TrainingError);
    expect(r.error!.message).toMatch(/^step 1: the loss is not finite \(loss NaN, grad norm [\d.e-]+, lr [\d.e-]+\); the weights stay at step 0 \(lower --lr, or --nan-check off to skip this check\)$/);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('resume', () => {
  it('warns with what changes when the schedule differs from the checkpoint, and still matches its own settings', async () => {
    const short = path.join(dir, 'short.safetensors');
    expect((await trainOrError(options(4, { out: short }))).error).toBeUndefined();
    expect(loadCheckpoint(short).training).toEqual({
      totalSteps: 4, warmupSteps: 1, lr: 3e-3, minLr: 3e-3 / 10, beta1: 0.9, beta2: 0.95, eps: 1e-8, weightDecay: 0.1, clipNorm: 1, batch: 2, ctx: 16, seed: 1,
    });
    const r = await trainOrError(options(8, { resume: short, out: path.join(dir, 'longer.safetensors') }));
    expect(r.error).toBeUndefined();
    const warnings = r.log.split('\n').filter((l) => l.startsWith('warning: '));
    expect(warnings[0]).toBe('warning: resuming with total steps 8 (checkpoint: 4): the learning-rate schedule changes from step 4 on (step 4: lr 0.00195 instead of 0.0003)');
    expect(warnings[1]).toMatch(/^warning: the given values are used; to pause a run and resume it unchanged, train with --steps N --stop-at 4, then resume with --steps N$/);
    expect(warnings).toHaveLength(2);
    expect(loadCheckpoint(path.join(dir, 'longer.safetensors')).training?.totalSteps).toBe(8);
  });

  it('says nothing when a paused run is resumed with its own settings', async () => {
    const paused = path.join(dir, 'paused.safetensors');
    expect((await trainOrError(options(4, { out: paused, stopAt: 2 }))).error).toBeUndefined();
    const r = await trainOrError(options(4, { resume: paused, out: paused }));
    expect(r.error).toBeUndefined();
    expect(r.log).not.toContain('warning');
    expect(loadCheckpoint(paused).step).toBe(4);
  });

  it('--steps at or below the checkpoint step is a clear error, not a ProgressBar message', async () => {
    const at4 = path.join(dir, 'paused.safetensors');
    for (const steps of [4, 3]) {
      const r = await trainOrError(options(steps, { resume: at4 }));
      expect(r.error).toBeInstanceOf(TrainingError);
      expect(r.error!.message).toBe(`${at4} is at step 4: --steps ${steps} leaves nothing to train (pass --steps greater than 4 to continue)`);
    }
    const r = await trainOrError(options(8, { resume: at4, stopAt: 4 }));
    expect(r.error!.message).toBe(`${at4} is at step 4: --stop-at 4 leaves nothing to train (it must be greater than 4)`);
  });
});
