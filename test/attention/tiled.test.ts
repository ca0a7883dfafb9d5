// The CPU's tiled attention kernels (compiler/fusion/templates/attention-tiled.ts)
// at the edges of their blocks and tiles, against the interpreter: a block of
// rows whose first tile they do not see, key blocks no query sees (their
// gradients are exactly 0), a negative scale (the max then cannot be taken
// over the unscaled products), one block of rows in one tile (gpt's shape)
// and one row past it; and the structure that makes the kernels cheap: how
// many gemms each part runs per tile, `lse` keeping no accumulator, and the
// merged parts the CPU runs in training (passes/attention-merge.ts): the
// forward storing L (out_lse), the backward one kernel with one exp per
// visible pair (dqkv, attention-tiled-backward.ts).
import { describe, expect, test } from 'vitest';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import { ATTENTION_INPUTS } from '../../compiler/graph/ops/attention.ts';
import type { Graph, OpAttrs } from '../../compiler/graph/types.ts';
import type { KStmt } from '../../compiler/kernel/ir.ts';
import { walkStmts } from '../../compiler/kernel/ir.ts';
import { compileGraph } from '../../compiler/program.ts';
import { JS_TARGET } from '../../compiler/target.ts';
import { runLowered } from '../lower/helpers.ts';
import { randomFeeds, resultDistance, run } from '../passes/helpers.ts';
import { type Attrs, trainGraph } from './helpers.ts';

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
    const g = trainGraph(c, c.attrs);
    const feeds = randomFeeds(g);
    const q = feeds.inputs.get('q')!;
    for (let i = 0; i < q.length; i++) q[i]! *= c.qGain ?? 1;
    const { lowered } = compileGraph(g, { target: JS_TARGET });
    const attn = lowered.kernels.filter((lk) => lk.kernel.name.includes('attn'));
    // The forward with its L, and the backward: both tiled.
    expect(attn.map((lk) => [lk.kernel.name.replace(/^k\d+_/, ''), JSON.stringify(lk.kernel.body).includes('"kind":"gemm"')])).toEqual([['attn_out_lse', true], ['attn_dqkv', true]]);
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

/** One single part alone, its operands inputs in memory: the merge pass leaves it as is (gpt's shape, one batch entry). */
function lonePart(part: OpAttrs['attention']['part']): Graph {
  const b = new GraphBuilder();
  const shapes: Record<string, number[]> = { q: [1, 4, 64, 16], k: [1, 4, 64, 16], v: [1, 4, 64, 16], dO: [1, 4, 64, 16], lse: [1, 4, 64, 1], delta: [1, 4, 64, 1] };
  const inputs = ATTENTION_INPUTS[part].map((name) => b.input(name, shapes[name]!));
  b.output(part, b.attention({ part, causal: true, window: 0, scale: 0.25 }, inputs));
  return b.build();
}

const count = (body: readonly KStmt[], pred: (s: KStmt) => boolean) => {
  let n = 0;
  walkStmts(body, (s) => {
    if (pred(s)) n++;
  });
  return n;
};
/** The base names (numbering dropped) of the arrays a kernel's gemms write, and of the scratch it declares. */
const names = (body: readonly KStmt[], kind: 'gemm' | 'wg_decl') => {
  const out = new Set<string>();
  walkStmts(body, (s) => {
    if (s.kind === 'gemm' && kind === 'gemm') out.add(s.out.replace(/_\d+$/, ''));
    if (s.kind === 'wg_decl' && kind === 'wg_decl') out.add(s.name.replace(/_\d+$/, ''));
  });
  return [...out].sort();
};

describe('tiled attention kernels, each part alone', () => {
  const parts = ['out', 'lse', 'dq', 'dk', 'dv'] as const;
  const byPart = new Map(parts.map((part) => {
    const g = lonePart(part);
    const { lowered } = compileGraph(g, { target: JS_TARGET });
    const attn = lowered.kernels.filter((lk) => lk.kernel.name.includes('attn'));
    return [part, { g, lowered, kernel: attn.length === 1 ? attn[0]!.kernel : undefined }] as const;
  }));

  test.each(parts)('%s: one kernel, tiled, matching the interpreter', (part) => {
    const { g, lowered, kernel } = byPart.get(part)!;
    expect(kernel?.name).toMatch(new RegExp(`attn_${part}$`));
    const feeds = randomFeeds(g);
    expect(resultDistance(runLowered(lowered, feeds), run(g, feeds))).toBeLessThan(2e-5);
  });

  test('each part runs its products as gemms: the first tile of a block straight into the accumulator', () => {
    // Per tile: S (and dP for dq, dk), then the product into acc on a block's first tile or into prod after.
    const gemms = Object.fromEntries(parts.map((part) => [part, count(byPart.get(part)!.kernel!.body, (s) => s.kind === 'gemm')]));
    expect(gemms).toEqual({ out: 3, lse: 1, dq: 4, dk: 4, dv: 3 });
    for (const part of ['out', 'dq', 'dk', 'dv'] as const) {
      expect([part, names(byPart.get(part)!.kernel!.body, 'gemm')]).toEqual([part, part === 'dq' || part === 'dk' ? ['acc', 'dp', 'prod', 's'] : ['acc', 'prod', 's']]);
    }
  });

  test('lse keeps only the tile and the row statistics: no accumulator, no second product', () => {
    expect(names(byPart.get('lse')!.kernel!.body, 'wg_decl')).toEqual(['l', 'm', 's']);
  });
});

describe('tiled attention kernels of a train step (merged parts)', () => {
  const { lowered } = compileGraph(trainGraph(CASES[0]!, CASES[0]!.attrs), { target: JS_TARGET });
  const byPart = new Map(lowered.kernels.filter((lk) => lk.kernel.name.includes('attn')).map((lk) => [lk.kernel.name.replace(/^k\d+_attn_/, ''), lk.kernel]));
  const out = compileGraph(lonePart('out'), { target: JS_TARGET }).lowered.kernels.find((lk) => lk.kernel.name.endsWith('attn_out'))!.kernel;

  test('out_lse is out storing L as well: the same products and scratch, no pass of its own', () => {
    const merged = byPart.get('out_lse')!;
    expect(count(merged.body, (s) => s.kind === 'gemm')).toBe(3);
    expect(names(merged.body, 'wg_decl')).toEqual(names(out.body, 'wg_decl'));
    expect(names(merged.body, 'wg_decl')).toEqual(['acc', 'corr', 'l', 'm', 'prod', 's']);
  });

  test('dqkv: S and dP, then dV, dK and dQ by gemm per tile, one exp per visible pair', () => {
    const body = byPart.get('dqkv')!.body;
    // S, dP; Pᵀ dO and dSᵀ Q added from gemm views into the head's dK, dV; dS K into dQ (its block's first tile directly).
    expect(count(body, (s) => s.kind === 'gemm')).toBe(6);
    expect(names(body, 'gemm')).toEqual(['c_tile', 'dq', 'ds', 's']);
    expect(names(body, 'wg_decl')).toEqual(['dk', 'dq', 'ds', 'dv', 's']);
    // The three single-part kernels evaluate exp three times per visible pair (dq, dk, dv), and lse once more.
    expect(JSON.stringify(body).match(/"op":"exp"/g)).toHaveLength(1);
  });
});
