// Self-speculative decoding (runtime/speculative.ts) on dsl-examples/mtp.loom:
// the verify program gives the forward pass's logits at the positions it
// appends (also after a rollback), and speculative generation equals plain
// cached generation token for token — greedy and sampled, through slides.
// A fake model with a position-dependent cache checks the accept / roll back
// bookkeeping on drafts that are right most of the time.
import { describe, expect, it } from 'vitest';
import { elaborateOrThrow } from '../../compiler/model.ts';
import { loadBackend, type Session } from '../../runtime/backend.ts';
import { cachedModel, generate } from '../../runtime/generate.ts';
import { createSpeculativeSession, generateSpeculative, speculativeModel, speculativePrograms, type SpeculativeStats } from '../../runtime/speculative.ts';
import { describeWebGpu } from '../webgpu/require-adapter.ts';
import { smallModel } from './helpers.ts';

const VOCAB = 256;
const CTX = 16;
const HEADS = 3;
const CONFIG = { dim: 32, heads: 4, depth: 1, n_future: HEADS, ctx: CTX };
const PROMPT = [72, 101, 108, 108];

async function setup(backend: 'js' | 'webgpu' = 'js') {
  const { m, weights } = smallModel('mtp.loom', CONFIG);
  const { programs, heads } = speculativePrograms(m);
  const predict = elaborateOrThrow(m.program, 'predict', { tokens: { shape: [1, CTX], dtype: 'i32' } }, m.config).graph;
  const session = await createSpeculativeSession(await loadBackend(backend), programs, weights, {
    predict, prefill: m.inference!.prefill, decode: m.inference!.decode,
  });
  return { m, programs, heads, session };
}

describe('the verify program', () => {
  it('appends n positions and gives every head the logits of the whole-sequence pass; a rollback overwrites drafts', async () => {
    const { programs, heads, session } = await setup();
    expect(heads).toBe(HEADS);
    expect(programs.verifyLength).toBe(HEADS);
    const tokens = Array.from({ length: CTX }, (_, i) => (i * 37 + 11) % VOCAB);
    const full = (await session.run('predict', new Map([['tokens', Float32Array.from(tokens)]]))).get('predict')!;
    const row = HEADS * VOCAB;
    const prompt = new Float32Array(CTX);
    prompt.set(tokens.slice(0, 5));
    await session.run('spec_prefill', new Map([['tokens', prompt]]));
    const verify = async (pos: number, ts: number[]) =>
      (await session.run('spec_verify', new Map([['tokens', Float32Array.from(ts)], ['pos', Float32Array.of(pos)]]))).get('predict')!;
    await verify(5, [tokens[5]!, 1, 2]); // two wrong drafts at positions 6, 7 …
    const got = [...(await verify(6, tokens.slice(6, 9)))]; // … rolled back: rerun from 6
    got.push(...(await verify(9, tokens.slice(9, 12))));
    const ref = full.subarray(6 * row, 12 * row);
    const scale = ref.reduce((a, x) => Math.max(a, Math.abs(x)), 0);
    expect(Math.max(...got.map((x, i) => Math.abs(x - ref[i]!))) / scale).toBeLessThan(1e-5);
    session.dispose();
  });
});

describe('speculative generation equals plain cached generation', () => {
  // Untrained heads rarely draft right: these check the output, the fake model below the accepting paths.
  it.each([
    ['greedy', {}],
    ['sampled (temperature 0.8, top-k 40)', { temperature: 0.8, topK: 40, seed: 5 }],
  ])('%s, through two slides', async (_, sampling) => {
    const { m, programs, heads, session } = await setup();
    const o = { length: 3 * CTX, temperature: 0, ...sampling };
    const plain = await generate(session, cachedModel(m.inference!, VOCAB), PROMPT, o);
    const stats: SpeculativeStats = { tokens: 0, prefills: 0, verifies: 0, accepted: 0 };
    const spec = await generateSpeculative(session, speculativeModel(programs, heads, VOCAB), PROMPT, o, stats);
    expect(new Set(plain).size).toBeGreaterThan(3);
    expect(spec).toEqual(plain);
    expect(stats.tokens).toBe(3 * CTX);
    expect(stats.prefills).toBeGreaterThanOrEqual(3); // the prompt and two slides
    session.dispose();
  });
});

