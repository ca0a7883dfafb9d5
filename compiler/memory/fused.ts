// The memory plan of a fused program: kernels in execution order; a kernel
// reads the buffers it loads and writes its outputs. Generated values and
// values kept in registers inside a kernel take no memory.
import type { FusedProgram } from '../fusion/types.ts';
import { BYTES_PER_ELEMENT, numel } from '../graph/types.ts';
import type { NodeId } from '../graph/types.ts';
import { type BufferRole, type BufferSpec, type MemoryPlan, planBuffers } from './plan.ts';

export function planFusedMemory(p: FusedProgram): MemoryPlan {
  const g = p.graph;
  const results = new Set<NodeId>([...p.outputs, ...p.updates].map((r) => r.buffer));
  const roleOf = (id: NodeId): BufferRole => {
    const op = g.nodes[id]!.op;
    if (op === 'param' || op === 'input') return op;
    return results.has(id) ? 'output' : 'intermediate';
  };
  const steps = p.kernels.map((k) => ({ reads: k.inputs, writes: k.outputs }));
  const ids = new Set<NodeId>([...results, ...p.kernels.flatMap((k) => [...k.inputs, ...k.outputs])]);
  const buffers: BufferSpec[] = [...ids].sort((a, b) => a - b).map((id) => ({
    id,
    bytes: numel(g.nodes[id]!.type.shape) * BYTES_PER_ELEMENT,
    role: roleOf(id),
  }));
  return planBuffers(steps, buffers);
}
