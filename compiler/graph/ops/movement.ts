// Data movement: reshape, permute, expand, slice, pad, concat. None computes
// anything (0 flops); each is a strided copy, except reshape, which is a view
// of the same row-major data and so costs nothing at all.
import type { GraphBuilder } from '../builder.ts';
import type { OpDef } from '../op.ts';
import { type Node, type NodeId, type Shape, type TensorType, fmtShape, numel, stridesOf } from '../types.ts';
import { stridedCopy } from './strided.ts';
import { fail, isNonNegInt, requireAxisList, trafficCost } from './util.ts';

const VIEW_COST = { flops: 0, bytesRead: 0, bytesWritten: 0 };
const moveCost = (node: Node, types: readonly TensorType[]) => trafficCost(types, node.type, 0);

export const reshapeDef: OpDef<'reshape'> = {
  name: 'reshape',
  arity: 1,
  infer(attrs, [x]) {
    if (!attrs.shape.every(isNonNegInt)) fail(`reshape: bad target shape ${fmtShape(attrs.shape)}`);
    const from = numel(x!.shape);
    const to = numel(attrs.shape);
    if (from !== to) {
      fail(`reshape: cannot reshape ${fmtShape(x!.shape)} (${from} elements) to ${fmtShape(attrs.shape)} (${to} elements)`);
    }
    return { shape: [...attrs.shape], dtype: x!.dtype };
  },
  // Row-major data is unchanged: the output is the input array itself (arrays are never mutated).
  evaluate: (_node, [x]) => x!,
  vjp: (node, g, b) => [b.reshape(g, b.shape(node.inputs[0]!))],
  cost: () => ({ ...VIEW_COST }),
};

export function inversePermutation(perm: readonly number[]): number[] {
  const inv = new Array<number>(perm.length);
  perm.forEach((p, i) => (inv[p] = i));
  return inv;
}

export function isPermutation(perm: readonly number[], rank: number): boolean {
  if (perm.length !== rank) return false;
  const seen = new Set(perm);
  return seen.size === rank && perm.every((p) => Number.isInteger(p) && p >= 0 && p < rank);
}

/** out[c] = x[c permuted]: output axis k is input axis perm[k]. */
export function permuteArray<A extends Float32Array | Float64Array>(x: A, shape: Shape, perm: readonly number[], out: A): A {
  const inStrides = stridesOf(shape);
  const outShape = perm.map((p) => shape[p]!);
  stridedCopy(x, 0, perm.map((p) => inStrides[p]!), out, 0, stridesOf(outShape), outShape);
  return out;
}

export const permuteDef: OpDef<'permute'> = {
  name: 'permute',
  arity: 1,
  infer(attrs, [x]) {
    const rank = x!.shape.length;
    if (!isPermutation(attrs.perm, rank)) fail(`permute: ${fmtShape(attrs.perm)} is not a permutation of ${rank} axes`);
    return { shape: attrs.perm.map((p) => x!.shape[p]!), dtype: x!.dtype };
  },
  evaluate: (node, [x], [t], ctx) => permuteArray(x!, t!.shape, node.attrs.perm, ctx.alloc(x!.length)),
  vjp: (node, g, b) => [b.permute(g, inversePermutation(node.attrs.perm))],
  cost: moveCost,
};

export const expandDef: OpDef<'expand'> = {
  name: 'expand',
  arity: 1,
  infer(attrs, [x]) {
    const from = x!.shape;
    const to = attrs.shape;
    if (!to.every(isNonNegInt)) fail(`expand: bad target shape ${fmtShape(to)}`);
    if (from.length !== to.length) fail(`expand: cannot expand ${fmtShape(from)} to ${fmtShape(to)}: ranks differ`);
    from.forEach((d, i) => {
      if (d !== 1 && d !== to[i]) fail(`expand: cannot expand ${fmtShape(from)} to ${fmtShape(to)}: axis ${i} is ${d}, not 1 or ${to[i]}`);
    });
    return { shape: [...to], dtype: x!.dtype };
  },
  evaluate(node, [x], [t], ctx) {
    const to = node.attrs.shape;
    const inStrides = stridesOf(t!.shape);
    // Broadcast axes re-read the same element: source stride 0.
    const src = t!.shape.map((d, i) => (d === 1 && to[i] !== 1 ? 0 : inStrides[i]!));
    const out = ctx.alloc(numel(to));
    stridedCopy(x!, 0, src, out, 0, stridesOf(to), to);
    return out;
  },
  vjp: (node, g, b) => [b.unbroadcast(g, b.shape(node.inputs[0]!))],
  cost: moveCost,
};

/** Elements taken by start:stop:step. */
export function sliceLength(start: number, stop: number, step: number): number {
  return stop > start ? Math.ceil((stop - start) / step) : 0;
}

