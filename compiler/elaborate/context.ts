// The state of one elaboration: the graph being built, the modules, limits
// that keep user programs from hanging or overflowing the stack, and the
// conversion of thrown errors into diagnostics.
import { CompileError, type Diagnostic, type SourceSpan } from '../diagnostics.ts';
import { GraphBuilder } from '../graph/builder.ts';
import { fmtType, type Node, numel, type OpAttrs } from '../graph/types.ts';
import type { Expr, LetStmt } from '../syntax/ast.ts';
import { BudgetError, DEFAULT_LIMITS, type ElaborateLimits, fmtCount, fmtF32Bytes, limitText } from './limits.ts';
import { fmtLoc, type ModuleEnv } from './scope.ts';
import { Poisoned, type Value } from './values.ts';

/** Inlined calls (functions, methods) nested deeper than this are reported as runaway recursion. */
export const MAX_CALL_DEPTH = 100;
/** Nested block instantiation limit (a block that contains itself). */
export const MAX_INSTANCE_DEPTH = 64;
/**
 * Expressions being evaluated at once: nesting within an expression (at most
 * MAX_EXPRESSION_DEPTH, syntax/limits.ts) times inlined calls. Each level costs
 * a few stack frames; about 2,000 exhaust V8's default stack, so this stops
 * well before with a diagnostic at the expression that went too deep.
 */
export const MAX_EVAL_DEPTH = 1_000;
/** Items of a compile-time list or characters of a string built by `+`. */
export const MAX_VALUE_LENGTH = 1 << 20;

/** What an elaboration has built so far, for estimating the cost of repeating a piece of it. */
export interface Usage {
  nodes: number;
  paramElements: number;
  instances: number;
  graphElements: number;
}

export class Ctx {
  readonly b = new GraphBuilder();
  readonly diagnostics: Diagnostic[] = [];
  callDepth = 0;
  instanceDepth = 0;
  /** Expressions being evaluated (MAX_EVAL_DEPTH). */
  evalDepth = 0;
  /** Expressions evaluated so far (maxSteps). */
  steps = 0;
  /** Block instances created so far (maxInstances). */
  instances = 0;
  /** Elements of the params created so far (maxParamElements). */
  paramElements = 0;
  /** Elements of the nodes checked so far (maxGraphElements). */
  graphElements = 0;
  /** Nodes before this index have been checked against the tensor and graph limits. */
  private checkedNodes = 0;
  /** Module-level `let` values, evaluated on first use. */
  readonly letCache = new Map<LetStmt, Value>();
  readonly letActive = new Set<LetStmt>();
  /** For errors raised inside code of another module: where the user's code called (or instantiated) it. */
  readonly trail = new WeakMap<Error, { label: string; span: SourceSpan; verb?: string }>();

  constructor(
    readonly sources: ReadonlyMap<string, string>,
    readonly envs: ReadonlyMap<string, ModuleEnv>,
    readonly limits: ElaborateLimits = DEFAULT_LIMITS,
  ) {}

  /** Record `e` as a diagnostic (nothing for poisoned values); rethrows nothing. */
  report(e: unknown, fallback: SourceSpan): void {
    const d = this.toDiagnostic(e, fallback);
    if (d) this.push(d);
  }

  push(d: Diagnostic): void {
    const dupe = this.diagnostics.some((x) => x.message === d.message && x.span.start === d.span.start && x.span.file === d.span.file);
    if (!dupe) this.diagnostics.push(d);
  }

