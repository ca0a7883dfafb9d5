// What `loom train` hands runtime/train.ts for each flag (train() is mocked:
// these tests are about the command line, not the training loop), and the
// --allow-nonfinite / --memory-budget paths of eval and generate, in-process.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readSafetensors, writeSafetensors } from '../../runtime/safetensors.ts';
import type { TrainOptions } from '../../runtime/train.ts';
import { gptFile, loomIn, root, tempDir } from './helpers.ts';

const calls: TrainOptions[] = [];
vi.mock('../../runtime/train.ts', () => ({
  train: async (o: TrainOptions) => {
    calls.push(o);
    return {
      initialValLoss: 5.5, finalValLoss: 2.75, tokensPerSec: 1000, seconds: 1.5,
      session: { dispose: () => {} },
      compiled: { shapes: { ctx: 16 }, config: { vocab: 256 } },
    };
  },
}));

const D = tempDir();
afterAll(() => fs.rmSync(D, { recursive: true, force: true }));
const corpus = path.join(D, 'corpus.txt');
fs.writeFileSync(corpus, 'abc '.repeat(100));
const out = path.join(D, 'ckpt.safetensors');
const base = ['train', gptFile, '--data', corpus, '--out', out, '--report', D];

beforeEach(() => { calls.length = 0; });

