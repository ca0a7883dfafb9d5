// `loom build`: the bundle as an npm package. The js package is packed with
// `npm pack`, installed into an empty project without the network, and run
// by plain `node` (no loom, no TypeScript): it must generate the same tokens
// as the package's own module imported in-process. Every target's module
// must type-check as it is compiled to JavaScript (packageBundle refuses
// otherwise), and package.json must describe an ES module with types.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { packageBundle, writeFiles } from '../../compiler/emit/index.ts';
import { writeSafetensors } from '../../runtime/safetensors.ts';
import { tempDir, tinyBundle } from './helpers.ts';

const npm = (args: string[], cwd: string) => spawnSync('npm', [...args, '--no-audit', '--no-fund', '--offline'], { cwd, encoding: 'utf8' });

describe('loom build: an npm package', () => {
  test.each(['js', 'webgpu', 'cuda'] as const)('%s: ES module with declarations, kernels and package.json', (target) => {
    const files = packageBundle(tinyBundle(target), { name: 'tiny-gpt', version: '1.2.3' });
    const pkg = JSON.parse(files.get('package.json')!);
    expect(pkg).toMatchObject({
      name: 'tiny-gpt', version: '1.2.3', type: 'module',
      exports: { '.': { types: './index.d.ts', import: './index.js' } },
      loom: { target },
    });
    expect(pkg.dependencies).toEqual(target === 'cuda' ? { koffi: '^3.3.4' } : {});
    expect(files.has('index.ts')).toBe(false);
    expect(files.get('index.d.ts')).toMatch(/export declare function initParams\(seed\?: number\): Params;/);
    expect(files.get('index.js')).toMatch(/^export (async )?function forward\(/m);
    expect([...files.keys()].some((f) => f.startsWith('kernels/'))).toBe(true);
  });

  test('names and versions are checked', () => {
    const bundle = tinyBundle('js');
    expect(() => packageBundle(bundle, { name: 'Tiny GPT' })).toThrow('"Tiny GPT" is not a valid npm package name');
    expect(() => packageBundle(bundle, { version: 'one' })).toThrow('"one" is not a semantic version (like 1.2.3)');
  });

  test('npm pack, install into an empty project, run with node alone', async () => {
    const dir = tempDir('loom-package-');
    writeFiles(dir, packageBundle(tinyBundle('js'), { name: 'tiny-gpt' }));
    const pack = npm(['pack', '--silent'], dir);
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = path.join(dir, pack.stdout.trim().split('\n').at(-1)!);
    const consumer = tempDir('loom-consumer-');
    fs.writeFileSync(path.join(consumer, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
    const install = npm(['install', tarball], consumer);
    expect(install.status, install.stderr).toBe(0);
    // Weights as a safetensors file beside the script: the package reads them itself.
    const own = await import(pathToFileURL(path.join(dir, 'index.js')).href) as typeof import('../../generated/gpt/js/index.ts');
    const params = own.initParams(3) as unknown as Record<string, Float32Array>;
    writeSafetensors(path.join(consumer, 'weights.safetensors'), new Map(Object.entries(params).map(([name, data]) => [name, { dtype: 'F32' as const, shape: [...own.paramSpecs[name as keyof typeof own.paramSpecs].shape], data }])));
    const script = [
      "import { load } from 'tiny-gpt';",
      "const model = await load({ weights: 'weights.safetensors' });",
      'const tokens = [];',
      'for await (const token of model.generate([67, 97, 108, 108], { maxTokens: 6, temperature: 0 })) tokens.push(token);',
      'console.log(JSON.stringify(tokens));',
    ].join('\n');
    fs.writeFileSync(path.join(consumer, 'run.mjs'), script);
    const run = spawnSync(process.execPath, ['run.mjs'], { cwd: consumer, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const fromNode = JSON.parse(run.stdout) as number[];
    expect(fromNode).toEqual(own.generate(own.initParams(3), [67, 97, 108, 108], { length: 6, temperature: 0 }));
    expect(fromNode).toHaveLength(6);
  });
});

describe('loadParams: weights from safetensors in a bundle', () => {
  test('f16 weights widen to f32; a missing or misshapen tensor is named', async () => {
    const dir = tempDir('loom-package-');
    writeFiles(dir, packageBundle(tinyBundle('js'), { name: 'tiny-gpt' }));
    const own = await import(pathToFileURL(path.join(dir, 'index.js')).href) as typeof import('../../generated/gpt/js/index.ts');
    const specs = own.paramSpecs as Record<string, { shape: readonly number[] }>;
    const [first, ...rest] = Object.keys(specs);
    const file = path.join(dir, 'w.safetensors');
    // F16 bits of 0.5 for the first tensor; the rest f32 zeros.
    const half = new Uint16Array(specs[first!]!.shape.reduce((a, b) => a * b, 1)).fill(0x3800);
    const tensors = new Map<string, { dtype: 'F32'; shape: number[]; data: Float32Array }>(rest.map((n) => [n, { dtype: 'F32', shape: [...specs[n]!.shape], data: new Float32Array(specs[n]!.shape.reduce((a, b) => a * b, 1)) }]));
    writeSafetensors(file, tensors);
    await expect(own.loadParams(file)).rejects.toThrow(`${file}: no tensor "${first}" (the model needs f32[${specs[first!]!.shape.join(', ')}])`);
    // Append the f16 tensor by hand: writeSafetensors writes only f32/f64/ints.
    const { encodeF16File } = await import('./f16-file.ts');
    fs.writeFileSync(file, encodeF16File(first!, specs[first!]!.shape, half, tensors));
    const params = await own.loadParams(new Uint8Array(fs.readFileSync(file))) as unknown as Record<string, Float32Array>;
    expect(params[first!]![0]).toBe(0.5);
    expect(params[rest[0]!]!.length).toBe(specs[rest[0]!]!.shape.reduce((a, b) => a * b, 1));
    const bad = new Map(tensors);
    bad.set(rest[0]!, { dtype: 'F32', shape: [1], data: new Float32Array(1) });
    fs.writeFileSync(file, encodeF16File(first!, specs[first!]!.shape, half, bad));
    await expect(own.loadParams(file)).rejects.toThrow(`tensor "${rest[0]}" is [1]; the model needs [${specs[rest[0]!]!.shape.join(', ')}]`);
  });
});
