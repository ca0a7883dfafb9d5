// Everything the partitioner and the program builder need to know about the
// graph before grouping: how values are read (access.ts), which nodes are
// kernel work, what each such node reads, who reads each buffer, and where
// every graph output and update will be read from.
import type { Graph, NodeId } from '../graph/types.ts';
import { type AccessAnalysis, analyzeAccess } from './access.ts';
import type { PlanContext } from './plan.ts';
import { COPY, anchorTemplate } from './templates/registry.ts';
import { type Read, readFootprint } from './traffic.ts';
import type { ValueAccess } from './types.ts';
import { isIdentityView } from './view.ts';

export interface FusionContext extends PlanContext {
  readonly analysis: AccessAnalysis;
  /** Nodes some kernel computes: compute nodes, cut views, and results that need a copy. */
  readonly work: readonly NodeId[];
  /** Kernel nodes that run as standalone copies, with what each copies. */
  readonly copies: ReadonlyMap<NodeId, ValueAccess | null>;
  /** What each kernel node reads (empty for other nodes). */
  readonly reads: readonly (readonly Read[])[];
  /** The kernel nodes reading each source. */
  readonly readers: readonly (readonly NodeId[])[];
  /** For each output and update node: the node whose buffer holds its value. */
  readonly resultBuffer: ReadonlyMap<NodeId, NodeId>;
  /** Buffers holding results: always written, whoever else reads them. */
  readonly isResult: Uint8Array;
}

export function fusionContext(graph: Graph): FusionContext {
  const analysis = analyzeAccess(graph);
  const { role, access, cuts } = analysis;
  // A copy's access is null for the copy template's anchors (concat, strided pad): those read their inputs like any node.
  const copies = new Map<NodeId, ValueAccess | null>(cuts);
  for (const n of graph.nodes) if (!copies.has(n.id) && COPY.anchors(n, analysis)) copies.set(n.id, null);
  const resultBuffer = new Map<NodeId, NodeId>();
  for (const { node } of [...graph.outputs, ...graph.updates]) {
    if (resultBuffer.has(node)) continue;
    const a = access[node]!;
    const stored = role[a.source] !== 'generated' && isIdentityView(a.view, numelOf(graph, a.source));
    if (stored) resultBuffer.set(node, a.source);
    else {
      // A strided view or a generated value: a copy kernel writes it out.
      resultBuffer.set(node, node);
      if (!copies.has(node) && role[node] !== 'compute') copies.set(node, a);
    }
  }
  const work = graph.nodes.filter((n) => role[n.id] === 'compute' || copies.has(n.id)).map((n) => n.id);
  const reads: Read[][] = graph.nodes.map(() => []);
  const readers: NodeId[][] = graph.nodes.map(() => []);
  for (const id of work) {
    const n = graph.nodes[id]!;
    const copied = copies.get(id);
    const list: Read[] = copied
      ? [{ reader: id, inputIndex: 0, access: copied, elements: readFootprint(graph, copied, n, 0) }]
      : n.inputs.map((v, k) => ({ reader: id, inputIndex: k, access: access[v]!, elements: readFootprint(graph, access[v]!, n, k, anchorTemplate(n, analysis)) }));
    reads[id] = list;
    for (const r of list) if (!readers[r.access.source]!.includes(id)) readers[r.access.source]!.push(id);
  }
  const isResult = new Uint8Array(graph.nodes.length);
  for (const b of resultBuffer.values()) isResult[b] = 1;
  return { graph, analysis, work, copies, reads, readers, resultBuffer, isResult };
}

function numelOf(g: Graph, id: NodeId): number {
  return g.nodes[id]!.type.shape.reduce((a, d) => a * d, 1);
}
