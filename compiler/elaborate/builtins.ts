// Built-in functions (docs/language.md, "Built-in functions"). Each works on
// tensors and, where it makes sense, on compile-time numbers (`sqrt(hd)` is a
// compile-time float).
import type { SourceSpan } from '../diagnostics.ts';
import { normAxis } from '../graph/builder.ts';
import { unaryScalar } from '../graph/ops/elementwise.ts';
import { erf } from '../graph/ops/erf.ts';
import { fmtShape, type NodeId, type UnaryOp } from '../graph/types.ts';
import type { CallExpr } from '../syntax/ast.ts';
import { asDType, commonDType, numericIr, tensorOf, unaryMath } from './arith.ts';
import { type ArgVal, bindArgs, evalArgs, type ParamSpec } from './call.ts';
import { type Ctx, err } from './context.ts';
import { binScalar, meanOf, select } from './emit.ts';
import { callEinsum } from './einsum.ts';
import { ROUTING_BUILTINS } from './builtins-routing.ts';
import { callSpike } from './spike.ts';
import { STAT_BUILTINS } from './stats.ts';
import { historyOf } from './recurrent.ts';
import { cacheOf, decodeAttention, inferenceOf, positionsOf } from './decode.ts';
import type { Env } from './scope.ts';
import { type Value, check, describe, expectBool, expectInt, expectIntList, expectNumber, float, int, isNum } from './values.ts';

export type Args = Map<string, ArgVal>;

export interface Builtin {
  params: readonly ParamSpec[];
  flags?: readonly string[];
  run(ctx: Ctx, a: Args, span: SourceSpan, env: Env): Value;
}

export const req = (name: string): ParamSpec => ({ name, required: true });
export const opt = (name: string): ParamSpec => ({ name, required: false });

export const T = (id: NodeId): Value => ({ kind: 'tensor', id });

export function tensorArg(ctx: Ctx, a: Args, name: string, fn: string): NodeId {
  const arg = a.get(name)!;
  return tensorOf(ctx, arg.value, `${fn}: ${name}`, arg.span);
}

const MATH: Record<string, [UnaryOp, (x: number) => number]> = {
  exp: ['exp', Math.exp],
  log: ['log', Math.log],
  sqrt: ['sqrt', Math.sqrt],
  rsqrt: ['rsqrt', (x) => 1 / Math.sqrt(x)],
  sin: ['sin', Math.sin],
  cos: ['cos', Math.cos],
  tanh: ['tanh', Math.tanh],
  erf: ['erf', erf],
  abs: ['abs', Math.abs],
  sign: ['sign', Math.sign],
  floor: ['floor', Math.floor],
  atan: ['atan', Math.atan],
  log1p: ['log1p', Math.log1p],
  expm1: ['expm1', Math.expm1],
  softplus: ['softplus', unaryScalar('softplus')],
  sigmoid: ['sigmoid', unaryScalar('sigmoid')],
};

function mathBuiltin(name: string, op: UnaryOp, f: (x: number) => number): Builtin {
  return {
    params: [req('x')],
    run(ctx, a) {
      const x = a.get('x')!;
      const v = x.value;
      if (isNum(v)) {
        const r = f(v.v);
        const keepsInt = name === 'floor' || (v.kind === 'int' && (name === 'abs' || name === 'sign'));
        return keepsInt ? int(r) : float(r);
      }
      if (v.kind !== 'tensor') throw err(`${name}: expected a tensor or a number, got ${describe(v)}`, x.span, 'E-type');
      return T(unaryMath(ctx, op, v.id));
    },
  };
}

/** Reduction axes: an int, a list of ints, or (omitted) every axis. */
function axesOf(ctx: Ctx, a: Args, x: NodeId, fn: string): number[] {
  const rank = ctx.b.shape(x).length;
  const arg = a.get('axis');
  if (!arg) return [...Array(rank).keys()];
  const v = arg.value;
  const list = v.kind === 'list' ? expectIntList(v, `${fn}: axis`, arg.span) : [expectInt(v, `${fn}: axis`, arg.span)];
  return list.map((ax) => {
    if (ax < -rank || ax >= rank) throw err(`${fn}: axis ${ax} is out of range for a tensor of rank ${rank} ${fmtShape(ctx.b.shape(x))}`, arg.span, 'E-shape');
    return ax < 0 ? ax + rank : ax;
  });
}

