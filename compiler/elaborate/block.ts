// Block instantiation: hyperparameters (positional, keyword, flags, defaults
// that see earlier hyperparameters, config overrides), then members in order:
// constants, params (hierarchically named graph leaves with an InitSpec),
// sub-blocks and repeated groups, compile-time member `if`, methods. Each
// member that fails is reported on its own and poisons only its name.
import { CompileError, type Diagnostic, type SourceSpan } from '../diagnostics.ts';
import type { InitSpec } from '../graph/types.ts';
import type { BlockItem, BlockMember, CallExpr, Expr, HyperParam } from '../syntax/ast.ts';
import { type ArgVal, bindArgs, evalArgs } from './call.ts';
import { type Ctx, err, MAX_INSTANCE_DEPTH } from './context.ts';
import { evalExpr } from './expr.ts';
import { BudgetError, limitText } from './limits.ts';
import { type Env, didYouMean, dup, type ModuleEnv } from './scope.ts';
import { type Instance, type Value, check, describe, expectBool, expectInt, expectNumber, float, show } from './values.ts';

/** Check (and for floats, convert) a hyperparameter's value against its declared type. */
function checkHyper(block: string, hp: HyperParam, v: Value, span: SourceSpan): Value {
  check(v);
  const bad = (): never => {
    const got = v.kind === 'int' || v.kind === 'float' || v.kind === 'bool' || v.kind === 'str' ? `${v.kind === 'int' ? 'the int' : v.kind === 'float' ? 'the float' : v.kind === 'bool' ? 'the bool' : 'the string'} ${show(v)}` : describe(v);
    throw err(`${block}: hyperparameter ${hp.name} is ${hp.type === 'int' ? 'an int' : `a ${hp.type}`}, got ${got}`, span, 'E-type');
  };
  switch (hp.type) {
    case 'int': return v.kind === 'int' ? v : bad();
    case 'float': return v.kind === 'float' ? v : v.kind === 'int' ? float(v.v) : bad();
    case 'bool': return v.kind === 'bool' ? v : bad();
    case 'str': return v.kind === 'str' ? v : bad();
  }
}

/** Hyperparameter values from given arguments plus defaults (evaluated in the block's module, seeing earlier hyperparameters). */
export function resolveHypers(ctx: Ctx, block: BlockItem, module: ModuleEnv, given: ReadonlyMap<string, { value: Value; span: SourceSpan }>, missingSpan: SourceSpan): Map<string, Value> {
  const locals = new Map<string, Value>();
  const env: Env = { locals, inst: null, module };
  for (const hp of block.hyper) {
    const g = given.get(hp.name);
    if (g) locals.set(hp.name, checkHyper(block.name, hp, g.value, g.span));
    else if (hp.default) locals.set(hp.name, checkHyper(block.name, hp, check(evalExpr(ctx, env, hp.default)), hp.default.span));
    else throw err(`${block.name}: missing hyperparameter '${hp.name}'`, missingSpan, 'E-arity');
  }
  return locals;
}

/** Hyperparameters from a sub-block declaration's call `Linear(dim, 4 * dim, bias=false)`. */
export function hypersFromCall(ctx: Ctx, env: Env, block: BlockItem, module: ModuleEnv, call: CallExpr): Map<string, Value> {
  const flags = new Set(block.hyper.filter((h) => h.type === 'bool').map((h) => h.name));
  const args = evalArgs(ctx, env, call, flags);
  const bound: Map<string, ArgVal> = bindArgs(block.name, block.hyper.map((h) => ({ name: h.name, required: h.default === undefined })), args, call.span);
  return resolveHypers(ctx, block, module, bound, call.span);
}

/** Hyperparameters of the model from its defaults and a config (CLI overrides); problems go to `diagnostics`. */
export function hypersFromConfig(ctx: Ctx, block: BlockItem, module: ModuleEnv, config: Record<string, number | boolean | string>, diagnostics: Diagnostic[]): Map<string, Value> | undefined {
  const given = new Map<string, { value: Value; span: SourceSpan }>();
  let ok = true;
  for (const [key, raw] of Object.entries(config)) {
    const hp = block.hyper.find((h) => h.name === key);
    if (!hp) {
      const known = block.hyper.map((h) => h.name);
      diagnostics.push({ severity: 'error', code: 'E-config', span: block.nameSpan, message: `config: model ${block.name} has no hyperparameter '${key}'${didYouMean(key, known)}; it has ${known.join(', ') || 'none'}` });
      ok = false;
      continue;
    }
    const v = configValue(hp, raw);
    if (!v) {
      diagnostics.push({ severity: 'error', code: 'E-config', span: hp.nameSpan ?? hp.span, message: `config: ${key} is ${hp.type === 'int' ? 'an int' : `a ${hp.type}`}, got ${JSON.stringify(raw)}` });
      ok = false;
      continue;
    }
    given.set(key, { value: v, span: hp.span });
  }
  if (!ok) return undefined;
  try {
    return resolveHypers(ctx, block, module, given, block.nameSpan);
  } catch (e) {
    ctx.report(e, block.nameSpan);
    diagnostics.push(...ctx.diagnostics.splice(0));
    return undefined;
  }
}