export const sliceDef: OpDef<'slice'> = {
  name: 'slice',
  arity: 1,
  infer(attrs, [x]) {
    const shape = x!.shape;
    const { starts, stops, steps } = attrs;
    requireAxisList('slice', 'starts', starts, shape.length);
    requireAxisList('slice', 'stops', stops, shape.length);
    requireAxisList('slice', 'steps', steps, shape.length);
    const out = shape.map((d, i) => {
      const [a, z, s] = [starts[i]!, stops[i]!, steps[i]!];
      if (!Number.isInteger(s) || s < 1) fail(`slice: step ${s} on axis ${i} must be a positive integer`);
      if (!isNonNegInt(a) || !Number.isInteger(z) || a > z || z > d) {
        fail(`slice: ${a}:${z} is out of range for axis ${i} of ${fmtShape(shape)}`);
      }
      return sliceLength(a, z, s);
    });
    return { shape: out, dtype: x!.dtype };
  },
  evaluate(node, [x], [t], ctx) {
    const { starts, steps } = node.attrs;
    const inStrides = stridesOf(t!.shape);
    let offset = 0;
    starts.forEach((a, i) => (offset += a * inStrides[i]!));
    const outShape = node.type.shape;
    const out = ctx.alloc(numel(outShape));
    stridedCopy(x!, offset, inStrides.map((s, i) => s * steps[i]!), out, 0, stridesOf(outShape), outShape);
    return out;
  },
  vjp(node, g, b) {
    const full = b.shape(node.inputs[0]!);
    const { starts, steps } = node.attrs;
    const taken = node.type.shape;
    // Zeros before the first taken element and after the last one.
    const after = full.map((d, i) => d - (taken[i] === 0 ? starts[i]! : starts[i]! + (taken[i]! - 1) * steps[i]! + 1));
    return [b.pad(g, starts, after, steps)];
  },
  cost: moveCost,
};

/** Size of an axis of n elements placed `step` apart with `before`/`after` zeros around them. */
function paddedLength(n: number, before: number, after: number, step: number): number {
  return before + (n === 0 ? 0 : (n - 1) * step + 1) + after;
}

export const padDef: OpDef<'pad'> = {
  name: 'pad',
  arity: 1,
  infer(attrs, [x]) {
    const shape = x!.shape;
    const { before, after, steps } = attrs;
    requireAxisList('pad', 'before', before, shape.length);
    requireAxisList('pad', 'after', after, shape.length);
    requireAxisList('pad', 'steps', steps, shape.length);
    const out = shape.map((d, i) => {
      if (!isNonNegInt(before[i]!) || !isNonNegInt(after[i]!)) fail(`pad: padding ${before[i]}, ${after[i]} on axis ${i} must be non-negative integers`);
      if (!Number.isInteger(steps[i]!) || steps[i]! < 1) fail(`pad: step ${steps[i]} on axis ${i} must be a positive integer`);
      return paddedLength(d, before[i]!, after[i]!, steps[i]!);
    });
    return { shape: out, dtype: x!.dtype };
  },
  evaluate(node, [x], [t], ctx) {
    const { before, steps } = node.attrs;
    const outShape = node.type.shape;
    const outStrides = stridesOf(outShape);
    let offset = 0;
    before.forEach((a, i) => (offset += a * outStrides[i]!));
    const out = ctx.alloc(numel(outShape));
    stridedCopy(x!, 0, stridesOf(t!.shape), out, offset, outStrides.map((s, i) => s * steps[i]!), t!.shape);
    return out;
  },
  vjp(node, g, b) {
    const { before, steps } = node.attrs;
    const inner = b.shape(node.inputs[0]!);
    const stops = inner.map((n, i) => before[i]! + (n === 0 ? 0 : (n - 1) * steps[i]! + 1));
    return [b.slice(g, before, stops, steps)];
  },
  cost: moveCost,
};

export const concatDef: OpDef<'concat'> = {
  name: 'concat',
  arity: [1, Number.MAX_SAFE_INTEGER],
  infer(attrs, xs) {
    const first = xs[0]!;
    const rank = first.shape.length;
    const axis = attrs.axis;
    if (!Number.isInteger(axis) || axis < 0 || axis >= rank) fail(`concat: axis ${axis} is out of range for rank ${rank}`);
    let total = 0;
    xs.forEach((t, k) => {
      if (t.dtype !== first.dtype) fail(`concat: input ${k + 1} is ${t.dtype} but input 1 is ${first.dtype}`);
      const fits = t.shape.length === rank && t.shape.every((d, i) => i === axis || d === first.shape[i]);
      if (!fits) {
        fail(`concat: input ${k + 1} has shape ${fmtShape(t.shape)} but input 1 has ${fmtShape(first.shape)}; only axis ${axis} may differ`);
      }
      total += t.shape[axis]!;
    });
    return { shape: first.shape.map((d, i) => (i === axis ? total : d)), dtype: first.dtype };
  },
  evaluate(node, xs, types, ctx) {
    const axis = node.attrs.axis;
    const outShape = node.type.shape;
    const outStrides = stridesOf(outShape);
    const out = ctx.alloc(numel(outShape));
    let at = 0;
    xs.forEach((x, k) => {
      const shape = types[k]!.shape;
      stridedCopy(x, 0, stridesOf(shape), out, at * outStrides[axis]!, outStrides, shape);
      at += shape[axis]!;
    });
    return out;
  },
  vjp(node, g, b) {
    return concatPieces(b, node.inputs, node.attrs.axis, g);
  },
  cost: moveCost,
};

/** The gradient of each concatenated input: its slab of g. */
function concatPieces(b: GraphBuilder, inputs: readonly NodeId[], axis: number, g: NodeId): NodeId[] {
  const full = b.shape(g);
  let at = 0;
  return inputs.map((x) => {
    const n = b.shape(x)[axis]!;
    const starts = full.map((_, i) => (i === axis ? at : 0));
    const stops = full.map((d, i) => (i === axis ? at + n : d));
    at += n;
    return b.slice(g, starts, stops);
  });
}
