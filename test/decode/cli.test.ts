// `loom generate --speculative` and `loom train --sample`'s sampling flags,
// run in-process on a tiny multi-token model trained for two steps.
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gptFile, loomIn, root, tempDir, tinyGpt } from '../cli/helpers.ts';

const mtpFile = path.join(root, 'dsl-examples', 'mtp.loom');
const tinyMtp = ['--set', 'dim=16', '--set', 'depth=1', '--set', 'heads=2', '--set', 'ctx=16', '--set', 'n_future=3'];
const trainArgs = (out: string, dir: string) => ['--steps', '2', '--batch', '2', '--eval-batches', '1', '--out', out, '--report', dir];

describe('loom generate --speculative', () => {
  const dir = tempDir();
  const ckpt = path.join(dir, 'mtp.safetensors');
  beforeAll(async () => {
    const r = await loomIn(['train', mtpFile, ...tinyMtp, ...trainArgs(ckpt, dir)]);
    expect(r.status).toBe(0);
  }, 120_000);

  it.each([['greedy', ['--temperature', '0']], ['sampled', ['--seed', '3']]])('%s: prints what plain generation prints, and the work to stderr', async (_, flags) => {
    const base = ['generate', mtpFile, '--ckpt', ckpt, '--prompt', 'Call me', '--length', '40', ...flags];
    const plain = await loomIn(base);
    const spec = await loomIn([...base, '--speculative']);
    expect(plain.status).toBe(0);
    expect(spec.status).toBe(0);
    expect(spec.stdout).toBe(plain.stdout);
    expect(spec.stdout.length).toBe('Call me'.length + 40 + 1);
    expect(spec.stderr).toMatch(/^speculative: 40 tokens in \d+ model runs \(\d+\.\d\d per run\); \d+ drafted tokens accepted \(up to 2 per verify run\)\n$/);
  });

  it('a model without multi-token heads is refused, naming what it needs', async () => {
    const gptCkpt = path.join(dir, 'gpt.safetensors');
    await loomIn(['train', gptFile, ...tinyGpt, ...trainArgs(gptCkpt, dir)]);
    const r = await loomIn(['generate', gptFile, '--ckpt', gptCkpt, '--prompt', 'x', '--speculative']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("gpt.loom: self-speculative decoding needs multi-token heads — a method predict(tokens: i32[B, T]) -> [B, T, n, vocab] (dsl-examples/mtp.loom with kind = \"heads\"): model GPT has no method 'predict'");
  }, 60_000);
});

describe('loom train --sample takes the sampling flags of loom generate', () => {
  it('greedy with a stop sequence, described in the header', async () => {
    const dir = tempDir();
    const r = await loomIn(['train', gptFile, ...tinyGpt, ...trainArgs(path.join(dir, 'c.safetensors'), dir), '--sample', '--temperature', '0', '--length', '30', '--stop', 'zzz']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('\nsample (greedy):\nCall me Ishmael. ');
  }, 60_000);

  it('a sampling flag without --sample is refused', async () => {
    const r = await loomIn(['train', gptFile, '--top-p', '0.9']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--top-p applies to the sample; add --sample');
  });
});
