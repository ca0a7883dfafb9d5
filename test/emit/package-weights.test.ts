// `loom build --weights`: the model's weights shipped in the package —
// F32/F16/BF16, one file or Hugging Face-style shards with an index — found
// through the package's `./weights` export and loaded by its own `load()`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { compileLanguageModel } from '../../compiler/model.ts';
import { writeSafetensors } from '../../runtime/safetensors.ts';
import { initialState } from '../../runtime/train.ts';
import { loomIn } from '../cli/helpers.ts';
import { gptFile, tempDir, tinyConfig } from './helpers.ts';

const sets = Object.entries(tinyConfig).flatMap(([k, v]) => ['--set', `${k}=${v}`]);

interface Package {
  load(o: { weights: unknown }): Promise<{ forward(tokens: Int32Array): Promise<Float32Array>; dispose(): void }>;
}

describe('loom build --weights', () => {
  const dir = tempDir('loom-pkgw-');
  const m = compileLanguageModel(gptFile, { batch: 2, optimizer: defaultOptimizer, config: tinyConfig });
  const state = initialState(m, 5);
  const ckpt = path.join(dir, 'ckpt.safetensors');
  // A checkpoint with an optimizer slot too: only the params are shipped.
  writeSafetensors(ckpt, new Map([...state].map(([name, data]) => [name, { dtype: 'F32' as const, shape: name.startsWith('optim.') ? [data.length] : m.weights.find((w) => w.name === name)!.shape, data }])));
  const tokens = Int32Array.from({ length: tinyConfig.ctx }, (_, i) => (i * 7 + 65) % 256);

  async function build(name: string, extra: string[]): Promise<{ out: string; logits: Float32Array; pkg: Record<string, unknown> }> {
    const out = path.join(dir, name);
    const r = await loomIn(['build', gptFile, '--target', 'js', '--inference', ...sets, '-o', out, '--weights', ckpt, '-q', ...extra]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const mod = (await import(pathToFileURL(path.join(out, 'index.js')).href)) as Package;
    const { weights } = (await import(pathToFileURL(path.join(out, 'weights.js')).href)) as { weights: URL };
    const model = await mod.load({ weights });
    const logits = await model.forward(tokens);
    model.dispose();
    return { out, logits, pkg: JSON.parse(fs.readFileSync(path.join(out, 'package.json'), 'utf8')) };
  }

  test('f32 in one file: the logits of the checkpoint itself; f16 and bf16 in shards: within their rounding', async () => {
    const f32 = await build('f32', []);
    expect(fs.readdirSync(f32.out).filter((f) => f.startsWith('weights')).sort()).toEqual(['weights.d.ts', 'weights.js', 'weights.safetensors']);
    expect(f32.pkg).toMatchObject({ exports: { './weights': { types: './weights.d.ts', import: './weights.js' } } });
    expect(f32.pkg.files).toEqual(expect.arrayContaining(['weights.js', 'weights.d.ts', 'weights.safetensors']));
    expect(fs.readFileSync(path.join(f32.out, 'README.md'), 'utf8')).toContain("import { weights } from 'loom-gpt/weights';\nconst model = await load({ weights });");
    const mod = (await import(pathToFileURL(path.join(f32.out, 'index.js')).href)) as Package;
    const direct = await mod.load({ weights: ckpt });
    expect([...f32.logits]).toEqual([...(await direct.forward(tokens))]);
    direct.dispose();

    const f16 = await build('f16', ['--weights-dtype', 'f16', '--shard-size', '8KiB']);
    const shards = fs.readdirSync(f16.out).filter((f) => /^weights-\d+-of-\d+\.safetensors$/.test(f));
    expect(shards.length).toBeGreaterThan(1);
    const index = JSON.parse(fs.readFileSync(path.join(f16.out, 'weights.safetensors.index.json'), 'utf8'));
    expect(Object.keys(index.weight_map).sort()).toEqual(m.weights.map((w) => w.name).sort());
    const bf16 = await build('bf16', ['--weights-dtype', 'bf16']);
    const worst = (a: Float32Array) => a.reduce((acc, v, i) => Math.max(acc, Math.abs(v - f32.logits[i]!)), 0);
    expect(worst(f16.logits)).toBeGreaterThan(0);
    expect(worst(f16.logits)).toBeLessThan(2e-3);
    expect(worst(bf16.logits)).toBeLessThan(2e-2);
    // The download halves: F16 stores 2 bytes per weight.
    const size = (d: string) => fs.readdirSync(d).filter((f) => f.endsWith('.safetensors')).reduce((a, f) => a + fs.statSync(path.join(d, f)).size, 0);
    expect(size(f16.out) / size(f32.out)).toBeLessThan(0.55);
  });

  test('a checkpoint of another model, or --weights-dtype without --weights, is refused', async () => {
    const other = path.join(dir, 'other.safetensors');
    writeSafetensors(other, { 'wte.w': { dtype: 'F32', shape: [2], data: [1, 2] } });
    const r = await loomIn(['build', gptFile, '--target', 'js', '--inference', ...sets, '-o', path.join(dir, 'bad'), '--weights', other, '-q']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/tensor "wte\.w" is \[2\]; the model needs \[256, 16\]/);
    const u = await loomIn(['build', gptFile, '--target', 'js', '-o', path.join(dir, 'bad2'), '--weights-dtype', 'f16']);
    expect(u.status).toBe(2);
    expect(u.stderr).toContain('--weights-dtype applies to shipped weights; add --weights FILE');
  });
});
