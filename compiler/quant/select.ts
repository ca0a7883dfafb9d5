// Which weights `loom quantize` turns into q4_0: the matmul weights. A weight
// qualifies when it is 2-D [in, out] with `in` a multiple of the block size
// and every reader is a contraction over all its axes but the last (through
// reshapes: `(h k) d` read as [h, k, d] contracts h and k). So embeddings
// (read by a gather), a tied output head (an embedding too), norms, biases
// and position tables stay f32: they are read other ways, and their error
// would land on every token rather than average over a dot product.
import { parseEinsum } from '../graph/ops/einsum.ts';
import type { Graph, Node, NodeId, OpAttrs } from '../graph/types.ts';
import { Q4_BLOCK } from './q4_0.ts';

/** Names of the params of `g` that are matmul weights q4_0 can hold, with their [in, out] shapes. */
export function matmulWeights(g: Graph): Map<string, [number, number]> {
  const readers = new Map<NodeId, Node[]>();
  for (const n of g.nodes) for (const i of n.inputs) readers.set(i, [...(readers.get(i) ?? []), n]);
  const contractsAllButLast = (id: NodeId): boolean => {
    const rs = readers.get(id) ?? [];
    return rs.length > 0 && rs.every((r) => {
      if (r.op === 'reshape') return contractsAllButLast(r.id);
      if (r.op !== 'einsum' || r.inputs.length !== 2) return false;
      const spec = parseEinsum((r.attrs as OpAttrs['einsum']).spec);
      const letters = spec.inputs[r.inputs.indexOf(id)]!;
      const last = letters[letters.length - 1]!;
      return r.inputs[0] !== r.inputs[1] && spec.output.includes(last) && [...letters.slice(0, -1)].every((c) => !spec.output.includes(c));
    });
  };
  const out = new Map<string, [number, number]>();
  for (const n of g.nodes) {
    if (n.op !== 'param') continue;
    const a = n.attrs as OpAttrs['param'];
    const [K, N] = n.type.shape;
    if (a.role !== 'weight' || n.type.shape.length !== 2 || K! % Q4_BLOCK !== 0) continue;
    if (contractsAllButLast(n.id)) out.set(a.name, [K!, N!]);
  }
  return out;
}
