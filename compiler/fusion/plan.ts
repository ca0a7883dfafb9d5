// Whether a set of nodes can run as one kernel, and if so how: its kind, its
// iteration space and the loop level of every node (levels.ts). A kernel
// has at most one anchor kind: a contraction (one einsum), a scatter (one
// scatter_add), gathers, or reductions; elementwise ops join any of them.
// Contraction, gather and scatter anchors read their operands from memory;
// nothing in a kernel may read a scatter's output (it is complete only when
// the kernel ends). The widest reduction defines the rows; other reductions
// must reduce the same rows, or everything (to the `total` level).
import type { Graph, Node, NodeId, OpAttrs, OpName } from '../graph/types.ts';
import { numel } from '../graph/types.ts';
import type { AccessAnalysis } from './access.ts';
import { LevelSolver } from './levels.ts';
import type { IterationSpace, KernelKind, Level } from './types.ts';

export interface GroupPlan {
  readonly kind: KernelKind;
  readonly space: IterationSpace;
  readonly levels: ReadonlyMap<NodeId, Level>;
  /** The level each reduce reads its input at. */
  readonly reduceInput: ReadonlyMap<NodeId, Level>;
}

export interface PlanContext {
  readonly graph: Graph;
  readonly analysis: AccessAnalysis;
}

/** Ops that only ever run as a standalone copy kernel. */
export function isCopyOp(n: Node, analysis: AccessAnalysis): boolean {
  return n.op === 'concat' || (n.op === 'pad' && analysis.role[n.id] === 'compute') || analysis.cuts.has(n.id);
}

const ANCHORS: readonly OpName[] = ['einsum', 'scatter_add', 'gather'];

/** The plan of `members` (sorted node ids), or the reason they cannot form one kernel. */
export function planGroup(ctx: PlanContext, members: readonly NodeId[], inGroup: (id: NodeId) => boolean): GroupPlan | string {
  const nodes = members.map((id) => ctx.graph.nodes[id]!);
  const count = (op: OpName) => nodes.filter((n) => n.op === op).length;
  if (nodes.some((n) => isCopyOp(n, ctx.analysis))) return nodes.length === 1 ? copyPlan(nodes[0]!) : 'a copy runs alone';
  const [einsums, scatters, gathers, reduces] = [count('einsum'), count('scatter_add'), count('gather'), count('reduce')];
  if (einsums > 1 || scatters > 1) return 'at most one contraction or scatter per kernel';
  if ((einsums > 0 ? 1 : 0) + (scatters > 0 ? 1 : 0) + (gathers > 0 ? 1 : 0) + (reduces > 0 ? 1 : 0) > 1) {
    return 'contraction, scatter, gather and reduction do not mix';
  }
  const space = spaceOf(ctx.graph, nodes);
  const kind: KernelKind = einsums ? 'contraction' : scatters ? 'scatter' : gathers ? 'gather' : reduces ? 'reduction' : 'elementwise';
  const solved = new LevelSolver(ctx.analysis, ctx.graph, { reduction: kind === 'reduction', ...space }, inGroup).solve(nodes);
  if (typeof solved === 'string') return solved;
  const total = [...solved.level.values()].includes('total');
  return { kind, space: { ...space, total }, levels: solved.level, reduceInput: solved.reduceInput };
}

export function copyPlan(n: Node): GroupPlan {
  return { kind: 'copy', space: { shape: [...n.type.shape], reduceAxes: [], total: false }, levels: new Map([[n.id, 'element']]), reduceInput: new Map() };
}

function spaceOf(g: Graph, nodes: readonly Node[]): { shape: number[]; reduceAxes: number[] } {
  const inputShape = (n: Node) => g.nodes[n.inputs[0]!]!.type.shape;
  const anchor = nodes.find((n) => ANCHORS.includes(n.op));
  if (anchor?.op === 'scatter_add') return { shape: [...inputShape(anchor)], reduceAxes: [] };
  if (anchor) return { shape: [...anchor.type.shape], reduceAxes: [] };
  // The widest reduction defines the rows (of equally wide ones, the one keeping
  // most: a whole-tensor sum is then a partial per row plus a total).
  const width = (n: Node) => [numel(inputShape(n)), numel(n.type.shape)];
  let primary: Node | undefined;
  for (const n of nodes) {
    if (n.op !== 'reduce') continue;
    const [w, kept] = width(n);
    const [pw, pkept] = primary ? width(primary) : [-1, -1];
    if (w! > pw! || (w === pw && kept! > pkept!)) primary = n;
  }
  if (primary) return { shape: [...inputShape(primary)], reduceAxes: [...(primary.attrs as OpAttrs['reduce']).axes] };
  return { shape: [...nodes[0]!.type.shape], reduceAxes: [] };
}
