// Mixture of experts (std/moe.loom) over the routing ops (graph/ops/topk.ts)
// and the grouped matmul (graph/ops/grouped-matmul.ts): the ops' reference
// values and gradients, the sparse dispatch equal to a dense reference that
// evaluates every expert and masks (value and every gradient), the fused
// kernels on both targets equal to the interpreter with exact kernel counts,
// and FLOPs that scale with k/E of the dense equivalent.
import { describe, expect, test } from 'vitest';
import { gradients } from '../../compiler/autodiff/grad.ts';
import { loadSource } from '../../compiler/elaborate/load.ts';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import { graphCost, nodeCost } from '../../compiler/graph/cost.ts';
import type { Graph, NodeId } from '../../compiler/graph/types.ts';
import { type ConfigValue, elaborateOrThrow } from '../../compiler/model.ts';
import { compileGraph } from '../../compiler/program.ts';
import { JS_TARGET, WEBGPU_TARGET } from '../../compiler/target.ts';
import { evaluate, gradCheck } from '../graph/helpers.ts';
import { runLowered } from '../lower/helpers.ts';
import { randomFeeds, resultDistance, run } from '../passes/helpers.ts';

describe('routing ops', () => {
  test('topk: descending values, ties to the lower index, any axis via the builtin', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 5]);
    const [v, i] = evaluate(b, [b.topk(x, 3, 'values'), b.topk(x, 3, 'indices')], { x: [1, 3, 3, 0, 2, /**/ -1, -5, 7, 7, 7] });
    expect([...v!]).toEqual([3, 3, 2, 7, 7, 7]);
    expect([...i!]).toEqual([1, 2, 4, 2, 3, 4]);
  });

  test('topk: the gradient of the values reaches only the chosen entries', () => {
    const distinct = (j: number) => ((j * 7) % 11) / 11 - 0.5;
    expect(gradCheck((b, [x]) => b.topk(x!, 2, 'values'), [{ shape: [3, 6], values: distinct }])).toBeLessThan(1e-7);
  });

  test('group_sort: a stable counting sort and the group offsets', () => {
    const b = new GraphBuilder();
    const keys = b.input('keys', [7], 'i32');
    const [order, offsets] = evaluate(b, [b.groupSort(keys, 4, 'order'), b.groupSort(keys, 4, 'offsets')], { keys: [2, 0, 2, 3, 0, 2, 0] });
    expect([...order!]).toEqual([1, 4, 6, 0, 2, 5, 3]);
    expect([...offsets!]).toEqual([0, 3, 3, 6, 7]);
  });

  test('group_sort: a key out of range is an error naming it', () => {
    const b = new GraphBuilder();
    const keys = b.input('keys', [2], 'i32');
    expect(() => evaluate(b, [b.groupSort(keys, 2, 'order')], { keys: [0, 2] })).toThrow('group_sort: key 2 is out of range [0, 2)');
  });

  test('grouped_matmul: gradients of x and every expert matrix (a ragged dw), an empty group included', () => {
    const keys = [0, 0, 2, 2, 2]; // offsets [0, 2, 2, 5]: expert 1 gets no rows
    const build = (b: GraphBuilder, [x, w, k]: NodeId[]) => b.groupedMatmul('out', [x!, w!, b.groupSort(k!, 3, 'offsets')]);
    const b = new GraphBuilder();
    const k = b.input('k', [5], 'i32');
    expect([...evaluate(b, [b.groupSort(k, 3, 'offsets')], { k: keys })[0]!]).toEqual([0, 2, 2, 5]);
    expect(gradCheck(build, [{ shape: [5, 3] }, { shape: [3, 3, 2] }, { shape: [5], dtype: 'i32', values: (i) => keys[i]! }])).toBeLessThan(1e-7);
  });
});
const SOURCE = `
import std.moe
model M(dim: int = 8, experts: int = 4, k: int = 2, hidden: int = 6, shared: int = 0, convention: str = "deepseek",
        score: str = "sigmoid", groups: int = 1, top_groups: int = 1, route_scale: float = 1.0) {
  moe = MoE(dim, experts, k, hidden, shared, convention, score, groups, top_groups, route_scale)
  sparse(x: [B, T, dim]) = sum(moe(x) * x)
  dense(x: [B, T, dim]) = sum(moe.dense(x) * x)
}`;
const PROGRAM = loadSource(SOURCE, 'moe-test.loom');

/** The model's `method` on x [2, 5, 8] (10 tokens), with the gradient of every weight as an output. */
function withGradients(method: 'sparse' | 'dense', config: Record<string, ConfigValue>, tokens = 10): Graph {
  const g = elaborateOrThrow(PROGRAM, method, { x: { shape: [2, tokens / 2, 8], dtype: 'f32' } }, config).graph;
  const b = GraphBuilder.from(g);
  // The method's own output (the MoE's load statistics are outputs too).
  const out = g.outputs.find((o) => o.name === method)!.node;
  // The input too: in a model, the layers below need its gradient (the dx of every projection).
  const weights = g.nodes.filter((n) => n.op === 'param' || n.op === 'input').map((n) => n.id);
  const grads = gradients(b, out, weights);
  b.outputs.length = 0;
  b.output('value', out);
  for (const w of weights) b.output(`grad ${(g.nodes[w]!.attrs as { name: string }).name}`, grads.get(w)!);
  return b.build();
}