function reduction(kind: 'sum' | 'max' | 'min' | 'mean'): Builtin {
  return {
    params: [req('x'), opt('axis'), opt('keep')],
    flags: ['keep'],
    run(ctx, a) {
      let x = tensorArg(ctx, a, 'x', kind);
      const keepArg = a.get('keep');
      const keep = keepArg ? expectBool(keepArg.value, `${kind}: keep`, keepArg.span) : false;
      const axes = axesOf(ctx, a, x, kind);
      const dt = ctx.b.type(x).dtype;
      if (kind === 'mean') x = ctx.b.cast(x, 'f32');
      else if (dt === 'bool') x = ctx.b.cast(x, 'i32');
      if (axes.length === 0) return T(x);
      const B = ctx.b;
      switch (kind) {
        case 'sum': return T(B.reduce('sum', x, axes, keep));
        case 'mean': return T(meanOf(B, x, axes, keep));
        case 'max': return T(B.reduce('max', x, axes, keep));
        case 'min': return T(B.unary('neg', B.reduce('max', B.unary('neg', x), axes, keep)));
      }
    },
  };
}

function minmax(op: 'max' | 'min'): Builtin {
  return {
    params: [req('a'), req('b')],
    run(ctx, a, span) {
      const x = a.get('a')!.value;
      const y = a.get('b')!.value;
      if (isNum(x) && isNum(y)) {
        const r = op === 'max' ? Math.max(x.v, y.v) : Math.min(x.v, y.v);
        return x.kind === 'int' && y.kind === 'int' ? int(r) : float(r);
      }
      return T(numericIr(ctx, op, x, y, span));
    },
  };
}

