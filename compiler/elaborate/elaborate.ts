// Entry points of elaboration: a loaded program + a model + a method + concrete
// argument types -> a checked Graph. Never throws on user errors: everything
// becomes a Diagnostic.
import { type Diagnostic, hasErrors, type SourceSpan } from '../diagnostics.ts';
import { fmtType, type Graph, type TensorType } from '../graph/types.ts';
import type { BlockItem, BlockMember, MethodDecl, TensorTypeExpr } from '../syntax/ast.ts';
import { hypersFromConfig, instantiate } from './block.ts';
import type { ArgVal } from './call.ts';
import { Ctx, err } from './context.ts';
import { type InferenceMode, setInference } from './decode.ts';
import { evalExpr, tryLookup } from './expr.ts';
import { invoke, isBoundDim } from './invoke.ts';
import { type ElaborateLimits, resolveLimits } from './limits.ts';
import type { LoadedProgram } from './load.ts';

export type { LoadedProgram } from './load.ts';
export { DEFAULT_LIMITS, type ElaborateLimits } from './limits.ts';
import { buildModules, didYouMean, type Env, fmtLoc, type ModuleEnv } from './scope.ts';
import { type Instance, type Value, check, describe, expectInt, int, toPlain } from './values.ts';

export type ConfigValue = number | boolean | string;

export interface ElaborateOptions {
  /** The method to build: "forward", "loss", ... */
  method: string;
  /** Concrete types of the method's tensor parameters, by parameter name. */
  args: Record<string, TensorType>;
  /** Hyperparameter overrides of the model. */
  config?: Record<string, ConfigValue>;
  /** A block to use as the model instead of the file's `model`. */
  model?: string;
  /** The compile-time size budget; each limit not given keeps its default (DEFAULT_LIMITS, docs/limits.md). */
  limits?: Partial<ElaborateLimits>;
  /** Build a prefill or decode program: `positions` and `cache` take their inference meaning (decode.ts). */
  inference?: InferenceMode;
}

export interface ElaborateResult {
  graph?: Graph;
  diagnostics: Diagnostic[];
  /** The model's resolved hyperparameters (defaults plus overrides). */
  config: Record<string, ConfigValue>;
  model: string;
}

interface Prepared {
  ctx: Ctx;
  diagnostics: Diagnostic[];
  block?: BlockItem;
  inst?: Instance;
  config: Record<string, ConfigValue>;
}

function startSpan(file: string): SourceSpan {
  return { file, line: 1, col: 1, endLine: 1, endCol: 1, start: 0, end: 0 };
}

/** Load-stage checks, module namespaces, the model block, its hyperparameters and its instance. */
function prepare(program: LoadedProgram, config: Record<string, ConfigValue>, modelName: string | undefined, limits?: Partial<ElaborateLimits>): Prepared {
  const { envs, diagnostics: dupes } = buildModules(program);
  const ctx = new Ctx(program.sources, envs, resolveLimits(limits));
  const diagnostics = [...program.diagnostics, ...dupes];
  const out: Prepared = { ctx, diagnostics, config: {} };
  if (hasErrors(program.diagnostics)) return out;
  const env = envs.get(program.entry)!;
  const found = findModel(env, modelName, diagnostics);
  if (!found) return out;
  out.block = found.block;
  const hypers = hypersFromConfig(ctx, found.block, found.module, config, diagnostics);
  if (!hypers) return out;
  for (const [k, v] of hypers) out.config[k] = toPlain(v)!;
  try {
    out.inst = instantiate(ctx, found.block, found.module, hypers, '', found.block.nameSpan);
  } catch (e) {
    ctx.report(e, found.block.nameSpan);
  }
  return out;
}

function findModel(env: ModuleEnv, name: string | undefined, diagnostics: Diagnostic[]): { block: BlockItem; module: ModuleEnv } | undefined {
  const at = env.program.span ?? startSpan(env.file);
  if (name !== undefined) {
    const e = env.names.get(name);
    if (e && e.item.kind === 'block') return { block: e.item, module: e.module };
    const blocks = [...env.names.entries()].filter(([, x]) => x.item.kind === 'block').map(([n]) => n);
    diagnostics.push({ severity: 'error', code: 'E-model', span: startSpan(env.file), message: `no block named '${name}' in ${env.file}${didYouMean(name, blocks)}` });
    return undefined;
  }
  const models = env.program.items.filter((i): i is BlockItem => i.kind === 'block' && i.isModel);
  if (models.length === 0) {
    diagnostics.push({ severity: 'error', code: 'E-model', span: { ...at, endLine: at.line, endCol: at.col, end: at.start }, message: `${env.file} has no model: declare one with \`model Name(...) { ... }\`` });
    return undefined;
  }
  for (const extra of models.slice(1)) {
    diagnostics.push({ severity: 'error', code: 'E-model', span: extra.nameSpan, message: `a file has one model; ${models[0]!.name} (at ${fmtLoc(models[0]!.nameSpan)}) is already the model` });
  }
  return { block: models[0]!, module: env };
}

