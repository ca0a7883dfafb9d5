// The CPU's attention merge (compiler/passes/attention-merge.ts): which
// parts merge (dq, dk, dv on the same operands into dqkv; out and lse on the
// same q, k into out_lse), which stay apart (a lone part, other operands or
// attributes, a part feeding another's operands), the merged graph equal to
// the original on the interpreter, the js kernels (tiled and row form)
// against the interpreter, the GPU targets untouched, and gpt's train step
// three kernels lighter per layer on the CPU.
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { gradients } from '../../compiler/autodiff/grad.ts';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { fuse } from '../../compiler/fusion/fuse.ts';
import { GraphBuilder, lit } from '../../compiler/graph/builder.ts';
import type { Graph, NodeId, OpAttrs } from '../../compiler/graph/types.ts';
import { verifyGraph } from '../../compiler/graph/verify.ts';
import { lowerProgram } from '../../compiler/kernel/lower/lower.ts';
import { compileLanguageModel } from '../../compiler/model.ts';
import { findAttentionMerges, mergeAttention } from '../../compiler/passes/attention-merge.ts';
import { optimizeGraph } from '../../compiler/passes/pipeline.ts';
import { compileGraph } from '../../compiler/program.ts';
import { CUDA_TARGET, JS_TARGET, WEBGPU_TARGET } from '../../compiler/target.ts';
import { runLowered } from '../lower/helpers.ts';
import { randomFeeds, resultDistance, run } from '../passes/helpers.ts';
import { type Attrs, trainGraph } from './helpers.ts';

const CAUSAL: Attrs = { causal: true, window: 0, scale: 0.25 };

/** The attention parts of a graph, counted. */
function parts(g: Graph): Record<string, number> {
  const out: Record<string, number> = {};
  for (const n of g.nodes) {
    if (n.op === 'attention') {
      const part = (n.attrs as OpAttrs['attention']).part;
      out[part] = (out[part] ?? 0) + 1;
    }
  }
  return out;
}

/** The merged graph is valid, computes what the original does, and its js kernels too; returns it. */
function checkMerged(g: Graph): Graph {
  const optimized = optimizeGraph(g);
  const merged = mergeAttention(optimized);
  expect(verifyGraph(merged)).toEqual([]);
  const feeds = randomFeeds(g);
  const want = run(g, feeds);
  expect(resultDistance(run(merged, feeds), want)).toBeLessThan(1e-12);
  expect(resultDistance(runLowered(compileGraph(g, { target: JS_TARGET }).lowered, feeds), want)).toBeLessThan(2e-5);
  return merged;
}

const GPT = { q: [2, 4, 64, 16], k: [2, 4, 64, 16], v: [2, 4, 64, 16] };

