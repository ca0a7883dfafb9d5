// The common skeleton of every pass: walk the old graph in order, decide for
// each node whether it is dropped, forwarded to another (new) node, or
// written out, and append the survivors to a fresh, densely numbered node
// list. Outputs and updates are remapped through the same table at the end.
import { opDef } from '../graph/ops/index.ts';
import type { Graph, Node, NodeId, OpAttrs, OpName, TensorType } from '../graph/types.ts';

export class GraphWriter {
  readonly nodes: Node[] = [];
  /** Old node id → new node id; -1 while unmapped (dropped or not yet visited). */
  private readonly map: Int32Array;

  constructor(readonly source: Graph) {
    this.map = new Int32Array(source.nodes.length).fill(-1);
  }

  /** The new id an old node was mapped to. */
  mapped(old: NodeId): NodeId {
    const id = this.map[old];
    if (id === undefined || id < 0) throw new Error(`pass: %${old} is used but was dropped`);
    return id;
  }

  isMapped(old: NodeId): boolean {
    return this.map[old]! >= 0;
  }

  /** Old node `old` now stands for new node `to` (forwarding or hash-consing). */
  forward(old: NodeId, to: NodeId): void {
    this.map[old] = to;
  }

  node(id: NodeId): Node {
    return this.nodes[id]!;
  }

  /** Append a copy of old node `n` with already-mapped inputs, and map it. */
  copy(n: Node, inputs: readonly NodeId[]): NodeId {
    const id = this.append(n.op, inputs, n.attrs, n.type, n.span);
    this.map[n.id] = id;
    return id;
  }

  /** Append a node; its type is given (kept from the node it replaces). */
  append<K extends OpName>(op: K, inputs: readonly NodeId[], attrs: OpAttrs[K], type: TensorType, span?: Node['span']): NodeId {
    const node: Node<K> = { id: this.nodes.length, op, inputs: [...inputs], attrs, type, ...(span ? { span } : {}) };
    this.nodes.push(node as Node);
    return node.id;
  }

  /** Append a non-leaf node whose type is inferred by its op's type rule (new nodes made by rewrites). */
  emit<K extends OpName>(op: K, inputs: readonly NodeId[], attrs: OpAttrs[K], span?: Node['span']): NodeId {
    const type = opDef(op).infer(attrs, inputs.map((i) => this.nodes[i]!.type));
    return this.append(op, inputs, attrs, type, span);
  }

  /** The rewritten graph: outputs and updates follow their nodes' mapping. */
  finish(): Graph {
    return {
      nodes: this.nodes,
      outputs: this.source.outputs.map((o) => ({ name: o.name, node: this.mapped(o.node) })),
      updates: this.source.updates.map((u) => ({ target: u.target, node: this.mapped(u.node) })),
    };
  }
}

/** A canonical text key of attribute values: key order and -0 are significant, NaN is kept. */
export function attrKey(v: unknown): string {
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'boolean' || v === null || v === undefined) return String(v);
  if (Array.isArray(v)) return `[${v.map(attrKey).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).sort().map((k) => `${k}:${attrKey(o[k])}`).join(',')}}`;
}