function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.span.file}:${d.span.start}:${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Build the graph of one method of the model for concrete argument types. */
export function elaborate(program: LoadedProgram, opts: ElaborateOptions): ElaborateResult {
  const p = prepare(program, opts.config ?? {}, opts.model, opts.limits);
  const result: ElaborateResult = { diagnostics: p.diagnostics, config: p.config, model: p.block?.name ?? opts.model ?? '' };
  const { ctx, inst } = p;
  if (inst) {
    try {
      setInference(ctx, opts.inference);
      buildMethod(ctx, inst, opts.method, opts.args);
    } catch (e) {
      ctx.report(e, inst.block.nameSpan);
    }
  }
  result.diagnostics = dedupe([...p.diagnostics, ...ctx.diagnostics]);
  if (inst && !hasErrors(result.diagnostics)) result.graph = ctx.b.build();
  return result;
}

function findMethod(inst: Instance, name: string): MethodDecl {
  const m = inst.members.get(name);
  if (m?.kind === 'method') return m.method;
  const methods = [...inst.members.entries()].filter(([, v]) => v.kind === 'method').map(([n]) => n);
  throw err(`model ${inst.block.name} has no method '${name}'${didYouMean(name, methods)}${methods.length ? `; it has ${methods.join(', ')}` : ''}`, inst.block.nameSpan, 'E-model');
}

/** Inputs named after the parameters, the inlined body, the output. */
function buildMethod(ctx: Ctx, inst: Instance, name: string, args: Record<string, TensorType>): void {
  const m = findMethod(inst, name);
  for (const key of Object.keys(args)) {
    if (!m.params.some((p) => p.name === key)) {
      throw err(`${name}: no parameter named '${key}'${didYouMean(key, m.params.map((p) => p.name))}`, m.nameSpan, 'E-arity');
    }
  }
  const bound = new Map<string, ArgVal>();
  for (const p of m.params) {
    const t = args[p.name];
    if (t) {
      const id = ctx.b.at(p.span, () => ctx.b.input(p.name, t.shape, t.dtype));
      bound.set(p.name, { name: p.name, value: { kind: 'tensor', id }, span: p.type?.span ?? p.span });
    } else if (!p.default) {
      throw err(`${name}: missing argument '${p.name}'${p.type ? ` of type ${ctx.text(p.type)}` : ''}`, p.span, 'E-arity');
    }
  }
  const callee = { label: name, params: m.params, body: m.body, ...(m.returnType ? { returnType: m.returnType } : {}), inst, module: inst.module, nameSpan: m.nameSpan };
  let r: Value = invoke(ctx, callee, bound, m.nameSpan);
  check(r);
  ctx.b.at(m.nameSpan, () => {
    if (r.kind === 'int' || r.kind === 'float') r = { kind: 'tensor', id: ctx.b.constant(r.v, [], 'f32') };
    if (r.kind === 'bool') r = { kind: 'tensor', id: ctx.b.constant(r.v ? 1 : 0, [], 'bool') };
    if (r.kind !== 'tensor') throw err(`${name} returns ${describe(r)}, not a tensor`, m.nameSpan, 'E-type');
    const t = ctx.b.type(r.id);
    if (name === 'loss' && t.shape.length !== 0) throw err(`loss must return a scalar (training minimises it), got ${fmtType(t)}`, m.nameSpan, 'E-type');
    ctx.b.output(name === 'forward' ? 'output' : name, r.id);
  });
  ctx.checkNodes(m.nameSpan);
}

// ---------------------------------------------------------------- argument types from declared types

const PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71];

/**
 * Concrete types of a method's typed parameters: dims from hyperparameters,
 * `dims` (e.g. { B: 4, T: 64 }), or, with `fill`, small distinct primes.
 */
function argTypesIn(ctx: Ctx, inst: Instance, m: MethodDecl, dims: Record<string, number>, fill: boolean): Record<string, TensorType> {
  const locals = new Map<string, Value>(Object.entries(dims).map(([k, v]) => [k, int(v)]));
  const env: Env = { locals, inst, module: inst.module };
  let next = 0;
  const out: Record<string, TensorType> = {};
  for (const p of m.params) {
    if (!p.type) {
      if (p.default) continue;
      throw err(`${m.name}: parameter ${p.name} has no type, so its shape is unknown`, p.span, 'E-type');
    }
    out[p.name] = typeOf(ctx, env, p.type, (name, span) => {
      if (!fill) throw err(`${m.name}: give a size for dimension ${name} of ${p.name}`, span, 'E-arity');
      const v = PRIMES[next++ % PRIMES.length]!;
      locals.set(name, int(v));
      return v;
    });
  }
  return out;
}

