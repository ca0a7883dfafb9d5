// Cached generation (prefill + decode through the KV cache) against the
// uncached path (the whole window rerun per token): the same logits to float
// rounding, the same greedy tokens, on js and (with an adapter) WebGPU.
import { describe, expect, it } from 'vitest';
import { loadBackend, type Backend } from '../../runtime/backend.ts';
import { cachedModel, generate } from '../../runtime/generate.ts';
import { describeWebGpu } from '../webgpu/require-adapter.ts';
import { sessionFor, smallModel } from './helpers.ts';

const VOCAB = 256;
const CTX = 16;
const MODELS = [
  ['gpt.loom', { dim: 32, heads: 4 }],
  ['llama.loom', { dim: 32, heads: 4 }],
  ['gqa.loom', { dim: 32, heads: 4, kv_heads: 2 }],
  ['sliding_window.loom', { dim: 32, heads: 4, window: 4 }],
  ['mla.loom', { dim: 32, heads: 4 }],
] as const;
const PROMPT = [72, 101, 108, 108];

async function greedyBoth(backend: Backend, file: string, config: Record<string, number>) {
  const { m, weights } = smallModel(file, { ...config, ctx: CTX });
  const session = await sessionFor(backend, m, weights);
  try {
    // Prompt + generated = ctx: the uncached window never slides, so the two paths compute the same thing.
    const o = { length: CTX - PROMPT.length, temperature: 0 };
    const uncached = await generate(session, { kind: 'window', vocab: VOCAB, graph: 'forward', ctx: CTX }, PROMPT, o);
    const cached = await generate(session, cachedModel(m.inference!, VOCAB), PROMPT, o);
    return { uncached, cached };
  } finally {
    session.dispose();
  }
}

describe('cached greedy generation equals uncached, token for token (js)', () => {
  for (const [file, config] of MODELS) {
    it(file, async () => {
      const { uncached, cached } = await greedyBoth(await loadBackend('js'), file, config);
      expect(uncached).toHaveLength(CTX - PROMPT.length);
      expect(new Set(uncached).size).toBeGreaterThan(3); // not a degenerate repeat
      expect(cached).toEqual(uncached);
    });
  }
});

describeWebGpu('cached greedy generation equals uncached, token for token (WebGPU)', () => {
  for (const [file, config] of MODELS.slice(0, 3)) {
    it(file, async () => {
      const { uncached, cached } = await greedyBoth(await loadBackend('webgpu'), file, config);
      expect(cached).toEqual(uncached);
    });
  }
});

describe('MLA caches its latent', () => {
  it('the cache holds c_kv and k_pe per layer, nothing per head (REFERENCES.md: MLA)', () => {
    const { m } = smallModel('mla.loom', { dim: 32, heads: 4, ctx: CTX });
    // kv_rank 16 latent values and one rope_dim 8 key shared by the 4 heads, per position: 24 values, not 4 · (24 + 16).
    expect(m.inference!.caches).toEqual([
      { name: 'layers.0.attn.cache.c_kv', shape: [1, CTX, 16] },
      { name: 'layers.0.attn.cache.k_pe', shape: [1, 1, CTX, 8] },
      { name: 'layers.1.attn.cache.c_kv', shape: [1, CTX, 16] },
      { name: 'layers.1.attn.cache.k_pe', shape: [1, 1, CTX, 8] },
    ]);
  });
});

