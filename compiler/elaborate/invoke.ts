// Inlining a function or method: bind parameters (checking typed ones against
// their tensor types, which binds symbolic dims like B and T as locals), run
// the body's statements (compile-time `if`, unrolled `for`), check the result
// against the declared return type.
import { CompileError, type SourceSpan } from '../diagnostics.ts';
import { fmtType, type TensorType } from '../graph/types.ts';
import type { Body, Expr, Stmt, TensorTypeExpr, ValueParam } from '../syntax/ast.ts';
import type { ArgVal } from './call.ts';
import { type Ctx, err, MAX_CALL_DEPTH } from './context.ts';
import { BudgetError, fmtCount } from './limits.ts';
import { evalExpr, tryLookup } from './expr.ts';
import type { Env, ModuleEnv } from './scope.ts';
import { type Instance, type Value, check, describe, expectBool, expectInt, int, isNum } from './values.ts';

export interface Callee {
  /** For messages: "softmax", "Block.forward", or the bare method name at the entry. */
  label: string;
  params: readonly ValueParam[];
  body: Body;
  returnType?: TensorTypeExpr;
  inst: Instance | null;
  module: ModuleEnv;
  nameSpan: SourceSpan;
}

/** Inline `callee` with bound arguments. `callSpan` is the call (or, at the entry, the method's name). */
export function invoke(ctx: Ctx, callee: Callee, bound: ReadonlyMap<string, ArgVal>, callSpan: SourceSpan): Value {
  if (ctx.callDepth >= MAX_CALL_DEPTH) {
    throw err(`recursion limit: calls nest more than ${MAX_CALL_DEPTH} deep (calling ${callee.label})`, callSpan, 'E-limit');
  }
  ctx.callDepth++;
  const locals = new Map<string, Value>();
  const env: Env = { locals, inst: callee.inst, module: callee.module };
  try {
    for (const p of callee.params) {
      const a = bound.get(p.name);
      let v = a ? a.value : check(evalExpr(ctx, env, p.default!));
      if (p.type) {
        const span = a?.span ?? p.type.span;
        if (isNum(v) && p.type.dims.length === 0) {
          // A number passed for a scalar tensor parameter becomes a constant.
          const n = v.v;
          v = { kind: 'tensor', id: ctx.b.at(span, () => ctx.b.constant(n, [], p.type!.dtype ?? 'f32')) };
        }
        if (v.kind !== 'tensor') {
          throw err(`${callee.label}: argument ${p.name} must be a tensor ${ctx.text(p.type)}, got ${describe(v)}`, span, 'E-type');
        }
        unify(ctx, env, p.type, ctx.b.type(v.id), `${callee.label}: argument ${p.name}`, 'its type says', span);
      }
      locals.set(p.name, v);
    }
    const result = runBody(ctx, env, callee.body, callee.label, callee.nameSpan);
    if (callee.returnType) {
      const rt = callee.returnType;
      if (result.kind !== 'tensor') throw err(`${callee.label}: result is ${describe(result)} but its return type says ${ctx.text(rt)}`, rt.span, 'E-type');
      unify(ctx, env, rt, ctx.b.type(result.id), `${callee.label}: result`, 'its return type says', rt.span);
    }
    return result;
  } catch (e) {
    if (e instanceof CompileError && e.span && e.span.file !== callSpan.file && callee.nameSpan.file !== callSpan.file) {
      ctx.trail.set(e, { label: callee.label, span: callSpan });
    }
    throw e;
  } finally {
    ctx.callDepth--;
  }
}

export function runBody(ctx: Ctx, env: Env, body: Body, label: string, nameSpan: SourceSpan): Value {
  if (body.kind === 'expr') return check(evalExpr(ctx, env, body.expr));
  const r = runStmts(ctx, env, body.stmts);
  if (r === undefined) throw err(`${label} ends without a return`, nameSpan, 'E-return');
  return r;
}

