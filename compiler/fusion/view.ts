// Views: a chain of movement ops (reshape, permute, expand, slice, unit-step
// pad) composed into one strided index map, so a kernel reads the source
// buffer at the right place instead of materialising each intermediate.
//
// A view maps a multi-index i over `shape` (the value the consumer sees) to
//
//     flat = offset + Σ_k i[k] · strides[k]        into the source buffer,
//
// unless a guard says the element lies in padding, where the value is 0:
//
//     guard {axis, scale, offset, size}: valid iff 0 ≤ scale · i[axis] + offset < size.
//
// Strides may be 0 (broadcast). Permute, expand, slice and pad always compose;
// a reshape composes when every group of axes it merges is itself strided
// (as in numpy's no-copy reshape) and no merged axis carries a guard. When it
// does not, `applyMovement` returns null and the value before the reshape
// must be materialised (a copy kernel); the chain continues from that buffer.
import type { Arr } from '../graph/op.ts';
import type { Node, OpAttrs, Shape } from '../graph/types.ts';
import { numel, stridesOf } from '../graph/types.ts';

export interface AxisGuard {
  readonly axis: number;
  readonly scale: number;
  readonly offset: number;
  readonly size: number;
}

export interface View {
  readonly shape: readonly number[];
  readonly strides: readonly number[];
  readonly offset: number;
  readonly guards: readonly AxisGuard[];
}

export function contiguousView(shape: Shape): View {
  return { shape: [...shape], strides: stridesOf(shape), offset: 0, guards: [] };
}

/** Movement ops that fusion treats as views (pad only with unit steps). */
export function isViewNode(n: Node): boolean {
  switch (n.op) {
    case 'reshape':
    case 'permute':
    case 'expand':
    case 'slice':
    case 'stop_grad':
    case 'grad_as':
      return true;
    case 'pad': {
      // A step only matters between two input elements: axes of at most one element have none.
      const { before, after, steps } = n.attrs as OpAttrs['pad'];
      return steps.every((s, k) => s === 1 || n.type.shape[k]! - before[k]! - after[k]! <= 1);
    }
    default:
      return false;
  }
}

/** The view of node `n`'s value, given the view of its (first) input; null when not strided. */
export function applyMovement(v: View, n: Node): View | null {
  switch (n.op) {
    case 'stop_grad':
    case 'grad_as':
      return v;
    case 'reshape':
      return reshapeView(v, n.type.shape);
    case 'permute':
      return permuteView(v, (n.attrs as OpAttrs['permute']).perm);
    case 'expand':
      return expandView(v, n.type.shape);
    case 'slice': {
      const a = n.attrs as OpAttrs['slice'];
      return sliceView(v, a.starts, a.steps, n.type.shape);
    }
    case 'pad':
      return isViewNode(n) ? padView(v, (n.attrs as OpAttrs['pad']).before, n.type.shape) : null;
    default:
      throw new Error(`view: ${n.op} is not a movement op`);
  }
}

export function permuteView(v: View, perm: readonly number[]): View {
  const inverse = new Array<number>(perm.length);
  perm.forEach((p, k) => (inverse[p] = k));
  return {
    shape: perm.map((p) => v.shape[p]!),
    strides: perm.map((p) => v.strides[p]!),
    offset: v.offset,
    guards: v.guards.map((g) => ({ ...g, axis: inverse[g.axis]! })),
  };
}

export function expandView(v: View, to: readonly number[]): View {
  const broadcast = (k: number) => v.shape[k] === 1 && to[k] !== 1;
  return {
    shape: [...to],
    strides: v.strides.map((s, k) => (broadcast(k) ? 0 : s)),
    offset: v.offset,
    // A broadcast axis always read index 0: its guard becomes a constant.
    guards: v.guards.flatMap((g) => (broadcast(g.axis) ? constantGuard(g) : [g])),
  };
}

/** A guard evaluated at index 0: dropped when it holds, kept (scale 0, never valid) when not. */
function constantGuard(g: AxisGuard): AxisGuard[] {
  return g.offset >= 0 && g.offset < g.size ? [] : [{ ...g, scale: 0 }];
}

export function sliceView(v: View, starts: readonly number[], steps: readonly number[], outShape: readonly number[]): View {
  let offset = v.offset;
  starts.forEach((s, k) => (offset += s * v.strides[k]!));
  return {
    shape: [...outShape],
    strides: v.strides.map((s, k) => s * steps[k]!),
    offset,
    guards: v.guards.map((g) => ({ ...g, scale: g.scale * steps[g.axis]!, offset: g.offset + g.scale * starts[g.axis]! })),
  };
}

export function padView(v: View, before: readonly number[], outShape: readonly number[]): View {
  let offset = v.offset;
  const guards: AxisGuard[] = v.guards.map((g) => ({ ...g, offset: g.offset - g.scale * before[g.axis]! }));
  v.shape.forEach((size, k) => {
    const b = before[k]!;
    if (outShape[k] === size) return;
    offset -= b * v.strides[k]!;
    guards.push({ axis: k, scale: 1, offset: -b, size });
  });
  return { shape: [...outShape], strides: [...v.strides], offset, guards };
}

