// The CPU's tiled attention kernels (compiler/fusion/templates/attention-tiled.ts)
// at the edges of their blocks and tiles, against the interpreter: a block of
// rows whose first tile they do not see, key blocks no query sees (their
// gradients are exactly 0), a negative scale (the max then cannot be taken
// over the unscaled products), one block of rows in one tile (gpt's shape)
// and one row past it; and the structure that makes the kernels cheap: how
// many gemms each part runs per tile, and `lse` keeping no accumulator.
import { describe, expect, test } from 'vitest';
import { gradients } from '../../compiler/autodiff/grad.ts';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import type { Graph, OpAttrs } from '../../compiler/graph/types.ts';
import type { KStmt } from '../../compiler/kernel/ir.ts';
import { walkStmts } from '../../compiler/kernel/ir.ts';
import { compileGraph } from '../../compiler/program.ts';
import { JS_TARGET } from '../../compiler/target.ts';
import { runLowered } from '../lower/helpers.ts';
import { randomFeeds, resultDistance, run } from '../passes/helpers.ts';

type Attrs = Omit<OpAttrs['attention'], 'part'>;

interface Case {
  readonly name: string;
  readonly q: number[];
  readonly k: number[];
  readonly v: number[];
  readonly attrs: Attrs;
  /** Multiplies the random queries, for scores spread wider than exp's range. */
  readonly qGain?: number;
  /** resultDistance bound (default 2e-5; f32 scores of magnitude ~100 carry ~1e-5 of rounding into P). */
  readonly tolerance?: number;
}

/** loss = Σ attention(q, k, v)² ⊙ w (the incoming gradient is a value in memory, so every part is tiled). */
function trainGraph(c: Case): Graph {
  const b = new GraphBuilder();
  const [q, k, v] = [b.input('q', c.q), b.input('k', c.k), b.input('v', c.v)];
  const o = b.attention({ part: 'out', ...c.attrs }, [q, k, v]);
  const w = b.random(b.shape(o), 3, 1, 'normal');
  const loss = b.reshape(b.sum(b.mul(b.mul(o, o), w), b.shape(o).map((_, i) => i)), []);
  const grads = gradients(b, loss, [q, k, v]);
  b.output('o', o);
  for (const [name, x] of [['q', q], ['k', k], ['v', v]] as const) b.output(`grad_${name}`, grads.get(x)!);
  return b.build();
}

const CASES: Case[] = [
  // gpt's attention: each block of 32 queries sees one tile of keys, the causal diagonal split in two blocks.
  { name: 'gpt: causal, 64 positions, head size 16', q: [2, 4, 64, 16], k: [2, 4, 64, 16], v: [2, 4, 64, 16], attrs: { causal: true, window: 0, scale: 0.25 } },
  // Queries 128…199 see a second tile of keys (online rescaling, acc · corr + P V); the last block is partial.
  { name: 'two tiles of keys, a partial block', q: [1, 2, 200, 8], k: [1, 2, 200, 8], v: [1, 2, 200, 8], attrs: { causal: true, window: 0, scale: 0.35 } },
  // 40 queries at positions 100…139 with a window of 30 see keys 71…139: key blocks 0…63 are seen by
  // none (dk = dv = 0 there), and a query block's key tile starts at its first row's window, so the
  // later rows' windows start inside the tile.
  // Two batch entries, so the second's unseen key blocks follow a block that left the accumulator non-zero.
  { name: '40 queries after a cache of 100, window 30', q: [2, 2, 40, 8], k: [2, 1, 140, 8], v: [2, 1, 140, 4], attrs: { causal: true, window: 30, scale: 0.4 } },
  // Scaled scores spread over more than 88: a softmax shifted by anything but their max overflows f32.
  { name: 'negative scale, not causal, grouped heads', q: [2, 4, 70, 4], k: [2, 2, 70, 4], v: [2, 2, 70, 4], attrs: { causal: false, window: 0, scale: -0.5 }, qGain: 40, tolerance: 1e-4 },
];

describe.each(CASES)('tiled attention: $name', (c) => {
  test('value and gradients match the interpreter', () => {
    const g = trainGraph(c);
    const feeds = randomFeeds(g);
    const q = feeds.inputs.get('q')!;
    for (let i = 0; i < q.length; i++) q[i]! *= c.qGain ?? 1;
    const { lowered } = compileGraph(g, { target: JS_TARGET });
    const attn = lowered.kernels.filter((lk) => lk.kernel.name.includes('attn'));
    expect(attn.map((lk) => JSON.stringify(lk.kernel.body).includes('"kind":"gemm"'))).toEqual([true, true, true, true, true]);
    const got = runLowered(lowered, feeds);
    const want = run(g, feeds);
    expect(resultDistance(got, want)).toBeLessThan(c.tolerance ?? 2e-5);
    if (c.attrs.window > 0) {
      // Keys 0…70 are outside every query's window: exactly zero gradients, in every batch entry.
      const [B, G, S] = c.k as [number, number, number];
      for (const [name, width] of [['grad_k', c.k[3]!], ['grad_v', c.v[3]!]] as const) {
        const grad = got.outputs.get(name)!;
        for (let row = 0; row < B * G; row++) {
          expect(Array.from(grad.subarray(row * S * width, (row * S + 71) * width)).every((x) => x === 0)).toBe(true);
          expect(Array.from(grad.subarray((row * S + 71) * width, (row * S + 72) * width)).some((x) => x !== 0)).toBe(true);
        }
      }
    }
  });
});

describe('tiled attention kernels', () => {
  const g = trainGraph(CASES[0]!);
  const { lowered } = compileGraph(g, { target: JS_TARGET });
  const byPart = new Map(lowered.kernels.filter((lk) => lk.kernel.name.includes('attn')).map((lk) => [lk.kernel.name.replace(/^k\d+_attn_/, ''), lk.kernel]));
  const count = (body: readonly KStmt[], pred: (s: KStmt) => boolean) => {
    let n = 0;
    walkStmts(body, (s) => {
      if (pred(s)) n++;
    });
    return n;
  };

  test('each part runs its products as gemms: the first tile of a block straight into the accumulator', () => {
    // Per tile: S (and dP for dq, dk), then the product into acc on a block's first tile or into prod after.
    const gemms = Object.fromEntries([...byPart].map(([part, kern]) => [part, count(kern.body, (s) => s.kind === 'gemm')]));
    expect(gemms).toEqual({ out: 3, lse: 1, dq: 4, dk: 4, dv: 3 });
    for (const part of ['out', 'dq', 'dk', 'dv']) {
      const outs = new Set<string>();
      walkStmts(byPart.get(part)!.body, (s) => {
        if (s.kind === 'gemm') outs.add(s.out.replace(/_\d+$/, ''));
      });
      expect([part, [...outs].sort()]).toEqual([part, part === 'dq' || part === 'dk' ? ['acc', 'dp', 'prod', 's'] : ['acc', 'prod', 's']]);
    }
  });

  test('lse keeps only the tile and the row statistics: no accumulator, no second product', () => {
    const decls: string[] = [];
    walkStmts(byPart.get('lse')!.body, (s) => {
      if (s.kind === 'wg_decl') decls.push(s.name.replace(/_\d+$/, ''));
    });
    expect(decls.sort()).toEqual(['l', 'm', 's']);
  });
});