describe('which attention parts merge', () => {
  test('a train step: out + lse → out_lse, dq + dk + dv → dqkv, each part a view of the packed result', () => {
    const g = trainGraph(GPT, CAUSAL, ['q', 'k', 'v']);
    expect(parts(optimizeGraph(g))).toEqual({ out: 1, lse: 1, dq: 1, dk: 1, dv: 1 });
    const merged = checkMerged(g);
    expect(parts(merged)).toEqual({ out_lse: 1, dqkv: 1 });
    // Five parts out, two in, and a slice + reshape for each of the five.
    expect(merged.nodes.length).toBe(optimizeGraph(g).nodes.length - 5 + 2 + 2 * 5);
    const packed = merged.nodes.filter((n) => n.op === 'attention').map((n) => [(n.attrs as OpAttrs['attention']).part, n.type.shape]);
    // [o | L] = 2·4·64·(16 + 1); [dq | dk | dv] = 3 · 2·4·64·16.
    expect(packed).toEqual([['out_lse', [2 * 4 * 64 * 17]], ['dqkv', [3 * 2 * 4 * 64 * 16]]]);
  });

  test('grouped heads, a window, a cache before the queries (T < S), V ≠ K', () => {
    const g = trainGraph({ q: [2, 4, 40, 8], k: [2, 2, 140, 8], v: [2, 2, 140, 4] }, { causal: true, window: 30, scale: 0.4 }, ['q', 'k', 'v']);
    expect(parts(checkMerged(g))).toEqual({ out_lse: 1, dqkv: 1 });
  });

  test('two of dq, dk, dv merge (dqkv computes the third unread), with q generated: the row form', () => {
    // q read from an index-only value is no strided matrix: both packed parts take the row form.
    const g = trainGraph(GPT, CAUSAL, ['k', 'v'], (b) => ({ q: b.mul(b.cast(b.iota(GPT.q, 2, 'i32'), 'f32'), lit(0.01)) }));
    expect(parts(optimizeGraph(g))).toEqual({ out: 1, lse: 1, dk: 1, dv: 1 });
    expect(parts(checkMerged(g))).toEqual({ out_lse: 1, dqkv: 1 });
    const attn = compileGraph(g, { target: JS_TARGET }).lowered.kernels.filter((k) => k.kernel.name.includes('attn'));
    expect(attn.map((k) => [k.kernel.name.replace(/^k\d+_/, ''), JSON.stringify(k.kernel.body).includes('"kind":"gemm"')])).toEqual([['attn_out_lse', false], ['attn_dqkv', false]]);
  });

  test('a lone part stays: an inference graph is returned as is', () => {
    const b = new GraphBuilder();
    const [q, k, v] = ['q', 'k', 'v'].map((n) => b.input(n, GPT.q)) as [NodeId, NodeId, NodeId];
    b.output('o', b.attention({ part: 'out', ...CAUSAL }, [q, k, v]));
    const g = optimizeGraph(b.build());
    expect(mergeAttention(g)).toBe(g);
  });

  test('parts on other operands or attributes stay apart', () => {
    const b = new GraphBuilder();
    const [q, k, v, v2] = ['q', 'k', 'v', 'v2'].map((n) => b.input(n, GPT.q)) as [NodeId, NodeId, NodeId, NodeId];
    // Same q, k, two values: one lse (CSE), paired with the first output only; two backward groups (different dO).
    const o1 = b.attention({ part: 'out', ...CAUSAL }, [q, k, v]);
    const o2 = b.attention({ part: 'out', ...CAUSAL }, [q, k, v2]);
    // Not causal: its own lse and backward.
    const o3 = b.attention({ part: 'out', ...CAUSAL, causal: false }, [q, k, v]);
    const loss = b.reshape(b.sum(b.mul(b.add(b.mul(o1, o2), o3), o3), [0, 1, 2, 3]), []);
    const grads = gradients(b, loss, [q, k, v, v2]);
    ['q', 'k', 'v', 'v2'].forEach((n, i) => b.output(`grad_${n}`, grads.get([q, k, v, v2][i]!)!));
    const g = b.build();
    expect(parts(optimizeGraph(g))).toEqual({ out: 3, lse: 2, dq: 3, dk: 3, dv: 3 });
    expect(parts(checkMerged(g))).toEqual({ out_lse: 2, out: 1, dqkv: 3 });
  });

  test('an operand computed after the first part is written before the merged node', () => {
    // dv first, then D, then dq and dk: the merged node needs D where dv was.
    const b = new GraphBuilder();
    const [q, k, v, dO] = ['q', 'k', 'v', 'dO'].map((n) => b.input(n, GPT.q)) as [NodeId, NodeId, NodeId, NodeId];
    const lse = b.attention({ part: 'lse', ...CAUSAL }, [q, k]);
    const dv = b.attention({ part: 'dv', ...CAUSAL }, [q, k, dO, lse]);
    const dvSquared = b.mul(dv, dv);
    const o = b.attention({ part: 'out', ...CAUSAL }, [q, k, v]);
    const delta = b.sum(b.mul(dO, o), [3], true);
    b.output('dq', b.attention({ part: 'dq', ...CAUSAL }, [q, k, v, dO, lse, delta]));
    b.output('dk', b.attention({ part: 'dk', ...CAUSAL }, [q, k, v, dO, lse, delta]));
    b.output('dv2', dvSquared);
    const g = b.build();
    const order = optimizeGraph(g).nodes.map((n) => (n.op === 'attention' ? (n.attrs as OpAttrs['attention']).part : n.op));
    expect(order.indexOf('dv')).toBeLessThan(order.indexOf('reduce'));
    expect(parts(checkMerged(g))).toEqual({ out_lse: 1, dqkv: 1 });
  });

  test('a part feeding another\'s operand is not merged with it (no cycle)', () => {
    // D is computed from dv: dq, dk and dv cannot be one node; they stay as they are.
    const b = new GraphBuilder();
    const [q, k, v, dO] = ['q', 'k', 'v', 'dO'].map((n) => b.input(n, GPT.q)) as [NodeId, NodeId, NodeId, NodeId];
    const lse = b.input('lse', [2, 4, 64, 1]);
    const dv = b.attention({ part: 'dv', ...CAUSAL }, [q, k, dO, lse]);
    const delta = b.mul(b.sum(dv, [3], true), lit(0.1));
    b.output('dq', b.attention({ part: 'dq', ...CAUSAL }, [q, k, v, dO, lse, delta]));
    b.output('dk', b.attention({ part: 'dk', ...CAUSAL }, [q, k, v, dO, lse, delta]));
    b.output('dv', dv);
    const g = b.build();
    expect(parts(checkMerged(g))).toEqual({ dq: 1, dk: 1, dv: 1 });
  });

  test('two merges that would feed each other: every part stays apart', () => {
    // A's values are B's dv, and B's D reads A's lse: neither merge feeds itself, together they would.
    const b = new GraphBuilder();
    const [q1, k1, q2, k2, v2, dO2] = ['q1', 'k1', 'q2', 'k2', 'v2', 'dO2'].map((n) => b.input(n, GPT.q)) as NodeId[] as [NodeId, NodeId, NodeId, NodeId, NodeId, NodeId];
    const lse2 = b.input('lse2', [2, 4, 64, 1]);
    const dv2 = b.attention({ part: 'dv', ...CAUSAL }, [q2, k2, dO2, lse2]);
    b.output('out1', b.attention({ part: 'out', ...CAUSAL }, [q1, k1, dv2]));
    const lse1 = b.attention({ part: 'lse', ...CAUSAL }, [q1, k1]);
    const delta2 = b.mul(lse1, lit(0.01));
    b.output('dq2', b.attention({ part: 'dq', ...CAUSAL }, [q2, k2, v2, dO2, lse2, delta2]));
    b.output('dk2', b.attention({ part: 'dk', ...CAUSAL }, [q2, k2, v2, dO2, lse2, delta2]));
    const g = optimizeGraph(b.build());
    expect(findAttentionMerges(g).map((m) => m.part).sort()).toEqual(['dqkv', 'out_lse']);
    expect(mergeAttention(g)).toBe(g);
    expect(parts(checkMerged(g))).toEqual({ out: 1, lse: 1, dq: 1, dk: 1, dv: 1 });
  });
});

