// The lowered program: kernel-IR kernels in execution order over a table of
// buffers, with everything a runtime needs to allocate memory once and run a
// step — which buffer each kernel binds (in the kernel's parameter order),
// where inputs and params go, where outputs and updates come from, and the
// memory slots intermediates share.
import type { MemoryPlan } from '../../memory/plan.ts';
import type { DType, Graph, NodeId } from '../../graph/types.ts';
import type { Kernel } from '../ir.ts';
import type { TargetSpec } from '../../target.ts';


/**
 *  - input: a graph input, filled by the runtime before each run;
 *  - param: persistent state (weights, optimizer slots), by name;
 *  - result: holds a graph output or update source (kept for the whole run);
 *  - intermediate: lives in a memory slot, shared with buffers whose live ranges do not overlap.
 */
export type BufferKind = 'input' | 'param' | 'result' | 'intermediate';

export interface LoweredBuffer {
  /** Index in LoweredProgram.buffers. */
  readonly id: number;
  /** Unique in the program; also the parameter name of every kernel binding it. */
  readonly name: string;
  readonly kind: BufferKind;
  /**
   * Elements. Every buffer stores f32: i32 values as exact integers (< 2^24),
   * bools as 0/1 — as the reference interpreter does.
   */
  readonly length: number;
  /** The graph dtype of the values held. */
  readonly dtype: DType;
  /** The input or param name (input and param buffers). */
  readonly source?: string;
  /** The graph node whose value it holds (result and intermediate buffers). */
  readonly node?: NodeId;
  /** Intermediates: the memory slot it occupies, from element 0. */
  readonly slot?: number;
}

export interface LoweredKernel {
  readonly kernel: Kernel;
  /** The fused group (FusedProgram.kernels index) it computes, or part of. */
  readonly group: number;
  /** Buffer ids, in the order of kernel.buffers. */
  readonly bindings: readonly number[];
}

export interface NamedBuffer {
  readonly name: string;
  readonly buffer: number;
}

export interface LoweredProgram {
  readonly target: TargetSpec;
  /** The graph the program computes (after the pass pipeline). */
  readonly graph: Graph;
  readonly buffers: readonly LoweredBuffer[];
  /** In execution order; each runs after every kernel whose results it reads. */
  readonly kernels: readonly LoweredKernel[];
  readonly inputs: readonly NamedBuffer[];
  readonly params: readonly NamedBuffer[];
  readonly outputs: readonly NamedBuffer[];
  /** After a run, param `name` takes the value of `buffer`. */
  readonly updates: readonly NamedBuffer[];
  /** Elements of each memory slot (the intermediates' pool). */
  readonly slots: readonly number[];
  /** The buffer plan over the kernel schedule (live ranges by buffer id, slot sizes in bytes). */
  readonly memory: MemoryPlan;
}