describeWebGpu('speculative generation equals plain cached generation (WebGPU)', () => {
  it('greedy, through two slides', async () => {
    const { m, programs, heads, session } = await setup('webgpu');
    const o = { length: 3 * CTX, temperature: 0 };
    const plain = await generate(session, cachedModel(m.inference!, VOCAB), PROMPT, o);
    expect(await generateSpeculative(session, speculativeModel(programs, heads, VOCAB), PROMPT, o)).toEqual(plain);
    session.dispose();
  });
});

describe('speculative bookkeeping on a fake model', () => {
  // A "model" whose next token depends on every cached slot and its position, so a wrong pos or a
  // stale slot changes it; head k drafts the true token k + 1 ahead except where (i + k) % 3 == 0.
  const V = 16;
  const N = 3;
  const L = 12;
  const P = 8;
  const f = (prefix: readonly number[]) => prefix.reduce((a, t, j) => a + t * (j + 1), 3) % V;
  const oneHot = (t: number) => Float32Array.from({ length: V }, (_, v) => (v === t ? 1 : 0));
  function fakeSession(): Session {
    const slots = new Array<number>(L).fill(0);
    const heads = (i: number): Float32Array[] => {
      const p = slots.slice(0, i + 1);
      return Array.from({ length: N }, (_, k) => {
        for (let s = 0; s < k; s++) p.push(f(p));
        const t = f(p);
        if (k > 0) p.splice(i + 1);
        return oneHot(k > 0 && (i + k) % 3 === 0 ? (t + 1) % V : t);
      });
    };
    const cat = (rows: Float32Array[]) => Float32Array.from(rows.flatMap((r) => [...r]));
    return {
      async run(graph, inputs) {
        const tokens = [...inputs.get('tokens')!];
        const pos = graph.endsWith('prefill') ? 0 : inputs.get('pos')![0]!;
        tokens.forEach((t, i) => { if (pos + i < L) slots[pos + i] = t; });
        const rows = tokens.map((_, i) => heads(Math.min(pos + i, L - 1)));
        return new Map([['output', cat(graph.startsWith('spec') ? rows.flat() : rows.map((r) => r[0]!))]]);
      },
      readState: async () => new Map(),
      dispose() {},
    };
  }
  const plainModel = { kind: 'cached' as const, vocab: V, cacheLength: L, prefillLength: P };
  const specModel = { vocab: V, heads: N, cacheLength: L, prefillLength: P };

  it.each([
    ['a short prompt', [1, 2, 3]],
    ['a prompt longer than the cache (catches up in verify runs)', Array.from({ length: 15 }, (_, i) => (i * 5) % V)],
  ])('%s: the same tokens as plain greedy, most drafts accepted', async (_, prompt) => {
    const o = { length: 40, temperature: 0 };
    const plain = await generate(fakeSession(), plainModel, prompt, o);
    const stats: SpeculativeStats = { tokens: 0, prefills: 0, verifies: 0, accepted: 0 };
    const spec = await generateSpeculative(fakeSession(), specModel, prompt, o, stats);
    expect(spec).toEqual(plain);
    expect(stats.accepted).toBeGreaterThan(10);
    expect(stats.verifies).toBeLessThan(40);
  });

  it('stops at a stop sequence inside an accepted run', async () => {
    const o = { length: 40, temperature: 0 };
    const plain = await generate(fakeSession(), plainModel, [1, 2, 3], o);
    const stop = plain.slice(6, 8);
    const withStop = { ...o, stop: [stop] };
    const expected = await generate(fakeSession(), plainModel, [1, 2, 3], withStop);
    expect(await generateSpeculative(fakeSession(), specModel, [1, 2, 3], withStop)).toEqual(expected);
    expect(expected.length).toBeLessThanOrEqual(6);
  });
});

describe('models without multi-token heads', () => {
  it.each([
    ['gpt.loom', {}, /gpt\.loom: self-speculative decoding needs multi-token heads — a method predict\(tokens: i32\[B, T\]\) -> \[B, T, n, vocab\] \(dsl-examples\/mtp\.loom with kind = "heads"\): model GPT has no method 'predict'/],
    ['mtp.loom', { kind: 'sequential' }, /mtp\.loom: self-speculative decoding needs multi-token heads .*: model MTP has no method 'predict'/],
  ])('%s %j is refused, naming what it needs', (file, config, message) => {
    const { m } = smallModel(file, { dim: 32, heads: 4, ctx: CTX, ...config });
    expect(() => speculativePrograms(m)).toThrow(message);
  });
});