describe('targets', () => {
  test('GPU targets never see packed parts: their kernels are the unmerged program\'s', () => {
    const g = trainGraph(GPT, CAUSAL, ['q', 'k', 'v']);
    for (const target of [WEBGPU_TARGET, CUDA_TARGET]) {
      const names = compileGraph(g, { target }).lowered.kernels.map((k) => k.kernel.name);
      expect(names).toEqual(lowerProgram(fuse(optimizeGraph(g)), target).kernels.map((k) => k.kernel.name));
      expect(names.filter((n) => n.includes('attn')).map((n) => n.replace(/^k\d+_/, ''))).toEqual(['attn_out', 'attn_lse', 'attn_dq', 'attn_dk', 'attn_dv']);
    }
  });

  test('a GPU lowering that meets a packed part says so', () => {
    const merged = mergeAttention(optimizeGraph(trainGraph(GPT, CAUSAL, ['q', 'k', 'v'])));
    expect(() => compileGraph(merged, { target: WEBGPU_TARGET })).toThrow(/is attention \(out_lse\), a packed part only the CPU's attention-merge pass makes \(passes\/attention-merge\.ts\); a GPU target runs its parts as separate kernels/);
  });

  test('gpt\'s train step on the CPU: 3 kernels fewer per layer (lse, and two of dq, dk, dv), 99 instead of 105', () => {
    const m = compileLanguageModel(path.join(import.meta.dirname, '../../dsl-examples/gpt.loom'), { batch: 2, optimizer: defaultOptimizer });
    const js = compileGraph(m.graphs.train, { target: JS_TARGET }).lowered.kernels.map((k) => k.kernel.name);
    const cuda = compileGraph(m.graphs.train, { target: CUDA_TARGET }).lowered.kernels.map((k) => k.kernel.name);
    const attn = (names: string[]) => names.filter((n) => n.includes('attn')).map((n) => n.replace(/^k\d+_/, ''));
    expect([js.length, cuda.length]).toEqual([99, 105]);
    expect(attn(js)).toEqual(['attn_out_lse', 'attn_out_lse', 'attn_dqkv', 'attn_dqkv']);
    expect(attn(cuda)).toEqual(['attn_out', 'attn_out', ...Array(2).fill(['attn_lse', 'attn_dq', 'attn_dk', 'attn_dv']).flat()]);
  });
});
