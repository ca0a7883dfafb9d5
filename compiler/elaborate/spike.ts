// spike(u, surrogate = atan(alpha=2.0), h0 = 0): the Heaviside step with a
// surrogate gradient (graph/ops/spike.ts). The surrogate argument is read
// from the source, not evaluated: `atan(2.0)` names the ATan surrogate with
// α = 2, not the arctangent of 2. It may be written `atan(2.0)`,
// `atan(alpha=2.0)`, a bare `atan` (its default parameter) or a string
// ("fast_sigmoid"), so a block can take the surrogate's name as a
// hyperparameter.
import type { SourceSpan } from '../diagnostics.ts';
import { SURROGATES, spike, type SpikeSpec } from '../graph/ops/spike.ts';
import type { Arg, CallExpr } from '../syntax/ast.ts';
import { tensorOf } from './arith.ts';
import { type ArgVal, bindArgs } from './call.ts';
import { type Ctx, err } from './context.ts';
import { evalExpr } from './expr.ts';
import type { Env } from './scope.ts';
import { type Value, check, describe, expectInt, expectNumber } from './values.ts';

const KNOWN = Object.entries(SURROGATES).map(([name, r]) => `${name}(${r.param})`).join(', ');

type Surrogate = Pick<SpikeSpec, 'surrogate' | 'param'>;

function ruleOf(name: string, span: SourceSpan): (typeof SURROGATES)[string] {
  const rule = Object.prototype.hasOwnProperty.call(SURROGATES, name) ? SURROGATES[name] : undefined;
  if (!rule) throw err(`spike: unknown surrogate '${name}'; expected one of ${KNOWN}`, span, 'E-value');
  return rule;
}

/** The surrogate named by `arg`'s source: `name(p)`, `name(param=p)`, a bare name, or a string value. */
function surrogateOf(ctx: Ctx, env: Env, arg: Arg): Surrogate {
  const e = arg.value;
  if (e.kind === 'call' && e.callee.kind === 'name') {
    const name = e.callee.name;
    const rule = ruleOf(name, e.callee.span);
    if (e.args.length > 1) throw err(`spike: surrogate ${name} takes one argument (${rule.param}), got ${e.args.length}`, e.args[1]!.span, 'E-arity');
    const p = e.args[0];
    if (!p) return { surrogate: name, param: rule.defaultValue };
    if (p.name !== undefined && p.name !== rule.param) {
      throw err(`spike: surrogate ${name} has no parameter '${p.name}'; its parameter is ${rule.param}`, p.span, 'E-arity');
    }
    const value = expectNumber(check(evalExpr(ctx, env, p.value)), `spike: ${name} ${rule.param}`, p.span);
    if (!(value > 0) || !Number.isFinite(value)) throw err(`spike: ${name} ${rule.param} must be a positive number, got ${value}`, p.span, 'E-value');
    return { surrogate: name, param: value };
  }
  if (e.kind === 'name' && Object.prototype.hasOwnProperty.call(SURROGATES, e.name)) {
    return { surrogate: e.name, param: SURROGATES[e.name]!.defaultValue };
  }
  const v = check(evalExpr(ctx, env, e));
  if (v.kind !== 'str') throw err(`spike: surrogate must be one of ${KNOWN} (or its name as a string), got ${describe(v)}`, arg.span, 'E-type');
  return { surrogate: v.v, param: ruleOf(v.v, arg.span).defaultValue };
}

export function callSpike(ctx: Ctx, env: Env, call: CallExpr): Value {
  const positional = call.args.filter((a) => !a.name);
  const surrogateArg = call.args.find((a) => a.name === 'surrogate') ?? positional[1];
  const surrogate = surrogateArg ? surrogateOf(ctx, env, surrogateArg) : { surrogate: 'atan', param: SURROGATES.atan!.defaultValue };
  // Bind the rest by the usual rules; the surrogate's slot holds a placeholder so positions and duplicates are checked.
  const args: ArgVal[] = call.args.map((a) => ({
    ...(a.name ? { name: a.name } : {}),
    value: a === surrogateArg ? { kind: 'none' } : check(evalExpr(ctx, env, a.value)),
    span: a.span,
    expr: a.value,
  }));
  const bound = bindArgs('spike', [{ name: 'u', required: true }, { name: 'surrogate', required: false }, { name: 'h0', required: false }], args, call.span);
  const u = bound.get('u')!;
  const h0Arg = bound.get('h0');
  const h0 = h0Arg ? expectInt(h0Arg.value, 'spike: h0', h0Arg.span) : 0;
  if (h0 !== 0 && h0 !== 1) throw err(`spike: h0 (the value of H(0)) must be 0 or 1, got ${h0}`, h0Arg!.span, 'E-value');
  const x = tensorOf(ctx, u.value, 'spike: u', u.span);
  const f = ctx.b.type(x).dtype === 'f32' ? x : ctx.b.cast(x, 'f32');
  return { kind: 'tensor', id: spike(ctx.b, f, { ...surrogate, h0 }) };
}
