// How a reduction kernel walks its rows, for lowering onto a multi-pass row
// template: the row layout, and which reductions run in which pass over a
// row (a reduction runs in the first pass after every row statistic its
// input depends on is known: softmax = max, then sum; LayerNorm = mean,
// then variance). Element-level values are recomputed in each pass that
// needs them (their inputs are loads or earlier results); what remains
// after the last pass is the element-wise epilogue (the normalised write).
import type { NodeId } from '../graph/types.ts';
import { numel } from '../graph/types.ts';
import { templateOf } from './templates/registry.ts';
import type { FusedProgram, KernelGroup } from './types.ts';

export interface RowSchedule {
  /** The space's shape with the reduce axes removed: one row per element. */
  readonly outerShape: readonly number[];
  readonly rows: number;
  /** Elements per row (product of the reduce axes). */
  readonly cols: number;
  /** Reduces over a row (element → row, or element → total partials), by pass. */
  readonly passes: readonly (readonly NodeId[])[];
  /** Reduces over all rows of row-level values (row → total), after every row is done. */
  readonly finals: readonly NodeId[];
}

export function rowSchedule(p: FusedProgram, k: KernelGroup): RowSchedule {
  if (!templateOf(k.kind).rows) throw new Error(`rowSchedule: k${k.id} is a ${k.kind} kernel, without rows`);
  const g = p.graph;
  const { shape, reduceAxes } = k.space;
  const cols = numel(reduceAxes.map((a) => shape[a]!));
  const inKernel = new Map(k.nodes.map((n) => [n.node, n]));
  // Passes that must be complete before each node's value exists.
  const ready = new Map<NodeId, number>();
  const passes: NodeId[][] = [];
  const finals: NodeId[] = [];
  const sourceOf = (v: NodeId): NodeId => {
    let cur = v;
    while (!inKernel.has(cur) && g.nodes[cur]!.inputs.length > 0 && p.kernelOf[cur] === -1) cur = g.nodes[cur]!.inputs[0]!;
    return cur;
  };
  for (const { node, level, readsAt } of k.nodes) {
    const n = g.nodes[node]!;
    let after = 0;
    for (const v of n.inputs) {
      const src = sourceOf(v);
      if (inKernel.has(src)) after = Math.max(after, ready.get(src)!);
    }
    if (n.op === 'reduce' && readsAt === 'element') {
      (passes[after] ??= []).push(node);
      ready.set(node, after + 1);
    } else if (n.op === 'reduce' && level === 'total') {
      finals.push(node);
      ready.set(node, after);
    } else ready.set(node, after);
  }
  return {
    outerShape: shape.filter((_, a) => !reduceAxes.includes(a)),
    rows: numel(shape) / cols,
    cols,
    passes: Array.from(passes, (x) => x ?? []),
    finals,
  };
}
