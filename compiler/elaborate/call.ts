// Calls: argument evaluation (with bare flags), binding arguments to
// parameters, and dispatch on the callee (builtin, function, method, block
// instance, repeated group). Functions and methods are inlined (invoke.ts).
import type { SourceSpan } from '../diagnostics.ts';
import type { CallExpr, Expr, MethodDecl, ValueParam } from '../syntax/ast.ts';
import { builtinFlags, callBuiltin } from './builtins.ts';
import { type Ctx, err } from './context.ts';
import { evalExpr, tryLookup } from './expr.ts';
import { invoke, type Callee } from './invoke.ts';
import { type Env, didYouMean } from './scope.ts';
import { type Instance, type Value, bool, check, describe } from './values.ts';

export interface ArgVal {
  name?: string;
  value: Value;
  span: SourceSpan;
  expr?: Expr;
}

export interface ParamSpec {
  name: string;
  required: boolean;
}

/** Evaluate call arguments; a bare name that is unbound and names a bool parameter of the callee is `name=true`. */
export function evalArgs(ctx: Ctx, env: Env, call: CallExpr, flags: ReadonlySet<string>): ArgVal[] {
  return call.args.map((a) => {
    if (!a.name && a.value.kind === 'name' && flags.has(a.value.name) && tryLookup(ctx, env, a.value.name) === undefined) {
      return { name: a.value.name, value: bool(true), span: a.span, expr: a.value };
    }
    return { ...(a.name ? { name: a.name } : {}), value: check(evalExpr(ctx, env, a.value)), span: a.span, expr: a.value };
  });
}

/** Match arguments to parameters by position, then keyword. */
export function bindArgs(what: string, params: readonly ParamSpec[], args: readonly ArgVal[], callSpan: SourceSpan): Map<string, ArgVal> {
  const out = new Map<string, ArgVal>();
  const positional = args.filter((a) => !a.name);
  if (positional.length > params.length) {
    const required = params.filter((p) => p.required).length;
    const expected = required === params.length ? `${params.length}` : `at most ${params.length}`;
    const n = positional.length;
    throw err(`${what}: expected ${expected} argument${params.length === 1 ? '' : 's'}, got ${n}`, positional[params.length]!.span, 'E-arity');
  }
  positional.forEach((a, i) => out.set(params[i]!.name, a));
  for (const a of args) {
    if (!a.name) continue;
    if (!params.some((p) => p.name === a.name)) {
      throw err(`${what}: unknown keyword argument '${a.name}'${didYouMean(a.name, params.map((p) => p.name))}`, a.span, 'E-arity');
    }
    if (out.has(a.name)) throw err(`${what}: argument '${a.name}' given twice`, a.span, 'E-arity');
    out.set(a.name, a);
  }
  for (const p of params) {
    if (p.required && !out.has(p.name)) throw err(`${what}: missing argument '${p.name}'`, callSpan, 'E-arity');
  }
  return out;
}

export function paramSpecs(params: readonly ValueParam[]): ParamSpec[] {
  return params.map((p) => ({ name: p.name, required: p.default === undefined }));
}

/** Parameters with a `true`/`false` default: they can be passed as bare flags. */
export function paramFlags(params: readonly ValueParam[]): Set<string> {
  return new Set(params.filter((p) => p.default?.kind === 'bool').map((p) => p.name));
}

export function methodCallee(inst: Instance, m: MethodDecl): Callee {
  return {
    label: `${inst.block.name}.${m.name}`,
    params: m.params,
    body: m.body,
    ...(m.returnType ? { returnType: m.returnType } : {}),
    inst,
    module: inst.module,
    nameSpan: m.nameSpan,
  };
}

function forwardOf(inst: Instance, span: SourceSpan, text: string): MethodDecl {
  const f = inst.members.get('forward');
  if (f?.kind === 'method') return f.method;
  throw err(`'${text}' is an instance of ${inst.block.name}, which has no forward method to call`, span, 'E-type');
}

export function evalCall(ctx: Ctx, env: Env, call: CallExpr): Value {
  const callee = check(evalExpr(ctx, env, call.callee));
  return callValue(ctx, env, callee, call);
}

export function callValue(ctx: Ctx, env: Env, f: Value, call: CallExpr): Value {
  const text = ctx.text(call.callee);
  switch (f.kind) {
    case 'builtin':
      return callBuiltin(ctx, env, f.name, call, builtinFlags(f.name));
    case 'fn': {
      const args = evalArgs(ctx, env, call, paramFlags(f.fn.params));
      const bound = bindArgs(f.fn.name, paramSpecs(f.fn.params), args, call.span);
      const callee: Callee = {
        label: f.fn.name,
        params: f.fn.params,
        body: f.fn.body,
        ...(f.fn.returnType ? { returnType: f.fn.returnType } : {}),
        inst: null,
        module: f.module,
        nameSpan: f.fn.nameSpan,
      };
      return invoke(ctx, callee, bound, call.span);
    }
    case 'method':
      return callMethod(ctx, env, f.inst, f.method, call);
    case 'instance':
      return callMethod(ctx, env, f.inst, forwardOf(f.inst, call.callee.span, text), call);
    case 'group': {
      if (f.items.length === 0) {
        // An empty repeat is the identity on its first argument.
        const args = evalArgs(ctx, env, call, new Set());
        const first = args.find((a) => !a.name);
        if (!first) throw err(`'${text}' (an empty repeated group) needs an argument`, call.span, 'E-arity');
        return first.value;
      }
      const fwd = forwardOf(f.items[0]!, call.callee.span, text);
      const args = evalArgs(ctx, env, call, paramFlags(fwd.params));
      const firstPos = args.findIndex((a) => !a.name);
      if (firstPos < 0) throw err(`'${text}': a repeated group passes its first argument through every block; none was given`, call.span, 'E-arity');
      let x = args[firstPos]!.value;
      const n = f.items.length;
      for (const inst of f.items) {
        const before = inst === f.items[0] && n > 1 ? ctx.usage(call.span) : undefined;
        const m = forwardOf(inst, call.callee.span, text);
        const mine = args.map((a, i) => (i === firstPos ? { ...a, value: x } : a));
        x = invoke(ctx, methodCallee(inst, m), bindArgs(`${inst.block.name}.forward`, paramSpecs(m.params), mine, call.span), call.span);
        // The first call measures one; the others are refused before they are inlined if they would not fit.
        if (before) ctx.project(`${f.path}: calling repeat(${n}) ${inst.block.name}`, n, before, `per ${inst.block.name}.forward`, call.span);
      }
      return x;
    }
    case 'block':
      throw err(`block ${f.block.name} is instantiated as a block member (\`name = ${f.block.name}(...)\`), not called inside a body`, call.callee.span, 'E-type');
    default:
      throw err(`'${text}' is ${describe(f)}, not something that can be called`, call.callee.span, 'E-type');
  }
}

function callMethod(ctx: Ctx, env: Env, inst: Instance, m: MethodDecl, call: CallExpr): Value {
  const callee = methodCallee(inst, m);
  const args = evalArgs(ctx, env, call, paramFlags(m.params));
  return invoke(ctx, callee, bindArgs(callee.label, paramSpecs(m.params), args, call.span), call.span);
}
