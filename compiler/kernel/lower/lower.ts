// Lowering: a fused program becomes kernel-IR kernels over one buffer table.
// Each fused group becomes one kernel per stage: its template
// (fusion/templates/) says what the stages are and lowers each one, and
// stages.ts cuts them to the target's storage-buffer limit. The
// intermediates then get memory slots from the buffer planner, over the
// kernel schedule, so buffers whose live ranges do not overlap share memory.
import type { FusedProgram } from '../../fusion/types.ts';
import type { Graph, NodeId } from '../../graph/types.ts';
import { BYTES_PER_ELEMENT } from '../../graph/types.ts';
import { type BufferRole, planBuffers } from '../../memory/plan.ts';
import { BufferTable, KernelBuffers } from './buffers.ts';
import type { TargetSpec } from '../../target.ts';
import { templateOf } from '../../fusion/templates/registry.ts';
import { groupStages } from './stages.ts';
import { stageLowering } from './stage-kernel.ts';
import type { LoweredBuffer, LoweredKernel, LoweredProgram, NamedBuffer } from './types.ts';

export function lowerProgram(p: FusedProgram, target: TargetSpec): LoweredProgram {
  const table = new BufferTable(p);
  const g = p.graph;
  // Inputs and params first, in graph order, so their buffer ids are stable and readable.
  for (const n of g.nodes) if (n.op === 'input' || n.op === 'param') table.forNode(n.id);

  const kernels: LoweredKernel[] = [];
  const steps: { reads: number[]; writes: number[] }[] = [];
  for (const group of p.kernels) {
    const template = templateOf(group.kind);
    const label = template.label(g, group);
    for (const stage of groupStages(p, group, template, target)) {
      const buffers = new KernelBuffers();
      const s = stageLowering({ p, stage, table, buffers }, target, stage.label ?? label);
      const kernel = stage.lower(s);
      kernels.push({ kernel, group: group.id, bindings: buffers.bindings() });
      steps.push({ reads: buffers.reads(), writes: buffers.writes() });
    }
  }

  const named = (items: readonly { name: string; buffer: NodeId }[]): NamedBuffer[] =>
    items.map((r) => ({ name: r.name, buffer: table.forNode(r.buffer).id }));
  const outputs = named(p.outputs);
  const updates = p.updates.map((u) => ({ name: u.target, buffer: table.forNode(u.buffer).id }));

  const role = (kind: LoweredBuffer['kind']): BufferRole => (kind === 'result' ? 'output' : kind);
  const memory = planBuffers(steps, table.entries.map((e) => ({ id: e.id, bytes: e.length * BYTES_PER_ELEMENT, role: role(e.kind) })));
  const buffers: LoweredBuffer[] = table.entries.map(({ key: _key, ...buffer }) => {
    const slot = memory.slotOf.get(buffer.id);
    return slot === undefined ? buffer : { ...buffer, slot };
  });
  const byKind = (kind: 'input' | 'param') => buffers.filter((b) => b.kind === kind).map((b) => ({ name: b.source!, buffer: b.id }));
  return {
    target,
    graph: g as Graph,
    buffers,
    kernels,
    inputs: byKind('input'),
    params: byKind('param'),
    outputs,
    updates,
    slots: memory.slots.map((bytes) => bytes / BYTES_PER_ELEMENT),
    memory,
  };
}