describe('loom train passes the hardening flags to train()', () => {
  it('defaults: nan check on, no memory budget (train() applies its default)', async () => {
    const r = await loomIn(base);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('\nvalidation loss 5.5000 → 2.7500 (−50.0%) · 1,000 tokens/s · 1.5 s training\n');
    expect(calls).toHaveLength(1);
    const o = calls[0]!;
    expect(o.nanCheck).toBe(true);
    expect(o.memoryBudgetBytes).toBeUndefined();
    expect(o).toMatchObject({ file: gptFile, data: corpus, out, reportDir: D, steps: 400, batch: 16, seed: 1337, backend: 'js', evalEvery: 50, evalBatches: 8 });
    expect(o.optimizer).toMatchObject({ lr: 3e-3, minLr: 3e-3 / 10, totalSteps: 400, warmupSteps: 20 });
  });

  it.each([
    ['--nan-check', 'off', { nanCheck: false }],
    ['--nan-check', 'on', { nanCheck: true }],
    ['--memory-budget', '4GiB', { memoryBudgetBytes: 4 * 2 ** 30 }],
    ['--memory-budget', '512MiB', { memoryBudgetBytes: 512 * 2 ** 20 }],
    ['--memory-budget', '2GB', { memoryBudgetBytes: 2e9 }],
    ['--memory-budget', '1.5KiB', { memoryBudgetBytes: 1536 }],
    ['--memory-budget', '123456789', { memoryBudgetBytes: 123456789 }],
    ['--memory-budget', '64kb', { memoryBudgetBytes: 64000 }],
  ] as const)('%s %s', async (flag, value, expected) => {
    const r = await loomIn([...base, flag, value]);
    expect(r.status).toBe(0);
    expect(calls[0]).toMatchObject(expected);
  });

  it('--threads: a count, or auto (the cores available that split the batch; LOOM_THREADS is the default)', async () => {
    await loomIn([...base, '--threads', '2']);
    expect(calls[0]!.threads).toBe(2);
    expect(process.env.LOOM_THREADS).toBe('1'); // vitest.config.ts: tests train on one thread unless they ask
    await loomIn(base);
    expect(calls[1]!.threads).toBe(1);
    const { threadsFlag } = await import('../../cli/commands/train.ts');
    const cores = (await import('node:os')).availableParallelism();
    const auto = threadsFlag('auto', 16);
    expect(auto).toBeLessThanOrEqual(Math.min(cores, 16));
    expect(16 % auto).toBe(0);
    expect(threadsFlag('auto', 1)).toBe(1);
    const bad = await loomIn([...base, '--threads', '0']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--threads');
  });

  it('--lr 1e39 is a valid (finite) learning rate: divergence is the training loop\'s to catch', async () => {
    expect((await loomIn([...base, '--lr', '1e39', '--checkpoint-every', '1'])).status).toBe(0);
    expect(calls[0]!.optimizer.lr).toBe(1e39);
    expect(calls[0]!.checkpointEvery).toBe(1);
  });

  it('--resume with --allow-nonfinite accepts a checkpoint holding NaN; without it, train() is never called', async () => {
    const nan = path.join(D, 'nan.safetensors');
    writeSafetensors(nan, { 'wte.w': { dtype: 'F32', shape: [2], data: [NaN, 1] } }, { step: '1' });
    const refused = await loomIn([...base, '--resume', nan]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`loom train: ${nan}: tensor "wte.w" holds NaN at index [0] (element 0), the first non-finite value; pass --allow-nonfinite to load it anyway\n`);
    expect(calls).toHaveLength(0);
    expect((await loomIn([...base, '--resume', nan, '--allow-nonfinite'])).status).toBe(0);
    expect(calls[0]!.resume).toBe(nan);
  });

  it('a bad output path fails before train() is called', async () => {
    const r = await loomIn(['train', gptFile, '--data', corpus, '--out', '/proc/x.safetensors']);
    expect(r.status).toBe(2);
    expect(calls).toHaveLength(0);
  });
});

describe('eval and generate: --allow-nonfinite and --memory-budget', () => {
  const fixtures = path.join(root, 'test', 'fixtures', 'parity', 'gpt');
  const weights = path.join(fixtures, 'weights.safetensors');
  const inputs = path.join(fixtures, 'inputs.safetensors');
  const small = ['--set', 'ctx=16', '--set', 'dim=32'];
  const nanWeights = path.join(D, 'nan-weights.safetensors');
  const st = readSafetensors(weights);
  writeSafetensors(nanWeights, Object.fromEntries([...st.tensors].map(([n, t]) => {
    const data = Float32Array.from(t.data as Float32Array);
    if (n === 'ln_f.b') data[3] = -Infinity;
    return [n, { dtype: 'F32' as const, shape: t.shape, data }];
  })));

  it('eval refuses non-finite weights, and runs with --allow-nonfinite', async () => {
    const o = path.join(D, 'eval-out.safetensors');
    const refused = await loomIn(['eval', gptFile, '--weights', nanWeights, '--inputs', inputs, '--out', o, ...small]);
    expect(refused.stderr).toBe(`loom eval: ${nanWeights}: tensor "ln_f.b" holds -Infinity at index [3] (element 3), the first non-finite value; pass --allow-nonfinite to load it anyway\n`);
    expect(refused.status).toBe(1);
    expect(fs.existsSync(o)).toBe(false);
    const r = await loomIn(['eval', gptFile, '--weights', nanWeights, '--inputs', inputs, '--out', o, '--allow-nonfinite', ...small]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readSafetensors(o).tensors.has('output')).toBe(true);
  });

  it('eval within an explicit memory budget runs', async () => {
    const o = path.join(D, 'eval-budget.safetensors');
    const r = await loomIn(['eval', gptFile, '--weights', weights, '--inputs', inputs, '--out', o, '--memory-budget', '1MiB', ...small]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`wrote 1 tensors to ${o}\n`);
  });

  it('generate refuses a non-finite checkpoint; with --allow-nonfinite it loads it, and the sampler then refuses the non-finite logits', async () => {
    const refused = await loomIn(['generate', gptFile, '--ckpt', nanWeights, '--prompt', 'ab', '--length', '3', ...small]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(`loom generate: ${nanWeights}: tensor "ln_f.b" holds -Infinity at index [3] (element 3), the first non-finite value; pass --allow-nonfinite to load it anyway\n`);
    // With the bad value let through, the logits are non-finite and the sampler says so (exit 1, not garbage).
    const r = await loomIn(['generate', gptFile, '--ckpt', nanWeights, '--prompt', 'ab', '--length', '3', '--allow-nonfinite', ...small]);
    expect(r.stdout).toBe('ab');
    expect(r.stderr).toBe('loom generate: sampleToken: logit 1 is Infinity\n');
    expect(r.status).toBe(1);
  });
});
