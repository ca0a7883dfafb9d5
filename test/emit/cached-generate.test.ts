// Cached generation in bundles: a bundle of a model that decodes
// incrementally carries prefill and decode programs, and `model.generate`
// runs them with runtime/decode-loop.ts, the loop `loom generate` runs
// (runtime/generate.ts over a backend session). Checked on the js bundle of
// the tiny gpt against loom's own cached generation on the js backend (the
// very calls cli/commands/generate.ts makes), token for token: greedy and
// sampled, a prompt longer than the prefill, and runs past the cache (slides);
// and against the bundle's recompute path (`cache: false`) while the cache
// holds everything. A model without a cache keeps the recompute path and its
// manifest says why.
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { compileBundle, type Bundle } from '../../compiler/emit/index.ts';
import { compileLanguageModel } from '../../compiler/model.ts';
import { loadBackend } from '../../runtime/backend.ts';
import { cachedModel, createGenerationSession, generate } from '../../runtime/generate.ts';
import { gptFile, root, tinyConfig, tinyOptions, writeTemp } from './helpers.ts';

type Params = Record<string, Float32Array>;
interface GenerateOptions { maxTokens?: number; temperature?: number; topK?: number; topP?: number; seed?: number; stop?: number[][]; cache?: boolean }
interface Model {
  generate(prompt: readonly number[], options?: GenerateOptions): AsyncGenerator<number, void, undefined>;
}
interface JsModule {
  initParams(seed?: number): Params;
  load(options: { weights: Params }): Promise<Model>;
  generate(params: Params, prompt: readonly number[], options?: { length?: number; temperature?: number }): number[];
}

const CTX = tinyConfig.ctx;
const collect = async (it: AsyncIterable<number>): Promise<number[]> => {
  const out: number[] = [];
  for await (const t of it) out.push(t);
  return out;
};

describe('the gpt bundle (js) generates through its KV cache', () => {
  let bundle: Bundle;
  let mod: JsModule;
  let params: Params;
  let model: Model;
  /** `loom generate`'s path: the model's own prefill and decode on the js backend, cached, sliding at a full cache. */
  let session: Awaited<ReturnType<typeof createGenerationSession>> | undefined;
  let loomGenerate: (prompt: number[], o: { length: number; temperature: number; topK?: number; seed?: number }) => Promise<number[]>;

  beforeAll(async () => {
    bundle = compileBundle(gptFile, { ...tinyOptions('js'), inference: true });
    mod = (await import(path.join(writeTemp(bundle), 'index.ts'))) as JsModule;
    // Larger weights than the initialiser's, so that greedy text is not one repeated byte (as test/decode).
    params = Object.fromEntries(Object.entries(mod.initParams(3)).map(([k, v]) => [k, v.map((x) => x * 8)]));
    model = await mod.load({ weights: params });
    const m = compileLanguageModel(gptFile, { config: tinyConfig, batch: 1, optimizer: defaultOptimizer, inference: {} });
    session = await createGenerationSession(await loadBackend('js'), m.inference!, new Map(Object.entries(params)));
    loomGenerate = (prompt, o) => generate(session!, cachedModel(m.inference!, 256), prompt, o);
  });
  afterAll(() => session?.dispose());

  it('the manifest lists prefill and decode, their inputs and the caches; no train step', () => {
    const { manifest, files } = bundle;
    expect(Object.keys(manifest.programs)).toEqual(['forward', 'prefill', 'decode']);
    expect(manifest.generation).toEqual({
      path: 'cached', cacheLength: CTX, prefillLength: CTX, slideKeep: CTX / 2,
      caches: [{ name: 'blocks.0.attn.cache.k', shape: [1, 2, CTX, 8] }, { name: 'blocks.0.attn.cache.v', shape: [1, 2, CTX, 8] }],
    });
    expect(manifest.programs.prefill!.inputs).toEqual([{ name: 'tokens', shape: [1, CTX], dtype: 'i32' }]);
    expect(manifest.programs.decode!.inputs.map((t) => [t.name, t.shape])).toEqual([['tokens', [1, 1]], ['pos', [1]]]);
    // The caches are the programs' persistent state: both write every cache.
    for (const p of ['prefill', 'decode'] as const) expect(manifest.programs[p]!.updates).toEqual(['blocks.0.attn.cache.k', 'blocks.0.attn.cache.v']);
    for (const p of ['prefill', 'decode'] as const) {
      expect(manifest.kernels.filter((k) => k.program === p)).toHaveLength(manifest.programs[p]!.launches);
    }
    expect(manifest.kernels.some((k) => k.program === 'trainStep')).toBe(false);
    expect([...files.keys()].filter((f) => f.startsWith('kernels/'))).toEqual([
      'kernels/decode.d.ts', 'kernels/decode.js', 'kernels/forward.d.ts', 'kernels/forward.js', 'kernels/prefill.d.ts', 'kernels/prefill.js',
    ]);
  });

  it('a full build carries the train step and both generation programs', () => {
    const full = compileBundle(gptFile, tinyOptions('js'));
    expect(Object.keys(full.manifest.programs)).toEqual(['forward', 'trainStep', 'prefill', 'decode']);
    expect(full.manifest.generation.path).toBe('cached');
  });

  it('greedy: the tokens of `loom generate`, past the prefill length and through two slides', async () => {
    const prompt = [72, 101, 108, 108, 111];
    const want = await loomGenerate(prompt, { length: 40, temperature: 0 });
    expect(new Set(want).size).toBeGreaterThan(3); // not a degenerate repeat
    expect(await collect(model.generate(prompt, { temperature: 0, maxTokens: 40 }))).toEqual(want);
    // Past the cache the recompute path's window slides by one token, the cache by half a prefill: the outputs part.
    expect(await collect(model.generate(prompt, { temperature: 0, maxTokens: 40, cache: false }))).not.toEqual(want);
  });

  it('a prompt longer than the prefill, and seeded sampling, as `loom generate`', async () => {
    const long = Array.from({ length: CTX + 5 }, (_, i) => (i * 29 + 7) % 256);
    expect(await collect(model.generate(long, { temperature: 0, maxTokens: 12 }))).toEqual(await loomGenerate(long, { length: 12, temperature: 0 }));
    const sampled = { temperature: 0.9, topK: 20, seed: 5 };
    expect(await collect(model.generate([67, 97], { ...sampled, maxTokens: 30 }))).toEqual(await loomGenerate([67, 97], { ...sampled, length: 30 }));
  });

  it('equals the recompute path (`cache: false`, the bundle\'s window generate) while the cache holds every token', async () => {
    const prompt = [72, 101, 108, 108];
    const o = { temperature: 0, maxTokens: CTX - prompt.length };
    const cached = await collect(model.generate(prompt, o));
    expect(await collect(model.generate(prompt, { ...o, cache: false }))).toEqual(cached);
    expect(mod.generate(params, prompt, { temperature: 0, length: o.maxTokens })).toEqual(cached);
  });

  it('each generation starts from empty caches, and two interleaved generations do not disturb each other', async () => {
    const a = model.generate([1, 2, 3], { temperature: 0, maxTokens: 20 });
    const b = model.generate([9, 8, 7, 6], { temperature: 0, maxTokens: 20 });
    const got: [number[], number[]] = [[], []];
    for (let i = 0; i < 20; i++) {
      got[0].push((await a.next()).value as number);
      got[1].push((await b.next()).value as number);
    }
    expect(got[0]).toEqual(await loomGenerate([1, 2, 3], { length: 20, temperature: 0 }));
    expect(got[1]).toEqual(await loomGenerate([9, 8, 7, 6], { length: 20, temperature: 0 }));
  });
});

