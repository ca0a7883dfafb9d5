// Routing primitives for mixture-of-experts (and anything else that selects):
//
//  topk         the k largest entries of each row (last axis), in descending
//               order, ties going to the lower index; one op with two parts,
//               `values` (f32) and `indices` (i32), each one kernel. The
//               gradient of the values is the upstream gradient scattered
//               back to the chosen positions (a scatter_add over the flat
//               index row·N + index); the indices have none.
//  group_sort   a stable counting sort of integer keys in [0, groups): part
//               `order` gives, for each sorted position, the position of the
//               key it holds; part `offsets` the exclusive prefix sum of the
//               group sizes, groups + 1 entries (offsets[groups] = number of
//               keys). Tokens grouped by expert are `order`, and expert e
//               owns sorted rows offsets[e] … offsets[e+1] − 1.
import type { GraphBuilder } from '../builder.ts';
import { lit } from '../builder.ts';
import type { Arr, OpDef } from '../op.ts';
import { BYTES_PER_ELEMENT, fmtShape, numel } from '../types.ts';
import { fail, requireDType } from './util.ts';

/**
 * The k best positions of row[0..n), best first: larger value first, equal
 * values by lower index. NaN never wins against a number (it sorts last).
 */
export function topkRow(row: ArrayLike<number>, n: number, k: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  const key = (i: number) => (Number.isNaN(row[i]!) ? -Infinity : row[i]!);
  order.sort((a, b) => key(b) - key(a) || a - b);
  return order.slice(0, k);
}

export const topkDef: OpDef<'topk'> = {
  name: 'topk',
  arity: 1,
  infer(attrs, [x]) {
    requireDType('topk', x!, ['f32', 'i32'], 'x');
    const shape = x!.shape;
    if (shape.length === 0) fail('topk: x must have at least one axis');
    const n = shape[shape.length - 1]!;
    if (!Number.isInteger(attrs.k) || attrs.k < 1 || attrs.k > n) fail(`topk: k must be in 1..${n} (the size of the last axis of ${fmtShape(shape)}), got ${attrs.k}`);
    if (attrs.part !== 'values' && attrs.part !== 'indices') fail(`topk: unknown part "${String(attrs.part)}"`);
    return { shape: [...shape.slice(0, -1), attrs.k], dtype: attrs.part === 'values' ? x!.dtype : 'i32' };
  },
  evaluate(node, [x], [xt], ctx) {
    const n = xt!.shape[xt!.shape.length - 1]!;
    const { k, part } = node.attrs;
    const rows = numel(xt!.shape) / n;
    const out = ctx.alloc(rows * k);
    for (let r = 0; r < rows; r++) {
      const row = x!.subarray(r * n, (r + 1) * n);
      topkRow(row, n, k).forEach((i, j) => {
        out[r * k + j] = part === 'values' ? row[i]! : i;
      });
    }
    return out;
  },
  vjp(node, g, b) {
    if (node.attrs.part === 'indices') return [null];
    return [scatterToRows(b, g, b.topk(node.inputs[0]!, node.attrs.k, 'indices'), b.shape(node.inputs[0]!))];
  },
  // k passes over each row (the kernel's selection), compares only.
  cost(node, [x]) {
    const n = numel(x!.shape);
    return { flops: n * node.attrs.k, bytesRead: n * node.attrs.k * BYTES_PER_ELEMENT, bytesWritten: numel(node.type.shape) * BYTES_PER_ELEMENT };
  },
};

/**
 * `out[..., indices[..., j]] += g[..., j]` row by row, out of shape `shape`:
 * the adjoint of take-along-the-last-axis, as one scatter_add over flat
 * indices (row · N + index).
 */
export function scatterToRows(b: GraphBuilder, g: number, indices: number, shape: readonly number[]): number {
  const n = shape[shape.length - 1]!;
  const rows = numel(shape) / n;
  const k = b.shape(indices).at(-1)!;
  const flat = b.add(b.reshape(indices, [rows, k]), b.mul(b.iota([rows, k], 0, 'i32'), lit(n)));
  const out = b.scatterAdd(b.reshape(g, [rows * k]), b.reshape(flat, [rows * k]), 0, rows * n);
  return b.reshape(out, shape);
}

/** `x[..., indices[..., j]]` row by row: take along the last axis, as one gather over flat indices. */
export function takeFromRows(b: GraphBuilder, x: number, indices: number): number {
  const shape = b.shape(x);
  const n = shape[shape.length - 1]!;
  const rows = numel(shape) / n;
  const ixShape = b.shape(indices);
  const k = ixShape.at(-1)!;
  if (numel(ixShape) !== rows * k) fail(`take_along: indices ${fmtShape(ixShape)} do not match the rows of ${fmtShape(shape)}`);
  const flat = b.add(b.reshape(indices, [rows, k]), b.mul(b.iota([rows, k], 0, 'i32'), lit(n)));
  return b.reshape(b.gather(b.reshape(x, [rows * n]), b.reshape(flat, [rows * k]), 0), ixShape);
}

function checkKey(v: number, groups: number): number {
  if (!(Number.isInteger(v) && v >= 0 && v < groups)) throw new Error(`group_sort: key ${v} is out of range [0, ${groups})`);
  return v;
}

/** Stable counting sort: [order, offsets]. */
export function countingSort(keys: ArrayLike<number>, groups: number): [number[], number[]] {
  const offsets = new Array<number>(groups + 1).fill(0);
  for (let i = 0; i < keys.length; i++) offsets[checkKey(keys[i]!, groups) + 1]!++;
  for (let e = 0; e < groups; e++) offsets[e + 1]! += offsets[e]!;
  const next = offsets.slice(0, groups);
  const order = new Array<number>(keys.length);
  for (let i = 0; i < keys.length; i++) order[next[keys[i]!]!++] = i;
  return [order, offsets];
}

export const groupSortDef: OpDef<'group_sort'> = {
  name: 'group_sort',
  arity: 1,
  infer(attrs, [keys]) {
    requireDType('group_sort', keys!, ['i32'], 'keys');
    if (keys!.shape.length !== 1) fail(`group_sort: keys must be one axis, got ${fmtShape(keys!.shape)}`);
    if (!Number.isInteger(attrs.groups) || attrs.groups < 1) fail(`group_sort: groups must be a positive integer, got ${attrs.groups}`);
    if (attrs.part !== 'order' && attrs.part !== 'offsets') fail(`group_sort: unknown part "${String(attrs.part)}"`);
    return { shape: [attrs.part === 'order' ? keys!.shape[0]! : attrs.groups + 1], dtype: 'i32' };
  },
  evaluate(node, [keys], _types, ctx) {
    const [order, offsets] = countingSort(keys!, node.attrs.groups);
    const src = node.attrs.part === 'order' ? order : offsets;
    const out: Arr = ctx.alloc(src.length);
    out.set(src);
    return out;
  },
  vjp: () => [null],
  // One pass over the keys per part.
  cost(node, [keys]) {
    const m = numel(keys!.shape);
    return { flops: m, bytesRead: m * BYTES_PER_ELEMENT, bytesWritten: numel(node.type.shape) * BYTES_PER_ELEMENT };
  },
};
