// Expression evaluation: names, literals, operators, conditionals, member
// access, indexing and calls. Every graph node created while evaluating an
// expression carries that expression's span.
import type { Expr, MemberExpr, NameExpr } from '../syntax/ast.ts';
import { binaryValue, unaryValue } from './arith.ts';
import { isBuiltin } from './builtins.ts';
import { evalCall } from './call.ts';
import { type Ctx, err, MAX_EVAL_DEPTH } from './context.ts';
import { evalIndex } from './index-expr.ts';
import { evalScan } from './scan.ts';
import { type Env, didYouMean } from './scope.ts';
import { type Value, bool, check, describe, expectBool, float, int } from './values.ts';

export function evalExpr(ctx: Ctx, env: Env, e: Expr): Value {
  ctx.checkBudget(e.span);
  if (ctx.evalDepth >= MAX_EVAL_DEPTH) {
    throw err(`expressions nest more than ${MAX_EVAL_DEPTH.toLocaleString('en-US')} levels deep, counting the bodies of the calls they make; is a recursion too deep?`, e.span, 'E-limit');
  }
  ctx.evalDepth++;
  try {
    const v = ctx.b.at(e.span, () => evalInner(ctx, env, e));
    ctx.checkNodes(e.span);
    return v;
  } finally {
    ctx.evalDepth--;
  }
}

function evalInner(ctx: Ctx, env: Env, e: Expr): Value {
  switch (e.kind) {
    case 'num':
      return e.isInt ? int(e.value) : float(e.value);
    case 'str':
      return { kind: 'str', v: e.value };
    case 'bool':
      return bool(e.value);
    case 'name':
      return lookupName(ctx, env, e);
    case 'list':
      return { kind: 'list', items: e.items.map((x) => check(evalExpr(ctx, env, x))) };
    case 'unary':
      return unaryValue(ctx, e.op, evalExpr(ctx, env, e.operand), e.span);
    case 'binary': {
      const a = evalExpr(ctx, env, e.left);
      // Compile-time `and`/`or` short-circuit, so `n > 0 and xs[n - 1] ...` is safe.
      if ((e.op === 'and' || e.op === 'or') && a.kind === 'bool' && a.v === (e.op === 'or')) return a;
      const b = evalExpr(ctx, env, e.right);
      return binaryValue(ctx, e.op, a, b, e.span);
    }
    case 'cond': {
      const c = check(evalExpr(ctx, env, e.cond));
      if (c.kind === 'tensor') {
        throw err("'if ... then ... else' needs a compile-time condition; use where(c, a, b) to choose between tensors elementwise", e.cond.span, 'E-type');
      }
      return expectBool(c, 'the condition', e.cond.span) ? evalExpr(ctx, env, e.then) : evalExpr(ctx, env, e.else);
    }
    case 'member':
      return evalMember(ctx, env, e);
    case 'index':
      return evalIndex(ctx, env, e);
    case 'call':
      return evalCall(ctx, env, e);
    case 'scan':
      return evalScan(ctx, env, e);
  }
}

/** The value a name has in `env`, or undefined when it names nothing. */
export function tryLookup(ctx: Ctx, env: Env, name: string): Value | undefined {
  const local = env.locals?.get(name);
  if (local) return local;
  const member = env.inst?.members.get(name);
  if (member) return member;
  const entry = env.module.names.get(name);
  if (entry) {
    const item = entry.item;
    if (item.kind === 'fn') return { kind: 'fn', fn: item, module: entry.module };
    if (item.kind === 'block') return { kind: 'block', block: item, module: entry.module };
    const cached = ctx.letCache.get(item);
    if (cached) return cached;
    if (ctx.letActive.has(item)) throw err(`constant '${name}' is defined in terms of itself`, item.span, 'E-name');
    ctx.letActive.add(item);
    try {
      const v = check(evalExpr(ctx, { locals: null, inst: null, module: entry.module }, item.value));
      ctx.letCache.set(item, v);
      return v;
    } finally {
      ctx.letActive.delete(item);
    }
  }
  if (isBuiltin(name)) return { kind: 'builtin', name };
  return undefined;
}

/** Every name visible in `env`, for suggestions. */
export function visibleNames(env: Env): string[] {
  return [...(env.locals?.keys() ?? []), ...(env.inst?.members.keys() ?? []), ...env.module.names.keys()];
}

function lookupName(ctx: Ctx, env: Env, e: NameExpr): Value {
  const v = tryLookup(ctx, env, e.name);
  if (v) return v;
  throw err(`unknown name '${e.name}'${didYouMean(e.name, [...visibleNames(env), ...builtinNames()])}`, e.span, 'E-name');
}

let builtinList: string[] | undefined;
function builtinNames(): string[] {
  builtinList ??= ['exp', 'log', 'sqrt', 'rsqrt', 'sin', 'cos', 'tanh', 'erf', 'abs', 'sign', 'floor', 'atan', 'log1p', 'expm1', 'softplus', 'sigmoid', 'spike', 'maximum', 'minimum', 'where', 'sum', 'max', 'min', 'mean', 'einsum', 'reshape', 'transpose', 'broadcast', 'concat', 'arange', 'float', 'int', 'stop_grad', 'grad_as', 'scaled_dot_product_attention', 'shape', 'rank', 'len'];
  return builtinList;
}

function evalMember(ctx: Ctx, env: Env, e: MemberExpr): Value {
  const obj = check(evalExpr(ctx, env, e.object));
  const span = e.nameSpan ?? e.span;
  if (obj.kind === 'instance') {
    const v = obj.inst.members.get(e.name);
    if (v) return v;
    throw err(`${obj.inst.block.name} has no member '${e.name}'${didYouMean(e.name, obj.inst.members.keys())}`, span, 'E-name');
  }
  if (obj.kind === 'group') throw err(`'${ctx.text(e.object)}' is a repeated group; pick one first, e.g. ${ctx.text(e.object)}[0].${e.name}`, span, 'E-type');
  if (obj.kind === 'tensor') throw err(`tensors have no members ('${e.name}'); use shape(x, axis) or rank(x)`, span, 'E-type');
  throw err(`${describe(obj)} has no members ('${e.name}')`, span, 'E-type');
}
