// How every value of the graph is stored and read, before any grouping:
//  - buffer leaves (input, param) live in memory;
//  - generated values (const, iota, random, and elementwise ops whose inputs
//    are all generated) are computed from the index wherever they are read;
//  - views (movement ops) are index maps over another value (see view.ts);
//  - everything else is computed by some kernel.
// A view chain that cannot be composed (a reshape of a non-strided view) is
// cut: the view just before it is materialised by a copy kernel, and reads
// of it (and views built on it) from then on go to that buffer.
import type { Graph, NodeId, OpName } from '../graph/types.ts';
import type { ValueAccess } from './types.ts';
import { applyMovement, contiguousView, isViewNode } from './view.ts';

export type Role = 'buffer' | 'generated' | 'view' | 'compute';

export interface AccessAnalysis {
  readonly role: readonly Role[];
  /** How each node's value is read. For non-views: the node itself, contiguous. */
  readonly access: readonly ValueAccess[];
  /** View nodes materialised because a later reshape of them is not strided, with the access the copy reads. */
  readonly cuts: ReadonlyMap<NodeId, ValueAccess>;
  /** Direct consumers of each node. */
  readonly consumers: readonly (readonly NodeId[])[];
}

const GENERATED_LEAVES = new Set<OpName>(['const', 'iota', 'random']);
const ELEMENTWISE = new Set<OpName>(['unary', 'binary', 'where', 'cast']);

export function analyzeAccess(g: Graph): AccessAnalysis {
  const role: Role[] = [];
  const access: ValueAccess[] = [];
  const cuts = new Map<NodeId, ValueAccess>();
  const consumers: NodeId[][] = g.nodes.map(() => []);
  const self = (id: NodeId): ValueAccess => ({ source: id, view: contiguousView(g.nodes[id]!.type.shape), via: [] });

  for (const n of g.nodes) {
    for (const i of n.inputs) consumers[i]!.push(n.id);
    if (n.op === 'input' || n.op === 'param') {
      role.push('buffer');
      access.push(self(n.id));
    } else if (GENERATED_LEAVES.has(n.op)) {
      role.push('generated');
      access.push(self(n.id));
    } else if (isViewNode(n)) {
      role.push('view');
      const from = access[n.inputs[0]!]!;
      let view = applyMovement(from.view, n);
      let base = from;
      if (!view) {
        // Cut: materialise the input view (only a view can fail to compose; a buffer is contiguous).
        const cut = n.inputs[0]!;
        cuts.set(cut, from);
        base = self(cut);
        access[cut] = base;
        view = applyMovement(base.view, n)!;
      }
      access.push({ source: base.source, view, via: [...base.via, n.id] });
    } else {
      const generated = ELEMENTWISE.has(n.op) && n.inputs.every((i) => role[access[i]!.source] === 'generated');
      role.push(generated ? 'generated' : 'compute');
      access.push(self(n.id));
    }
  }
  return { role, access, cuts, consumers };
}