  toDiagnostic(e: unknown, fallback: SourceSpan): Diagnostic | undefined {
    if (e instanceof Poisoned) return undefined;
    if (e instanceof CompileError) {
      const t = this.trail.get(e);
      const suffix = t ? ` (in ${t.label}, ${t.verb ?? 'called'} at ${fmtLoc(t.span)})` : '';
      return { severity: 'error', code: e.code, message: e.message + suffix, span: e.span ?? fallback };
    }
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      return { severity: 'error', code: 'E-limit', message: 'the program nests too deeply to elaborate', span: fallback };
    }
    const msg = e instanceof Error ? e.message : String(e);
    return { severity: 'error', code: 'E-internal', message: `internal error during elaboration: ${msg}`, span: fallback };
  }

  /** The source text of an expression (or type), for messages. */
  text(node: { span: SourceSpan }): string {
    const src = this.sources.get(node.span.file);
    if (src === undefined) return '?';
    return src.slice(node.span.start, node.span.end);
  }

  /** One evaluation step at `span`: checks the step and node budgets (called for every expression). */
  checkBudget(span: SourceSpan): void {
    if (++this.steps > this.limits.maxSteps) {
      throw new BudgetError(`elaboration evaluated more than ${fmtCount(this.limits.maxSteps)} expressions (is a loop or a recursion too large?); ${limitText(this.limits, 'maxSteps')}`, span);
    }
    this.checkNodes(span);
  }

  /**
   * Checks the nodes created since the last check: the node count, each
   * node's elements and the running total. Nodes only describe tensors, so
   * nothing large has been allocated yet; later stages get a graph within
   * the budget.
   */
  checkNodes(span: SourceSpan): void {
    const { nodes } = this.b;
    const limits = this.limits;
    if (nodes.length > limits.maxNodes) {
      throw new BudgetError(`the graph grew past ${fmtCount(limits.maxNodes)} nodes; is a loop or a repeat count too large? (ElaborateOptions.limits.maxNodes)`, span);
    }
    for (; this.checkedNodes < nodes.length; this.checkedNodes++) {
      const node = nodes[this.checkedNodes]!;
      const n = numel(node.type.shape);
      if (!(n <= limits.maxTensorElements)) {
        throw new BudgetError(`${describeNode(node)} has ${fmtCount(n)} elements; the limit for one tensor is ${fmtCount(limits.maxTensorElements)} (ElaborateOptions.limits.maxTensorElements)`, node.span ?? span);
      }
      this.graphElements += n;
      if (!(this.graphElements <= limits.maxGraphElements)) {
        throw new BudgetError(`${describeNode(node)} brings the graph to ${fmtCount(this.graphElements)} tensor elements; ${limitText(limits, 'maxGraphElements')}`, node.span ?? span);
      }
    }
  }

  /** Checks a param's shape before it is created; `name` is its hierarchical name. */
  checkParam(name: string, shape: readonly number[], span: SourceSpan): void {
    const n = numel(shape);
    const limits = this.limits;
    const type = `[${shape.join(', ')}]`;
    if (!(n <= limits.maxTensorElements)) {
      throw new BudgetError(`${name}: param ${type} has ${fmtCount(n)} elements; the limit for one tensor is ${fmtCount(limits.maxTensorElements)} (ElaborateOptions.limits.maxTensorElements)`, span);
    }
    if (!(this.paramElements + n <= limits.maxParamElements)) {
      throw new BudgetError(
        `${name}: param ${type} brings the params to ${fmtCount(this.paramElements + n)} elements (${fmtF32Bytes(this.paramElements + n)} as f32); ${limitText(limits, 'maxParamElements')}`,
        span,
      );
    }
    this.paramElements += n;
  }

  /** Counts one block instance. */
  addInstance(span: SourceSpan): void {
    if (++this.instances > this.limits.maxInstances) {
      throw new BudgetError(`the model has more than ${fmtCount(this.limits.maxInstances)} block instances; ${limitText(this.limits, 'maxInstances')}`, span);
    }
  }

  usage(span: SourceSpan): Usage {
    this.checkNodes(span);
    return { nodes: this.b.nodes.length, paramElements: this.paramElements, instances: this.instances, graphElements: this.graphElements };
  }

  /**
   * Before repeating something `n` times: `before` and the current usage
   * measure one repetition; throws when `n` of them would break a budget.
   * `what` starts the message (`blocks: repeat(65536)`), `per` names one
   * repetition (`per block`).
   */
  project(what: string, n: number, before: Usage, per: string, span: SourceSpan): void {
    const now = this.usage(span);
    const limits = this.limits;
    const checks: [keyof Usage, keyof ElaborateLimits, string][] = [
      ['nodes', 'maxNodes', 'nodes'],
      ['instances', 'maxInstances', 'block instances'],
      ['paramElements', 'maxParamElements', 'param elements'],
      ['graphElements', 'maxGraphElements', 'tensor elements'],
    ];
    for (const [key, limit, noun] of checks) {
      const one = now[key] - before[key];
      const created = one * n;
      const total = before[key] + created;
      if (one === 0 || total <= limits[limit]) continue;
      const bytes = key === 'paramElements' ? `, ${fmtF32Bytes(created)} as f32` : '';
      const all = created <= limits[limit] ? `, ${fmtCount(total)} in all` : '';
      throw new BudgetError(`${what} would create ${fmtCount(created)} ${noun} (${fmtCount(one)} ${per}${bytes})${all}; ${limitText(limits, limit)}`, span);
    }
  }
}

/** How a node reads in a size message: "input x: f32[...]", "param w: f32[...]", "the tensor f32[...] made here (expand)". */
function describeNode(node: Node): string {
  const type = fmtType(node.type);
  if (node.op === 'input') return `input ${(node.attrs as OpAttrs['input']).name}: ${type}`;
  if (node.op === 'param') return `param ${(node.attrs as OpAttrs['param']).name}: ${type}`;
  return `the tensor ${type} made here (${node.op})`;
}

export function err(message: string, span: SourceSpan | undefined, code = 'E-elab'): CompileError {
  return new CompileError(message, span, code);
}

/** "x" for a plain name (or a dotted member chain like wte.w), else undefined. */
export function plainName(e: Expr): string | undefined {
  if (e.kind === 'name') return e.name;
  if (e.kind === 'member') {
    const o = plainName(e.object);
    return o === undefined ? undefined : `${o}.${e.name}`;
  }
  return undefined;
}