function configValue(hp: HyperParam, raw: number | boolean | string): Value | undefined {
  switch (hp.type) {
    case 'int': {
      const n = typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : raw;
      return typeof n === 'number' && Number.isInteger(n) ? { kind: 'int', v: n } : undefined;
    }
    case 'float': {
      const n = typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
      return typeof n === 'number' && Number.isFinite(n) ? { kind: 'float', v: n } : undefined;
    }
    case 'bool':
      if (typeof raw === 'boolean') return { kind: 'bool', v: raw };
      if (raw === 'true' || raw === 'false') return { kind: 'bool', v: raw === 'true' };
      return undefined;
    case 'str':
      return typeof raw === 'string' ? { kind: 'str', v: raw } : undefined;
  }
}

export function instantiate(ctx: Ctx, block: BlockItem, module: ModuleEnv, hypers: ReadonlyMap<string, Value>, path: string, at: SourceSpan): Instance {
  if (ctx.instanceDepth >= MAX_INSTANCE_DEPTH) {
    throw err(`block ${block.name} nests more than ${MAX_INSTANCE_DEPTH} levels deep; does it contain itself?`, at, 'E-limit');
  }
  ctx.addInstance(at);
  const inst: Instance = { block, module, path, members: new Map(), spans: new Map() };
  for (const hp of block.hyper) {
    inst.members.set(hp.name, hypers.get(hp.name)!);
    inst.spans.set(hp.name, hp.nameSpan ?? hp.span);
  }
  ctx.instanceDepth++;
  try {
    addMembers(ctx, inst, block.body);
  } finally {
    ctx.instanceDepth--;
  }
  return inst;
}

function memberName(m: BlockMember): { name: string; span: SourceSpan } | undefined {
  if (m.kind === 'member-if') return undefined;
  return { name: m.name, span: m.kind === 'method' ? m.nameSpan : (m.nameSpan ?? m.span) };
}

function addMembers(ctx: Ctx, inst: Instance, members: readonly BlockMember[]): void {
  const env: Env = { locals: null, inst, module: inst.module };
  for (const m of members) {
    const id = memberName(m);
    try {
      if (id) {
        const first = inst.spans.get(id.name);
        if (first) {
          ctx.push(dup(id.name, id.span, first));
          continue;
        }
      }
      const v = member(ctx, env, inst, m);
      if (id && v) {
        inst.members.set(id.name, v);
        inst.spans.set(id.name, id.span);
      }
    } catch (e) {
      // A broken budget is reported once, by the entry point: every member after it would break it too.
      if (e instanceof BudgetError) throw e;
      ctx.report(e, m.span);
      if (id && !inst.spans.has(id.name)) {
        inst.members.set(id.name, { kind: 'error' });
        inst.spans.set(id.name, id.span);
      }
    }
  }
}

