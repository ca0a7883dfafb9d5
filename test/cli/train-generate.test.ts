import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSafetensors } from '../../runtime/safetensors.ts';
import { gptFile, loom, tempDir, tinyGpt } from './helpers.ts';

describe('loom train / generate', () => {
  const dir = tempDir();
  const data = path.join(dir, 'corpus.txt');
  fs.writeFileSync(data, 'the quick brown fox jumps over the lazy dog. '.repeat(200));
  const ckpt = path.join(dir, 'ckpt.safetensors');
  const common = ['--data', data, '--batch', '4', '--eval-batches', '2', '--report', dir, ...tinyGpt];

  it('trains, reports validation loss and tokens/s, and writes a checkpoint, a loss curve and a summary', () => {
    const r = loom(['train', gptFile, '--steps', '8', '--stop-at', '6', '--out', ckpt, ...common]);
    expect(r.stderr).toContain('GPT: ');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/validation loss \d\.\d{4} → \d\.\d{4} \(−[\d.]+%\) · [\d,]+ tokens\/s/);
    const saved = readSafetensors(ckpt);
    expect(saved.metadata.step).toBe('6');
    expect(saved.tensors.get('wte.w')!.shape).toEqual([256, 16]);
    expect(saved.tensors.get('optim.m.wte.w')!.shape).toEqual([256, 16]);
    expect(fs.readFileSync(path.join(dir, 'loss.svg'), 'utf8')).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(fs.readFileSync(path.join(dir, 'summary.md'), 'utf8')).toMatch(/\| model +\| backend +\|/);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp') || f.startsWith('.'))).toEqual([]);
  });

  it('resumes a paused run to exactly where an uninterrupted run would be', () => {
    const straight = path.join(dir, 'straight.safetensors');
    expect(loom(['train', gptFile, '--steps', '8', '--out', straight, ...common]).status).toBe(0);
    const resumed = loom(['train', gptFile, '--steps', '8', '--resume', ckpt, '--out', path.join(dir, 'resumed.safetensors'), ...common]);
    expect(resumed.stderr).toContain(`resumed from ${ckpt} at step 6`);
    expect(resumed.status).toBe(0);
    const a = readSafetensors(straight).tensors;
    const b = readSafetensors(path.join(dir, 'resumed.safetensors')).tensors;
    for (const name of ['wte.w', 'blocks.0.attn.wq.w', 'optim.v.ln_f.g']) {
      expect(Array.from(b.get(name)!.data)).toEqual(Array.from(a.get(name)!.data));
    }
  });

  it('generates text from the checkpoint, seeded and repeatable', () => {
    const args = ['generate', gptFile, '--ckpt', ckpt, '--prompt', 'the ', '--length', '20', '--seed', '3'];
    const a = loom(args);
    expect(a.stderr).toBe('');
    expect(a.status).toBe(0);
    expect(a.stdout.startsWith('the ')).toBe(true);
    expect(a.stdoutBytes.length).toBe(4 + 20 + 1);
    expect(loom(args).stdout).toBe(a.stdout);
    const greedy = loom([...args, '--temperature', '0']);
    expect(greedy.status).toBe(0);
  });

  it('refuses a checkpoint from a different configuration, naming the param and both shapes', () => {
    const r = loom(['generate', gptFile, '--ckpt', ckpt, '--prompt', 'x', '--set', 'dim=32']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('param "wte.w" has shape [256, 16] but the model expects [256, 32]');
  });

  it('stops with a clear message when the loss becomes NaN', () => {
    const bad = path.join(dir, 'nan.loom');
    fs.writeFileSync(
      bad,
      'import std.nn\nmodel Bad(vocab: int = 256, ctx: int = 8, dim: int = 8) {\n  wte = Embedding(vocab, dim)\n' +
        '  forward(tokens: i32[B, T]) = einsum("b t d, v d -> b t v", wte(tokens), wte.w)\n' +
        '  loss(tokens: i32[B, T], targets: i32[B, T]) = cross_entropy(forward(tokens), targets) + log(mean(wte.w) - 1.0)\n}\n',
    );
    const r = loom(['train', bad, '--steps', '3', '--data', data, '--batch', '2', '--eval-batches', '1', '--report', dir, '--out', path.join(dir, 'nan.safetensors')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\nloom train: step 1: the loss is not finite \(loss NaN, grad norm [\d.e-]+, lr [\d.e-]+\); the weights stay at step 0/);
  });

  it('rejects a corpus shorter than the context', () => {
    const tiny = path.join(dir, 'tiny.txt');
    fs.writeFileSync(tiny, 'short');
    const r = loom(['train', gptFile, '--steps', '1', '--data', tiny, ...tinyGpt]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`loom train: ${tiny} (5 training and 0 validation bytes): BatchSampler: the text has 5 bytes but a context of 16 needs at least 17 (ctx + 1 for the shifted targets)`);
  });
});
