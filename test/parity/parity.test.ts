// Parity with PyTorch: `loom eval --grads` on each example against an
// independent PyTorch implementation of the same equations (float64) on the
// same weights and inputs: scripts/torch_parity.py (gpt) and
// scripts/torch_parity_attention.py (the attention family: grouped-query and
// multi-query attention with both RoPE conventions, sliding window, MLA, and
// linear and gated linear attention, whose PyTorch side runs the recurrence
// step by step while loom runs the chunked form), and
// scripts/torch_parity_moe.py (mixture of experts in the DeepSeek-V3 and
// Mixtral conventions: a per-expert loop on the PyTorch side, sorted tokens
// and grouped matmuls in loom). Forward logits, the loss
// and every parameter gradient agree to 1e-4 relative: max |loom − torch| ≤
// 1e-4 · max |torch| per tensor. Some gradients are analytically zero (a key
// bias under softmax's shift invariance), so the scale has a floor of 1e-4:
// float32 noise below 1e-8 passes.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSafetensors } from '../../runtime/safetensors.ts';

const root = path.join(import.meta.dirname, '..', '..');
const fixturesDir = path.join(import.meta.dirname, '..', 'fixtures', 'parity');
const cases = fs.readdirSync(fixturesDir).sort();

describe.each(cases)('%s agrees with PyTorch', (name) => {
  const fixtures = path.join(fixturesDir, name);
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'loom-parity-')), 'out.safetensors');
  const meta = readSafetensors(path.join(fixtures, 'weights.safetensors')).metadata;
  const config = JSON.parse(meta.config!) as Record<string, number | string>;
  const model = meta.model ?? 'dsl-examples/gpt.loom';
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, 'bin', 'loom.js'), 'eval', path.join(root, model),
      '--weights', path.join(fixtures, 'weights.safetensors'),
      '--inputs', path.join(fixtures, 'inputs.safetensors'),
      '--out', out, '--grads',
      ...Object.entries(config).flatMap(([k, v]) => ['--set', `${k}=${v}`]),
    ],
    { encoding: 'utf8' },
  );
  const weights = readSafetensors(path.join(fixtures, 'weights.safetensors')).tensors;
  const expected = readSafetensors(path.join(fixtures, 'expected.safetensors')).tensors;
  const names = [...expected.keys()];

  it(`loom eval ${model} succeeds`, () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('covers the logits, the loss and every parameter gradient', () => {
    expect(names.filter((n) => n.startsWith('grad.')).sort()).toEqual([...weights.keys()].map((w) => `grad.${w}`).sort());
    expect(names).toContain('output');
    expect(names).toContain('loss');
  });

  it.each(names)('%s', (tensor) => {
    const got = readSafetensors(out).tensors.get(tensor);
    const want = expected.get(tensor)!;
    expect(got, `loom wrote no ${tensor}`).toBeDefined();
    expect(got!.shape).toEqual(want.shape);
    let maxRef = 0;
    let maxErr = 0;
    for (let i = 0; i < want.data.length; i++) {
      maxRef = Math.max(maxRef, Math.abs(Number(want.data[i])));
      maxErr = Math.max(maxErr, Math.abs(Number(got!.data[i]) - Number(want.data[i])));
    }
    expect(maxErr / Math.max(maxRef, 1e-4)).toBeLessThan(1e-4);
  });
});