describe('decode logits', () => {
  it.each(['gpt.loom', 'gqa.loom', 'mla.loom'])('%s: prefill then decode give the forward pass logits at every position (1e-5 of the row scale)', async (file) => {
    const { m, weights } = smallModel(file, { ...MODELS.find(([f]) => f === file)![1], ctx: CTX });
    const session = await sessionFor(await loadBackend('js'), m, weights);
    const tokens = Array.from({ length: CTX }, (_, i) => (i * 37 + 11) % VOCAB);
    const full = (await session.run('forward', new Map([['tokens', Float32Array.from(tokens)]]))).get('output')!;
    const prompt = new Float32Array(CTX);
    prompt.set(tokens.slice(0, 5));
    const pre = (await session.run('prefill', new Map([['tokens', prompt]]))).get('output')!;
    const rows: Float32Array[] = [pre.slice(4 * VOCAB, 5 * VOCAB)];
    for (let p = 5; p < CTX; p++) {
      const out = await session.run('decode', new Map([['tokens', Float32Array.of(tokens[p]!)], ['pos', Float32Array.of(p)]]));
      rows.push(out.get('output')!);
    }
    let worst = 0;
    rows.forEach((row, i) => {
      const ref = full.subarray((4 + i) * VOCAB, (5 + i) * VOCAB);
      // Relative to the row's scale: f32 sums in another order differ by rounding, not by more.
      const scale = ref.reduce((a, x) => Math.max(a, Math.abs(x)), 0);
      for (let v = 0; v < VOCAB; v++) worst = Math.max(worst, Math.abs(row[v]! - ref[v]!) / scale);
    });
    expect(worst).toBeLessThan(1e-5);
    session.dispose();
  });
});

describe('beyond the cache', () => {
  it('a RoPE model extrapolates: a 2·ctx cache generates as the forward pass compiled at 2·ctx', async () => {
    const config = { dim: 32, heads: 4 };
    const { m, weights } = smallModel('llama.loom', { ...config, ctx: CTX }, { cacheLength: 2 * CTX });
    expect(m.inference!.prefillLength).toBe(CTX);
    const wide = smallModel('llama.loom', { ...config, ctx: 2 * CTX });
    const js = await loadBackend('js');
    const cachedSession = await sessionFor(js, m, weights);
    const wideSession = await sessionFor(js, wide.m, weights); // RoPE has no position params: the same weights serve any ctx
    const o = { length: 2 * CTX - PROMPT.length, temperature: 0 };
    const cached = await generate(cachedSession, cachedModel(m.inference!, VOCAB), PROMPT, o);
    const uncached = await generate(wideSession, { kind: 'window', vocab: VOCAB, graph: 'forward', ctx: 2 * CTX }, PROMPT, o);
    expect(cached).toEqual(uncached);
    cachedSession.dispose();
    wideSession.dispose();
  });

  it('learned positions: a cache longer than the position table is refused at compile time', () => {
    expect(() => smallModel('gpt.loom', { dim: 32, heads: 4, ctx: CTX }, { cacheLength: 2 * CTX })).toThrow(
      /gpt\.loom: the cache length 32 exceeds the 16 positions the model has \(param "wpe" at .*gpt\.loom:\d+:\d+\); learned positions cannot extrapolate — use a cache length ≤ 16/,
    );
  });

  it('a full cache slides (re-prefilling the last tokens) by default, or refuses with overflow: "error"', async () => {
    const { m, weights } = smallModel('gpt.loom', { dim: 32, heads: 4, ctx: CTX });
    const session = await sessionFor(await loadBackend('js'), m, weights);
    const o = { length: 3 * CTX, temperature: 0 };
    const slid = await generate(session, cachedModel(m.inference!, VOCAB), PROMPT, o);
    expect(slid).toHaveLength(3 * CTX);
    const uncached = await generate(session, { kind: 'window', vocab: VOCAB, graph: 'forward', ctx: CTX }, PROMPT, o);
    expect(slid.slice(0, CTX - PROMPT.length)).toEqual(uncached.slice(0, CTX - PROMPT.length));
    // After a slide the cache holds the last ⌈ctx/2⌉ tokens: the next token is what a fresh prompt of those tokens gives.
    const history = [...PROMPT, ...slid];
    const at = CTX - PROMPT.length + 1; // the first token drawn after the slide: ctx + 1 tokens do not fit
    const fresh = await generate(session, cachedModel(m.inference!, VOCAB), history.slice(CTX + 1 - CTX / 2, CTX + 1), { length: 1, temperature: 0 });
    expect(slid[at]).toBe(fresh[0]);
    await expect(generate(session, cachedModel(m.inference!, VOCAB, { overflow: 'error' }), PROMPT, o)).rejects.toThrow(
      'generate: the cache holds 16 positions and is full after 17 tokens; use a longer cache or let generation slide',
    );
    session.dispose();
  });
});