function member(ctx: Ctx, env: Env, inst: Instance, m: BlockMember): Value | undefined {
  const prefix = inst.path ? `${inst.path}.` : '';
  switch (m.kind) {
    case 'let':
      return check(evalExpr(ctx, env, m.value));
    case 'method':
      return { kind: 'method', inst, method: m };
    case 'member-if': {
      const c = check(evalExpr(ctx, env, m.cond));
      const branch = expectBool(c, 'a member `if` condition', m.cond.span) ? m.then : m.else;
      if (branch) addMembers(ctx, inst, branch);
      return undefined;
    }
    case 'param': {
      const te = m.type;
      if (te.dtype && te.dtype !== 'f32') throw err(`param ${m.name}: params are f32, got ${te.dtype}`, te.span, 'E-type');
      const shape = te.dims.map((d) => {
        if (d.kind === 'ellipsis') throw err(`param ${m.name}: a param's shape cannot use '...'`, d.span, 'E-type');
        const v = check(evalExpr(ctx, env, d.expr));
        if (v.kind !== 'int' || v.v <= 0) throw err(`param ${m.name}: dimension ${ctx.text(d.expr)} must be a positive int, got ${v.kind === 'int' || v.kind === 'float' ? show(v) : describe(v)}`, d.span, 'E-type');
        return v.v;
      });
      const init = evalInit(ctx, env, m.init);
      ctx.checkParam(prefix + m.name, shape, m.span);
      return { kind: 'tensor', id: ctx.b.at(m.span, () => ctx.b.param(prefix + m.name, shape, init)) };
    }
    case 'sub': {
      const callee = m.call.callee;
      const target = check(evalExpr(ctx, env, callee));
      if (target.kind !== 'block') {
        const hint = target.kind === 'fn' || target.kind === 'builtin' ? `; write \`let ${m.name} = ...\` for a constant` : '';
        throw err(`'${ctx.text(callee)}' is ${describe(target)}, not a block${hint}`, callee.span, 'E-type');
      }
      const hypers = hypersFromCall(ctx, env, target.block, target.module, m.call);
      const name = prefix + m.name;
      const make = (path: string): Instance => {
        try {
          return instantiate(ctx, target.block, target.module, hypers, path, m.span);
        } catch (e) {
          // An error from a block of another module (a budget broken by a std param) also names where it was instantiated.
          if (e instanceof CompileError && e.span && e.span.file !== m.span.file && !ctx.trail.has(e)) {
            ctx.trail.set(e, { label: target.block.name, span: m.span, verb: 'instantiated' });
          }
          throw e;
        }
      };
      if (!m.repeat) return { kind: 'instance', inst: make(name) };
      const n = expectInt(check(evalExpr(ctx, env, m.repeat)), 'the repeat count', m.repeat.span);
      if (n < 0) throw err(`the repeat count must be ≥ 0, got ${n}`, m.repeat.span, 'E-value');
      if (!(n <= ctx.limits.maxRepeat)) throw new BudgetError(`${name}: repeat(${n}) is too many; ${limitText(ctx.limits, 'maxRepeat')}`, m.repeat.span);
      const items: Instance[] = [];
      for (let i = 0; i < n; i++) {
        const before = i === 0 && n > 1 ? ctx.usage(m.span) : undefined;
        items.push(make(`${name}.${i}`));
        // The first instance measures one; the others are refused before they are built if they would not fit.
        if (before) ctx.project(`${name}: repeat(${n})`, n, before, `per ${target.block.name}`, m.span);
      }
      return { kind: 'group', path: name, items };
    }
  }
}

const INITS: Record<string, string[]> = { zeros: [], ones: [], const: ['value'], normal: ['std', 'mean'], uniform: ['lo', 'hi'] };

/** `zeros`, `ones`, `const(v)`, `normal(std[, mean])`, `uniform(lo, hi)`, a compile-time number, or `if c then i1 else i2`. */
export function evalInit(ctx: Ctx, env: Env, e: Expr): InitSpec {
  if (e.kind === 'name' && (e.name === 'zeros' || e.name === 'ones')) return { kind: e.name };
  if (e.kind === 'cond') {
    return expectBool(check(evalExpr(ctx, env, e.cond)), 'the condition', e.cond.span) ? evalInit(ctx, env, e.then) : evalInit(ctx, env, e.else);
  }
  if (e.kind === 'call' && e.callee.kind === 'name' && INITS[e.callee.name]) {
    const name = e.callee.name;
    const names = INITS[name]!;
    const args = evalArgs(ctx, env, e, new Set());
    const specs = names.map((n) => ({ name: n, required: !(name === 'normal' && n === 'mean') }));
    const bound = bindArgs(name, specs, args, e.span);
    const num = (n: string): number => {
      const a = bound.get(n)!;
      return expectNumber(a.value, `${name}: ${n}`, a.span);
    };
    switch (name) {
      case 'zeros': return { kind: 'zeros' };
      case 'ones': return { kind: 'ones' };
      case 'const': return { kind: 'const', value: num('value') };
      case 'normal': {
        const std = num('std');
        if (std < 0) throw err(`normal: std must be ≥ 0, got ${std}`, bound.get('std')!.span, 'E-value');
        return { kind: 'normal', std, mean: bound.has('mean') ? num('mean') : 0 };
      }
      default: {
        const lo = num('lo');
        const hi = num('hi');
        if (hi < lo) throw err(`uniform: hi ${hi} is below lo ${lo}`, e.span, 'E-value');
        return { kind: 'uniform', low: lo, high: hi };
      }
    }
  }
  const v = check(evalExpr(ctx, env, e));
  if (v.kind === 'int' || v.kind === 'float') return { kind: 'const', value: v.v };
  throw err(`a param initialiser must be zeros, ones, const(v), normal(std[, mean]), uniform(lo, hi) or a number; got ${describe(v)}`, e.span, 'E-type');
}

