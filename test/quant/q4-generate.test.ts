// q4_0 inference end to end: the prefill and decode programs rewritten so
// every contraction by a quantised weight is one q4_matmul on its blocks
// (compiler/quant/rewrite.ts) equal the f32 programs run on the dequantised
// weights; a q4_0 checkpoint file loads as kernel words with its shapes
// checked (compiler/quant/checkpoint.ts).
import { describe, expect, test } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import type { Graph } from '../../compiler/graph/types.ts';
import { compileLanguageModel } from '../../compiler/model.ts';
import { compileGraph } from '../../compiler/program.ts';
import { modelCheckpoint, q4ShapeKey, QUANT_METADATA } from '../../compiler/quant/checkpoint.ts';
import { dequantizeMatrix, q4Words, quantizeMatrix } from '../../compiler/quant/q4_0.ts';
import { quantizedWeightShapes, quantizeInference, quantizeMatmuls } from '../../compiler/quant/rewrite.ts';
import { matmulWeights } from '../../compiler/quant/select.ts';
import { JS_TARGET } from '../../compiler/target.ts';
import { loadBackend } from '../../runtime/backend.ts';
import { createGenerationSession } from '../../runtime/generate.ts';
import { initialState } from '../../runtime/train.ts';

const GPT = 'dsl-examples/gpt.loom';

function quantizedGpt() {
  const m = compileLanguageModel(GPT, { batch: 1, optimizer: defaultOptimizer, inference: { cacheLength: 32 } });
  const init = initialState(m, 3);
  const targets = matmulWeights(m.graphs.forward);
  const f32 = new Map<string, Float32Array>();
  const q4 = new Map<string, Float32Array>();
  const blocks = new Map<string, Uint8Array>();
  for (const { name } of m.weights) {
    const w = init.get(name)!;
    const dims = targets.get(name);
    if (!dims) {
      f32.set(name, w);
      q4.set(name, w);
      continue;
    }
    const b = quantizeMatrix(w, dims[0], dims[1]);
    blocks.set(name, b);
    f32.set(name, dequantizeMatrix(b, dims[0], dims[1]));
    q4.set(name, q4Words(b));
  }
  return { m, targets, f32, q4, blocks };
}

const kernelLabels = (g: Graph) => compileGraph(g, { target: JS_TARGET }).lowered.kernels.map((k) => k.kernel.name);

describe('q4_0 generation programs', () => {
  test('gpt: 12 weights quantised; prefill and decode on the blocks equal the f32 programs on the dequantised weights', async () => {
    const { m, targets, f32, q4 } = quantizedGpt();
    expect([...targets.keys()].length).toBe(12);
    const p = m.inference!;
    const qp = quantizeInference(p, { format: 'q4_0', weights: targets });
    // No contraction reads a quantised weight any more: each is one q4mm kernel.
    const q4Kernels = kernelLabels(qp.decode).filter((k) => k.endsWith('_q4mm'));
    expect(q4Kernels.length).toBe(12);
    for (const g of [qp.prefill, qp.decode]) {
      const params = g.nodes.filter((n) => n.op === 'param' && targets.has((n.attrs as { name: string }).name));
      expect(params.map((n) => n.type.shape)).toEqual(params.map((n) => {
        const [K, N] = targets.get((n.attrs as { name: string }).name)!;
        return [N, (K / 32) * 6];
      }));
    }
    const backend = await loadBackend('js');
    const ref = await createGenerationSession(backend, p, f32);
    const quant = await createGenerationSession(backend, qp, q4);
    try {
      const tokens = new Float32Array(p.prefillLength);
      'Call me Ishmael.'.split('').forEach((c, i) => { tokens[i] = c.charCodeAt(0); });
      const feeds = new Map([['tokens', tokens]]);
      const a = (await ref.run('prefill', feeds, ['output'])).get('output')!;
      const b = (await quant.run('prefill', feeds, ['output'])).get('output')!;
      let worst = 0;
      for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
      expect(worst).toBeLessThan(1e-4);
      const step = new Map([['tokens', Float32Array.of(101)], ['pos', Float32Array.of(16)]]);
      const da = (await ref.run('decode', step, ['output'])).get('output')!;
      const db = (await quant.run('decode', step, ['output'])).get('output')!;
      worst = 0;
      for (let i = 0; i < da.length; i++) worst = Math.max(worst, Math.abs(da[i]! - db[i]!));
      expect(worst).toBeLessThan(1e-4);
    } finally {
      ref.dispose();
      quant.dispose();
    }
  });

  test('a weight read other than by a contraction is refused, naming it and the reader', () => {
    const { m } = quantizedGpt();
    // The token embedding is read by a gather (and the tied head): not a matmul weight.
    const wte = m.weights.find((w) => w.name.includes('wte'))!;
    expect(() => quantizeMatmuls(m.inference!.decode, new Map([[wte.name, wte.shape as [number, number]]]))).toThrow(
      new RegExp(`q4_0: weight "${wte.name.replace(/\./g, '\\.')}" is read by \\w+ %\\d+`),
    );
    expect(() => quantizeMatmuls(m.inference!.decode, new Map([['no.such.weight', [64, 64]]]))).toThrow('q4_0: the model has no weight "no.such.weight"');
  });
});

