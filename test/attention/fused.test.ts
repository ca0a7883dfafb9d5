// Fused attention (graph/ops/attention.ts, fusion/templates/attention.ts):
// the op's gradient against central differences, its reference evaluation
// against the op-by-op formula, the fused kernels of every part on both
// targets against the interpreter, one kernel per forward, and the memory
// claim: no buffer the size of the score matrix, and at T = 1024 a fraction
// of the op-by-op program's peak memory.
import { describe, expect, test } from 'vitest';
import { gradients } from '../../compiler/autodiff/grad.ts';
import { GraphBuilder, lit } from '../../compiler/graph/builder.ts';
import type { Graph, NodeId, OpAttrs } from '../../compiler/graph/types.ts';
import { compileGraph } from '../../compiler/program.ts';
import { JS_TARGET, WEBGPU_TARGET } from '../../compiler/target.ts';
import { gradCheck } from '../graph/helpers.ts';
import { runLowered } from '../lower/helpers.ts';
import { randomFeeds, resultDistance, run } from '../passes/helpers.ts';

type Attrs = Omit<OpAttrs['attention'], 'part'>;

interface Case {
  readonly name: string;
  readonly q: number[];
  readonly k: number[];
  readonly v: number[];
  readonly attrs: Attrs;
}

const CASES: Case[] = [
  { name: 'causal multi-head', q: [2, 3, 5, 4], k: [2, 3, 5, 4], v: [2, 3, 5, 4], attrs: { causal: true, window: 0, scale: 0.5 } },
  { name: 'grouped heads (4 share 2), K ≠ V', q: [1, 4, 6, 3], k: [1, 2, 6, 3], v: [1, 2, 6, 5], attrs: { causal: true, window: 0, scale: 0.7 } },
  { name: 'sliding window of 3', q: [1, 2, 7, 4], k: [1, 2, 7, 4], v: [1, 2, 7, 4], attrs: { causal: true, window: 3, scale: 0.5 } },
  { name: 'not causal', q: [2, 2, 4, 3], k: [2, 2, 6, 3], v: [2, 2, 6, 2], attrs: { causal: false, window: 0, scale: 0.6 } },
  { name: 'two queries after a cache of four (decode)', q: [1, 2, 2, 4], k: [1, 1, 6, 4], v: [1, 1, 6, 4], attrs: { causal: true, window: 0, scale: 0.5 } },
  { name: 'no batch axes', q: [2, 5, 4], k: [2, 5, 4], v: [2, 5, 4], attrs: { causal: true, window: 2, scale: 0.5 } },
];

/** Longer sequences: several 64-wide tiles on the CPU, a partial last tile, a window across tile edges. */
const LONG: Case[] = [
  { name: 'causal, 150 positions, grouped heads', q: [1, 4, 150, 8], k: [1, 2, 150, 8], v: [1, 2, 150, 6], attrs: { causal: true, window: 0, scale: 0.3 } },
  { name: 'window of 70 over 200 positions', q: [2, 1, 200, 4], k: [2, 1, 200, 4], v: [2, 1, 200, 4], attrs: { causal: true, window: 70, scale: 0.4 } },
  { name: '40 queries after a cache of 100, not causal', q: [1, 2, 40, 8], k: [1, 2, 140, 8], v: [1, 2, 140, 8], attrs: { causal: false, window: 0, scale: 0.3 } },
];

/** softmax(q kᵀ · scale + mask) v written op by op (the std attention_reference formula). */
function opByOp(b: GraphBuilder, q: NodeId, k: NodeId, v: NodeId, a: Attrs): NodeId {
  const [H, T] = b.shape(q).slice(-3) as [number, number];
  const [G, S] = b.shape(k).slice(-3) as [number, number];
  const lead = b.shape(q).slice(0, -3);
  const r = H / G;
  const expandHeads = (x: NodeId) => {
    const s = b.shape(x);
    const split = [...lead, G, 1, S, s.at(-1)!];
    return b.reshape(b.broadcastTo(b.reshape(x, split), [...lead, G, r, S, s.at(-1)!]), [...lead, H, S, s.at(-1)!]);
  };
  const kk = expandHeads(k);
  const vv = expandHeads(v);
  const L = lead.map((_, i) => 'abcde'[i]).join('');
  const scores = b.mul(b.einsum(`${L}htc,${L}hsc->${L}hts`, q, kk), lit(a.scale));
  const i = b.add(b.iota([T, S], 0, 'i32'), lit(S - T));
  const j = b.iota([T, S], 1, 'i32');
  let seen = a.causal ? b.binary('le', j, i) : b.binary('ge', j, lit(0));
  if (a.window > 0) seen = b.binary('and', seen, b.binary('lt', b.sub(i, j), lit(a.window)));
  const masked = b.where(b.broadcastTo(b.reshape(seen, [...lead.map(() => 1), 1, T, S]), b.shape(scores)), scores, lit(-1e9));
  const rank = b.shape(scores).length;
  const e = b.unary('exp', b.sub(masked, b.broadcastTo(b.stopGrad(b.reduce('max', masked, [rank - 1], true)), b.shape(masked))));
  const p = b.div(e, b.broadcastTo(b.sum(e, [rank - 1], true), b.shape(e)));
  return b.einsum(`${L}hts,${L}hsc->${L}htc`, p, vv);
}

const fused = (b: GraphBuilder, q: NodeId, k: NodeId, v: NodeId, a: Attrs) => b.attention({ part: 'out', ...a }, [q, k, v]);

