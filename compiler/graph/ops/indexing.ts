// gather (take along an axis) and its transpose scatter_add. Both view the
// data as [outer, axis, inner] around the indexed axis, so the kernels copy or
// add contiguous rows of `inner` elements.
import type { Arr, OpDef } from '../op.ts';
import { BYTES_PER_ELEMENT, type Shape, fmtShape, numel } from '../types.ts';
import { fail, isNonNegInt, requireDType, trafficCost } from './util.ts';

/** Sizes of the axes before `axis` and after the `count` axes starting at it. */
function outerInner(shape: Shape, axis: number, count: number): [number, number] {
  return [numel(shape.slice(0, axis)), numel(shape.slice(axis + count))];
}

function checkIndex(what: string, v: number, size: number): number {
  if (!(v >= 0 && v < size) || !Number.isInteger(v)) throw new Error(`${what}: index ${v} is out of range for an axis of size ${size}`);
  return v;
}

export const gatherDef: OpDef<'gather'> = {
  name: 'gather',
  arity: 2,
  infer(attrs, [table, indices]) {
    requireDType('gather', indices!, ['i32'], 'indices');
    const rank = table!.shape.length;
    const axis = attrs.axis;
    if (!Number.isInteger(axis) || axis < 0 || axis >= rank) fail(`gather: axis ${axis} is out of range for table ${fmtShape(table!.shape)}`);
    const shape = [...table!.shape.slice(0, axis), ...indices!.shape, ...table!.shape.slice(axis + 1)];
    return { shape, dtype: table!.dtype };
  },
  evaluate(node, [table, indices], [tableType], ctx) {
    const axis = node.attrs.axis;
    const size = tableType!.shape[axis]!;
    const [outer, inner] = outerInner(tableType!.shape, axis, 1);
    const n = indices!.length;
    const out = ctx.alloc(outer * n * inner);
    for (let o = 0; o < outer; o++) {
      for (let k = 0; k < n; k++) {
        const row = checkIndex('gather', indices![k]!, size);
        const from = (o * size + row) * inner;
        out.set(table!.subarray(from, from + inner), (o * n + k) * inner);
      }
    }
    return out;
  },
  vjp(node, g, b) {
    const [table, indices] = node.inputs as [number, number];
    return [b.scatterAdd(g, indices, node.attrs.axis, b.shape(table)[node.attrs.axis]!), null];
  },
  // Only the gathered rows are read, not the whole table.
  cost(node, [, indices]) {
    const n = numel(node.type.shape);
    return { flops: 0, bytesRead: (n + numel(indices!.shape)) * BYTES_PER_ELEMENT, bytesWritten: n * BYTES_PER_ELEMENT };
  },
};

export const scatterAddDef: OpDef<'scatter_add'> = {
  name: 'scatter_add',
  arity: 2,
  infer(attrs, [updates, indices]) {
    requireDType('scatter_add', updates!, ['f32', 'i32'], 'updates');
    requireDType('scatter_add', indices!, ['i32'], 'indices');
    const { axis, size } = attrs;
    const u = updates!.shape;
    const ix = indices!.shape;
    if (!isNonNegInt(size)) fail(`scatter_add: size ${size} must be a non-negative integer`);
    const fits = isNonNegInt(axis) && axis + ix.length <= u.length && ix.every((d, i) => u[axis + i] === d);
    if (!fits) fail(`scatter_add: updates ${fmtShape(u)} do not hold indices ${fmtShape(ix)} at axis ${axis}`);
    return { shape: [...u.slice(0, axis), size, ...u.slice(axis + ix.length)], dtype: updates!.dtype };
  },
  evaluate(node, [updates, indices], [updatesType, indicesType], ctx) {
    const { axis, size } = node.attrs;
    const [outer, inner] = outerInner(updatesType!.shape, axis, indicesType!.shape.length);
    const n = indices!.length;
    const out: Arr = ctx.alloc(outer * size * inner);
    for (let o = 0; o < outer; o++) {
      for (let k = 0; k < n; k++) {
        const to = (o * size + checkIndex('scatter_add', indices![k]!, size)) * inner;
        const from = (o * n + k) * inner;
        for (let j = 0; j < inner; j++) out[to + j] += updates![from + j]!;
      }
    }
    return out;
  },
  vjp(node, g, b) {
    const indices = node.inputs[1]!;
    return [b.gather(g, indices, node.attrs.axis), null];
  },
  // One add per update element.
  cost: (node, types) => trafficCost(types, node.type, numel(types[0]!.shape)),
};
