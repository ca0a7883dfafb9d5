// The unfused baseline: every op is its own kernel that reads its inputs in
// full and writes its output in full, except leaves (values supplied or
// uploaded before the run) and the pure views that share their input's
// storage: reshape (row-major data is unchanged), stop_grad and grad_as
// (identities in value). An expand, permute or slice is materialised.
import { nodeCost } from '../graph/cost.ts';
import type { OpCost } from '../graph/op.ts';
import type { Graph, NodeId, OpName } from '../graph/types.ts';
import { BYTES_PER_ELEMENT, numel } from '../graph/types.ts';
import { type BufferRole, type BufferSpec, type MemoryPlan, planBuffers } from './plan.ts';

const LEAVES = new Set<OpName>(['input', 'param', 'const', 'iota', 'random']);
const ALIASES = new Set<OpName>(['reshape', 'stop_grad', 'grad_as']);

/** The nodes that run as kernels when nothing is fused, in graph order. */
export function unfusedKernels(g: Graph): NodeId[] {
  return g.nodes.filter((n) => !LEAVES.has(n.op) && !ALIASES.has(n.op)).map((n) => n.id);
}

/** The node whose storage holds `id`'s value (following reshape, stop_grad and grad_as). */
export function storageOf(g: Graph, id: NodeId): NodeId {
  let cur = id;
  while (ALIASES.has(g.nodes[cur]!.op)) cur = g.nodes[cur]!.inputs[0]!;
  return cur;
}

export interface UnfusedCost extends OpCost {
  kernels: number;
}

/** Totals of the ops' own costs (ops/*.ts) over the unfused kernels. */
export function unfusedCost(g: Graph): UnfusedCost {
  const total: UnfusedCost = { kernels: 0, flops: 0, bytesRead: 0, bytesWritten: 0 };
  for (const id of unfusedKernels(g)) {
    const c = nodeCost(g, id);
    total.kernels++;
    total.flops += c.flops;
    total.bytesRead += c.bytesRead;
    total.bytesWritten += c.bytesWritten;
  }
  return total;
}

/**
 * Constants, iotas and random leaves are uploaded buffers here: each is
 * planned as an intermediate live from its first to its last reader.
 */
export function planUnfusedMemory(g: Graph): MemoryPlan {
  const results = new Set<NodeId>([...g.outputs, ...g.updates].map((r) => storageOf(g, r.node)));
  const steps = unfusedKernels(g).map((id) => ({
    reads: [...new Set(g.nodes[id]!.inputs.map((i) => storageOf(g, i)))],
    writes: [id],
  }));
  const roleOf = (id: NodeId): BufferRole => {
    const op = g.nodes[id]!.op;
    if (op === 'param' || op === 'input') return op;
    return results.has(id) ? 'output' : 'intermediate';
  };
  const ids = new Set<NodeId>([...results, ...steps.flatMap((s) => [...s.reads, ...s.writes])]);
  const buffers: BufferSpec[] = [...ids].sort((a, b) => a - b).map((id) => ({
    id,
    bytes: numel(g.nodes[id]!.type.shape) * BYTES_PER_ELEMENT,
    role: roleOf(id),
  }));
  return planBuffers(steps, buffers);
}
