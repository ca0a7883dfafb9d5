// The generated js-target module, imported and run: it computes what loom's
// JS backend computes for the same graphs, params and inputs.
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { jsBackend } from '../../runtime/backends/js/session.ts';
import { compileLanguageModel } from '../../compiler/model.ts';
import { initialState } from '../../runtime/train.ts';
import { makeRng } from '../../runtime/sample.ts';
import { gptFile, tinyBundle, tinyConfig, writeTemp } from './helpers.ts';

// The generated module's API, as its index.ts declares it.
interface GeneratedJs {
  model: string;
  shapes: { batch: number; ctx: number; forwardBatch: number };
  paramSpecs: Record<string, { shape: readonly number[] }>;
  initParams(seed?: number): Record<string, Float32Array>;
  initTrainState(params: Record<string, Float32Array>): Record<string, Float32Array>;
  forward(params: Record<string, Float32Array>, tokens: Int32Array): Float32Array;
  trainStep(state: Record<string, Float32Array>, tokens: Int32Array, targets: Int32Array, step: number): { loss: number; gradNorm: number; lr: number };
  generate(params: Record<string, Float32Array>, prompt: readonly number[], options?: { length?: number; temperature?: number; topK?: number; seed?: number }): number[];
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, what: string): void {
  expect(actual.length, what).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    if (Math.abs(a - e) > 1e-6 * Math.max(1, Math.abs(e))) throw new Error(`${what}[${i}]: ${a} != ${e}`);
  }
}

const randomTokens = (n: number, vocab: number, seed: number): Int32Array => {
  const rng = makeRng(seed);
  return Int32Array.from({ length: n }, () => Math.floor(rng() * vocab));
};

describe('generated js module (gpt, tiny config)', () => {
  let mod: GeneratedJs;
  const m = compileLanguageModel(gptFile, { config: tinyConfig, batch: 2, optimizer: defaultOptimizer, forwardBatch: 1 });
  const { batch, ctx } = m.shapes;

  beforeAll(async () => {
    const dir = writeTemp(tinyBundle('js'));
    mod = (await import(path.join(dir, 'index.ts'))) as GeneratedJs;
  });

  it('declares the model, shapes and every param with its shape', () => {
    expect(mod.model).toBe('GPT');
    expect(mod.shapes).toEqual({ batch: 2, ctx: 16, forwardBatch: 1 });
    expect(Object.keys(mod.paramSpecs)).toEqual(m.weights.map((w) => w.name));
    for (const w of m.weights) expect([...mod.paramSpecs[w.name]!.shape]).toEqual([...w.shape]);
  });

  it('initialises params bit-identically to loom', () => {
    const ours = mod.initParams(7);
    const loom = initialState(m, 7);
    for (const w of m.weights) expect(ours[w.name]).toEqual(loom.get(w.name));
  });

  it('runs forward and three train steps as the js backend does', async () => {
    const params = mod.initParams(3);
    const state = mod.initTrainState(params);
    const session = await jsBackend.createSession({ forward: m.graphs.forward, train: m.graphs.train }, initialState(m, 3));

    const fwdTokens = randomTokens(ctx, 256, 1);
    const want = (await session.run('forward', new Map([['tokens', Float32Array.from(fwdTokens)]]))).get('output')!;
    expectClose(mod.forward(params, fwdTokens), want, 'forward output');

    for (let step = 0; step < 3; step++) {
      const tokens = randomTokens(batch * ctx, 256, 10 + step);
      const targets = randomTokens(batch * ctx, 256, 20 + step);
      const out = await session.run('train', new Map([
        ['tokens', Float32Array.from(tokens)], ['targets', Float32Array.from(targets)], ['step', Float32Array.of(step)],
      ]));
      const got = mod.trainStep(state, tokens, targets, step);
      expectClose([got.loss, got.gradNorm, got.lr], [out.get('loss')![0]!, out.get('grad_norm')![0]!, out.get('lr')![0]!], `step ${step} figures`);
    }
    const after = await session.readState();
    for (const [name, value] of after) expectClose(state[name]!, value, `state ${name}`);
    // The trained weights give the same forward pass too.
    const trained = Object.fromEntries(m.weights.map((w) => [w.name, state[w.name]!]));
    const want2 = (await session.run('forward', new Map([['tokens', Float32Array.from(fwdTokens)]]))).get('output')!;
    expectClose(mod.forward(trained, fwdTokens), want2, 'forward after training');
    session.dispose();
  });

  it('generates tokens of the right length in [0, vocab), reproducibly', () => {
    const params = mod.initParams(0);
    const a = mod.generate(params, [72, 105], { length: 20, temperature: 0.8, topK: 40, seed: 5 });
    expect(a).toHaveLength(20);
    for (const t of a) expect(Number.isInteger(t) && t >= 0 && t < 256).toBe(true);
    expect(mod.generate(params, [72, 105], { length: 20, temperature: 0.8, topK: 40, seed: 5 })).toEqual(a);
    // Longer than ctx: the window slides.
    expect(mod.generate(params, [1], { length: ctx + 4, temperature: 0 })).toHaveLength(ctx + 4);
  });

  it('rejects bad inputs with messages that name them', () => {
    const params = mod.initParams(0);
    expect(() => mod.forward(params, new Int32Array(3))).toThrow('input "tokens" has 3 elements; program "forward" needs 16 ([1, 16])');
    const bad = new Int32Array(ctx);
    bad[4] = 300;
    expect(() => mod.forward(params, bad)).toThrow(/^input "tokens": value 300 at \[0, 4\] is out of range \[0, 256\) for param "wte\.w" at compiler\/std\/nn\.loom:\d+:\d+$/);
    // Targets are class indices (the one-hot of cross-entropy): checked too, instead of a silent loss of -0.
    const state = mod.initTrainState(params);
    const targets = new Int32Array(batch * ctx);
    targets[ctx + 1] = 256;
    expect(() => mod.trainStep(state, new Int32Array(batch * ctx), targets, 0))
      .toThrow(/^input "targets": value 256 at \[1, 1\] is out of range \[0, 256\) for the one-hot classes arange\(256\) at compiler\/std\/functional\.loom:\d+:\d+$/);
    expect(() => mod.generate(params, [])).toThrow(/prompt is empty/);
  });
});
