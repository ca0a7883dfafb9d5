// Gather kernels: one pass over the gather's output; each element reads its
// index, then the table element it selects, and the group's elementwise
// consumers run on that value (an embedding lookup plus the positional add).
// Several gathers of the same output size share a kernel. The table and the
// indices are read from memory (or computed from the index), and the table
// costs only the rows gathered.
import type { KExpr, Kernel } from '../../kernel/ir.ts';
import { lowerElementwise } from '../../kernel/lower/elementwise.ts';
import { Evaluator } from '../../kernel/lower/evaluator.ts';
import { toIndex } from '../../kernel/lower/ops.ts';
import { Point, splicedAxes } from '../../kernel/lower/point.ts';
import { Scope } from '../../kernel/lower/scope.ts';
import { type StageLowering, storeWrites } from '../../kernel/lower/stage-kernel.ts';
import { findLoad, stageNodes } from '../../kernel/lower/stages.ts';
import type { KernelLoad } from '../types.ts';
import type { Node, NodeId, OpAttrs } from '../../graph/types.ts';
import { numel } from '../../graph/types.ts';
import type { KernelTemplate } from '../template.ts';

const isGather = (n: Node) => n.op === 'gather';

export const gather: KernelTemplate = {
  kind: 'gather',
  label: () => 'gather',
  anchors: isGather,
  space: (_g, first) => ({ shape: [...first.type.shape], reduceAxes: [] }),
  anchorLevels: (_g, n) => ({ output: 'element', inputs: n.inputs.map(() => null) }),
  // The table is read only at the gathered rows (at most the output's size), as in the op's own cost.
  readFootprint: (_g, n, inputIndex, touched) => (inputIndex === 0 ? Math.min(touched, numel(n.type.shape)) : touched),
  stages: (p, group) => [{
    nodes: stageNodes(group),
    lower: lowerGather,
    piece: (nodes) => (nodes.some((sn) => isGather(p.graph.nodes[sn.node]!)) ? undefined : (s) => lowerElementwise(s)),
  }],
};

function operandLoad(s: StageLowering, id: NodeId, input: number): KernelLoad {
  const v = s.p.graph.nodes[id]!.inputs[input]!;
  const load = findLoad(s.stage.group, v, 'element');
  if (!load) throw new Error(`lowering: %${id} must read operand %${v} from memory`);
  return load;
}

function lowerGather(s: StageLowering): Kernel {
  const g = s.p.graph;
  const shape = s.stage.group.space.shape;
  const gathers = s.stage.nodes.filter((n) => isGather(g.nodes[n.node]!)).map((n) => n.node);
  return lowerElementwise(s, (flat) => {
    const scope = new Scope(s.names);
    const ev = new Evaluator(s, {});
    const provided = new Map<NodeId, KExpr>();
    for (const id of gathers) {
      const n = g.nodes[id]!;
      const axis = (n.attrs as OpAttrs['gather']).axis;
      const table = g.nodes[n.inputs[0]!]!.type.shape;
      const ixShape = g.nodes[n.inputs[1]!]!.type.shape;
      const at = Point.flat(n.type.shape, flat);
      const ix = ev.loadAt(scope, operandLoad(s, id, 1), Point.axes(ixShape, ixShape.map((_, t) => at.axisIndex(axis + t))));
      const row = scope.bind('ix', toIndex(ix));
      const tableAt = Point.axes(table, splicedAxes(at, n.type.shape.length, axis, ixShape.length, [row]));
      provided.set(id, ev.loadAt(scope, operandLoad(s, id, 0), tableAt));
    }
    return storeWrites(s, { element: Point.flat(shape, flat) }, s.stage.writes, provided, scope).stmts;
  });
}
