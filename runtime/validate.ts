// Checks on runtime inputs that the graph's types cannot express: integer
// inputs used as indices (token ids) must lie inside the table they index.
// Every backend calls this before running, so a bad token gets a message that
// names the input and the position instead of a crash or garbage.
import type { Graph, OpAttrs } from '../compiler/graph/types.ts';
import { fmtShape, stridesOf } from '../compiler/graph/types.ts';

interface IndexBound {
  input: string;
  shape: readonly number[];
  size: number;
  /** What the input indexes, for the message. */
  target: string;
}

const boundsCache = new WeakMap<Graph, IndexBound[]>();

/** Inputs that feed a gather directly (possibly through reshapes), with the size of the axis they index. */
function indexBounds(g: Graph): IndexBound[] {
  const cached = boundsCache.get(g);
  if (cached) return cached;
  const bounds: IndexBound[] = [];
  const sourceInput = (id: number): number | undefined => {
    let n = g.nodes[id]!;
    while (n.op === 'reshape') n = g.nodes[n.inputs[0]!]!;
    return n.op === 'input' ? n.id : undefined;
  };
  for (const n of g.nodes) {
    if (n.op !== 'gather') continue;
    const src = sourceInput(n.inputs[1]!);
    if (src === undefined) continue;
    const input = g.nodes[src]!;
    const table = g.nodes[n.inputs[0]!]!;
    const axis = (n.attrs as OpAttrs['gather']).axis;
    const tableName = table.op === 'param' ? `param "${(table.attrs as OpAttrs['param']).name}"` : `a table ${fmtShape(table.type.shape)}`;
    const where = n.span ? ` at ${n.span.file}:${n.span.line}:${n.span.col}` : '';
    bounds.push({ input: (input.attrs as OpAttrs['input']).name, shape: input.type.shape, size: table.type.shape[axis]!, target: `${tableName}${where}` });
  }
  boundsCache.set(g, bounds);
  return bounds;
}

export function checkIndexInputs(g: Graph, inputs: ReadonlyMap<string, ArrayLike<number>>): void {
  for (const b of indexBounds(g)) {
    const v = inputs.get(b.input);
    if (!v) continue;
    for (let i = 0; i < v.length; i++) {
      const x = v[i]!;
      if (Number.isInteger(x) && x >= 0 && x < b.size) continue;
      const strides = stridesOf(b.shape);
      const pos = strides.map((s, k) => Math.floor(i / s) % b.shape[k]!);
      throw new Error(`input "${b.input}": value ${x} at [${pos.join(', ')}] is out of range [0, ${b.size}) for ${b.target}`);
    }
  }
}
