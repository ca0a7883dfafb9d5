// The state of one elaboration: the graph being built, the modules, limits
// that keep user programs from hanging or overflowing the stack, and the
// conversion of thrown errors into diagnostics.
import { CompileError, type Diagnostic, type SourceSpan } from '../diagnostics.ts';
import { GraphBuilder } from '../graph/builder.ts';
import type { Expr, LetStmt } from '../syntax/ast.ts';
import { fmtLoc, type ModuleEnv } from './scope.ts';
import { Poisoned, type Value } from './values.ts';

/** Inlined calls (functions, methods) nested deeper than this are reported as runaway recursion. */
export const MAX_CALL_DEPTH = 100;
/** Nested block instantiation limit (a block that contains itself). */
export const MAX_INSTANCE_DEPTH = 64;
/** Iterations of one unrolled `for` loop. */
export const MAX_LOOP_ITERATIONS = 10_000;
/** Graph nodes one elaboration may create. */
export const MAX_NODES = 2_000_000;

export class Ctx {
  readonly b = new GraphBuilder();
  readonly diagnostics: Diagnostic[] = [];
  callDepth = 0;
  instanceDepth = 0;
  /** Module-level `let` values, evaluated on first use. */
  readonly letCache = new Map<LetStmt, Value>();
  readonly letActive = new Set<LetStmt>();
  /** For errors raised inside a function of another module: where the user's code called into it. */
  readonly trail = new WeakMap<Error, { label: string; span: SourceSpan }>();

  constructor(
    readonly sources: ReadonlyMap<string, string>,
    readonly envs: ReadonlyMap<string, ModuleEnv>,
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
      const suffix = t ? ` (in ${t.label}, called at ${fmtLoc(t.span)})` : '';
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

  checkBudget(span: SourceSpan): void {
    if (this.b.nodes.length > MAX_NODES) {
      throw new CompileError(`the graph grew past ${MAX_NODES} nodes; is a loop or repeat count too large?`, span, 'E-limit');
    }
  }
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
