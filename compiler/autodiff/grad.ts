// Reverse-mode differentiation over the graph IR. The gradient graph is
// appended to the builder that holds the forward graph, so the forward values
// it needs are shared, not recomputed.
import type { GraphBuilder } from '../graph/builder.ts';
import { opDef } from '../graph/ops/index.ts';
import { type Node, type NodeId, fmtShape, numel, shapeEq } from '../graph/types.ts';

/**
 * Gradients of `output` with respect to each node in `wrt`. `output` must be
 * a one-element f32 value unless `seed` (its incoming gradient, of its shape)
 * is given. Nodes with no path to `output` get a zero gradient.
 *
 * Only f32 values carry gradients; vjps are run only for nodes that lie on a
 * path from some wrt node to the output, and gradient nodes that turn out to
 * be unused (e.g. the gradient of a constant operand) are removed again.
 */
export function gradients(b: GraphBuilder, output: NodeId, wrt: readonly NodeId[], seed?: NodeId): Map<NodeId, NodeId> {
  const out = b.node(output);
  if (out.type.dtype !== 'f32') throw new Error(`gradients: the output %${output} is ${out.type.dtype}; only f32 values have gradients`);
  if (seed === undefined && numel(out.type.shape) !== 1) {
    throw new Error(`gradients: the output %${output} has shape ${fmtShape(out.type.shape)}; give a seed gradient for a non-scalar output`);
  }
  if (seed !== undefined && !shapeEq(b.shape(seed), out.type.shape)) {
    throw new Error(`gradients: seed shape ${fmtShape(b.shape(seed))} differs from the output's ${fmtShape(out.type.shape)}`);
  }
  const firstNew = b.nodes.length;
  const onPath = pathNodes(b.nodes, output, wrt);
  const contributions = new Map<NodeId, NodeId[]>();
  const wrtSet = new Set(wrt);
  const found = new Map<NodeId, NodeId>();
  if (onPath.has(output)) contributions.set(output, [seed ?? b.constant(1, out.type.shape)]);

  for (let id = output; id >= 0; id--) {
    const parts = contributions.get(id);
    if (!parts) continue;
    contributions.delete(id);
    const g = parts.reduce((acc, p) => b.add(acc, p));
    if (wrtSet.has(id)) found.set(id, g);
    const node = b.node(id);
    if (node.inputs.length === 0) continue;
    const grads = opDef(node.op).vjp(node as never, g, b);
    node.inputs.forEach((input, k) => {
      const gi = grads[k];
      if (gi === null || gi === undefined || !onPath.has(input)) return;
      if (!shapeEq(b.shape(gi), b.shape(input))) {
        throw new Error(`gradients: the vjp of %${id} (${node.op}) gave ${fmtShape(b.shape(gi))} for input %${input} of shape ${fmtShape(b.shape(input))}`);
      }
      const list = contributions.get(input);
      if (list) list.push(gi);
      else contributions.set(input, [gi]);
    });
  }

  const result = new Map<NodeId, NodeId>();
  for (const w of wrt) result.set(w, found.get(w) ?? b.constant(0, b.shape(w)));
  return removeUnused(b, firstNew, result);
}

/** f32 nodes that both depend on some wrt node and feed `output`: where gradients can flow. */
function pathNodes(nodes: readonly Node[], output: NodeId, wrt: readonly NodeId[]): Set<NodeId> {
  const dependsOnWrt = new Uint8Array(output + 1);
  for (const w of wrt) if (w <= output) dependsOnWrt[w] = 1;
  for (let id = 0; id <= output; id++) {
    if (!dependsOnWrt[id] && nodes[id]!.inputs.some((i) => dependsOnWrt[i])) dependsOnWrt[id] = 1;
  }
  const onPath = new Set<NodeId>();
  const feedsOutput = new Uint8Array(output + 1);
  feedsOutput[output] = 1;
  for (let id = output; id >= 0; id--) {
    if (!feedsOutput[id]) continue;
    const n = nodes[id]!;
    if (dependsOnWrt[id] && n.type.dtype === 'f32') onPath.add(id);
    for (const i of n.inputs) feedsOutput[i] = 1;
  }
  return onPath;
}

/**
 * Drop the nodes appended since `firstNew` that no result uses (vjps build
 * gradients for every input, wanted or not), renumbering the survivors.
 * Nothing outside this call can refer to those nodes yet.
 */
function removeUnused(b: GraphBuilder, firstNew: number, result: Map<NodeId, NodeId>): Map<NodeId, NodeId> {
  const added = b.nodes.slice(firstNew);
  const live = new Uint8Array(added.length);
  const mark = (id: NodeId) => {
    if (id >= firstNew) live[id - firstNew] = 1;
  };
  for (const id of result.values()) mark(id);
  for (let k = added.length - 1; k >= 0; k--) if (live[k]) added[k]!.inputs.forEach(mark);
  const renumber = new Map<NodeId, NodeId>();
  b.nodes.length = firstNew;
  added.forEach((n, k) => {
    if (!live[k]) return;
    const id = b.nodes.length;
    renumber.set(n.id, id);
    b.nodes.push({ ...n, id, inputs: n.inputs.map((i) => renumber.get(i) ?? i) });
  });
  return new Map([...result].map(([w, g]) => [w, renumber.get(g) ?? g]));
}
