// The generated webgpu-target module on a real device (skipped, with the
// reason logged, where there is no WebGPU adapter, and failing instead under
// LOOM_REQUIRE_WEBGPU=1 as in CI; see test/webgpu/require-adapter.ts):
// forward and train steps agree with loom's JS backend.
import * as path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { jsBackend } from '../../runtime/backends/js/session.ts';
import { compileLanguageModel } from '../../compiler/model.ts';
import { initialState } from '../../runtime/train.ts';
import { makeRng } from '../../runtime/sample.ts';
import { describeWebGpu } from '../webgpu/require-adapter.ts';
import { gptFile, tinyBundle, tinyConfig, writeTemp } from './helpers.ts';

interface LoadedModel { dispose(): void }
interface GeneratedWebGpu {
  initParams(seed?: number): Record<string, Float32Array>;
  load(device: unknown, params: Record<string, Float32Array>): Promise<LoadedModel>;
  forward(model: LoadedModel, tokens: Int32Array): Promise<Float32Array>;
  trainStep(model: LoadedModel, tokens: Int32Array, targets: Int32Array, step: number): Promise<{ loss: number; gradNorm: number; lr: number }>;
  generate(model: LoadedModel, prompt: readonly number[], options?: { length?: number; seed?: number }): Promise<number[]>;
  readParams(model: LoadedModel): Promise<Record<string, Float32Array>>;
}

function expectNear(actual: ArrayLike<number>, expected: ArrayLike<number>, what: string, tol = 2e-4): void {
  expect(actual.length, what).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    if (!(Math.abs(a - e) <= tol * Math.max(1, Math.abs(e)))) throw new Error(`${what}[${i}]: ${a} != ${e}`);
  }
}

const randomTokens = (n: number, seed: number): Int32Array => {
  const rng = makeRng(seed);
  return Int32Array.from({ length: n }, () => Math.floor(rng() * 256));
};

type GpuHandle = () => { device: unknown };
const suite: (name: string, fn: (gpu: GpuHandle) => void) => void = describeWebGpu;

suite('generated webgpu module (gpt, tiny config)', (gpu) => {
  let mod: GeneratedWebGpu;
  const m = compileLanguageModel(gptFile, { config: tinyConfig, batch: 2, optimizer: defaultOptimizer, forwardBatch: 1 });
  const { batch, ctx } = m.shapes;

  beforeAll(async () => {
    mod = (await import(path.join(writeTemp(tinyBundle('webgpu')), 'index.ts'))) as GeneratedWebGpu;
  });

  it('runs forward, train steps and generate as the js backend does', async () => {
    const model = await mod.load(gpu().device, mod.initParams(3));
    const session = await jsBackend.createSession({ forward: m.graphs.forward, train: m.graphs.train }, initialState(m, 3));
    try {
      const tokens = randomTokens(ctx, 1);
      const want = (await session.run('forward', new Map([['tokens', Float32Array.from(tokens)]]))).get('output')!;
      expectNear(await mod.forward(model, tokens), want, 'forward output');
      for (let step = 0; step < 2; step++) {
        const t = randomTokens(batch * ctx, 10 + step);
        const y = randomTokens(batch * ctx, 20 + step);
        const out = await session.run('train', new Map([['tokens', Float32Array.from(t)], ['targets', Float32Array.from(y)], ['step', Float32Array.of(step)]]));
        const got = await mod.trainStep(model, t, y, step);
        expectNear([got.loss, got.gradNorm, got.lr], [out.get('loss')![0]!, out.get('grad_norm')![0]!, out.get('lr')![0]!], `step ${step}`);
      }
      const params = await mod.readParams(model);
      const state = await session.readState();
      for (const w of m.weights) expectNear(params[w.name]!, state.get(w.name)!, w.name, 1e-3);
      const generated = await mod.generate(model, [72], { length: 5, seed: 1 });
      expect(generated).toHaveLength(5);
      for (const tok of generated) expect(tok >= 0 && tok < 256).toBe(true);
    } finally {
      model.dispose();
      session.dispose();
    }
  });
});