interface Axis {
  size: number;
  stride: number;
  guarded: boolean;
  index: number;
}

/** numpy-style no-copy reshape of a strided view; null when some merged group is not strided. */
export function reshapeView(v: View, to: readonly number[]): View | null {
  if (numel(to) === 0) return { shape: [...to], strides: stridesOf(to), offset: v.offset, guards: [] };
  const guardedAxes = new Set(v.guards.map((g) => g.axis));
  const src: Axis[] = [];
  const guards: AxisGuard[] = [];
  v.shape.forEach((size, k) => {
    if (size !== 1) src.push({ size, stride: v.strides[k]!, guarded: guardedAxes.has(k), index: k });
    // A size-1 axis is always read at index 0: its guards are constants.
    else for (const g of v.guards) if (g.axis === k) guards.push(...constantGuard(g).map((c) => ({ ...c, axis: -1 })));
  });
  const strides = new Array<number>(to.length).fill(0);
  const dst = to.flatMap((size, k) => (size !== 1 ? [k] : []));
  let i = 0;
  let j = 0;
  while (i < src.length && j < dst.length) {
    // The smallest run of source axes and target axes with equal element counts.
    const si = i;
    const dj = j;
    let a = src[i++]!.size;
    let b = to[dst[j++]!]!;
    while (a !== b) {
      if (a < b) a *= src[i++]!.size;
      else b *= to[dst[j++]!]!;
    }
    const group = src.slice(si, i);
    for (let k = 1; k < group.length; k++) {
      if (group[k - 1]!.stride !== group[k]!.stride * group[k]!.size) return null;
    }
    if (group.some((s) => s.guarded)) {
      if (group.length !== 1 || j - dj !== 1) return null;
      for (const g of v.guards) if (g.axis === group[0]!.index) guards.push({ ...g, axis: dst[dj]! });
    }
    // Innermost target axis takes the innermost source stride; outer ones multiply out.
    let stride = group[group.length - 1]!.stride;
    for (let k = j - 1; k >= dj; k--) {
      strides[dst[k]!] = stride;
      stride *= to[dst[k]!]!;
    }
  }
  // A guard left on a dropped size-1 axis that never holds makes the whole view padding.
  const always = guards.filter((g) => g.axis === -1);
  const kept = guards.filter((g) => g.axis !== -1);
  if (always.length > 0) {
    if (to.length === 0) return null;
    kept.push({ axis: 0, scale: 0, offset: -1, size: 0 });
  }
  return { shape: [...to], strides, offset: v.offset, guards: kept };
}

/** The source offset read at multi-index `index`, or -1 where the view is padding. */
export function viewOffset(v: View, index: readonly number[]): number {
  for (const g of v.guards) {
    const q = g.scale * index[g.axis]! + g.offset;
    if (q < 0 || q >= g.size) return -1;
  }
  let flat = v.offset;
  for (let k = 0; k < index.length; k++) flat += index[k]! * v.strides[k]!;
  return flat;
}

/** True when the view reads a source of `sourceNumel` elements exactly in row-major order. */
export function isIdentityView(v: View, sourceNumel: number): boolean {
  if (v.offset !== 0 || v.guards.length > 0 || numel(v.shape) !== sourceNumel) return false;
  const want = stridesOf(v.shape);
  return v.shape.every((d, k) => d === 1 || v.strides[k] === want[k]);
}

/** Distinct source elements the view touches (broadcast axes count once, padding not at all). */
export function viewFootprint(v: View, sourceNumel: number): number {
  let n = 1;
  v.shape.forEach((size, k) => {
    if (v.strides[k] === 0) return;
    n *= validCount(v, k, size);
  });
  // Guards on broadcast axes: all or nothing.
  for (const g of v.guards) if (v.strides[g.axis] === 0 && validCount(v, g.axis, v.shape[g.axis]!) === 0) return 0;
  return Math.min(n, sourceNumel);
}

function validCount(v: View, axis: number, size: number): number {
  const own = v.guards.filter((g) => g.axis === axis);
  if (own.length === 0) return size;
  let count = 0;
  for (let i = 0; i < size; i++) if (own.every((g) => g.scale * i + g.offset >= 0 && g.scale * i + g.offset < g.size)) count++;
  return count;
}

/** The view's values gathered into a new row-major array (reference semantics for tests and the fused executor). */
export function readView(src: Arr, v: View, out: Arr): Arr {
  const rank = v.shape.length;
  const index = new Array<number>(rank).fill(0);
  const total = numel(v.shape);
  for (let flat = 0; flat < total; flat++) {
    const at = viewOffset(v, index);
    out[flat] = at < 0 ? 0 : src[at]!;
    for (let k = rank - 1; k >= 0; k--) {
      if (++index[k]! < v.shape[k]!) break;
      index[k] = 0;
    }
  }
  return out;
}
