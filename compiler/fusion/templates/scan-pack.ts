// A scan is one kernel that reads every initial state, sequence and constant
// from its own buffer, and a body may read many (RWKV's time-mix reads nine,
// ten bindings with its result; WebGPU allows 8 per shader). Cutting the
// scan as stages.ts cuts other kernels is not possible: the recurrence must
// stay one kernel. So, on a target with a storage-buffer limit, the
// smallest source buffers are copied into one packed buffer (`t<n>_packed`,
// private to the scan's kernels) by `pack` kernels run just before the scan,
// each copying as many buffers as fit beside its output; the scan then reads
// them there through the same views, shifted by each buffer's offset. The
// smallest, because the copy moves whole buffers (the constants are weights,
// usually far smaller than the sequences).
import { k } from '../../kernel/build.ts';
import type { KExpr, KStmt, Kernel } from '../../kernel/ir.ts';
import type { BufferEntry, BufferTable } from '../../kernel/lower/buffers.ts';
import { type StageLowering, finishKernel } from '../../kernel/lower/stage-kernel.ts';
import { findLoad } from '../../kernel/lower/stages.ts';
import { elementwiseKernel } from '../../kernel/templates/elementwise.ts';
import { type Node, type NodeId, numel } from '../../graph/types.ts';
import type { TargetSpec } from '../../target.ts';
import type { StageDraft } from '../template.ts';
import type { FusedProgram, KernelGroup } from '../types.ts';

/** Which source buffers a scan reads from its packed buffer. */
export interface PackPlan {
  /** Source buffer (its node) → its first element in the packed buffer. */
  readonly offsets: ReadonlyMap<NodeId, number>;
  /** The packed buffer. */
  entry(table: BufferTable): BufferEntry;
}

/**
 * The pack kernels scan `n` needs on `target` (none when it fits), and the
 * plan its kernel reads by. `extra`: bindings the scan needs besides its
 * sources and its result (its scratch buffer).
 */
export function packStages(p: FusedProgram, group: KernelGroup, n: Node<'scan'>, target: TargetSpec, extra: number): { plan?: PackPlan; stages: StageDraft[] } {
  const max = target.limits.maxStorageBuffers;
  const sources: NodeId[] = [];
  for (const input of n.inputs) {
    const load = findLoad(group, input, 'element');
    if (load && !load.generated && !sources.includes(load.source)) sources.push(load.source);
  }
  const bindings = sources.length + 1 + extra;
  if (max === undefined || bindings <= max) return { stages: [] };
  // Packing m buffers into one saves m − 1 bindings.
  const m = bindings - max + 1;
  if (m > sources.length) {
    throw new Error(`scan kernel k${group.id}: needs ${1 + extra} storage buffers besides its inputs and a packed one; the target allows ${max}`);
  }
  const length = (id: NodeId) => numel(p.graph.nodes[id]!.type.shape);
  const smallest = new Set([...sources].sort((a, b) => length(a) - length(b) || sources.indexOf(a) - sources.indexOf(b)).slice(0, m));
  const packed = sources.filter((id) => smallest.has(id));
  const offsets = new Map<NodeId, number>();
  let total = 0;
  for (const id of packed) {
    offsets.set(id, total);
    total += length(id);
  }
  const plan: PackPlan = { offsets, entry: (table) => table.forKernel(n.id, 'packed', total) };
  // Each pack kernel binds its sources and the packed buffer.
  const stages: StageDraft[] = [];
  for (let i = 0; i < packed.length; i += max - 1) {
    const run = packed.slice(i, i + max - 1);
    stages.push({ nodes: [], fitted: true, label: 'pack', lower: (s) => lowerPack(s, run, plan) });
  }
  return { plan, stages };
}

/** packed[offset_i + e] = source_i[e] for the run's buffers: one flat loop, one `if` per buffer on the packed index. */
function lowerPack(s: StageLowering, run: readonly NodeId[], plan: PackPlan): Kernel {
  const start = plan.offsets.get(run[0]!)!;
  const entries = run.map((id) => s.table.forNode(id));
  const length = entries.reduce((acc, e) => acc + e.length, 0);
  return finishKernel(s, elementwiseKernel({
    signature: s.signature,
    launch: s.launch,
    limits: s.limits,
    shape: [length],
    names: s.names,
    body: ({ flat }) => {
      const out = s.buffers.use(plan.entry(s.table), 'write');
      const copies = run.map((id, j): { end: number; stmt: KStmt } => {
        const local = plan.offsets.get(id)! - start;
        const from: KExpr = local === 0 ? flat : k.sub(flat, local);
        return { end: local + entries[j]!.length, stmt: k.store(out, start === 0 ? flat : k.add(flat, start), k.load(s.buffers.use(entries[j]!, 'read'), from)) };
      });
      let chain: KStmt[] = [copies[copies.length - 1]!.stmt];
      for (let j = copies.length - 2; j >= 0; j--) chain = [k.if(k.lt(flat, copies[j]!.end), [copies[j]!.stmt], chain)];
      return chain;
    },
  }));
}
