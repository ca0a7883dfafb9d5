// Fusion test helpers: the std library's computations built with
// GraphBuilder exactly as compiler/std/*.loom writes them, a fuse-and-check
// driver, and the structural properties every fused program must have.
import { expect } from 'vitest';
import { gradients } from '../../compiler/autodiff/grad.ts';
import { type GraphBuilder, lit } from '../../compiler/graph/builder.ts';
import type { SourceSpan } from '../../compiler/diagnostics.ts';
import type { Graph, NodeId } from '../../compiler/graph/types.ts';
import { fuse } from '../../compiler/fusion/fuse.ts';
import { runFused } from '../../compiler/fusion/reference.ts';
import type { FusedProgram } from '../../compiler/fusion/types.ts';
import { validateProgram } from '../../compiler/fusion/validate.ts';
import { fusionContext } from '../../compiler/fusion/context.ts';
import { templateOf } from '../../compiler/fusion/templates/registry.ts';
import { optimizeGraph } from '../../compiler/passes/pipeline.ts';
import { randomFeeds, resultDistance, run } from '../passes/helpers.ts';

// ---------------------------------------------------------------- std library, as in functional.loom / nn.loom

export function softmax(b: GraphBuilder, x: NodeId): NodeId {
  const e = b.unary('exp', b.sub(x, b.stopGrad(b.reduce('max', x, [-1]))));
  return b.div(e, b.sum(e, [-1]));
}

export function logSoftmax(b: GraphBuilder, x: NodeId): NodeId {
  const z = b.sub(x, b.stopGrad(b.reduce('max', x, [-1])));
  return b.sub(z, b.unary('log', b.sum(b.unary('exp', z), [-1])));
}

/** −mean over positions of log_softmax(logits)[target], the target picked by a one-hot compare. */
export function crossEntropy(b: GraphBuilder, logits: NodeId, targets: NodeId): NodeId {
  const shape = b.shape(logits);
  const v = shape[shape.length - 1]!;
  const onehot = b.binary('eq', b.iota([v], 0), b.reshape(targets, [...b.shape(targets), 1]));
  const picked = b.where(onehot, logSoftmax(b, logits), lit(0));
  const perPosition = b.sum(picked, [-1], false);
  return b.neg(b.mean(perPosition, b.shape(perPosition).map((_, i) => i), false));
}

export function layerNorm(b: GraphBuilder, x: NodeId, g: NodeId, bias: NodeId, eps = 1e-5): NodeId {
  const xc = b.sub(x, b.mean(x, [-1]));
  const y = b.mul(b.mul(xc, b.unary('rsqrt', b.add(b.mean(b.mul(xc, xc), [-1]), lit(eps)))), g);
  return b.add(y, bias);
}

export function rmsNorm(b: GraphBuilder, x: NodeId, g: NodeId, eps = 1e-5): NodeId {
  return b.mul(b.mul(x, b.unary('rsqrt', b.add(b.mean(b.mul(x, x), [-1]), lit(eps)))), g);
}

export function gelu(b: GraphBuilder, x: NodeId): NodeId {
  return b.mul(b.mul(lit(0.5), x), b.add(lit(1), b.unary('erf', b.mul(x, lit(0.7071067811865476)))));
}

/** x @ w + bias over the last axis of x (Linear in nn.loom). */
export function linear(b: GraphBuilder, x: NodeId, w: NodeId, bias: NodeId): NodeId {
  const lead = 'abcd'.slice(0, b.shape(x).length - 1);
  return b.add(b.einsum(`${lead}k,kK->${lead}K`, x, w), bias);
}

export const BACKWARD: SourceSpan = { file: 'backward', line: 1, col: 1, endLine: 1, endCol: 1, start: 0, end: 0 };

/** The gradient of `y` (seeded by a `dy` input) for each of `wrt`, its nodes tagged with the BACKWARD span. */
export function backward(b: GraphBuilder, y: NodeId, wrt: NodeId[]): NodeId[] {
  const dy = b.input('dy', b.shape(y));
  return b.at(BACKWARD, () => {
    const grads = gradients(b, y, wrt, dy);
    return wrt.map((w) => grads.get(w)!);
  });
}

// ---------------------------------------------------------------- fusing and checking

/**
 * Optimise and fuse `g`; check the program's invariants, that every merge
 * the partitioner planned incrementally is what the full level solver says
 * (`verify`, on unless turned off), and that running it kernel by kernel
 * gives exactly what the interpreter gives for the graph it was fused from
 * (and, within folding's rounding, for `g`).
 */
export function fuseChecked(g: Graph, opts: { optimize?: boolean; verify?: boolean } = {}): FusedProgram {
  const graph = opts.optimize === false ? g : optimizeGraph(g, { verify: true });
  const p = fuse(graph, { verify: opts.verify ?? true });
  expect(validateProgram(p)).toEqual([]);
  expectPartitionProperties(p);
  const feeds = randomFeeds(g);
  const fused = runFused(p, feeds, { float64: true });
  expect(resultDistance(run(graph, feeds), { outputs: fused.outputs, updates: fused.updates })).toBe(0);
  expect(resultDistance(run(g, feeds), { outputs: fused.outputs, updates: fused.updates })).toBeLessThan(1e-7);
  return p;
}

/**
 * The groups partition the non-leaf, non-view nodes (generated, index-only
 * values are recomputed by their readers and belong to no group; a copy
 * kernel may hold the view or generated value it writes out); every external
 * input is a leaf or produced by an earlier group, so the group graph is acyclic.
 */
export function expectPartitionProperties(p: FusedProgram): void {
  const ctx = fusionContext(p.graph);
  const { role } = ctx.analysis;
  const owner = new Map<NodeId, number>();
  for (const k of p.kernels) {
    for (const { node } of k.nodes) {
      expect(owner.has(node)).toBe(false);
      owner.set(node, k.id);
      if (!templateOf(k.kind).alone) expect(role[node]).toBe('compute');
    }
  }
  for (const n of p.graph.nodes) if (role[n.id] === 'compute') expect(owner.has(n.id)).toBe(true);
  for (const k of p.kernels) {
    for (const source of k.inputs) {
      const producer = owner.get(source);
      if (producer === undefined) expect(role[source]).toBe('buffer');
      else {
        expect(producer).toBeLessThan(k.id);
        expect(p.kernels[producer]!.outputs).toContain(source);
      }
    }
  }
}

/** The kernels computing any node whose span is BACKWARD. */
export function backwardKernels(p: FusedProgram): number[] {
  return p.kernels.filter((k) => k.nodes.some(({ node }) => p.graph.nodes[node]!.span?.file === BACKWARD.file)).map((k) => k.id);
}
