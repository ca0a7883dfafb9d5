// The API every bundle shares (compiler/emit/support/model.ts):
// `load({ weights })`, `model.forward(tokens)` and
// `model.generate(prompt, options)` as an async iterator, run here on the js
// bundle against its own lower-level exports (forward, generate), with
// weights given as Params, a safetensors path and bytes; and inference-only
// builds (`--inference`), which carry no train step at all, on every target.
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileBundle, type Bundle } from '../../compiler/emit/index.ts';
import { writeSafetensors } from '../../runtime/safetensors.ts';
import { gptFile, tempDir, tinyBundle, tinyConfig, tinyOptions, writeTemp } from './helpers.ts';

// The bundle's own types are generated; these are the parts the tests use.
type Params = Record<string, Float32Array>;
interface GenerateOptions { maxTokens?: number; temperature?: number; topK?: number; topP?: number; seed?: number; stop?: number[][]; signal?: AbortSignal }
interface Model {
  forward(tokens: Int32Array): Promise<Float32Array>;
  generate(prompt: readonly number[], options?: GenerateOptions): AsyncGenerator<number, void, undefined>;
  dispose(): void;
}
interface JsModule {
  paramSpecs: Record<string, { shape: readonly number[] }>;
  initParams(seed?: number): Params;
  load(options: { weights: Params | string | Uint8Array; onProgress?: (event: { phase: string; loaded?: number; total?: number }) => void }): Promise<Model>;
  forward(params: Params, tokens: Int32Array): Float32Array;
  generate(params: Params, prompt: readonly number[], options?: Omit<GenerateOptions, 'maxTokens' | 'signal'> & { length?: number }): number[];
}

const collect = async (it: AsyncIterable<number>): Promise<number[]> => {
  const out: number[] = [];
  for await (const t of it) out.push(t);
  return out;
};

