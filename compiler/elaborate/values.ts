// The values elaboration computes with: compile-time values (ints, floats,
// bools, strings, lists, None), tensors (graph nodes), and the callable and
// structural things a program names (functions, blocks, block instances,
// repeated groups, bound methods, builtins).
import { CompileError, type SourceSpan } from '../diagnostics.ts';
import type { BlockItem, FnItem, MethodDecl } from '../syntax/ast.ts';
import type { NodeId } from '../graph/types.ts';
import type { ModuleEnv } from './scope.ts';

export type Value =
  | { kind: 'int'; v: number }
  | { kind: 'float'; v: number }
  | { kind: 'bool'; v: boolean }
  | { kind: 'str'; v: string }
  | { kind: 'none' }
  | { kind: 'list'; items: Value[] }
  | { kind: 'tensor'; id: NodeId }
  | { kind: 'fn'; fn: FnItem; module: ModuleEnv }
  | { kind: 'block'; block: BlockItem; module: ModuleEnv }
  | { kind: 'builtin'; name: string }
  | { kind: 'instance'; inst: Instance }
  | { kind: 'group'; path: string; items: Instance[] }
  | { kind: 'method'; inst: Instance; method: MethodDecl }
  /** The value of a member whose definition failed; using it fails silently (the first error was reported). */
  | { kind: 'error' };

/** One instantiated block: its hyperparameters, constants, params, sub-blocks and methods. */
export interface Instance {
  block: BlockItem;
  module: ModuleEnv;
  /** Hierarchical name prefix: "" for the model, "blocks.0.attn" below. */
  path: string;
  members: Map<string, Value>;
  /** Where each member was defined, for duplicate-definition messages. */
  spans: Map<string, SourceSpan>;
}

export const int = (v: number): Value => ({ kind: 'int', v });
export const float = (v: number): Value => ({ kind: 'float', v });
export const bool = (v: boolean): Value => ({ kind: 'bool', v });
export const NONE: Value = { kind: 'none' };

/** Thrown when an operation meets an `error` value: the original failure was already reported. */
export class Poisoned extends CompileError {
  constructor() {
    super('(poisoned by an earlier error)', undefined, 'E-poison');
  }
}

export function isNum(v: Value): v is { kind: 'int'; v: number } | { kind: 'float'; v: number } {
  return v.kind === 'int' || v.kind === 'float';
}

/** A short description of a value's kind for messages: "an int", "a tensor", "block Linear". */
export function describe(v: Value): string {
  switch (v.kind) {
    case 'int': return 'an int';
    case 'float': return 'a float';
    case 'bool': return 'a bool';
    case 'str': return 'a string';
    case 'none': return 'None';
    case 'list': return 'a list';
    case 'tensor': return 'a tensor';
    case 'fn': return `function ${v.fn.name}`;
    case 'block': return `block ${v.block.name}`;
    case 'builtin': return `builtin ${v.name}`;
    case 'instance': return `an instance of ${v.inst.block.name}`;
    case 'group': return `a repeated group of ${v.items.length} blocks`;
    case 'method': return `method ${v.method.name} of ${v.inst.block.name}`;
    case 'error': return 'an erroneous value';
  }
}

/** Render a compile-time value as loom source would write it. */
export function show(v: Value): string {
  switch (v.kind) {
    case 'int': return String(v.v);
    case 'float': return Number.isInteger(v.v) && Math.abs(v.v) < 1e21 ? `${v.v}.0` : String(v.v);
    case 'bool': return String(v.v);
    case 'str': return JSON.stringify(v.v);
    case 'none': return 'None';
    case 'list': return `[${v.items.map(show).join(', ')}]`;
    default: return describe(v);
  }
}

export function check(v: Value): Value {
  if (v.kind === 'error') throw new Poisoned();
  return v;
}

export function expectInt(v: Value, what: string, span: SourceSpan | undefined): number {
  check(v);
  if (v.kind === 'int') return v.v;
  if (v.kind === 'float' && Number.isInteger(v.v)) {
    throw new CompileError(`${what} must be an int, got the float ${show(v)}`, span, 'E-type');
  }
  throw new CompileError(`${what} must be an int, got ${v.kind === 'float' ? `the float ${show(v)}` : describe(v)}`, span, 'E-type');
}

export function expectNumber(v: Value, what: string, span: SourceSpan | undefined): number {
  check(v);
  if (isNum(v)) return v.v;
  throw new CompileError(`${what} must be a number, got ${describe(v)}`, span, 'E-type');
}

export function expectBool(v: Value, what: string, span: SourceSpan | undefined): boolean {
  check(v);
  if (v.kind === 'bool') return v.v;
  throw new CompileError(`${what} must be a compile-time bool, got ${describe(v)}`, span, 'E-type');
}

export function expectStr(v: Value, what: string, span: SourceSpan | undefined): string {
  check(v);
  if (v.kind === 'str') return v.v;
  throw new CompileError(`${what} must be a string, got ${describe(v)}`, span, 'E-type');
}

/** Ints from an int or a list of ints (axes, shapes, permutations). */
export function expectIntList(v: Value, what: string, span: SourceSpan | undefined): number[] {
  check(v);
  if (v.kind === 'list') return v.items.map((x, i) => expectInt(x, `${what}[${i}]`, span));
  throw new CompileError(`${what} must be a list of ints, got ${describe(v)}`, span, 'E-type');
}

/** Plain JS value of a compile-time scalar (config values). */
export function toPlain(v: Value): number | boolean | string | undefined {
  if (v.kind === 'int' || v.kind === 'float' || v.kind === 'bool' || v.kind === 'str') return v.v;
  return undefined;
}