const BUILTINS: Record<string, Builtin> = {
  ...Object.fromEntries(Object.entries(MATH).map(([n, [op, f]]) => [n, mathBuiltin(n, op, f)])),
  maximum: minmax('max'),
  minimum: minmax('min'),
  where: {
    params: [req('cond'), req('a'), req('b')],
    run(ctx, a, span) {
      const c = a.get('cond')!;
      const x = a.get('a')!.value;
      const y = a.get('b')!.value;
      if (c.value.kind === 'bool') return c.value.v ? x : y;
      const cond = tensorOf(ctx, c.value, 'where: cond', c.span);
      const ct = ctx.b.type(cond);
      if (ct.dtype !== 'bool') throw err(`where: the condition must be a bool tensor, got ${ct.dtype}${fmtShape(ct.shape)} (compare it, e.g. c != 0)`, c.span, 'E-type');
      const dt = commonDType(ctx, [x, y]);
      return T(select(ctx.b, cond, asDType(ctx, x, dt, 'where: a', span), asDType(ctx, y, dt, 'where: b', span)));
    },
  },
  sum: reduction('sum'),
  max: reduction('max'),
  min: reduction('min'),
  mean: reduction('mean'),
  reshape: {
    params: [req('x'), req('shape')],
    run(ctx, a) {
      const x = tensorArg(ctx, a, 'x', 'reshape');
      const s = a.get('shape')!;
      const shape = expectIntList(s.value, 'reshape: shape', s.span);
      if (shape.some((d) => d < -1)) throw err(`reshape: bad shape ${fmtShape(shape)}; sizes are ints ≥ 0 or a single -1`, s.span, 'E-shape');
      return T(ctx.b.reshape(x, shape));
    },
  },
  transpose: {
    params: [req('x'), opt('perm')],
    run(ctx, a) {
      const x = tensorArg(ctx, a, 'x', 'transpose');
      const rank = ctx.b.shape(x).length;
      const p = a.get('perm');
      const perm = p ? expectIntList(p.value, 'transpose: perm', p.span).map((d) => (d < 0 ? d + rank : d)) : [...Array(rank).keys()].reverse();
      const ok = perm.length === rank && [...perm].sort((m, n) => m - n).every((d, i) => d === i);
      if (!ok) throw err(`transpose: ${fmtShape(perm)} is not a permutation of ${rank} axes`, p?.span, 'E-shape');
      return T(ctx.b.permute(x, perm));
    },
  },
  broadcast: {
    params: [req('x'), req('shape')],
    run(ctx, a) {
      const s = a.get('shape')!;
      return T(ctx.b.broadcastTo(tensorArg(ctx, a, 'x', 'broadcast'), expectIntList(s.value, 'broadcast: shape', s.span)));
    },
  },
  concat: {
    params: [req('xs'), opt('axis')],
    run(ctx, a) {
      const xs = a.get('xs')!;
      if (xs.value.kind !== 'list' || xs.value.items.length === 0) throw err(`concat: expected a non-empty list of tensors, got ${describe(xs.value)}`, xs.span, 'E-type');
      const items = xs.value.items;
      const dt = commonDType(ctx, items);
      const ts = items.map((v, i) => asDType(ctx, v, dt, `concat: item ${i + 1}`, xs.span));
      const ax = a.get('axis');
      return T(ctx.b.concat(ts, ax ? expectInt(ax.value, 'concat: axis', ax.span) : 0));
    },
  },
  arange: {
    params: [req('start'), opt('stop')],
    run(ctx, a) {
      const s = a.get('start')!;
      const e = a.get('stop');
      const lo = e ? expectInt(s.value, 'arange: start', s.span) : 0;
      const hi = e ? expectInt(e.value, 'arange: stop', e.span) : expectInt(s.value, 'arange: n', s.span);
      if (hi < lo) throw err(`arange: ${e ? `stop ${hi} is below start ${lo}` : `n must be ≥ 0, got ${hi}`}`, (e ?? s).span, 'E-value');
      const io = ctx.b.iota([hi - lo], 0, 'i32');
      return T(lo === 0 ? io : binScalar(ctx.b, 'add', io, lo));
    },
  },
  float: {
    params: [req('x')],
    run(ctx, a) {
      const v = a.get('x')!.value;
      if (isNum(v)) return float(v.v);
      if (v.kind === 'bool') return float(v.v ? 1 : 0);
      return T(ctx.b.cast(tensorArg(ctx, a, 'x', 'float'), 'f32'));
    },
  },
  int: {
    params: [req('x')],
    run(ctx, a) {
      const v = a.get('x')!.value;
      if (isNum(v)) return int(Math.trunc(v.v));
      if (v.kind === 'bool') return int(v.v ? 1 : 0);
      return T(ctx.b.cast(tensorArg(ctx, a, 'x', 'int'), 'i32'));
    },
  },
  stop_grad: {
    params: [req('x')],
    run(ctx, a) {
      const v = a.get('x')!.value;
      return v.kind === 'tensor' ? T(ctx.b.stopGrad(v.id)) : v;
    },
  },
  grad_as: {
    params: [req('value'), req('surrogate')],
    run(ctx, a) {
      return T(ctx.b.gradAs(tensorArg(ctx, a, 'value', 'grad_as'), tensorArg(ctx, a, 'surrogate', 'grad_as')));
    },
  },
  shape: {
    params: [req('x'), opt('axis')],
    run(ctx, a) {
      const x = tensorArg(ctx, a, 'x', 'shape');
      const shape = ctx.b.shape(x);
      const ax = a.get('axis');
      if (!ax) return { kind: 'list', items: shape.map(int) };
      return int(shape[normAxis(expectInt(ax.value, 'shape: axis', ax.span), shape.length, ax.span)]!);
    },
  },
  // One structured op (graph/ops/attention.ts) so fusion runs it as one kernel without the score matrix.
  scaled_dot_product_attention: {
    params: [req('q'), req('k'), req('v'), opt('causal'), opt('window'), opt('scale')],
    flags: ['causal'],
    run(ctx, a, span) {
      const fn = 'scaled_dot_product_attention';
      const [q, k, v] = (['q', 'k', 'v'] as const).map((n) => tensorArg(ctx, a, n, fn)) as [NodeId, NodeId, NodeId];
      const causalArg = a.get('causal');
      const causal = causalArg ? expectBool(causalArg.value, `${fn}: causal`, causalArg.span) : true;
      const windowArg = a.get('window');
      const window = windowArg ? expectInt(windowArg.value, `${fn}: window`, windowArg.span) : 0;
      if (window < 0) throw err(`${fn}: window must be ≥ 0 (0: no window), got ${window}`, windowArg!.span, 'E-value');
      const scaleArg = a.get('scale');
      const K = ctx.b.shape(q).at(-1) ?? 1;
      const scale = scaleArg && scaleArg.value.kind !== 'none' ? expectNumber(scaleArg.value, `${fn}: scale`, scaleArg.span) : 1 / Math.sqrt(K);
      // A decode program's mask depends on the runtime position (compiler/elaborate/decode.ts).
      if (inferenceOf(ctx)?.kind === 'decode') return T(decodeAttention(ctx, q, k, v, { causal, window, scale }, span));
      return T(ctx.b.attention({ part: 'out', causal, window, scale }, [q, k, v]));
    },
  },
  // Inference programs (docs/decoding.md): the tokens' absolute positions, and a layer's key/value cache.
  positions: {
    params: [req('n')],
    run(ctx, a, span) {
      const n = a.get('n')!;
      const size = expectInt(n.value, 'positions: n', n.span);
      if (size < 1) throw err(`positions: n must be ≥ 1, got ${size}`, n.span, 'E-value');
      return T(positionsOf(ctx, size, span));
    },
  },
  cache: {
    params: [req('x'), req('name')],
    run(ctx, a, span, env) {
      const name = a.get('name')!;
      if (name.value.kind !== 'str') throw err(`cache: name must be a string, got ${describe(name.value)}`, name.span, 'E-type');
      return T(cacheOf(ctx, env, tensorArg(ctx, a, 'x', 'cache'), name.value.v, span));
    },
  },
  // Recurrent models' inference state (compiler/elaborate/recurrent.ts): x with its n previous positions in front.
  history: {
    params: [req('x'), req('n')],
    run(ctx, a, span) {
      const n = a.get('n')!;
      return T(historyOf(ctx, tensorArg(ctx, a, 'x', 'history'), expectInt(n.value, 'history: n', n.span), span));
    },
  },
  ...ROUTING_BUILTINS,
  ...STAT_BUILTINS,
  rank: {
    params: [req('x')],
    run(ctx, a) {
      return int(ctx.b.shape(tensorArg(ctx, a, 'x', 'rank')).length);
    },
  },
  len: {
    params: [req('x')],
    run(_ctx, a) {
      const x = a.get('x')!;
      const v = x.value;
      if (v.kind === 'list') return int(v.items.length);
      if (v.kind === 'str') return int(v.v.length);
      if (v.kind === 'group') return int(v.items.length);
      throw err(`len: expected a list, a string or a repeated group, got ${describe(v)}`, x.span, 'E-type');
    },
  },
};

export function isBuiltin(name: string): boolean {
  return name === 'einsum' || name === 'spike' || Object.prototype.hasOwnProperty.call(BUILTINS, name);
}

export function builtinFlags(name: string): ReadonlySet<string> {
  return new Set(BUILTINS[name]?.flags ?? []);
}

export function callBuiltin(ctx: Ctx, env: Env, name: string, call: CallExpr, flags: ReadonlySet<string>): Value {
  if (name === 'einsum') return callEinsum(ctx, env, call);
  // The surrogate argument is read from the source (spike.ts), so spike binds its own arguments.
  if (name === 'spike') return callSpike(ctx, env, call);
  const b = BUILTINS[name]!;
  const args = evalArgs(ctx, env, call, flags);
  const bound = bindArgs(name, b.params, args, call.span);
  return check(b.run(ctx, bound, call.span, env));
}