const CONVENTIONS: { name: string; config: Record<string, ConfigValue>; tokens?: number }[] = [
  { name: 'DeepSeek-V3: sigmoid scores, renormalised gates, route scale', config: { route_scale: 2.5 } },
  { name: 'DeepSeek-V3: softmax scores, 2 expert groups (1 kept), a shared expert', config: { score: 'softmax', groups: 2, top_groups: 1, shared: 1 } },
  { name: 'Mixtral: top-k of the logits, softmax over those k', config: { convention: 'mixtral' } },
  { name: 'top-1 of 8 experts', config: { experts: 8, k: 1, convention: 'mixtral' } },
  { name: '200 tokens over 2 experts (groups longer than one 64-row gemm block)', config: { experts: 2, k: 1, convention: 'mixtral' }, tokens: 200 },
];

describe.each(CONVENTIONS)('MoE, $name', ({ config, tokens = 10 }) => {
  test('the sparse dispatch equals every expert evaluated densely and masked: value and every gradient', () => {
    const sparse = withGradients('sparse', config, tokens);
    const feeds = randomFeeds(sparse);
    expect(resultDistance(run(sparse, feeds), run(withGradients('dense', config, tokens), feeds))).toBeLessThan(1e-12);
  });

  // js: gemm per block of a group's rows; js without the gemm intrinsic: plain loops; webgpu: the grid form.
  test.each([['js', JS_TARGET], ['js without gemm', { ...JS_TARGET, gemmIntrinsic: false }], ['webgpu', WEBGPU_TARGET]] as const)('fused kernels on %s equal the interpreter; one grouped matmul kernel per projection and gradient', (_t, target) => {
    const g = withGradients('sparse', config, tokens);
    const feeds = randomFeeds(g);
    const { lowered, fused } = compileGraph(g, { target });
    expect(resultDistance(runLowered(lowered, feeds), run(g, feeds))).toBeLessThan(2e-5);
    const names = lowered.kernels.map((k) => k.kernel.name.replace(/^k\d+[a-z]*_/, ''));
    // w1, w3, w2 forward; each one dx (the gradient of x, h) and one dw (a ragged contraction).
    expect(names.filter((n) => n === 'gmm_out').length).toBe(3);
    expect(names.filter((n) => n === 'gmm_dx').length).toBe(3);
    expect(names.filter((n) => n === 'gmm_dw').length).toBe(3);
    expect(fused.kernels.filter((k) => k.kind === 'grouped_matmul').length).toBe(9);
    const gemms = lowered.kernels.filter((k) => k.kernel.name.includes('_gmm_') && JSON.stringify(k.kernel.body).includes('"kind":"gemm"')).length;
    expect(gemms).toBe(target.gemmIntrinsic ? 9 : 0);
    // One counting sort (order and offsets) per MoE layer, CSE'd across the three projections.
    expect(names.filter((n) => n.startsWith('sort_')).sort()).toEqual(['sort_offsets', 'sort_order']);
  });
});

test('expert FLOPs are k/E of the dense equivalent, at E = 4 and E = 8', () => {
  for (const [experts, k] of [[4, 2], [8, 2]] as const) {
    const config = { experts, k, convention: 'mixtral' };
    const tokens = 10;
    const sparse = elaborateOrThrow(PROGRAM, 'sparse', { x: { shape: [2, tokens / 2, 8], dtype: 'f32' } }, config).graph;
    const dense = elaborateOrThrow(PROGRAM, 'dense', { x: { shape: [2, tokens / 2, 8], dtype: 'f32' } }, config).graph;
    const grouped = graphCost(sparse).byOp.get('grouped_matmul')!.flops;
    // three projections of 8 × 6 on the N·k chosen (token, expert) rows
    expect(grouped).toBe(3 * 2 * tokens * k * 8 * 6);
    // the dense equivalent: the reference's contractions with an expert weight [E, …], every token through every expert
    const expertWeight = (id: number) => dense.nodes[id]!.op === 'param' && dense.nodes[id]!.type.shape[0] === experts && dense.nodes[id]!.type.shape.length === 3;
    const denseFlops = dense.nodes.filter((n) => n.op === 'einsum' && n.inputs.some(expertWeight)).reduce((acc, n) => acc + nodeCost(dense, n.id).flops, 0);
    expect(denseFlops).toBe(3 * 2 * tokens * experts * 8 * 6);
    expect(grouped / denseFlops).toBe(k / experts);
  }
});