describe('the model API on the js bundle', () => {
  let mod: JsModule;
  let params: ReturnType<JsModule['initParams']>;
  let model: Model;
  beforeAll(async () => {
    mod = (await import(path.join(writeTemp(tinyBundle('js')), 'index.ts'))) as JsModule;
    params = mod.initParams(2);
    model = await mod.load({ weights: params });
  });

  it('forward is the bundle\'s forward pass, as a copy', async () => {
    const tokens = Int32Array.from({ length: tinyConfig.ctx }, (_, i) => (i * 37) % 256);
    const got = await model.forward(tokens);
    expect(got).toEqual(mod.forward(params, tokens));
    expect(got.length).toBe(tinyConfig.ctx * 256);
  });

  it('generate streams what the bundle\'s generate returns, for greedy and seeded sampling', async () => {
    for (const sampling of [{ temperature: 0 }, { temperature: 0.9, topK: 20, topP: 0.9, seed: 4 }]) {
      const want = mod.generate(params, [67, 97], { ...sampling, length: 12 });
      expect(await collect(model.generate([67, 97], { ...sampling, maxTokens: 12 }))).toEqual(want);
    }
  });

  it('stop sequences end generation and are not yielded', async () => {
    const free = await collect(model.generate([67], { temperature: 0, maxTokens: 10 }));
    const stop = free.slice(3, 5);
    const first = free.findIndex((_, i) => free[i] === stop[0] && free[i + 1] === stop[1]);
    expect(await collect(model.generate([67], { temperature: 0, maxTokens: 10, stop: [stop] }))).toEqual(free.slice(0, first));
  });

  it('an aborted signal stops the stream with its reason', async () => {
    const controller = new AbortController();
    const got: number[] = [];
    const run = async () => {
      for await (const t of model.generate([67], { temperature: 0, maxTokens: 10, signal: controller.signal })) {
        got.push(t);
        if (got.length === 3) controller.abort(new Error('enough'));
      }
    };
    await expect(run()).rejects.toThrow('enough');
    expect(got).toHaveLength(3);
  });

  it('weights from a safetensors path or bytes give the same model', async () => {
    const file = path.join(tempDir('loom-model-api-'), 'w.safetensors');
    writeSafetensors(file, new Map(Object.entries(params).map(([name, data]) => [name, { dtype: 'F32' as const, shape: [...mod.paramSpecs[name]!.shape], data }])));
    const want = await collect(model.generate([1, 2, 3], { temperature: 0, maxTokens: 5 }));
    for (const weights of [file, new Uint8Array(fs.readFileSync(file))]) {
      const loaded = await mod.load({ weights });
      expect(await collect(loaded.generate([1, 2, 3], { temperature: 0, maxTokens: 5 }))).toEqual(want);
    }
  });

  it('onProgress hears the weights\' bytes as they arrive (total from Content-Length), then ready', async () => {
    const file = path.join(tempDir('loom-model-api-'), 'w.safetensors');
    writeSafetensors(file, new Map(Object.entries(params).map(([name, data]) => [name, { dtype: 'F32' as const, shape: [...mod.paramSpecs[name]!.shape], data }])));
    const bytes = new Uint8Array(fs.readFileSync(file));
    // Served in 16 KiB writes a few ms apart, so the body arrives in several chunks.
    const server = http.createServer(async (_, res) => {
      res.writeHead(200, { 'Content-Length': bytes.length, 'Content-Type': 'application/octet-stream' });
      for (let at = 0; at < bytes.length; at += 16384) {
        res.write(bytes.subarray(at, at + 16384));
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const events: { phase: string; loaded?: number; total?: number }[] = [];
      const { port } = server.address() as { port: number };
      const loaded = await mod.load({ weights: `http://127.0.0.1:${port}/w.safetensors`, onProgress: (e) => events.push(e) });
      expect(events.at(-1)).toEqual({ phase: 'ready' });
      const weights = events.slice(0, -1);
      expect(weights.length).toBeGreaterThan(1);
      expect(weights.every((e, i) => e.phase === 'weights' && e.total === bytes.length && (i === 0 || e.loaded! > weights[i - 1]!.loaded!))).toBe(true);
      expect(weights.at(-1)!.loaded).toBe(bytes.length);
      expect(await collect(loaded.generate([1, 2], { temperature: 0, maxTokens: 4 }))).toEqual(await collect(model.generate([1, 2], { temperature: 0, maxTokens: 4 })));
    } finally {
      server.close();
    }
    const fromBytes: unknown[] = [];
    await mod.load({ weights: bytes, onProgress: (e) => fromBytes.push(e) });
    expect(fromBytes).toEqual([{ phase: 'weights', loaded: bytes.length, total: bytes.length }, { phase: 'ready' }]);
    const fromParams: unknown[] = [];
    await mod.load({ weights: params, onProgress: (e) => fromParams.push(e) });
    expect(fromParams).toEqual([{ phase: 'ready' }]);
  });

  it('bad weights and a disposed model are reported', async () => {
    const [first] = Object.keys(mod.paramSpecs);
    const missing = { ...params };
    delete missing[first!];
    await expect(mod.load({ weights: missing })).rejects.toThrow(`load: weights has no Float32Array "${first}"`);
    await expect(mod.load({} as never)).rejects.toThrow('load: `weights` is required');
    const m = await mod.load({ weights: params });
    m.dispose();
    await expect(m.forward(new Int32Array(tinyConfig.ctx))).rejects.toThrow('model.forward: the model was disposed');
  });
});

describe('inference-only builds (--inference)', () => {
  const builds = Object.fromEntries((['js', 'webgpu', 'cuda'] as const).map((t) => [t, compileBundle(gptFile, { ...tinyOptions(t), inference: true, ptx: [] })])) as Record<'js' | 'webgpu' | 'cuda', Bundle>;

  it.each(['js', 'webgpu', 'cuda'] as const)('%s: no train-step kernels, plan, slots or API', (target) => {
    const { files, manifest } = builds[target];
    expect([...files.keys()].filter((f) => /trainStep/.test(f))).toEqual([]);
    // Inference needs the forward pass (model.forward) and cached generation's prefill and decode only.
    expect([...new Set(manifest.kernels.map((k) => k.program))]).toEqual(['forward', 'prefill', 'decode']);
    expect(manifest.programs.trainStep).toBeUndefined();
    expect(manifest.inference).toBe(true);
    expect(manifest.optimizerState).toEqual([]);
    expect(manifest.command).toMatch(/ --inference( |$)/);
    const source = files.get('index.ts')!;
    for (const absent of ['trainStep', 'initTrainState', 'OptimizerState', 'optim.m.']) expect(source).not.toContain(absent);
    expect(source).toContain('export async function load(options: LoadOptions): Promise<Model>');
  });

  it('the js module imports no train step and runs the same model API', async () => {
    const mod = (await import(path.join(writeTemp(builds.js), 'index.ts'))) as Record<string, unknown> & Pick<JsModule, 'initParams' | 'load'>;
    expect('trainStep' in mod).toBe(false);
    expect('initTrainState' in mod).toBe(false);
    const full = (await import(path.join(writeTemp(tinyBundle('js')), 'index.ts'))) as JsModule;
    const options = { temperature: 0, maxTokens: 6 };
    const a = await collect((await mod.load({ weights: mod.initParams(1) })).generate([65, 66], options));
    const b = await collect((await full.load({ weights: full.initParams(1) })).generate([65, 66], options));
    expect(a).toEqual(b);
  });
});
