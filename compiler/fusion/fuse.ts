// fuse(graph): partition the graph into kernel groups (partition.ts), order
// them, and describe each for lowering: nodes with loop levels, external
// loads with their composed views, and outputs.
import type { Graph, NodeId } from '../graph/types.ts';
import { fusionContext, type FusionContext } from './context.ts';
import { partition, type PartitionGroup, type PartitionOptions } from './partition.ts';
import type { FusedProgram, KernelGroup, KernelLoad, ValueAccess } from './types.ts';

export function fuse(graph: Graph, options: PartitionOptions = {}): FusedProgram {
  const ctx = fusionContext(graph);
  const groups = orderGroups(ctx, partition(ctx, options));
  const kernelOf = new Array<number>(graph.nodes.length).fill(-1);
  groups.forEach((grp, k) => grp.members.forEach((m) => (kernelOf[m] = k)));
  const kernels = groups.map((grp, k) => describeGroup(ctx, grp, k, kernelOf));
  const result = (name: string, node: NodeId) => ({ name, node, buffer: ctx.resultBuffer.get(node)! });
  const generated = new Map<NodeId, ValueAccess[]>();
  for (const n of graph.nodes) {
    if (ctx.analysis.role[n.id] === 'generated' && n.inputs.length > 0) generated.set(n.id, n.inputs.map((i) => ctx.analysis.access[i]!));
  }
  return {
    graph,
    kernels,
    kernelOf,
    outputs: graph.outputs.map((o) => result(o.name, o.node)),
    updates: graph.updates.map((u) => ({ ...result(u.target, u.node), target: u.target })),
    generated,
  };
}

/** Groups in execution order: Kahn's algorithm, ready groups taken by their first node (stable, close to source order). */
function orderGroups(ctx: FusionContext, groups: PartitionGroup[]): PartitionGroup[] {
  const owner = new Map<NodeId, number>();
  groups.forEach((grp, k) => grp.members.forEach((m) => owner.set(m, k)));
  const succ = groups.map(() => new Set<number>());
  const indegree = new Array<number>(groups.length).fill(0);
  groups.forEach((grp, k) => {
    for (const m of grp.members) {
      for (const r of ctx.reads[m]!) {
        const from = owner.get(r.access.source);
        if (from === undefined || from === k || succ[from]!.has(k)) continue;
        succ[from]!.add(k);
        indegree[k]!++;
      }
    }
  });
  const ready = groups.map((_, k) => k).filter((k) => indegree[k] === 0);
  const order: number[] = [];
  while (ready.length) {
    ready.sort((x, y) => groups[y]!.members[0]! - groups[x]!.members[0]!);
    const k = ready.pop()!;
    order.push(k);
    for (const s of succ[k]!) if (--indegree[s]! === 0) ready.push(s);
  }
  if (order.length !== groups.length) throw new Error('fusion: the kernel groups form a cycle');
  return order.map((k) => groups[k]!);
}

function describeGroup(ctx: FusionContext, grp: PartitionGroup, id: number, kernelOf: readonly number[]): KernelGroup {
  const g = ctx.graph;
  const { role } = ctx.analysis;
  const inside = (n: NodeId) => kernelOf[n] === id;
  const loads: KernelLoad[] = [];
  const seen = new Set<string>();
  for (const m of grp.members) {
    const node = g.nodes[m]!;
    const copied = ctx.copies.get(m);
    for (const r of ctx.reads[m]!) {
      // A copy reads its access even when the source is itself (a generated value being written out).
      if (!copied && inside(r.access.source)) continue;
      const value = copied ? m : node.inputs[r.inputIndex]!;
      const level = grp.plan.readsAt.get(m) ?? grp.plan.levels.get(m)!;
      const key = `${value}@${level}`;
      if (seen.has(key)) continue;
      seen.add(key);
      loads.push({ ...r.access, value, level, generated: role[r.access.source] === 'generated' });
    }
  }
  const inputs = [...new Set(loads.filter((l) => !l.generated).map((l) => l.source))];
  const outputs = grp.members.filter((m) => ctx.isResult[m] || ctx.readers[m]!.some((r) => !inside(r)));
  return {
    id,
    kind: grp.plan.kind,
    space: grp.plan.space,
    nodes: grp.members.map((node) => {
      const level = grp.plan.levels.get(node)!;
      return { node, level, readsAt: grp.plan.readsAt.get(node) ?? level };
    }),
    loads,
    inputs,
    outputs,
  };
}