/** Run statements; the returned value when a `return` ran, else undefined. Names live in one flat scope per call. */
export function runStmts(ctx: Ctx, env: Env, stmts: readonly Stmt[]): Value | undefined {
  const locals = env.locals!;
  for (const s of stmts) {
    switch (s.kind) {
      case 'let':
      case 'assign':
        locals.set(s.name, check(evalExpr(ctx, env, s.value)));
        break;
      case 'return':
        return check(evalExpr(ctx, env, s.value));
      case 'yield':
        throw err("'yield' ends the body of a scan: it may only be the last statement of 'scan t over T with ... { ... }'", s.span, 'E-scan');
      case 'if': {
        const c = check(evalExpr(ctx, env, s.cond));
        if (c.kind === 'tensor') throw err("'if' needs a compile-time condition; use where(c, a, b) to choose between tensors elementwise", s.cond.span, 'E-type');
        const branch = expectBool(c, 'the condition', s.cond.span) ? s.then : s.else;
        if (branch) {
          const r = runStmts(ctx, env, branch);
          if (r !== undefined) return r;
        }
        break;
      }
      case 'for': {
        const a = expectInt(check(evalExpr(ctx, env, s.start)), 'the loop start', s.start.span);
        const b = expectInt(check(evalExpr(ctx, env, s.end)), 'the loop end', s.end.span);
        const max = ctx.limits.maxLoopIterations;
        if (!(b - a <= max)) {
          throw new BudgetError(`for: ${fmtCount(b - a)} iterations exceed the limit of ${fmtCount(max)} (loops are unrolled; ElaborateOptions.limits.maxLoopIterations)`, s.span);
        }
        for (let i = a; i < b; i++) {
          const before = i === a && b - a > 1 ? ctx.usage(s.span) : undefined;
          locals.set(s.var, int(i));
          const r = runStmts(ctx, env, s.body);
          if (r !== undefined) return r;
          // The first iteration measures one; the rest are refused before they are unrolled if they would not fit.
          if (before) ctx.project(`for: ${fmtCount(b - a)} iterations`, b - a, before, 'per iteration', s.span);
        }
        break;
      }
    }
  }
  return undefined;
}

/**
 * Check `actual` against a declared type. A dim that is a bare unbound name is
 * bound (as a local int of `env`); every other dim must evaluate to the actual size.
 * The message reads `${head} is i32[2, 8] but ${says} i32[B, T] with T = 16`.
 */
export function unify(ctx: Ctx, env: Env, te: TensorTypeExpr, actual: TensorType, head: string, says: string, span: SourceSpan): void {
  const fail = (names: string[] = []): never => {
    const known = names.flatMap((n) => {
      const v = tryLookup(ctx, env, n);
      return v && v.kind === 'int' ? [`${n} = ${v.v}`] : [];
    });
    const withPart = known.length ? ` with ${[...new Set(known)].join(', ')}` : '';
    throw err(`${head} is ${fmtType(actual)} but ${says} ${ctx.text(te)}${withPart}`, span, 'E-type');
  };
  if ((te.dtype ?? 'f32') !== actual.dtype) fail();
  const ells = te.dims.filter((d) => d.kind === 'ellipsis').length;
  if (ells > 1) throw err(`a type may use '...' once, got ${ctx.text(te)}`, te.span, 'E-type');
  const ell = te.dims.findIndex((d) => d.kind === 'ellipsis');
  const fixed = te.dims.length - ells;
  const rank = actual.shape.length;
  if (ell < 0 ? rank !== fixed : rank < fixed) fail();
  te.dims.forEach((d, j) => {
    if (d.kind === 'ellipsis') return;
    const axis = ell < 0 || j < ell ? j : rank - (te.dims.length - j);
    const size = actual.shape[axis]!;
    if (d.expr.kind === 'name' && !isBoundDim(tryLookup(ctx, env, d.expr.name))) {
      env.locals!.set(d.expr.name, int(size));
      return;
    }
    const v = check(evalExpr(ctx, env, d.expr));
    const n = expectInt(v, `dimension ${ctx.text(d.expr)}`, d.span);
    if (n !== size) fail(namesIn(d.expr));
  });
}

/**
 * Whether a name in a type's dimension already has a value to check against.
 * Names of functions, blocks and builtins (a model called M, a dim called M)
 * do not count: in a type they are fresh dims.
 */
export function isBoundDim(v: Value | undefined): boolean {
  return v !== undefined && v.kind !== 'fn' && v.kind !== 'block' && v.kind !== 'builtin';
}

function namesIn(e: Expr): string[] {
  switch (e.kind) {
    case 'name': return [e.name];
    case 'binary': return [...namesIn(e.left), ...namesIn(e.right)];
    case 'unary': return namesIn(e.operand);
    case 'call': return e.args.flatMap((a) => namesIn(a.value));
    case 'cond': return [...namesIn(e.cond), ...namesIn(e.then), ...namesIn(e.else)];
    default: return [];
  }
}