describe.each(CASES)('attention: $name', (c) => {
  test('gradient matches central differences (float64)', () => {
    expect(gradCheck((b, [q, k, v]) => fused(b, q!, k!, v!, c.attrs), [{ shape: c.q }, { shape: c.k }, { shape: c.v }])).toBeLessThan(1e-6);
  });

  /** loss = Σ attention(q, k, v) ⊙ w, with the gradients of q, k, v as outputs: every part of the op. */
  function trainGraph(f: typeof fused): Graph {
    const b = new GraphBuilder();
    const [q, k, v] = [b.input('q', c.q), b.input('k', c.k), b.input('v', c.v)];
    const o = f(b, q, k, v, c.attrs);
    const w = b.random(b.shape(o), 3, 1, 'normal');
    const loss = b.reshape(b.sum(b.mul(o, w), b.shape(o).map((_, i) => i)), []);
    const grads = gradients(b, loss, [q, k, v]);
    b.output('o', o);
    b.output('loss', loss);
    for (const [name, x] of [['q', q], ['k', k], ['v', v]] as const) b.output(`grad_${name}`, grads.get(x)!);
    return b.build();
  }

  test('the op equals the op-by-op formula, value and gradients', () => {
    const g = trainGraph(fused);
    const feeds = randomFeeds(g);
    expect(resultDistance(run(g, feeds), run(trainGraph(opByOp), feeds))).toBeLessThan(1e-5);
  });

  test.each([['js', JS_TARGET], ['webgpu', WEBGPU_TARGET]] as const)('fused kernels on %s match the interpreter', (_name, target) => {
    const g = trainGraph(fused);
    const feeds = randomFeeds(g);
    const { lowered, fused: program } = compileGraph(g, { target });
    expect(resultDistance(runLowered(lowered, feeds), run(g, feeds))).toBeLessThan(2e-5);
    // Forward, lse, dq, dk and dv: one attention kernel each on a GPU; on the CPU the forward
    // stores its lse (out_lse) and the backward is one kernel (dqkv), passes/attention-merge.ts.
    expect(program.kernels.filter((k) => k.kind === 'attention').length).toBe(target === JS_TARGET ? 2 : 5);
  });
});

describe.each(LONG)('attention over several tiles: $name', (c) => {
  test.each([['js', JS_TARGET], ['webgpu', WEBGPU_TARGET]] as const)('value and gradients on %s match the interpreter', (_name, target) => {
    const b = new GraphBuilder();
    const [q, k, v] = [b.input('q', c.q), b.input('k', c.k), b.input('v', c.v)];
    const o = fused(b, q, k, v, c.attrs);
    const w = b.random(b.shape(o), 3, 1, 'normal');
    // o² makes the incoming gradient a value in memory, as in a model (a generated one keeps the row form).
    const loss = b.reshape(b.sum(b.mul(b.mul(o, o), w), b.shape(o).map((_, i) => i)), []);
    const grads = gradients(b, loss, [q, k, v]);
    b.output('o', o);
    for (const [name, x] of [['q', q], ['k', k], ['v', v]] as const) b.output(`grad_${name}`, grads.get(x)!);
    const g = b.build();
    const feeds = randomFeeds(g);
    const { lowered } = compileGraph(g, { target });
    expect(resultDistance(runLowered(lowered, feeds), run(g, feeds))).toBeLessThan(2e-5);
    // On the CPU every attention kernel multiplies its tiles with the gemm intrinsic.
    if (target === JS_TARGET) {
      const attn = lowered.kernels.filter((lk) => lk.kernel.name.includes('attn'));
      expect(attn.map((lk) => JSON.stringify(lk.kernel.body).includes('"kind":"gemm"'))).toEqual(attn.map(() => true));
    }
  });
});

describe('fusion and memory', () => {
  function forward(T: number, f: typeof fused, heads = 4, d = 16): Graph {
    const b = new GraphBuilder();
    const x = b.input('x', [1, heads, T, d]);
    b.output('o', f(b, x, b.mul(x, lit(0.5)), b.add(x, lit(1)), { causal: true, window: 0, scale: 0.25 }));
    return b.build();
  }

  test('the forward pass is one kernel on both targets', () => {
    for (const target of [JS_TARGET, WEBGPU_TARGET]) {
      const { lowered } = compileGraph(forward(64, fused), { target });
      expect(lowered.kernels.map((k) => k.kernel.name).filter((n) => n.includes('attn'))).toEqual([expect.stringMatching(/attn_out$/)]);
    }
  });

  test('no buffer of the fused train step holds T × T elements (T = 256)', () => {
    const T = 256;
    const b = new GraphBuilder();
    const [q, k, v] = ['q', 'k', 'v'].map((n) => b.input(n, [1, 4, T, 16]));
    const o = fused(b, q!, k!, v!, { causal: true, window: 0, scale: 0.25 });
    const loss = b.reshape(b.sum(b.mul(o, o), [0, 1, 2, 3]), []);
    const grads = gradients(b, loss, [q!, k!, v!]);
    b.output('loss', loss);
    [q, k, v].forEach((x, i) => b.output(`g${i}`, grads.get(x!)!));
    for (const target of [JS_TARGET, WEBGPU_TARGET]) {
      const { lowered } = compileGraph(b.build(), { target });
      expect(Math.max(...lowered.buffers.map((x) => x.length))).toBeLessThan(T * T);
    }
  });

  test('at T = 1024 the fused program needs at most a quarter of the op-by-op program\'s memory', () => {
    const bytes = (g: Graph) => {
      const { lowered } = compileGraph(g, { target: JS_TARGET });
      const own = lowered.buffers.filter((x) => x.slot === undefined).reduce((acc, x) => acc + x.length * 4, 0);
      return own + lowered.memory.peakBytes;
    };
    const f = bytes(forward(1024, fused));
    const u = bytes(forward(1024, opByOp));
    expect(f * 4).toBeLessThanOrEqual(u);
  });
});
