// loom compile and loom kernels, through the real CLI.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gptFile, loom, tempDir, tinyGpt } from '../cli/helpers.ts';

describe('loom compile', () => {
  it('writes a bundle: module, kernels, manifest', () => {
    const out = path.join(tempDir(), 'gpt');
    const r = loom(['compile', gptFile, '--target', 'webgpu', '-o', out, '--batch', '2', ...tinyGpt]);
    expect(r.stderr).toMatch(/forward \d+ kernels, train step \d+ kernels; generate through the KV cache: prefill \d+ kernels, decode \d+ kernels/);
    expect(r.status).toBe(0);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(manifest.command).toBe('loom compile dsl-examples/gpt.loom --target webgpu --batch 2 --set ctx=16 --set depth=1 --set dim=16 --set heads=2');
    expect(fs.readFileSync(path.join(out, 'index.ts'), 'utf8')).toContain('export async function trainStep(model: GpuModel');
    for (const k of manifest.kernels) expect(fs.existsSync(path.join(out, k.file))).toBe(true);
  });

  it('loom build --inference: a package with the forward pass alone', () => {
    const out = path.join(tempDir(), 'pkg');
    const r = loom(['build', gptFile, '--target', 'webgpu', '--inference', '-o', out, ...tinyGpt]);
    expect(r.status, r.stderr).toBe(0);
    const files = fs.readdirSync(out, { recursive: true }).map(String);
    expect(files.filter((f) => f.includes('trainStep'))).toEqual([]);
    // The forward pass and cached generation's prefill and decode: one .wgsl per launch.
    const { programs } = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    expect(Object.keys(programs)).toEqual(['decode', 'forward', 'prefill']); // manifest keys are sorted
    expect(files.filter((f) => f.endsWith('.wgsl')).length).toBe(programs.forward.launches + programs.prefill.launches + programs.decode.launches);
    const types = fs.readFileSync(path.join(out, 'index.d.ts'), 'utf8');
    expect(types).toContain('export declare function load(options: LoadOptions): Promise<Model>;');
    expect(types).not.toContain('trainStep');
  });

  // Exit 2: the command line is wrong; exit 1: the model is (docs/cli.md).
  const fails = (args: string[], message: RegExp, status = 2) => {
    const r = loom(['compile', ...args]);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(status);
  };
  // The targets are compiler/target.ts's TARGET_NAMES.
  it('refuses an unknown target', () => fails([gptFile, '--target', 'metal', '-o', tempDir()], /--target must be one of js, webgpu, cuda, got metal/));
  it('refuses a missing -o', () => fails([gptFile, '--target', 'js'], /--out is required/));
  it('refuses a missing file', () => fails(['nope/missing.loom', '--target', 'js', '-o', tempDir()], /nope\/missing\.loom does not exist/));
  it('reports a broken model with its diagnostics', () => {
    const file = path.join(tempDir(), 'bad.loom');
    fs.writeFileSync(file, 'model M(dim: int = 8) {\n  forward(x: [B, dim]) = x +\n}\n');
    fails([file, '--target', 'js', '-o', tempDir()], /bad\.loom:\d+:\d+: error/, 1);
  });
});

describe('loom kernels', () => {
  it('lists the kernels of a program with kind, location and buffers', () => {
    const r = loom(['kernels', gptFile, '--program', 'train', ...tinyGpt]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^# GPT train for js: \d+ kernels/);
    expect(lines[1]).toMatch(/^k0_\w+\t(gather|elementwise|reduction|contraction|scatter|copy)\t\S+\t\w+\[\d+\]/);
  });
  it('prints one kernel\'s source', () => {
    const r = loom(['kernels', gptFile, '--target', 'webgpu', '--source', 'k0_gather', ...tinyGpt]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('@compute @workgroup_size(');
    expect(r.stdout).toContain('fn k0_gather(');
  });
});
