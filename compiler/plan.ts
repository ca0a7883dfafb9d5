// The program plan: the one contract between the compiler and every
// executor. A plan is plain, serialisable data describing one compiled
// program at concrete shapes — the buffers to allocate (intermediates share
// memory slots whose live ranges do not overlap), the inputs with the index
// checks they need, the persistent state it reads, its outputs and updates,
// and the kernel launches in order with their buffer bindings and workgroup
// counts. The in-process sessions (runtime/backends/*/session.ts) and the
// bundles of `loom compile` (compiler/emit) both get their plans from
// planProgram and run them with the executors in runtime/exec/.
//
// The declarations above planProgram are types only, with no imports: the
// bundles inline them (compiler/emit/inline.ts, `typesOnly`). Everything a
// plan holds is a number, a string or an array/record of them.
import type { Graph, Node, OpAttrs } from './graph/types.ts';
import { evalHost } from './kernel/eval.ts';
import type { LoweredProgram } from './kernel/lower/types.ts';

/** Element type of the values a buffer holds. Every buffer stores f32: i32 values as exact integers, bools as 0/1. */
export type PlanDType = 'f32' | 'i32' | 'bool';

export interface PlanBuffer {
  /** The name kernels give the buffer (for error messages and debugging). */
  readonly name: string;
  /** Elements (f32). */
  readonly length: number;
  readonly dtype: PlanDType;
  /** Intermediates: the memory slot it occupies, from element 0. Others own their memory. */
  readonly slot?: number;
}

/** A named value held in a buffer of the plan. */
export interface PlanBinding {
  readonly name: string;
  readonly buffer: number;
}

/** A runtime input as the caller gives it: name, shape and dtype. */
export interface PlanTensor {
  readonly name: string;
  readonly shape: readonly number[];
  readonly dtype: PlanDType;
}

/** A runtime input and the buffer it is copied into before each run. */
export interface PlanInput extends PlanTensor {
  readonly buffer: number;
}

/**
 * An integer input used as an index: every value must be an integer in
 * [0, size). Token ids that index an embedding table, and class indices
 * compared against an arange (the targets of a cross-entropy's one-hot).
 */
export interface PlanIndexInput {
  readonly input: string;
  readonly size: number;
  /** What the values index, with its .loom location, for the error message. */
  readonly indexes: string;
}

/** How a kernel uses a buffer it binds. */
export type PlanAccess = 'read' | 'write' | 'read_write';

/** A uniform value of a launch (a kernel with dynamic sizes); programs compiled at concrete shapes have none. */
export interface PlanUniform {
  readonly name: string;
  readonly type: 'i32' | 'u32' | 'f32';
  readonly value: number;
}

export interface PlanLaunch {
  /** The kernel's name: its key in the table of rendered kernels the executor is given. */
  readonly kernel: string;
  /** The .loom `file:line:col` the kernel computes, quoted in errors. */
  readonly loc?: string;
  /** The plan buffer bound to each of the kernel's buffer parameters, in the kernel's order. */
  readonly buffers: readonly number[];
  /** The kernel's access to each of those buffers. */
  readonly access: readonly PlanAccess[];
  /** Workgroup counts of a grid kernel; [1, 1, 1] for a serial (CPU) kernel. */
  readonly workgroups: readonly [number, number, number];
  readonly uniforms?: readonly PlanUniform[];
}

export interface ProgramPlan {
  /** The target the kernels were lowered and rendered for (information; executors do not branch on it). */
  readonly target: string;
  readonly buffers: readonly PlanBuffer[];
  /** Elements of each memory slot. */
  readonly slots: readonly number[];
  /** Runtime inputs (tokens, targets, the optimizer step), copied in before each run. */
  readonly inputs: readonly PlanInput[];
  /** Integer inputs used as indices, checked before each run. */
  readonly indexInputs: readonly PlanIndexInput[];
  /** Persistent state the program reads: weights, and for a train step the optimizer slots. */
  readonly state: readonly PlanBinding[];
  readonly outputs: readonly PlanBinding[];
  /** After every kernel has run, state `name` takes the value in `buffer`. */
  readonly updates: readonly PlanBinding[];
  readonly launches: readonly PlanLaunch[];
}

/** What the input checks need to know: the inputs and the index bounds (a plan, or planInputs(graph)). */
export interface PlanInputChecks {
  readonly inputs: readonly PlanTensor[];
  readonly indexInputs: readonly PlanIndexInput[];
}

// ---- compiler side: building plans ----

export interface PlanOptions {
  /** Rewrites `file:line:col` locations (bundles make them relative to the loom repository). */
  readonly locate?: (loc: string) => string;
}

