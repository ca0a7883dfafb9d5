// Indexing: lists and repeated groups by compile-time ints; tensors by ints,
// slices (negative bounds count from the end, positive steps, no silent
// clamping), `...`, `None` (new axis), and one i32 tensor index (a gather:
// `table[ids]`, `x[:, ids]`).
import type { SourceSpan } from '../diagnostics.ts';
import { fmtShape, fmtType, type NodeId } from '../graph/types.ts';
import type { IndexExpr, IndexItem } from '../syntax/ast.ts';
import { type Ctx, err } from './context.ts';
import { evalExpr } from './expr.ts';
import type { Env } from './scope.ts';
import { type Value, check, describe, expectInt } from './values.ts';

type IndexValue =
  | { kind: 'int'; v: number; span: SourceSpan }
  | { kind: 'tensor'; id: NodeId; span: SourceSpan }
  | { kind: 'slice'; start?: number; stop?: number; step?: number; span: SourceSpan; full: boolean }
  | { kind: 'ellipsis'; span: SourceSpan }
  | { kind: 'newaxis'; span: SourceSpan };

function evalItem(ctx: Ctx, env: Env, it: IndexItem): IndexValue {
  switch (it.kind) {
    case 'ellipsis':
    case 'newaxis':
      return { kind: it.kind, span: it.span };
    case 'slice': {
      const n = (e: typeof it.start, what: string) => (e ? expectInt(check(evalExpr(ctx, env, e)), `the slice ${what}`, e.span) : undefined);
      const r: IndexValue = { kind: 'slice', span: it.span, full: !it.start && !it.stop && !it.step };
      const start = n(it.start, 'start');
      const stop = n(it.stop, 'stop');
      const step = n(it.step, 'step');
      if (start !== undefined) r.start = start;
      if (stop !== undefined) r.stop = stop;
      if (step !== undefined) r.step = step;
      return r;
    }
    case 'index': {
      const v = check(evalExpr(ctx, env, it.expr));
      if (v.kind === 'tensor') return { kind: 'tensor', id: v.id, span: it.span };
      return { kind: 'int', v: expectInt(v, 'an index', it.span), span: it.span };
    }
  }
}

export function evalIndex(ctx: Ctx, env: Env, e: IndexExpr): Value {
  const obj = check(evalExpr(ctx, env, e.object));
  const items = e.items.map((it) => evalItem(ctx, env, it));
  const what = ctx.text(e.object);
  if (obj.kind === 'list' || obj.kind === 'group') {
    const seq: Value[] = obj.kind === 'list' ? obj.items : obj.items.map((inst) => ({ kind: 'instance', inst }));
    if (items.length !== 1) throw err(`'${what}' takes one index, got ${items.length}`, e.span, 'E-index');
    const it = items[0]!;
    if (it.kind === 'int') {
      const i = it.v < 0 ? it.v + seq.length : it.v;
      if (i < 0 || i >= seq.length) throw err(`index ${it.v} is out of range for '${what}' of length ${seq.length}`, it.span, 'E-index');
      return seq[i]!;
    }
    if (it.kind === 'slice') {
      const [a, b, s] = sliceBounds(it, seq.length, `'${what}' of length ${seq.length}`);
      const picked = [];
      for (let i = a; i < b; i += s) picked.push(seq[i]!);
      if (obj.kind === 'list') return { kind: 'list', items: picked };
      return { kind: 'group', path: obj.path, items: picked.map((v) => (v as { kind: 'instance'; inst: (typeof obj.items)[number] }).inst) };
    }
    throw err(`'${what}' is ${describe(obj)}; index it with a compile-time int or a slice`, it.span, 'E-index');
  }
  if (obj.kind !== 'tensor') throw err(`'${what}' is ${describe(obj)}, which cannot be indexed`, e.object.span, 'E-index');
  return { kind: 'tensor', id: indexTensor(ctx, obj.id, items, what, e.span) };
}

