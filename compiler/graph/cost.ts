// Whole-graph cost totals: every node run on its own ("unfused"), the baseline
// for `loom stats` and the figures fusion is measured against.
import type { OpCost } from './op.ts';
import { opDef } from './ops/index.ts';
import type { Graph, OpName } from './types.ts';

export interface GraphCost extends OpCost {
  /** bytesRead + bytesWritten. */
  bytes: number;
  /** Totals per op name, for breakdowns. */
  byOp: Map<OpName, OpCost>;
}

export function nodeCost(g: Graph, id: number): OpCost {
  const n = g.nodes[id]!;
  return opDef(n.op).cost(n as never, n.inputs.map((i) => g.nodes[i]!.type));
}

export function graphCost(g: Graph): GraphCost {
  const total: GraphCost = { flops: 0, bytesRead: 0, bytesWritten: 0, bytes: 0, byOp: new Map() };
  for (const n of g.nodes) {
    const c = nodeCost(g, n.id);
    total.flops += c.flops;
    total.bytesRead += c.bytesRead;
    total.bytesWritten += c.bytesWritten;
    const per = total.byOp.get(n.op) ?? { flops: 0, bytesRead: 0, bytesWritten: 0 };
    per.flops += c.flops;
    per.bytesRead += c.bytesRead;
    per.bytesWritten += c.bytesWritten;
    total.byOp.set(n.op, per);
  }
  total.bytes = total.bytesRead + total.bytesWritten;
  return total;
}