describe('q4_0 checkpoints', () => {
  const metadata = (entries: Record<string, string>) => ({ [QUANT_METADATA]: 'q4_0', ...entries });

  test('blocks load as kernel words; other tensors as f32; shapes follow quantizedWeightShapes', () => {
    const { m, targets, blocks } = quantizedGpt();
    const [name, [K, N]] = [...targets][0]!;
    const tensors = new Map([[name, { dtype: 'U8' as const, shape: [N, K / 32, 18], data: blocks.get(name)! }], ['other', { dtype: 'F32' as const, shape: [2], data: Float32Array.of(1, 2) }]]);
    const { checkpoint, quantized } = modelCheckpoint({ tensors, metadata: metadata({ [q4ShapeKey(name)]: JSON.stringify([K, N]) }) }, 'x.safetensors');
    expect(quantized).toEqual({ format: 'q4_0', weights: new Map([[name, [K, N]]]) });
    expect(checkpoint.params.get(name)!.shape).toEqual([N, (K / 32) * 6]);
    expect(checkpoint.params.get(name)!.data).toEqual(q4Words(blocks.get(name)!));
    expect([...checkpoint.params.get('other')!.data]).toEqual([1, 2]);
    expect(quantizedWeightShapes(m.weights, quantized!).get(name)).toEqual([N, (K / 32) * 6]);
  });

  test('malformed quantisation metadata and blocks are reported with the file and the tensor', () => {
    const u8 = (shape: number[]) => ({ dtype: 'U8' as const, shape, data: new Uint8Array(shape.reduce((a, d) => a * d, 1)) });
    const load = (tensors: Map<string, ReturnType<typeof u8>>, meta: Record<string, string>) => () => modelCheckpoint({ tensors, metadata: meta }, 'q.safetensors');
    expect(load(new Map(), { [QUANT_METADATA]: 'q8_0' })).toThrow('checkpoint q.safetensors: quantisation "q8_0" is not supported (this version reads "q4_0", "binary")');
    expect(load(new Map(), metadata({}))).toThrow('no weight is listed');
    expect(load(new Map(), metadata({ [q4ShapeKey('w')]: '[33, 4]' }))).toThrow('metadata "loom.q4_0.w" must be the weight\'s shape [in, out] with in a multiple of 32, got [33, 4]');
    expect(load(new Map(), metadata({ [q4ShapeKey('w')]: '[64, 4]' }))).toThrow('quantised weight "w" has no tensor');
    expect(load(new Map([['w', u8([4, 2, 17])]]), metadata({ [q4ShapeKey('w')]: '[64, 4]' }))).toThrow(
      'quantised weight "w" must be U8 [4, 2, 18] (q4_0 of [64, 4]), got U8 [4, 2, 17]',
    );
  });
});
