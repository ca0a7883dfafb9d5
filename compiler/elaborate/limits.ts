// The compile-time size budget of elaboration (docs/limits.md). Elaboration
// unrolls `repeat(n)` and `for` loops and inlines every call, so a small
// source can ask for an enormous graph: `repeat(2147483648)`, a param of
// 30000 × 90000, a loop nest of 10^12 iterations. Each limit is checked
// before the work it protects (a repeat is estimated from its first instance,
// a param from its shape), and breaking one stops elaboration with a single
// E-limit diagnostic that names the member, the size and the option to raise.
import { CompileError, type SourceSpan } from '../diagnostics.ts';
import { formatBytes } from '../io/files.ts';

export interface ElaborateLimits {
  /** Largest `repeat(n)` count. */
  readonly maxRepeat: number;
  /** Block instances in the whole model (nested repeats multiply). */
  readonly maxInstances: number;
  /** Iterations of one unrolled `for` loop. */
  readonly maxLoopIterations: number;
  /** Graph nodes one elaboration may create. */
  readonly maxNodes: number;
  /** Elements of all params together (f32: 4 bytes each). */
  readonly maxParamElements: number;
  /** Elements of any one tensor: a param, an input or an intermediate. */
  readonly maxTensorElements: number;
  /** Elements of all the graph's tensors together. */
  readonly maxGraphElements: number;
  /** Expressions evaluated in one elaboration (compile-time loops and recursion included). */
  readonly maxSteps: number;
}

export const DEFAULT_LIMITS: ElaborateLimits = Object.freeze({
  maxRepeat: 65_536,
  maxInstances: 100_000,
  maxLoopIterations: 10_000,
  maxNodes: 1_000_000,
  maxParamElements: 2 ** 30,
  maxTensorElements: 2 ** 31 - 1,
  maxGraphElements: 2 ** 40,
  maxSteps: 10_000_000,
});

/** The defaults with `given` on top; a limit that is not a positive number (or Infinity) is a programming error. */
export function resolveLimits(given: Partial<ElaborateLimits> | undefined): ElaborateLimits {
  const limits = { ...DEFAULT_LIMITS, ...given };
  for (const [k, v] of Object.entries(limits)) {
    if (typeof v !== 'number' || !(v > 0)) throw new RangeError(`ElaborateOptions.limits.${k} must be a positive number, got ${String(v)}`);
  }
  return limits;
}

/** Breaking a budget: not one member's mistake, so elaboration stops at the first one instead of reporting every member after it. */
export class BudgetError extends CompileError {
  constructor(message: string, span: SourceSpan | undefined) {
    super(message, span, 'E-limit');
  }
}

/** `… ; the limit is 1M (ElaborateOptions.limits.maxNodes)` */
export function limitText(limits: ElaborateLimits, key: keyof ElaborateLimits): string {
  return `the limit is ${fmtCount(limits[key])} (ElaborateOptions.limits.${key})`;
}

/** 950, 65,536, 2.4M, 1.07G, 3.3T, 1e+300: exact below a million, then three significant digits. */
export function fmtCount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const a = Math.abs(n);
  if (a < 1e6) return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (a >= 1e18) return n.toExponential(2).replace(/\.?0+e/, 'e');
  for (const [unit, size] of [['P', 1e15], ['T', 1e12], ['G', 1e9], ['M', 1e6]] as const) {
    if (a >= size) return `${Number((n / size).toPrecision(3))}${unit}`;
  }
  return String(n);
}

/** 4 bytes per f32 element, as "6.7 GiB". */
export function fmtF32Bytes(elements: number): string {
  return formatBytes(elements * 4);
}
