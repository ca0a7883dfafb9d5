// Dead-code elimination: keep the nodes that some output or update reaches,
// plus the params that updates write (the runtime owns their storage even
// when nothing reads them). Params and inputs nothing reads are dropped, so
// the graph's leaves are exactly the values its program needs.
import type { Graph, OpAttrs } from '../graph/types.ts';
import { GraphWriter } from './writer.ts';

export function dce(g: Graph): Graph {
  const live = new Uint8Array(g.nodes.length);
  for (const o of g.outputs) live[o.node] = 1;
  for (const u of g.updates) live[u.node] = 1;
  const targets = new Set(g.updates.map((u) => u.target));
  for (const n of g.nodes) {
    if (n.op === 'param' && targets.has((n.attrs as OpAttrs['param']).name)) live[n.id] = 1;
  }
  // Inputs come before their consumers, so one backward sweep marks everything reachable.
  for (let id = g.nodes.length - 1; id >= 0; id--) {
    if (live[id]) for (const i of g.nodes[id]!.inputs) live[i] = 1;
  }
  const w = new GraphWriter(g);
  for (const n of g.nodes) if (live[n.id]) w.copy(n, n.inputs.map((i) => w.mapped(i)));
  return w.finish();
}
