// The one-pass stage most templates build on: a loop over the group's
// iteration space, each element computing the stage's chain of ops from its
// loads and storing what the stage writes (the elementwise template, copies,
// and the plain pieces other templates are cut into). A template with its
// own per-element work (a concat's choice of input, a gather's table read)
// passes a body.
import type { KExpr, KStmt, Kernel } from '../ir.ts';
import { elementwiseKernel } from '../templates/elementwise.ts';
import { Point } from './point.ts';
import { type StageLowering, finishKernel, storeWrites } from './stage-kernel.ts';

/** `body(flat, at)`: the statements for the element at flat index `flat` (`at`: the same point over the space). */
export function lowerElementwise(s: StageLowering, body?: (flat: KExpr, at: Point) => KStmt[]): Kernel {
  const shape = s.stage.group.space.shape;
  return finishKernel(s, elementwiseKernel({
    signature: s.signature,
    launch: s.launch,
    limits: s.limits,
    shape,
    names: s.names,
    body: ({ flat }) => (body ? body(flat, Point.flat(shape, flat)) : storeWrites(s, { element: Point.flat(shape, flat) }, s.stage.writes).stmts),
  }));
}
