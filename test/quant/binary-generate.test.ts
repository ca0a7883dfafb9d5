// Packed binary inference end to end: binary_gpt's prefill and decode
// programs with every BinaryLinear contraction rewritten to sign_matmul on
// one-bit signs (compiler/quant/binary-rewrite.ts) equal the f32 programs on
// the same weights; `loom quantize --format binary` writes the packed file.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import type { Graph } from '../../compiler/graph/types.ts';
import { compileLanguageModel } from '../../compiler/model.ts';
import { compileGraph } from '../../compiler/program.ts';
import { binaryWeights } from '../../compiler/quant/binary-rewrite.ts';
import { loadModelCheckpoint } from '../../compiler/quant/checkpoint.ts';
import { quantizedWeightShapes, quantizeInference } from '../../compiler/quant/rewrite.ts';
import { packSigns, signKernelWords, signWords } from '../../compiler/quant/sign1.ts';
import { JS_TARGET } from '../../compiler/target.ts';
import { loadBackend } from '../../runtime/backend.ts';
import { createGenerationSession } from '../../runtime/generate.ts';
import { writeSafetensors } from '../../runtime/safetensors.ts';
import { initialState } from '../../runtime/train.ts';
import { loomIn } from '../cli/helpers.ts';

const FILE = 'dsl-examples/binary_gpt.loom';
const kernels = (g: Graph) => compileGraph(g, { target: JS_TARGET }).lowered.kernels.map((k) => k.kernel.name);
const maxAbs = (a: Float32Array, b: Float32Array) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);

describe('packed binary inference', () => {
  const m = compileLanguageModel(FILE, { batch: 1, optimizer: defaultOptimizer, inference: { cacheLength: 32 } });
  const init = initialState(m, 7);
  const weights = new Map(m.weights.map((w) => [w.name, init.get(w.name)!]));
  const targets = binaryWeights(m.graphs.forward);

  test('12 binary weights (4 attention and 2 feed-forward projections per block); one sign_matmul kernel each, no f32 W̃', () => {
    expect(targets.size).toBe(12);
    const p = quantizeInference(m.inference!, { format: 'binary', weights: targets });
    expect(kernels(p.decode).filter((k) => k.endsWith('_signmm'))).toHaveLength(12);
    for (const g of [p.prefill, p.decode]) {
      expect(g.nodes.some((n) => n.op === 'unary' && (n.attrs as { op: string }).op === 'sign')).toBe(false);
    }
    const shapes = quantizedWeightShapes(m.weights, { format: 'binary', weights: targets });
    for (const [name, [K, N]] of targets) expect(shapes.get(name)).toEqual([N, signWords(K)]);
  });

  test('prefill and decode on packed signs equal the f32 programs on the same weights', async () => {
    const packed = new Map(weights);
    for (const [name, [K, N]] of targets) packed.set(name, signKernelWords(packSigns(weights.get(name)!, K, N, name)));
    const backend = await loadBackend('js');
    const ref = await createGenerationSession(backend, m.inference!, weights);
    const bin = await createGenerationSession(backend, quantizeInference(m.inference!, { format: 'binary', weights: targets }), packed);
    try {
      const tokens = Float32Array.from({ length: m.inference!.prefillLength }, (_, i) => (i < 12 ? 'Call me Ishma'.charCodeAt(i) : 0));
      const a = (await ref.run('prefill', new Map([['tokens', tokens]]), ['output'])).get('output')!;
      const b = (await bin.run('prefill', new Map([['tokens', tokens]]), ['output'])).get('output')!;
      expect(maxAbs(a, b)).toBeLessThan(1e-4);
      const step = new Map([['tokens', Float32Array.of(97)], ['pos', Float32Array.of(12)]]);
      expect(maxAbs((await ref.run('decode', step, ['output'])).get('output')!, (await bin.run('decode', step, ['output'])).get('output')!)).toBeLessThan(1e-4);
    } finally {
      ref.dispose();
      bin.dispose();
    }
  });

  test('loom quantize --format binary: 1 bit per weight plus padding, read back as kernel words', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loom-bin-'));
    try {
      const ckpt = path.join(dir, 'ckpt.safetensors');
      writeSafetensors(ckpt, new Map(m.weights.map((w) => [w.name, { dtype: 'F32' as const, shape: w.shape, data: weights.get(w.name)! }])));
      const out = path.join(dir, 'bin.safetensors');
      const r = await loomIn(['quantize', FILE, '--ckpt', ckpt, '-o', out, '--format', 'binary']);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^12 matmul weights → binary: 98,304 weights in 13\.1 KiB \(1\.09 bits per weight\)/);
      const loaded = loadModelCheckpoint(out);
      expect(loaded.quantized?.format).toBe('binary');
      const [name, [K, N]] = [...targets][0]!;
      expect(loaded.checkpoint.params.get(name)!.shape).toEqual([N, signWords(K)]);
      expect([...loaded.checkpoint.params.get(name)!.data]).toEqual([...signKernelWords(packSigns(weights.get(name)!, K, N, name))]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
