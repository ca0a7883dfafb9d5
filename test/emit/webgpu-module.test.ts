// The generated webgpu-target module on a real device (skipped, with the
// reason logged, where there is no WebGPU adapter, and failing instead under
// LOOM_REQUIRE_WEBGPU=1 as in CI; see test/webgpu/require-adapter.ts):
// forward and train steps agree with loom's JS backend; the model API
// (load, forward, generate) gives the js bundle's greedy tokens.
import * as path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { jsBackend } from '../../runtime/backends/js/session.ts';
import { compileLanguageModel } from '../../compiler/model.ts';
import { initialState } from '../../runtime/train.ts';
import { makeRng } from '../../runtime/sample.ts';
import { describeWebGpu } from '../webgpu/require-adapter.ts';
import { compileBundle } from '../../compiler/emit/index.ts';
import { gptFile, tinyBundle, tinyConfig, tinyOptions, writeTemp } from './helpers.ts';

interface LoadedModel { dispose(): void }
interface GeneratedWebGpu {
  initParams(seed?: number): Record<string, Float32Array>;
  loadExecutor(params: Record<string, Float32Array>, options: { device: unknown }): Promise<LoadedModel & { stats(): { pipelines: number } }>;
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

  const bundle = tinyBundle('webgpu');
  // Pipelines the executor compiles for some programs: one per distinct shader and binding access (its cache key).
  const distinctPipelines = (programs: readonly string[]) => new Set(bundle.manifest.kernels.filter((k) => programs.includes(k.program))
    .map((k) => `${k.buffers.map((b) => b.access).join(',')}\u0000${bundle.files.get(k.file)}`)).size;

  beforeAll(async () => {
    mod = (await import(path.join(writeTemp(bundle), 'index.ts'))) as GeneratedWebGpu;
  });

  it('runs forward, train steps and generate as the js backend does', async () => {
    const model = await mod.loadExecutor(mod.initParams(3), { device: gpu().device });
    // Only the forward pass is built by loadExecutor; the train step is built on its first call.
    expect(model.stats().pipelines).toBe(distinctPipelines(['forward']));
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
        if (step === 0) expect(model.stats().pipelines).toBe(distinctPipelines(['forward', 'trainStep']));
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

interface ModelApi {
  forward(tokens: Int32Array): Promise<Float32Array>;
  generate(prompt: readonly number[], options?: { maxTokens?: number; temperature?: number; seed?: number; cache?: boolean }): AsyncGenerator<number>;
  dispose(): void;
}
interface WithModelApi {
  initParams(seed?: number): Record<string, Float32Array>;
  load(options: { weights: unknown; device?: unknown }): Promise<ModelApi>;
}

suite('the model API: js and webgpu bundles agree (gpt, tiny config)', (gpu) => {
  it('load, forward and streamed greedy generation match the js bundle; an inference-only build loads the same', async () => {
    const js = (await import(path.join(writeTemp(tinyBundle('js')), 'index.ts'))) as WithModelApi;
    const webgpu = (await import(path.join(writeTemp(tinyBundle('webgpu')), 'index.ts'))) as WithModelApi;
    const inference = (await import(path.join(writeTemp(compileBundle(gptFile, { ...tinyOptions('webgpu'), inference: true })), 'index.ts'))) as WithModelApi;
    const weights = js.initParams(5);
    const onCpu = await js.load({ weights });
    const tokens = randomTokens(tinyConfig.ctx, 4);
    const want = await onCpu.forward(tokens);
    // 24 tokens after 2: past the 16-position cache, so the device's caches slide as the CPU's do.
    const greedy = async (m: ModelApi, cache = true, maxTokens = 24) => {
      const out: number[] = [];
      for await (const t of m.generate([72, 105], { maxTokens, temperature: 0, cache })) out.push(t);
      return out;
    };
    const expected = await greedy(onCpu);
    expect(expected).toHaveLength(24);
    const recomputed = await greedy(onCpu, false, tinyConfig.ctx - 2);
    expect(recomputed).toEqual(expected.slice(0, tinyConfig.ctx - 2));
    for (const mod of [webgpu, inference]) {
      const model = await mod.load({ weights, device: gpu().device });
      try {
        expect(await greedy(model)).toEqual(expected);
        // The forward pass is built on first use (load builds prefill and decode only).
        expectNear(await model.forward(tokens), want, 'forward');
        expect(await greedy(model, false, tinyConfig.ctx - 2)).toEqual(recomputed);
        // One KV cache per model on the device: a second generation while one is open is refused, then works once it ends.
        const first = model.generate([1], { maxTokens: 4, temperature: 0 });
        await first.next();
        await expect(model.generate([2], { maxTokens: 2 }).next()).rejects.toThrow('model.generate: another generation on this model is still running');
        await first.return(undefined);
        expect(await greedy(model)).toEqual(expected);
      } finally {
        model.dispose();
      }
    }
  });
});
