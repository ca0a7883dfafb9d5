// Reductions (sum, max) over a set of axes; reduced axes are kept with size 1.
import type { Arr, EvalContext, OpDef } from '../op.ts';
import { type Shape, fmtShape, numel, stridesOf } from '../types.ts';
import { stridedCopy, stridedMax } from './strided.ts';
import { fail, requireDType, trafficCost } from './util.ts';

export function reducedShape(shape: Shape, axes: readonly number[]): number[] {
  return shape.map((d, i) => (axes.includes(i) ? 1 : d));
}

/** Strides into the reduced output for each input axis: 0 along reduced axes. */
function outputStrides(shape: Shape, axes: readonly number[]): number[] {
  const out = stridesOf(reducedShape(shape, axes));
  return out.map((s, i) => (axes.includes(i) ? 0 : s));
}

/** Sum `x` (of `shape`) over `axes` into a new array of the kept-axes shape. */
export function sumAxes(x: Arr, shape: Shape, axes: readonly number[], ctx: EvalContext): Arr {
  const out = ctx.alloc(numel(reducedShape(shape, axes)));
  stridedCopy(x, 0, stridesOf(shape), out, 0, outputStrides(shape, axes), shape, true);
  return out;
}

export function maxAxes(x: Arr, shape: Shape, axes: readonly number[], ctx: EvalContext): Arr {
  const out = ctx.alloc(numel(reducedShape(shape, axes)));
  out.fill(-Infinity);
  stridedMax(x, stridesOf(shape), out, outputStrides(shape, axes), shape);
  return out;
}

export const reduceDef: OpDef<'reduce'> = {
  name: 'reduce',
  arity: 1,
  infer(attrs, [x]) {
    const what = `reduce ${attrs.op}`;
    if (attrs.op !== 'sum' && attrs.op !== 'max') fail(`reduce: unknown op ${attrs.op}`);
    requireDType(what, x!, ['f32', 'i32']);
    const rank = x!.shape.length;
    const seen = new Set<number>();
    for (const a of attrs.axes) {
      if (!Number.isInteger(a) || a < 0 || a >= rank) fail(`${what}: axis ${a} is out of range for ${fmtShape(x!.shape)}`);
      if (seen.has(a)) fail(`${what}: axis ${a} is listed twice`);
      seen.add(a);
    }
    if (attrs.op === 'max') {
      for (const a of attrs.axes) if (x!.shape[a] === 0) fail(`${what}: cannot take the max over empty axis ${a} of ${fmtShape(x!.shape)}`);
    }
    return { shape: reducedShape(x!.shape, attrs.axes), dtype: x!.dtype };
  },
  evaluate(node, [x], [t], ctx) {
    return node.attrs.op === 'sum' ? sumAxes(x!, t!.shape, node.attrs.axes, ctx) : maxAxes(x!, t!.shape, node.attrs.axes, ctx);
  },
  vjp(node, g, b) {
    const x = node.inputs[0]!;
    const shape = b.shape(x);
    if (node.attrs.op === 'sum') return [b.broadcastTo(g, shape)];
    // max: the gradient goes to the maxima; tied maxima share it evenly.
    const isMax = b.cast(b.binary('eq', x, b.broadcastTo(node.id, shape)), 'f32');
    const ties = b.sum(isMax, node.attrs.axes, true);
    return [b.mul(isMax, b.broadcastTo(b.div(g, ties), shape))];
  },
  // One flop per input element.
  cost: (node, types) => trafficCost(types, node.type, numel(types[0]!.shape)),
};

