// Invariants of a fused program, as messages (empty when sound). Tests run
// this on every program they build; a broken partition or order is reported
// where it happens instead of as a wrong number downstream.
//  - every compute node is in exactly one kernel; kernels hold nothing else
//    except the view or generated node a copy kernel writes out;
//  - every buffer a kernel loads is a leaf or an output of an earlier kernel
//    (so the kernel graph is acyclic and the order executable);
//  - every value a kernel's node reads is either loaded or computed in the
//    kernel (through movement only), and the kernel's plan is reproducible;
//  - every output and update is held in a buffer something writes or feeds.
import type { NodeId } from '../graph/types.ts';
import { fusionContext } from './context.ts';
import { planGroup } from './plan.ts';
import { templateOf } from './templates/registry.ts';
import type { FusedProgram } from './types.ts';
import { isViewNode } from './view.ts';

export function validateProgram(p: FusedProgram): string[] {
  const g = p.graph;
  const ctx = fusionContext(g);
  const { role } = ctx.analysis;
  const errors: string[] = [];
  const seenIn = new Map<NodeId, number>();
  const writtenBy = new Map<NodeId, number>();

  p.kernels.forEach((k, index) => {
    if (k.id !== index) errors.push(`k${index}: id is ${k.id}`);
    // A copy (an `alone` template) computes one node, reading its access or its inputs from memory.
    const alone = !!templateOf(k.kind).alone;
    for (const { node } of k.nodes) {
      if (seenIn.has(node)) errors.push(`%${node} is in k${seenIn.get(node)} and k${k.id}`);
      seenIn.set(node, k.id);
      if (p.kernelOf[node] !== k.id) errors.push(`%${node}: kernelOf says k${p.kernelOf[node]}, listed in k${k.id}`);
      if (role[node] !== 'compute' && !(alone && ctx.copies.has(node))) errors.push(`k${k.id} computes %${node}, a ${role[node]} node`);
    }
    for (const l of k.loads) {
      if (l.generated) {
        if (role[l.source] !== 'generated') errors.push(`k${k.id}: load of %${l.value} marks %${l.source} generated`);
        continue;
      }
      const r = role[l.source];
      if (r === 'buffer') continue;
      const w = writtenBy.get(l.source);
      if (w === undefined) errors.push(`k${k.id} loads %${l.source}, which no earlier kernel writes`);
    }
    for (const { node } of k.nodes) {
      if (alone) continue;
      for (const v of g.nodes[node]!.inputs) if (!readable(p, k.id, v)) errors.push(`k${k.id}: %${node} reads %${v}, neither loaded nor computed in the kernel`);
    }
    for (const o of k.outputs) {
      if (p.kernelOf[o] !== k.id) errors.push(`k${k.id} writes %${o}, which it does not compute`);
      writtenBy.set(o, k.id);
    }
    if (!alone) {
      const members = k.nodes.map((n) => n.node);
      const plan = planGroup(ctx, members, (id) => p.kernelOf[id] === k.id);
      if (typeof plan === 'string') errors.push(`k${k.id} is not a valid kernel: ${plan}`);
      else if (plan.kind !== k.kind || k.nodes.some((n) => plan.levels.get(n.node) !== n.level)) errors.push(`k${k.id}: kind or levels differ from its plan`);
    }
  });
  for (const n of g.nodes) if (role[n.id] === 'compute' && !seenIn.has(n.id)) errors.push(`%${n.id} (${n.op}) is in no kernel`);
  for (const r of [...p.outputs, ...p.updates]) {
    if (role[r.buffer] !== 'buffer' && !writtenBy.has(r.buffer)) errors.push(`result "${r.name}": buffer %${r.buffer} is never written`);
  }
  return errors;
}

/** Is value `v` available to kernel `k`: loaded, or computed in k and seen through movement only? */
function readable(p: FusedProgram, k: number, v: NodeId): boolean {
  if (p.kernels[k]!.loads.some((l) => l.value === v)) return true;
  let cur = v;
  for (;;) {
    if (p.kernelOf[cur] === k) return true;
    const n = p.graph.nodes[cur]!;
    if (!isViewNode(n)) return false;
    cur = n.inputs[0]!;
  }
}
