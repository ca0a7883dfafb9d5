// The fused program's cost under the model of docs/fusion.md: one kernel per
// group; each kernel reads every distinct buffer it loads once (the elements
// its views touch; generated values read nothing) and writes each output
// once; FLOPs are the ops' own counts, plus the recomputation of generated
// values at every element they are read at.
import { nodeCost } from '../graph/cost.ts';
import type { NodeId } from '../graph/types.ts';
import { BYTES_PER_ELEMENT, numel } from '../graph/types.ts';
import { type AccessAnalysis, analyzeAccess } from './access.ts';
import { templateOf } from './templates/registry.ts';
import { unionFootprint } from './traffic.ts';
import type { FusedProgram, KernelGroup, KernelLoad } from './types.ts';
import { viewFootprint } from './view.ts';

export interface KernelCost {
  bytesRead: number;
  bytesWritten: number;
  flops: number;
}

export interface ProgramCost extends KernelCost {
  kernels: number;
  perKernel: KernelCost[];
}

export function programCost(p: FusedProgram): ProgramCost {
  const perKernel = p.kernels.map((k) => kernelCost(p, k));
  const total: ProgramCost = { kernels: p.kernels.length, bytesRead: 0, bytesWritten: 0, flops: 0, perKernel };
  for (const c of perKernel) {
    total.bytesRead += c.bytesRead;
    total.bytesWritten += c.bytesWritten;
    total.flops += c.flops;
  }
  return total;
}

export function kernelCost(p: FusedProgram, k: KernelGroup): KernelCost {
  const g = p.graph;
  const perSource = new Map<NodeId, number[]>();
  for (const l of k.loads) {
    if (l.generated) continue;
    const list = perSource.get(l.source) ?? [];
    list.push(loadElements(p, k, l));
    perSource.set(l.source, list);
  }
  let read = 0;
  for (const [source, list] of perSource) read += unionFootprint(numel(g.nodes[source]!.type.shape), list);
  let written = 0;
  for (const o of k.outputs) written += numel(g.nodes[o]!.type.shape);
  const template = templateOf(k.kind);
  const nodeFlops = (id: NodeId) => nodeCost(g, id).flops;
  let flops = 0;
  if (template.flops) flops = template.flops(g, k, nodeFlops);
  else for (const { node } of k.nodes) flops += nodeFlops(node);
  flops += generatedFlops(p, k);
  return { bytesRead: read * BYTES_PER_ELEMENT, bytesWritten: written * BYTES_PER_ELEMENT, flops };
}

/** Elements a load touches: what its view touches, unless an anchor reading it says otherwise (a gather's table: the gathered rows). */
function loadElements(p: FusedProgram, k: KernelGroup, l: KernelLoad): number {
  const g = p.graph;
  const touched = viewFootprint(l.view, numel(g.nodes[l.source]!.type.shape));
  const template = templateOf(k.kind);
  if (!template.readFootprint) return touched;
  const analysis = analysisOf(p);
  for (const { node } of k.nodes) {
    const n = g.nodes[node]!;
    if (!n.inputs.includes(l.value) || !template.anchors(n, analysis)) continue;
    for (const [i, v] of n.inputs.entries()) {
      if (v !== l.value) continue;
      const read = template.readFootprint(g, n, i, touched);
      if (read !== touched) return read;
    }
  }
  return touched;
}

const analyses = new WeakMap<FusedProgram, AccessAnalysis>();

function analysisOf(p: FusedProgram): AccessAnalysis {
  let a = analyses.get(p);
  if (!a) analyses.set(p, (a = analyzeAccess(p.graph)));
  return a;
}

/** FLOPs of recomputing generated values: each is evaluated once per element read, its inputs once per evaluation. */
function generatedFlops(p: FusedProgram, k: KernelGroup): number {
  const g = p.graph;
  const evaluations = new Map<NodeId, number>();
  const visit = (source: NodeId, times: number) => {
    evaluations.set(source, (evaluations.get(source) ?? 0) + times);
    for (const a of p.generated.get(source) ?? []) visit(a.source, times);
  };
  for (const l of k.loads) if (l.generated) visit(l.source, numel(l.view.shape));
  let flops = 0;
  for (const [id, times] of evaluations) {
    const n = g.nodes[id]!;
    const size = numel(n.type.shape);
    if (size > 0) flops += (nodeCost(g, id).flops / size) * times;
  }
  return flops;
}