/** The plan of a lowered program. Throws for a kernel that takes uniforms (plans are for concrete shapes). */
export function planProgram(p: LoweredProgram, options: PlanOptions = {}): ProgramPlan {
  const locate = options.locate ?? ((loc: string) => loc);
  const checks = planInputs(p.graph, options);
  const tensorOf = new Map(checks.inputs.map((t) => [t.name, t]));
  return {
    target: p.target.name,
    buffers: p.buffers.map((b) => ({ name: b.name, length: b.length, dtype: b.dtype, ...(b.slot !== undefined ? { slot: b.slot } : {}) })),
    slots: [...p.slots],
    inputs: p.inputs.map((i) => {
      const t = tensorOf.get(i.name)!;
      return { name: i.name, shape: t.shape, dtype: t.dtype, buffer: i.buffer };
    }),
    indexInputs: checks.indexInputs.filter((x) => tensorOf.has(x.input)),
    state: p.params.map((i) => ({ name: i.name, buffer: i.buffer })),
    outputs: p.outputs.map((i) => ({ name: i.name, buffer: i.buffer })),
    updates: p.updates.map((i) => ({ name: i.name, buffer: i.buffer })),
    launches: p.kernels.map((lk) => {
      const k = lk.kernel;
      if (k.uniforms.length > 0) throw new Error(`kernel "${k.name}" takes uniforms; a plan is compiled for concrete shapes`);
      const l = k.launch;
      const [x, y, z] = l.kind === 'grid' ? l.workgroups.map((e) => evalHost(e, {})) : [1, 1, 1];
      return {
        kernel: k.name,
        ...(k.loc !== undefined ? { loc: locate(k.loc) } : {}),
        buffers: [...lk.bindings],
        access: k.buffers.map((b) => b.access),
        workgroups: [x!, y!, z!] as const,
      };
    }),
  };
}

/**
 * A graph's inputs and the index checks they need: every integer input that
 * reaches, through value-preserving views (reshape, expand, permute, cast),
 * the indices of a gather or scatter (bounded by the table's axis), or one
 * side of an `==` whose other side is an arange (the class indices of a
 * one-hot, as cross-entropy picks its targets; bounded by the arange's size).
 */
export function planInputs(g: Graph, options: PlanOptions = {}): PlanInputChecks {
  const locate = options.locate ?? ((loc: string) => loc);
  const where = (n: Node): string => (n.span ? ` at ${locate(`${n.span.file}:${n.span.line}:${n.span.col}`)}` : '');
  const through = (id: number): Node => {
    let n = g.nodes[id]!;
    while (VIEW_OPS.has(n.op) && !(n.op === 'cast' && (n.attrs as OpAttrs['cast']).to === 'bool')) n = g.nodes[n.inputs[0]!]!;
    return n;
  };
  const intInput = (id: number): string | undefined => {
    const n = through(id);
    return n.op === 'input' && n.type.dtype === 'i32' ? (n.attrs as OpAttrs['input']).name : undefined;
  };
  const found = new Map<string, PlanIndexInput>();
  const add = (input: string | undefined, size: number, indexes: string): void => {
    if (input === undefined) return;
    // The first use found names the bound (a gather before the scatter of its gradient).
    const key = `${input}\u0000${size}`;
    if (!found.has(key)) found.set(key, { input, size, indexes });
  };
  for (const n of g.nodes) {
    if (n.op === 'gather') {
      const table = g.nodes[n.inputs[0]!]!;
      const size = table.type.shape[(n.attrs as OpAttrs['gather']).axis]!;
      const what = table.op === 'param' ? `param "${(table.attrs as OpAttrs['param']).name}"` : `a table [${table.type.shape.join(', ')}]`;
      add(intInput(n.inputs[1]!), size, `${what}${where(n)}`);
    } else if (n.op === 'scatter_add') {
      add(intInput(n.inputs[1]!), (n.attrs as OpAttrs['scatter_add']).size, `a scatter of size ${(n.attrs as OpAttrs['scatter_add']).size}${where(n)}`);
    } else if (n.op === 'binary' && (n.attrs as OpAttrs['binary']).op === 'eq') {
      const [a, b] = n.inputs as [number, number];
      for (const [value, other] of [[a, b], [b, a]] as const) {
        const iota = through(other);
        if (iota.op !== 'iota') continue;
        const size = iota.type.shape[(iota.attrs as OpAttrs['iota']).axis]!;
        add(intInput(value), size, `the one-hot classes arange(${size})${where(n)}`);
      }
    }
  }
  const inputs = g.nodes
    .filter((n) => n.op === 'input')
    .map((n) => ({ name: (n.attrs as OpAttrs['input']).name, shape: [...n.type.shape], dtype: n.type.dtype }));
  return { inputs, indexInputs: [...found.values()] };
}

/** Ops whose output elements are elements of their first input (so an index stays an index). */
const VIEW_OPS = new Set(['reshape', 'expand', 'permute', 'cast']);
