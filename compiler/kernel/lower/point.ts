// A point of a kernel's iteration space as index expressions, and reading a
// strided view (fusion/view.ts) at it.
//
// Templates hand lowering a few index variables — the flat element index, a
// row and a column, a matmul's (batch, i, j) — each running row-major over a
// group of the space's axes. A Point records which variable covers which
// axes. Reading a view at a point sums index·stride per axis; axes of a
// group that are contiguous for that view are merged first, so the common
// cases need no division at all (a contiguous row is `row·cols + col`, a
// broadcast bias is `col`), and only what does not merge is recovered with
// `/` and `%`.
import { k } from '../build.ts';
import type { KExpr } from '../ir.ts';
import { reshapeView, type AxisGuard, type View } from '../../fusion/view.ts';
import { stridesOf } from '../../graph/types.ts';

export interface AxisGroup {
  /** An i32 index running row-major over `axes`. */
  readonly index: KExpr;
  /** Axes of the point's shape covered by `index`, outermost first. Axes in no group are at 0. */
  readonly axes: readonly number[];
}

export interface Address {
  /** Flat index into the view's source. */
  readonly index: KExpr;
  /** When the view has padding: whether the element is real (else it reads as 0). */
  readonly valid?: KExpr;
}

export class Point {
  private constructor(
    readonly shape: readonly number[],
    private readonly groups: readonly AxisGroup[],
    /** Every axis index is 0, whatever the shape (the total level). */
    private readonly origin: boolean,
  ) {}

  static of(shape: readonly number[], groups: readonly AxisGroup[]): Point {
    return new Point(shape, groups, false);
  }

  /** Index 0 on every axis of any view (a kernel's `total` level). */
  static origin(): Point {
    return new Point([], [], true);
  }

  /** One variable per axis. */
  static axes(shape: readonly number[], indices: readonly KExpr[]): Point {
    return new Point(shape, indices.map((index, a) => ({ index, axes: [a] })), false);
  }

  /** One flat row-major index over the whole shape. */
  static flat(shape: readonly number[], index: KExpr): Point {
    return new Point(shape, [{ index, axes: shape.map((_, a) => a) }], false);
  }

  /** The index along axis `a`: the group's index divided and wrapped as the group's row-major layout says. */
  axisIndex(a: number): KExpr {
    if (this.origin) return k.i32(0);
    for (const g of this.groups) {
      const p = g.axes.indexOf(a);
      if (p < 0) continue;
      return this.run(g, p, p);
    }
    return k.i32(0);
  }

  /** The combined index of axes g.axes[from..to] (a merged run), from the group's index. */
  private run(g: AxisGroup, from: number, to: number): KExpr {
    let inner = 1;
    for (let q = to + 1; q < g.axes.length; q++) inner *= this.shape[g.axes[q]!]!;
    let size = 1;
    for (let q = from; q <= to; q++) size *= this.shape[g.axes[q]!]!;
    let outer = 1;
    for (let q = 0; q < from; q++) outer *= this.shape[g.axes[q]!]!;
    const q = k.idiv(g.index, inner);
    return outer === 1 ? q : k.mod(q, size);
  }

  /** offset + Σ_a index(a)·strides[a], merging runs of axes that are contiguous for these strides. */
  linear(strides: readonly number[], offset = 0): KExpr {
    let e: KExpr = k.i32(offset);
    if (this.origin) return e;
    for (const g of this.groups) {
      // Runs of non-trivial axes with stride[a] = stride[next]·size[next].
      const live = g.axes.map((a, p) => ({ a, p })).filter(({ a }) => this.shape[a] !== 1);
      let start = 0;
      while (start < live.length) {
        let end = start;
        while (end + 1 < live.length && strides[live[end]!.a] === strides[live[end + 1]!.a]! * this.shape[live[end + 1]!.a]!) end++;
        const stride = strides[live[end]!.a]!;
        if (stride !== 0) e = k.add(e, k.mul(this.run(g, live[start]!.p, live[end]!.p), stride));
        start = end + 1;
      }
    }
    return e;
  }

  /** The point's own row-major flat index over its shape. */
  flatIndex(): KExpr {
    return this.linear(stridesOf(this.shape));
  }

  /** Whether every guard holds (undefined when there are none). */
  guardsHold(guards: readonly AxisGuard[], axisIndex: (a: number) => KExpr = (a) => this.axisIndex(a)): KExpr | undefined {
    let ok: KExpr | undefined;
    for (const g of guards) {
      const q = k.add(k.mul(g.scale === 0 ? k.i32(0) : axisIndex(g.axis), g.scale), g.offset);
      const holds = k.and(k.ge(q, 0), k.lt(q, g.size));
      ok = ok ? k.and(ok, holds) : holds;
    }
    return ok;
  }

  /**
   * Where `view` (over a value whose element count equals this point's
   * shape's, elements matched row-major) is read at this point.
   */
  address(view: View): Address {
    if (this.origin) return this.addressOn(view, this);
    const same = view.shape.length === this.shape.length && view.shape.every((d, a) => d === this.shape[a]);
    const onSpace = same ? view : reshapeView(view, this.shape);
    if (onSpace) return this.addressOn(onSpace, this);
    // Not expressible over this shape: recover the view's own multi-index from the flat index.
    return this.addressOn(view, Point.flat(view.shape, this.flatIndex()));
  }

  private addressOn(view: View, at: Point): Address {
    const index = at.linear(view.strides, view.offset);
    const valid = at.guardsHold(view.guards);
    return valid ? { index, valid } : { index };
  }
}

/**
 * Coordinates of a tensor whose axes [axis, axis + count) are replaced by
 * `middle`, from a point over another tensor whose remaining axes match
 * (a gather's table coordinates from its output point, a scatter's target).
 */
export function splicedAxes(at: Point, rank: number, axis: number, count: number, middle: readonly KExpr[]): KExpr[] {
  const before = Array.from({ length: axis }, (_, a) => at.axisIndex(a));
  const after = Array.from({ length: rank - axis - count }, (_, q) => at.axisIndex(axis + count + q));
  return [...before, ...middle, ...after];
}
