// Built-ins for routing and sparse dispatch (mixture of experts): top-k,
// take-along, scatter-add, a counting sort by group, the grouped matmul, and
// update_state, a weight's non-gradient update (DeepSeek-V3's balancing
// bias) applied by the train step only (docs/language.md, "Built-in functions"). builtins.ts spreads them into its
// table; they are defined with literal parameter specs because this module
// and builtins.ts import each other.
import type { SourceSpan } from '../diagnostics.ts';
import type { GraphBuilder } from '../graph/builder.ts';
import { scatterToRows, takeFromRows } from '../graph/ops/topk.ts';
import { fmtShape, type NodeId, type OpAttrs } from '../graph/types.ts';
import { type Args, type Builtin, T, tensorArg } from './builtins.ts';
import { type Ctx, err } from './context.ts';
import { expectInt } from './values.ts';

const req = (name: string) => ({ name, required: true });
const opt = (name: string) => ({ name, required: false });

function intArg(a: Args, name: string, fn: string, fallback?: number): number {
  const arg = a.get(name);
  if (!arg) return fallback!;
  return expectInt(arg.value, `${fn}: ${name}`, arg.span);
}

/** The permutation moving `axis` last, and its inverse. */
function lastAxis(rank: number, axis: number): [number[], number[]] {
  const perm = [...Array(rank).keys()].filter((d) => d !== axis).concat(axis);
  const inv = perm.map((_, i) => perm.indexOf(i));
  return [perm, inv];
}

/** Runs `f` on `x` with `axis` moved last, moving the result's last axis back. */
function alongAxis(b: GraphBuilder, x: NodeId, axis: number, f: (moved: NodeId, perm: readonly number[]) => NodeId): NodeId {
  const [perm, inv] = lastAxis(b.shape(x).length, axis);
  return b.permute(f(b.permute(x, perm), perm), inv);
}

function axisOf(ctx: Ctx, a: Args, x: NodeId, fn: string): number {
  const rank = ctx.b.shape(x).length;
  const arg = a.get('axis');
  const axis = arg ? expectInt(arg.value, `${fn}: axis`, arg.span) : -1;
  if (axis < -rank || axis >= rank) throw err(`${fn}: axis ${axis} is out of range for a tensor of rank ${rank} ${fmtShape(ctx.b.shape(x))}`, arg?.span, 'E-shape');
  return axis < 0 ? axis + rank : axis;
}