/** Normalised [start, stop, step] of a slice over an axis of `size`; bounds outside the axis are errors. */
function sliceBounds(it: Extract<IndexValue, { kind: 'slice' }>, size: number, what: string): [number, number, number] {
  const step = it.step ?? 1;
  if (step === 0) throw err('slice step cannot be zero', it.span, 'E-index');
  if (step < 0) throw err(`negative slice steps are not supported (got ${step})`, it.span, 'E-index');
  const norm = (v: number | undefined, dflt: number, which: string): number => {
    if (v === undefined) return dflt;
    const r = v < 0 ? v + size : v;
    if (r < 0 || r > size) throw err(`slice ${which} ${v} is out of range for ${what}`, it.span, 'E-index');
    return r;
  };
  const a = norm(it.start, 0, 'start');
  const b = Math.max(a, norm(it.stop, size, 'stop'));
  return [a, b, step];
}

function indexTensor(ctx: Ctx, x: NodeId, items: IndexValue[], what: string, span: SourceSpan): NodeId {
  const B = ctx.b;
  const shape = B.shape(x);
  const rank = shape.length;
  const ells = items.filter((i) => i.kind === 'ellipsis').length;
  if (ells > 1) throw err("an index may use '...' once", span, 'E-index');
  const consuming = items.filter((i) => i.kind !== 'ellipsis' && i.kind !== 'newaxis').length;
  if (consuming > rank) throw err(`too many indices for '${what}': ${consuming} for ${fmtType(B.type(x))}`, span, 'E-index');
  // Expand `...` (or the implicit trailing one) into full slices.
  const fill = (n: number): IndexValue[] => Array.from({ length: n }, () => ({ kind: 'slice', span, full: true }) as IndexValue);
  const at = items.findIndex((i) => i.kind === 'ellipsis');
  const full = at < 0 ? [...items, ...fill(rank - consuming)] : [...items.slice(0, at), ...fill(rank - consuming), ...items.slice(at + 1)];

  const tensors = full.filter((i) => i.kind === 'tensor');
  if (tensors.length) {
    const t = tensors[0]! as Extract<IndexValue, { kind: 'tensor' }>;
    const others = full.filter((i) => i !== t);
    if (tensors.length > 1 || others.some((i) => !(i.kind === 'slice' && i.full))) {
      throw err("a tensor index (a gather) can only be combined with ':' and '...', e.g. table[ids] or x[:, ids]", t.span, 'E-index');
    }
    const it = B.type(t.id);
    if (it.dtype !== 'i32') {
      const hint = it.dtype === 'bool' ? 'boolean masks are not supported; use where(mask, x, 0)' : 'convert it with int(...)';
      throw err(`a tensor index must be i32, got ${fmtType(it)}; ${hint}`, t.span, 'E-index');
    }
    const axis = full.indexOf(t);
    // x[arange(n)] (e.g. wpe[positions(T)] outside a decode program) is the slice x[0:n]: no gather, and a slice's gradient.
    const idx = B.node(t.id);
    if (idx.op === 'iota' && idx.type.shape.length === 1) {
      // An arange longer than the axis would gather rows that do not exist: the same error as the slice it stands for.
      const n = idx.type.shape[0]!;
      if (n > shape[axis]!) throw err(`slice stop ${n} is out of range for axis ${axis} of '${what}' ${fmtShape(shape)}`, t.span, 'E-index');
      return B.slice(x, shape.map(() => 0), shape.map((d, i) => (i === axis ? n : d)));
    }
    return B.gather(x, t.id, axis);
  }

  const starts: number[] = [];
  const stops: number[] = [];
  const steps: number[] = [];
  const outShape: number[] = [];
  let axis = 0;
  for (const it of full) {
    if (it.kind === 'newaxis') {
      outShape.push(1);
      continue;
    }
    const size = shape[axis]!;
    if (it.kind === 'int') {
      const i = it.v < 0 ? it.v + size : it.v;
      if (i < 0 || i >= size) throw err(`index ${it.v} is out of range for axis ${axis} of '${what}' ${fmtShape(shape)}`, it.span, 'E-index');
      starts.push(i);
      stops.push(i + 1);
      steps.push(1);
    } else if (it.kind === 'slice') {
      const [a, b, s] = sliceBounds(it, size, `axis ${axis} of '${what}' ${fmtShape(shape)}`);
      starts.push(a);
      stops.push(b);
      steps.push(s);
      outShape.push(Math.ceil((b - a) / s));
    }
    axis++;
  }
  const sliced = B.slice(x, starts, stops, steps);
  return B.reshape(sliced, outShape);
}
