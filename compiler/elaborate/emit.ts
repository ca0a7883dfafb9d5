// Small graph-building helpers over node ids only. Elaboration makes every
// constant explicitly (so it controls its dtype: i32 literals next to i32
// tensors, f32 next to floats) and broadcasts with broadcastTo; scalars are
// left out of broadcast error messages.
import { broadcastShapes, type GraphBuilder } from '../graph/builder.ts';
import type { BinaryOp, NodeId } from '../graph/types.ts';

/** The broadcast shape of several tensors; scalars always fit, so they stay out of error messages. */
function common(b: GraphBuilder, ids: readonly NodeId[]): number[] {
  const shapes = ids.map((i) => b.shape(i)).filter((s) => s.length > 0);
  return shapes.length ? broadcastShapes(shapes, b.span) : [];
}

/** Elementwise binary op with numpy broadcasting. */
export function bin(b: GraphBuilder, op: BinaryOp, x: NodeId, y: NodeId): NodeId {
  const shape = common(b, [x, y]);
  return b.emit('binary', [b.broadcastTo(x, shape), b.broadcastTo(y, shape)], { op });
}

/** A scalar constant of x's dtype (f32 for bool). */
export function scalarLike(b: GraphBuilder, x: NodeId, v: number): NodeId {
  const dt = b.type(x).dtype;
  return b.constant(v, [], dt === 'bool' ? 'f32' : dt);
}

/** `x op v` for a compile-time number v. */
export function binScalar(b: GraphBuilder, op: BinaryOp, x: NodeId, v: number): NodeId {
  return bin(b, op, x, scalarLike(b, x, v));
}

/** where(c, x, y) with numpy broadcasting of all three. */
export function select(b: GraphBuilder, c: NodeId, x: NodeId, y: NodeId): NodeId {
  const shape = common(b, [c, x, y]);
  return b.emit('where', [b.broadcastTo(c, shape), b.broadcastTo(x, shape), b.broadcastTo(y, shape)], {});
}

/** Mean over normalised `axes`. */
export function meanOf(b: GraphBuilder, x: NodeId, axes: readonly number[], keep: boolean): NodeId {
  const shape = b.shape(x);
  const n = axes.reduce((acc, a) => acc * shape[a]!, 1);
  return binScalar(b, 'mul', b.reduce('sum', x, axes, keep), 1 / n);
}