export const ROUTING_BUILTINS: Record<string, Builtin> = {
  // [values, indices] of the k largest along `axis`, descending; ties go to the lower index.
  topk: {
    params: [req('x'), req('k'), opt('axis')],
    run(ctx, a) {
      const x = tensorArg(ctx, a, 'x', 'topk');
      const k = intArg(a, 'k', 'topk');
      const axis = axisOf(ctx, a, x, 'topk');
      const part = (p: 'values' | 'indices') => T(alongAxis(ctx.b, x, axis, (m) => ctx.b.topk(m, k, p)));
      return { kind: 'list', items: [part('values'), part('indices')] };
    },
  },
  // x[..., indices[..., j], ...] along `axis`: indices has x's shape but in that axis.
  take_along: {
    params: [req('x'), req('indices'), opt('axis')],
    run(ctx, a, span) {
      const x = tensorArg(ctx, a, 'x', 'take_along');
      const ix = tensorArg(ctx, a, 'indices', 'take_along');
      const axis = axisOf(ctx, a, x, 'take_along');
      requireRows(ctx, x, ix, axis, 'take_along', span);
      const [perm] = lastAxis(ctx.b.shape(x).length, axis);
      return T(alongAxis(ctx.b, x, axis, (m) => takeFromRows(ctx.b, m, ctx.b.permute(ix, perm))));
    },
  },
  // out[..., indices[..., j], ...] += updates[..., j, ...] along `axis`, out's axis of `size`.
  scatter_along: {
    params: [req('updates'), req('indices'), req('size'), opt('axis')],
    run(ctx, a, span) {
      const u = tensorArg(ctx, a, 'updates', 'scatter_along');
      const ix = tensorArg(ctx, a, 'indices', 'scatter_along');
      const size = intArg(a, 'size', 'scatter_along');
      const axis = axisOf(ctx, a, u, 'scatter_along');
      if (ctx.b.type(ix).dtype !== 'i32' || fmtShape(ctx.b.shape(ix)) !== fmtShape(ctx.b.shape(u))) {
        throw err(`scatter_along: indices ${fmtShape(ctx.b.shape(ix))} must be i32 of the updates' shape ${fmtShape(ctx.b.shape(u))}`, span, 'E-shape');
      }
      const [perm] = lastAxis(ctx.b.shape(u).length, axis);
      return T(alongAxis(ctx.b, u, axis, (m) => {
        const shape = [...ctx.b.shape(m).slice(0, -1), size];
        return scatterToRows(ctx.b, m, ctx.b.permute(ix, perm), shape);
      }));
    },
  },
  // Rows of `updates` added into `size` rows at `indices` (i32 of the updates' first axis): the transpose of table[indices].
  scatter_add: {
    params: [req('updates'), req('indices'), req('size')],
    run(ctx, a) {
      const u = tensorArg(ctx, a, 'updates', 'scatter_add');
      const ix = tensorArg(ctx, a, 'indices', 'scatter_add');
      return T(ctx.b.scatterAdd(u, ix, 0, intArg(a, 'size', 'scatter_add')));
    },
  },
  // [order, offsets]: a stable counting sort of keys in [0, groups); group e is order[offsets[e] : offsets[e+1]].
  group_sort: {
    params: [req('keys'), req('groups')],
    run(ctx, a) {
      const keys = tensorArg(ctx, a, 'keys', 'group_sort');
      const groups = intArg(a, 'groups', 'group_sort');
      return { kind: 'list', items: [T(ctx.b.groupSort(keys, groups, 'order')), T(ctx.b.groupSort(keys, groups, 'offsets'))] };
    },
  },
  // Rows offsets[e] … offsets[e+1] − 1 of x times w[e]: one grouped (ragged) matmul.
  grouped_matmul: {
    params: [req('x'), req('w'), req('offsets')],
    run(ctx, a) {
      const [x, w, off] = (['x', 'w', 'offsets'] as const).map((n) => tensorArg(ctx, a, n, 'grouped_matmul')) as [NodeId, NodeId, NodeId];
      return T(ctx.b.groupedMatmul('out', [x, w, off]));
    },
  },
  // After each train step, weight `param` takes `value` (no gradient, no optimizer step); other programs ignore it.
  update_state: {
    params: [req('param'), req('value')],
    run(ctx, a, span) {
      const p = tensorArg(ctx, a, 'param', 'update_state');
      const n = ctx.b.node(p);
      if (n.op !== 'param' || (n.attrs as OpAttrs['param']).role !== 'weight') throw err('update_state: param must be a weight (a block\'s param), not a computed tensor', a.get('param')!.span, 'E-type');
      const name = (n.attrs as OpAttrs['param']).name;
      if (ctx.b.updates.some((u) => u.target === name)) throw err(`update_state: weight "${name}" is already updated in this program (call it once per step)`, span, 'E-value');
      const v = ctx.b.stopGrad(ctx.b.broadcastTo(ctx.b.cast(tensorArg(ctx, a, 'value', 'update_state'), 'f32'), n.type.shape));
      ctx.b.update(name, v);
      return T(v);
    },
  },
};

function requireRows(ctx: Ctx, x: NodeId, ix: NodeId, axis: number, fn: string, span: SourceSpan): void {
  const xs = ctx.b.shape(x);
  const is = ctx.b.shape(ix);
  const ok = ctx.b.type(ix).dtype === 'i32' && is.length === xs.length && is.every((d, i) => i === axis || d === xs[i]);
  if (!ok) throw err(`${fn}: indices ${fmtShape(is)} must be i32 with the shape of x ${fmtShape(xs)} except in axis ${axis}`, span, 'E-shape');
}
