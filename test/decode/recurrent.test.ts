// Recurrent inference (compiler/elaborate/recurrent.ts, docs/decoding.md):
// scan-based models generate through the cache mechanism with their scan
// states (and Mamba's conv window, RWKV's token shift) as the state, one
// scan step per token. Cached greedy generation equals the uncached path
// token for token, and the decode program's size does not depend on how
// many positions generation runs.
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../compiler/graph/types.ts';
import { compileLanguageModel, inferencePrograms } from '../../compiler/model.ts';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { compileGraph } from '../../compiler/program.ts';
import { JS_TARGET } from '../../compiler/target.ts';
import { loadBackend } from '../../runtime/backend.ts';
import { cachedModel, generate } from '../../runtime/generate.ts';
import { example, sessionFor, smallModel } from './helpers.ts';

const VOCAB = 256;
const CTX = 16;
const PROMPT = [72, 101, 108, 108];
const MODELS = [
  ['mamba.loom', { dim: 16, state: 4 }],
  ['rwkv.loom', { dim: 16 }],
  ['gla_recurrent.loom', { dim: 16, heads: 2 }],
  ['lif_scan.loom', { dim: 16 }],
] as const;

const scanKernels = (g: Graph) => compileGraph(g, { target: JS_TARGET }).lowered.kernels.filter((k) => k.kernel.name.endsWith('_scan')).length;

describe('cached greedy generation of recurrent models equals uncached, token for token (js)', () => {
  for (const [file, config] of MODELS) {
    it(file, async () => {
      const { m, weights } = smallModel(file, { ...config, ctx: CTX });
      const session = await sessionFor(await loadBackend('js'), m, weights);
      try {
        const o = { length: CTX - PROMPT.length, temperature: 0 };
        const uncached = await generate(session, { kind: 'window', vocab: VOCAB, graph: 'forward', ctx: CTX }, PROMPT, o);
        const cached = await generate(session, cachedModel(m.inference!, VOCAB), PROMPT, o);
        expect(new Set(uncached).size).toBeGreaterThan(1); // not a single repeated byte
        expect(cached).toEqual(uncached);

        // The logits too: prefill 4 prompt tokens (12 positions of padding), then decode one at a time.
        const seq = Array.from({ length: 12 }, (_, i) => (i * 53 + 7) % VOCAB);
        const whole = Float32Array.from({ length: CTX }, (_, i) => seq[i] ?? 0);
        const ref = (await session.run('forward', new Map([['tokens', whole]]), ['output'])).get('output')!;
        const prompt = Float32Array.from({ length: m.inference!.prefillLength }, (_, i) => (i < 4 ? seq[i]! : 0));
        const rows: Float32Array[] = [(await session.run('prefill', new Map([['tokens', prompt], ['length', Float32Array.of(4)]]), ['output'])).get('output')!.slice(3 * VOCAB, 4 * VOCAB)];
        for (let t = 4; t < seq.length; t++) {
          const out = await session.run('decode', new Map([['tokens', Float32Array.of(seq[t]!)], ['pos', Float32Array.of(t)]]), ['output']);
          rows.push(out.get('output')!);
        }
        rows.forEach((row, i) => {
          const want = ref.subarray((3 + i) * VOCAB, (4 + i) * VOCAB);
          const scale = Math.max(...want.map(Math.abs));
          for (let j = 0; j < VOCAB; j++) expect(Math.abs(row[j]! - want[j]!)).toBeLessThan(1e-4 * scale + 1e-5);
        });
      } finally {
        session.dispose();
      }
    }, 60_000);
  }
});

describe('the decode step carries constant state', () => {
  const mamba = compileLanguageModel(example('mamba.loom'), { config: { dim: 16, state: 4 }, batch: 1, ctx: CTX, optimizer: defaultOptimizer });

  it('Mamba keeps each layer\'s SSM state and its conv window (K − 1 = 3 inputs), nothing per position', () => {
    const p = inferencePrograms(mamba);
    expect(p.caches).toEqual([
      { name: 'history.0', shape: [1, 3, 32] },
      { name: 'recurrent.0.h', shape: [1, 32, 4] },
      { name: 'history.1', shape: [1, 3, 32] },
      { name: 'recurrent.1.h', shape: [1, 32, 4] },
    ]);
    expect(p.promptLengthInput).toBe('length');
  });

  it('the decode program is the same whatever the cache length: no buffer grows with the tokens generated', () => {
    const shapes = (n: number) => inferencePrograms(mamba, { cacheLength: n }).decode.nodes.map((x) => x.type.shape.join('x'));
    expect(shapes(97)).toEqual(shapes(1000));
    for (const s of shapes(97)) expect(s.split('x')).not.toContain('97');
  });

  it.each(MODELS)('%s decodes with one scan kernel per layer, over one step', (file, config) => {
    const m = compileLanguageModel(example(file), { config: { ...config }, batch: 1, ctx: CTX, optimizer: defaultOptimizer });
    const p = inferencePrograms(m);
    expect(scanKernels(p.decode)).toBe(2);
    for (const n of p.decode.nodes) if (n.op === 'scan') expect((n.attrs as { length: number }).length).toBe(1);
  });
});

describe('recurrent state: refusals', () => {
  it('a verify program cannot roll a recurrent state back', () => {
    const { m } = smallModel('rwkv.loom', { dim: 16, ctx: CTX });
    expect(() => inferencePrograms(m, { verifyLength: 3 })).toThrow(/history: a verify program \(3 positions per run\) cannot carry recurrent state/);
  });

  it('lif_mlp.loom (a for-loop over T, no scan) keeps no state and says so', () => {
    const m = compileLanguageModel(example('lif_mlp.loom'), { config: { dim: 16 }, batch: 1, ctx: CTX, optimizer: defaultOptimizer });
    expect(() => inferencePrograms(m)).toThrow(/lif_mlp\.loom: the model keeps no cache: .* or its recurrences be scans/);
  });
});
