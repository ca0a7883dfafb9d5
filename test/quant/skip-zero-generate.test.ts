// Zero-skipping dReLU inference end to end (compiler/passes/skip-zero.ts):
// binary_gpt with ffn=drelu generates the same greedy tokens, with logits
// equal to 1e-5, on random weights and after a short training run, whether W_down's contraction skips zero activations or not;
// the rewrite touches only inference programs (W_down's contraction, one per
// block) and never a training graph; `loom generate` applies it by default,
// `--dense-ffn` turns it off, and the measured sparsity is reported. RWKV's
// ReLU² channel mix is rewritten too.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import type { Graph } from '../../compiler/graph/types.ts';
import { compileLanguageModel, type InferencePrograms } from '../../compiler/model.ts';
import { countSkipZeroMatmuls, skipZeroInference, skipZeroMatmuls } from '../../compiler/passes/skip-zero.ts';
import { compileGraph } from '../../compiler/program.ts';
import { binaryWeights } from '../../compiler/quant/binary-rewrite.ts';
import { quantizeInference } from '../../compiler/quant/rewrite.ts';
import { JS_TARGET } from '../../compiler/target.ts';
import { loadBackend } from '../../runtime/backend.ts';
import { loadCheckpoint } from '../../runtime/checkpoint.ts';
import { cachedModel, createGenerationSession, generate } from '../../runtime/generate.ts';
import { writeSafetensors } from '../../runtime/safetensors.ts';
import { initialState } from '../../runtime/train.ts';
import { loomIn } from '../cli/helpers.ts';
import { randomFeeds, resultDistance, run } from '../passes/helpers.ts';

const FILE = 'dsl-examples/binary_gpt.loom';
const compile = (ffn: string) => compileLanguageModel(FILE, { config: { ffn }, batch: 1, optimizer: defaultOptimizer, inference: { cacheLength: 32 } });
const count = (g: Graph, op: string) => g.nodes.filter((n) => n.op === op).length;
const kernels = (g: Graph) => compileGraph(g, { target: JS_TARGET }).lowered.kernels.map((k) => k.kernel.name);
const maxAbs = (a: Float32Array, b: Float32Array) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);

/** Prefill, 8 decode steps and 24 greedy tokens of `sparse` equal those of `dense` (logits to 1e-5, tokens exactly). */
async function expectSameGeneration(dense: InferencePrograms, sparse: InferencePrograms, weights: Map<string, Float32Array>): Promise<void> {
  const backend = await loadBackend('js');
  const ref = await createGenerationSession(backend, dense, weights);
  const skip = await createGenerationSession(backend, sparse, weights);
  try {
    const prompt = [...Buffer.from('Call me Ishmael.')];
    const tokens = Float32Array.from({ length: dense.prefillLength }, (_, i) => prompt[i] ?? 0);
    const a = (await ref.run('prefill', new Map([['tokens', tokens]]), ['output'])).get('output')!;
    const b = (await skip.run('prefill', new Map([['tokens', tokens]]), ['output'])).get('output')!;
    expect(maxAbs(a, b)).toBeLessThan(1e-5);
    for (let pos = prompt.length; pos < prompt.length + 8; pos++) {
      const step = new Map([['tokens', Float32Array.of(prompt[pos % prompt.length]!)], ['pos', Float32Array.of(pos)]]);
      expect(maxAbs((await ref.run('decode', step, ['output'])).get('output')!, (await skip.run('decode', step, ['output'])).get('output')!)).toBeLessThan(1e-5);
    }
    const greedy = { length: 24, temperature: 0 };
    const want = await generate(ref, cachedModel(dense, 256), prompt, greedy);
    expect(want).toHaveLength(24);
    expect(await generate(skip, cachedModel(sparse, 256), prompt, greedy)).toEqual(want);
  } finally {
    ref.dispose();
    skip.dispose();
  }
}

