// Common-subexpression elimination by hash-consing: two nodes with the same
// op, attributes, (already merged) inputs and type are one node. Leaves take
// part too, compared by attributes and type: two `const 0.5 : f32[4]` are one
// constant, a param or input is unique by name anyway, and `random` is a pure
// function of (seed, stream, shape), so equal ones are equal values.
import type { Graph } from '../graph/types.ts';
import { GraphWriter, attrKey } from './writer.ts';

export function cse(g: Graph): Graph {
  const w = new GraphWriter(g);
  const seen = new Map<string, number>();
  for (const n of g.nodes) {
    const inputs = n.inputs.map((i) => w.mapped(i));
    const key = `${n.op}|${attrKey(n.attrs)}|${inputs.join(',')}|${n.type.dtype}[${n.type.shape.join(',')}]`;
    const known = seen.get(key);
    if (known !== undefined) {
      w.forward(n.id, known);
      continue;
    }
    seen.set(key, w.copy(n, inputs));
  }
  return w.finish();
}
