// Parity with PyTorch: `loom eval --grads` on gpt.loom against an independent
// PyTorch implementation (scripts/torch_parity.py, float64) on the same
// weights and inputs. Forward logits, the loss and every parameter gradient
// agree to 1e-4 relative: max |loom − torch| ≤ 1e-4 · max |torch| per tensor.
// The key bias has an analytically zero gradient (softmax is shift-invariant),
// so the scale has a floor of 1e-4: float32 noise below 1e-8 passes.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSafetensors } from '../../runtime/safetensors.ts';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'parity', 'gpt');
const root = path.join(import.meta.dirname, '..', '..');

describe('gpt.loom agrees with PyTorch', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'loom-parity-')), 'out.safetensors');
  const meta = readSafetensors(path.join(fixtures, 'weights.safetensors')).metadata;
  const config = JSON.parse(meta.config!) as Record<string, number>;
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, 'bin', 'loom.js'), 'eval', path.join(root, 'dsl-examples', 'gpt.loom'),
      '--weights', path.join(fixtures, 'weights.safetensors'),
      '--inputs', path.join(fixtures, 'inputs.safetensors'),
      '--out', out, '--grads',
      ...Object.entries(config).flatMap(([k, v]) => ['--set', `${k}=${v}`]),
    ],
    { encoding: 'utf8' },
  );

  it('loom eval succeeds', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  const expected = readSafetensors(path.join(fixtures, 'expected.safetensors')).tensors;
  const names = [...expected.keys()];

  it('covers the logits, the loss and all 36 parameter gradients', () => {
    expect(names.filter((n) => n.startsWith('grad.')).length).toBe(36);
    expect(names).toContain('output');
    expect(names).toContain('loss');
  });

  it.each(names)('%s', (name) => {
    const got = readSafetensors(out).tensors.get(name);
    const want = expected.get(name)!;
    expect(got, `loom wrote no ${name}`).toBeDefined();
    expect(got!.shape).toEqual(want.shape);
    let maxRef = 0;
    let maxErr = 0;
    for (let i = 0; i < want.data.length; i++) {
      maxRef = Math.max(maxRef, Math.abs(want.data[i]!));
      maxErr = Math.max(maxErr, Math.abs(got!.data[i]! - want.data[i]!));
    }
    expect(maxErr / Math.max(maxRef, 1e-4)).toBeLessThan(1e-4);
  });
});