describe('skip-zero dReLU inference (binary_gpt, ffn=drelu, depth 2)', () => {
  const m = compile('drelu');
  const init = initialState(m, 7);
  const weights = new Map(m.weights.map((w) => [w.name, init.get(w.name)!]));
  const sparse = skipZeroInference(m.inference!);

  test("one skip_zero_matmul per block (W_down, on W, α, β) in prefill and decode; 2 kernels fewer: no W̃_down is formed", () => {
    for (const [dense, rewritten] of [[m.inference!.prefill, sparse.prefill], [m.inference!.decode, sparse.decode]] as const) {
      const ops = rewritten.nodes.filter((n) => n.op === 'skip_zero_matmul');
      expect(ops.map((n) => [n.attrs, n.inputs.slice(1).map((i) => (rewritten.nodes[i]!.attrs as { name: string }).name)])).toEqual([0, 1].map((b) => [
        { weight: 'binary' }, [`blocks.${b}.mlp.w_down.w`, `blocks.${b}.mlp.w_down.alpha`, `blocks.${b}.mlp.w_down.beta`],
      ]));
      expect(count(rewritten, 'einsum')).toBe(count(dense, 'einsum') - 2);
      const before = kernels(dense);
      const after = kernels(rewritten);
      // Per block, dense: W̃_down = α ⊙ sign(W) + β (an elementwise kernel), then the contraction; rewritten: one skipmm.
      expect(after).toHaveLength(before.length - 2);
      expect(after.filter((k) => k.endsWith('_skipmm'))).toHaveLength(2);
      expect(after.filter((k) => k.endsWith('_einsum'))).toHaveLength(before.filter((k) => k.endsWith('_einsum')).length - 2);
    }
    // GELU is not ReLU-sparse; packed binary weights (sign_matmul on column words) are not covered.
    expect(countSkipZeroMatmuls(compile('gelu').inference!.decode)).toBe(0);
    expect(countSkipZeroMatmuls(quantizeInference(m.inference!, { format: 'binary', weights: binaryWeights(m.graphs.forward) }).decode)).toBe(0);
  });

  test('training graphs are never rewritten: the train step and the loss are refused, naming why; compiled graphs have no skip op', () => {
    expect(() => skipZeroMatmuls(m.graphs.train, 'train')).toThrow(/^skip-zero: train is a training graph \(it updates weight "[\w.]+"\); zero-skipping matmuls have no gradient and only rewrite inference programs$/);
    expect(() => skipZeroMatmuls(m.graphs.loss, 'loss')).toThrow('skip-zero: loss is a training graph (it outputs "loss"); zero-skipping matmuls have no gradient and only rewrite inference programs');
    for (const g of Object.values(m.graphs)) expect(count(g, 'skip_zero_matmul')).toBe(0);
    expect(count(skipZeroMatmuls(m.graphs.forward, 'forward'), 'skip_zero_matmul')).toBe(2);
  });

  test('random weights: prefill and 8 decode steps equal the dense programs to 1e-5; 24 greedy tokens identical', async () => {
    await expectSameGeneration(m.inference!, sparse, weights);
  });

  test('after 30 training steps on the corpus: the same', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loom-skip-'));
    try {
      const ckpt = path.join(dir, 'ckpt.safetensors');
      const r = await loomIn(['train', FILE, '--set', 'ffn=drelu', '--steps', '30', '--threads', '1', '--out', ckpt]);
      expect(r.status, r.stderr).toBe(0);
      const trained = new Map([...loadCheckpoint(ckpt).params].map(([name, t]) => [name, Float32Array.from(t.data)]));
      await expectSameGeneration(m.inference!, sparse, trained);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  test('loom generate skips zeros by default and reports the sparsity; --dense-ffn gives the same text', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loom-skip-'));
    try {
      const ckpt = path.join(dir, 'ckpt.safetensors');
      writeSafetensors(ckpt, new Map(m.weights.map((w) => [w.name, { dtype: 'F32' as const, shape: w.shape, data: weights.get(w.name)! }])), { config: JSON.stringify({ ffn: 'drelu' }) });
      const args = ['generate', FILE, '--ckpt', ckpt, '--prompt', 'Call me ', '--length', '12', '--temperature', '0'];
      const skip = await loomIn(args);
      const dense = await loomIn([...args, '--dense-ffn']);
      expect(skip.status).toBe(0);
      expect(dense.status).toBe(0);
      expect(skip.stdout).toBe(dense.stdout);
      expect(dense.stderr).toBe('');
      const report = /^skip-zero: 2 ReLU-sparse matmuls per decode step skip zero activations \(--dense-ffn to turn off\); (\d+\.\d)% of feed-forward activations were zero over the text's last 20 tokens\n$/.exec(skip.stderr);
      expect(report, skip.stderr).not.toBeNull();
      const share = Number(report![1]);
      expect(share).toBeGreaterThan(60);
      expect(share).toBeLessThan(95);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

test("rwkv.loom's channel mix, W_v relu(W_k x)², is ReLU-sparse too: rewritten in each block, the same decode values", () => {
  const m = compileLanguageModel('dsl-examples/rwkv.loom', { batch: 1, optimizer: defaultOptimizer, inference: {} });
  const dense = m.inference!.decode;
  const sparse = skipZeroMatmuls(dense, 'decode');
  expect(count(sparse, 'skip_zero_matmul')).toBe(2);
  const feeds = randomFeeds(dense);
  feeds.inputs.set('tokens', Float64Array.of(65));
  expect(resultDistance(run(sparse, feeds), run(dense, feeds))).toBeLessThan(1e-12);
});
