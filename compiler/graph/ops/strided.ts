// Strided loops shared by the movement, reduction and einsum kernels. Each
// walks a shape in row-major order with per-axis strides on both sides, after
// merging axes that are contiguous on both sides, so a plain copy becomes one
// tight loop and only the outer axes pay for the odometer.
import type { Arr } from '../op.ts';
import type { Shape } from '../types.ts';

export interface StridedLoop {
  shape: number[];
  srcStrides: number[];
  dstStrides: number[];
}

/** Drop size-1 axes and merge neighbours that are contiguous for both source and destination. */
export function simplifyLoop(shape: Shape, srcStrides: readonly number[], dstStrides: readonly number[]): StridedLoop {
  const out: StridedLoop = { shape: [], srcStrides: [], dstStrides: [] };
  for (let k = 0; k < shape.length; k++) {
    const n = shape[k]!;
    if (n === 1) continue;
    const last = out.shape.length - 1;
    if (
      last >= 0 &&
      out.srcStrides[last] === srcStrides[k]! * n &&
      out.dstStrides[last] === dstStrides[k]! * n
    ) {
      out.shape[last]! *= n;
      out.srcStrides[last] = srcStrides[k]!;
      out.dstStrides[last] = dstStrides[k]!;
      continue;
    }
    out.shape.push(n);
    out.srcStrides.push(srcStrides[k]!);
    out.dstStrides.push(dstStrides[k]!);
  }
  if (out.shape.length === 0) {
    out.shape.push(1);
    out.srcStrides.push(0);
    out.dstStrides.push(0);
  }
  return out;
}

/**
 * For every index of `shape`: dst[dstOffset + Σ c·dstStrides] = src[srcOffset + Σ c·srcStrides],
 * or `+=` when accumulate is set (several source elements may land on one destination).
 */
export function stridedCopy(
  src: Arr, srcOffset: number, srcStrides: readonly number[],
  dst: Arr, dstOffset: number, dstStrides: readonly number[],
  shape: Shape, accumulate = false,
): void {
  for (const d of shape) if (d === 0) return;
  const loop = simplifyLoop(shape, srcStrides, dstStrides);
  const rank = loop.shape.length;
  const inner = loop.shape[rank - 1]!;
  const ss = loop.srcStrides[rank - 1]!;
  const ds = loop.dstStrides[rank - 1]!;
  const outer = rank - 1;
  const counter = new Array<number>(outer).fill(0);
  let s = srcOffset;
  let d = dstOffset;
  for (;;) {
    if (accumulate && ds === 0) {
      // A reduction along the inner axis: sum in a local, write once.
      let acc = 0;
      for (let j = 0; j < inner; j++) acc += src[s + j * ss]!;
      dst[d] += acc;
    } else if (accumulate) {
      for (let j = 0; j < inner; j++) dst[d + j * ds] += src[s + j * ss]!;
    } else if (ss === 1 && ds === 1) {
      for (let j = 0; j < inner; j++) dst[d + j] = src[s + j]!;
    } else {
      for (let j = 0; j < inner; j++) dst[d + j * ds] = src[s + j * ss]!;
    }
    // Odometer over the outer axes, innermost first.
    let k = outer - 1;
    for (; k >= 0; k--) {
      s += loop.srcStrides[k]!;
      d += loop.dstStrides[k]!;
      if (++counter[k]! < loop.shape[k]!) break;
      s -= loop.srcStrides[k]! * loop.shape[k]!;
      d -= loop.dstStrides[k]! * loop.shape[k]!;
      counter[k] = 0;
    }
    if (k < 0) return;
  }
}

/** Like stridedCopy with accumulate, but keeping the maximum. */
export function stridedMax(
  src: Arr, srcStrides: readonly number[], dst: Arr, dstStrides: readonly number[], shape: Shape,
): void {
  for (const d of shape) if (d === 0) return;
  const loop = simplifyLoop(shape, srcStrides, dstStrides);
  const rank = loop.shape.length;
  const inner = loop.shape[rank - 1]!;
  const ss = loop.srcStrides[rank - 1]!;
  const ds = loop.dstStrides[rank - 1]!;
  const counter = new Array<number>(rank - 1).fill(0);
  let s = 0;
  let d = 0;
  for (;;) {
    for (let j = 0; j < inner; j++) {
      const v = src[s + j * ss]!;
      if (v > dst[d + j * ds]! || v !== v) dst[d + j * ds] = v;
    }
    let k = rank - 2;
    for (; k >= 0; k--) {
      s += loop.srcStrides[k]!;
      d += loop.dstStrides[k]!;
      if (++counter[k]! < loop.shape[k]!) break;
      s -= loop.srcStrides[k]! * loop.shape[k]!;
      d -= loop.dstStrides[k]! * loop.shape[k]!;
      counter[k] = 0;
    }
    if (k < 0) return;
  }
}