describe('a recurrent model (mamba): its states are the caches, and its prefill takes the prompt length', () => {
  it('generates as `loom generate` does, and as the recompute path while the cache holds everything', async () => {
    const file = path.join(root, 'dsl-examples', 'mamba.loom');
    const config = { dim: 16, state: 4, ctx: CTX };
    const bundle = compileBundle(file, { target: 'js', config, batch: 2, inference: true });
    const g = bundle.manifest.generation;
    expect(g.path === 'cached' && g.promptLengthInput).toBe('length');
    expect(bundle.manifest.programs.prefill!.inputs.map((t) => t.name)).toEqual(['tokens', 'length']);
    const mod = (await import(path.join(writeTemp(bundle), 'index.ts'))) as JsModule;
    const params = Object.fromEntries(Object.entries(mod.initParams(3)).map(([k, v]) => [k, v.map((x) => x * 8)]));
    const model = await mod.load({ weights: params });
    const m = compileLanguageModel(file, { config, batch: 1, optimizer: defaultOptimizer, inference: {} });
    const session = await createGenerationSession(await loadBackend('js'), m.inference!, new Map(Object.entries(params)));
    const prompt = [72, 101, 108];
    const want = await generate(session, cachedModel(m.inference!, 256), prompt, { length: 30, temperature: 0 });
    expect(await collect(model.generate(prompt, { temperature: 0, maxTokens: 30 }))).toEqual(want);
    expect(await collect(model.generate(prompt, { temperature: 0, maxTokens: CTX - prompt.length, cache: false }))).toEqual(want.slice(0, CTX - prompt.length));
    session.dispose();
  });
});

describe('a model that cannot decode incrementally keeps the recompute path', () => {
  it('lif_mlp: no prefill or decode, and the manifest says why', async () => {
    const bundle = compileBundle(path.join(root, 'dsl-examples', 'lif_mlp.loom'), { target: 'js', config: { dim: 16, depth: 1 }, batch: 2, inference: true });
    expect(Object.keys(bundle.manifest.programs)).toEqual(['forward']);
    expect(bundle.manifest.generation).toEqual({
      path: 'recompute',
      reason: expect.stringMatching(/^dsl-examples\/lif_mlp\.loom: the model keeps no cache: .* or its recurrences be scans/),
    });
    const mod = (await import(path.join(writeTemp(bundle), 'index.ts'))) as JsModule;
    const params = mod.initParams(1);
    const model = await mod.load({ weights: params });
    expect(await collect(model.generate([5, 6], { temperature: 0, maxTokens: 6 }))).toEqual(mod.generate(params, [5, 6], { temperature: 0, length: 6 }));
  });
});