function typeOf(ctx: Ctx, env: Env, te: TensorTypeExpr, unbound: (name: string, span: SourceSpan) => number): TensorType {
  const shape: number[] = [];
  for (const d of te.dims) {
    if (d.kind === 'ellipsis') continue;
    if (d.expr.kind === 'name' && !isBoundDim(tryLookup(ctx, env, d.expr.name))) shape.push(unbound(d.expr.name, d.span));
    else shape.push(expectInt(check(evalExpr(ctx, env, d.expr)), `dimension ${ctx.text(d.expr)}`, d.span));
  }
  return { shape, dtype: te.dtype ?? 'f32' };
}

export interface ArgTypesOptions {
  method: string;
  config?: Record<string, ConfigValue>;
  model?: string;
  limits?: Partial<ElaborateLimits>;
  /** Sizes of symbolic dims (B, T, ...). */
  dims?: Record<string, number>;
}

/** The argument types a method's declared types give for a config and sizes of its symbolic dims (for the CLI). */
export function methodArgTypes(program: LoadedProgram, opts: ArgTypesOptions): { args?: Record<string, TensorType>; diagnostics: Diagnostic[] } {
  const p = prepare(program, opts.config ?? {}, opts.model, opts.limits);
  let args: Record<string, TensorType> | undefined;
  if (p.inst) {
    try {
      args = argTypesIn(p.ctx, p.inst, findMethod(p.inst, opts.method), opts.dims ?? {}, false);
    } catch (e) {
      p.ctx.report(e, p.inst.block.nameSpan);
    }
  }
  const diagnostics = dedupe([...p.diagnostics, ...p.ctx.diagnostics]);
  return hasErrors(diagnostics) || !args ? { diagnostics } : { args, diagnostics };
}

/**
 * Elaborate every method of the model on representative shapes (symbolic dims
 * bound to small distinct primes) and return every elaboration diagnostic
 * (`loom check`). The load stage's own diagnostics stay in `program.diagnostics`.
 */
export function checkProgram(program: LoadedProgram, opts: { config?: Record<string, ConfigValue>; model?: string; limits?: Partial<ElaborateLimits> } = {}): Diagnostic[] {
  const entry = program.modules.get(program.entry);
  const hasModel = opts.model !== undefined || !!entry?.items.some((i) => i.kind === 'block' && i.isModel);
  const config = opts.config ?? {};
  const p = prepare(program, config, opts.model, opts.limits);
  const all = [...p.diagnostics.filter((d) => !program.diagnostics.includes(d)), ...p.ctx.diagnostics];
  if (!hasModel) return dedupe(all.filter((d) => d.code !== 'E-model'));
  const inst = p.inst;
  if (inst) {
    const methods = [...inst.members.values()].flatMap((v) => (v.kind === 'method' ? [v.method] : []));
    if (!methods.some((m) => m.name === 'forward')) {
      all.push({ severity: 'error', code: 'E-model', span: inst.block.nameSpan, message: `model ${inst.block.name} has no forward method` });
    }
    for (const m of methods) {
      let args: Record<string, TensorType>;
      try {
        args = argTypesIn(p.ctx, inst, m, {}, true);
      } catch (e) {
        const d = p.ctx.toDiagnostic(e, m.nameSpan);
        if (d) all.push({ ...d, severity: 'warning', message: `${d.message}; check skips ${m.name}` });
        continue;
      }
      const r = elaborate(program, { method: m.name, args, config, ...(opts.model !== undefined ? { model: opts.model } : {}), ...(opts.limits ? { limits: opts.limits } : {}) });
      all.push(...r.diagnostics.filter((d) => !program.diagnostics.includes(d)));
    }
  }
  return dedupe(all);
}

export interface ModelInfo {
  name: string;
  hyper: { name: string; type: 'int' | 'float' | 'bool' | 'str'; default?: ConfigValue }[];
  methods: { name: string; params: { name: string; type?: TensorTypeExpr; text?: string }[] }[];
}

/** The model's hyperparameters (with evaluated defaults) and methods (with declared types), for the CLI; empty when there is no model. */
export function modelInfo(program: LoadedProgram, opts: { model?: string; config?: Record<string, ConfigValue>; limits?: Partial<ElaborateLimits> } = {}): ModelInfo {
  const p = prepare(program, opts.config ?? {}, opts.model, opts.limits);
  const block = p.block;
  if (!block) return { name: '', hyper: [], methods: [] };
  const src = program.sources.get(block.span.file) ?? '';
  const methods: ModelInfo['methods'] = [];
  const walk = (ms: readonly BlockMember[]): void => {
    for (const m of ms) {
      if (m.kind === 'member-if') {
        walk(m.then);
        walk(m.else ?? []);
      } else if (m.kind === 'method' && !methods.some((x) => x.name === m.name)) {
        methods.push({
          name: m.name,
          params: m.params.map((q) => ({ name: q.name, ...(q.type ? { type: q.type, text: src.slice(q.type.span.start, q.type.span.end) } : {}) })),
        });
      }
    }
  };
  walk(block.body);
  return {
    name: block.name,
    hyper: block.hyper.map((h) => ({ name: h.name, type: h.type, ...(p.config[h.name] !== undefined ? { default: p.config[h.name] } : {}) })),
    methods,
  };
}
