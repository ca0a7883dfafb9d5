// Elementwise and copy stages: one pass over the iteration space, each
// element computing the stage's chain of ops from its loads and storing what
// the stage writes. A copy is the same loop over a materialised view (its
// own load); a concat picks, per element, the input whose range along the
// concatenated axis holds it.
import { k } from '../build.ts';
import type { KStmt, Kernel } from '../ir.ts';
import { elementwiseKernel } from '../templates/elementwise.ts';
import type { NodeId, OpAttrs } from '../../graph/types.ts';
import { Evaluator } from './evaluator.ts';
import { toStorage } from './ops.ts';
import { Point } from './point.ts';
import { Scope } from './scope.ts';
import { findLoad } from './stages.ts';
import { type StageLowering, finishKernel, storeWrites } from './stage-kernel.ts';

export function lowerElementwise(s: StageLowering): Kernel {
  const shape = s.stage.group.space.shape;
  const concat = s.stage.nodes.find((n) => s.p.graph.nodes[n.node]!.op === 'concat');
  return finishKernel(s, elementwiseKernel({
    signature: s.signature,
    launch: s.launch,
    shape,
    names: s.names,
    body: ({ flat }) => (concat
      ? concatBody(s, concat.node, Point.flat(shape, flat))
      : storeWrites(s, { element: Point.flat(shape, flat) }, s.stage.writes).stmts),
  }));
}

/** out[.., c, ..] = input i at c − offset_i for the input whose range holds c; one `if` per input. */
function concatBody(s: StageLowering, id: NodeId, at: Point): KStmt[] {
  const n = s.p.graph.nodes[id]!;
  const axis = (n.attrs as OpAttrs['concat']).axis;
  const shape = n.type.shape;
  const coord = at.axisIndex(axis);
  const out = s.table.forNode(id);
  const ev = new Evaluator(s, {});
  const branches: { cond: ReturnType<typeof k.lt>; stmts: KStmt[] }[] = [];
  let offset = 0;
  for (const input of n.inputs) {
    const inShape = s.p.graph.nodes[input]!.type.shape;
    const load = findLoad(s.stage.group, input, 'element');
    if (!load) throw new Error(`lowering: concat %${id} has no load for %${input}`);
    const scope = new Scope(s.names);
    const index = shape.map((_, a) => (a === axis ? k.sub(coord, offset) : at.axisIndex(a)));
    const v = ev.loadAt(scope, load, Point.axes(inShape, index));
    scope.push(k.store(s.buffers.use(out, 'write'), at.flatIndex(), toStorage(v, n.type.dtype)));
    offset += inShape[axis]!;
    branches.push({ cond: k.lt(coord, offset), stmts: scope.stmts });
  }
  // if (c < o1) {…} else if (c < o2) {…} … else {last}
  let chain: KStmt[] = branches[branches.length - 1]!.stmts;
  for (let i = branches.length - 2; i >= 0; i--) chain = [k.if(branches[i]!.cond, branches[i]!.stmts, chain)];
  return chain;
}
