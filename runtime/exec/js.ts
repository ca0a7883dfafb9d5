// Runs a program plan on the CPU with a table of JavaScript kernel functions
// (the js target: compiled in-process by compileJs, or a bundle's
// kernels/<program>.js). One Float32Array per plan buffer, allocated once:
// inputs and results their own, intermediates views of shared memory slots,
// and the state (weights, optimizer slots) the caller's own arrays, bound
// directly — no copy in or out. A run checks the inputs, copies them in,
// runs the kernels in order, and only then copies the updates into the state
// arrays (a kernel may still read a value its program updates).
//
// Profiling: an optional KernelProfiler (given at construction, or per run)
// receives the wall time of every kernel launch and of the whole run. With
// none, the run loop is the plain one: no clock is read.
//
// This file is inlined into generated modules (compiler/emit/inline.ts): it
// may import only the other runtime/exec files and the plan's types.
import type { ProgramPlan } from '../../compiler/plan.ts';
import { checkInputs, checkState, lookup, selectOutputs, stateLengths, type ProgramInputs, type StateArrays } from './inputs.ts';

/** A kernel: `fn(buffers, uniforms)`, buffers by parameter name. */
export type KernelFn = (buffers: Readonly<Record<string, Float32Array>>, uniforms: Readonly<Record<string, number>>) => void;

/** Kernels by name: each kernel's function and its buffer parameter names, in binding order. */
export type KernelTable = Readonly<Record<string, { readonly fn: KernelFn; readonly buffers: readonly string[] }>>;

interface BoundLaunch {
  readonly kernel: string;
  readonly loc?: string;
  readonly fn: KernelFn;
  readonly buffers: Record<string, Float32Array>;
  readonly uniforms: Readonly<Record<string, number>>;
}

/**
 * Receives timings while attached to a JsExecutor (its `profiler` option, or
 * a run's). Times are wall-clock milliseconds from `performance.now()`.
 */
export interface KernelProfiler {
  /** Launch `launch` (its index in `plan.launches`) of program `program` ran for `ms`. */
  kernel(program: string, launch: number, ms: number): void;
  /** A whole run of `program` took `ms`: input checks and copies, every kernel, outputs and updates. */
  run?(program: string, ms: number): void;
}

export interface JsExecutorOptions {
  /** Times every run of this executor (overridden by a run's own `profiler`). */
  readonly profiler?: KernelProfiler;
  /**
   * Allocates the plan's memory (lengths in floats) where the kernels run
   * fastest: the kernel module's own (`allocate` of a kernel module, the
   * WebAssembly memory its SIMD loop nests address in place, with no copies
   * in or out). Null, or no allocator: plain Float32Arrays.
   */
  readonly allocate?: ((lengths: readonly number[]) => Float32Array[] | null) | undefined;
}

export interface JsRunOptions {
  /** Times this run (instead of the executor's profiler, if any). */
  readonly profiler?: KernelProfiler;
}

const NO_UNIFORMS: Readonly<Record<string, number>> = Object.freeze({});

export class JsExecutor {
  private readonly arrays: Float32Array[];
  private readonly launches: BoundLaunch[];
  /** For each state buffer, the (launch, parameter) pairs that bind it, so new state arrays rebind in place. */
  private readonly stateUses = new Map<number, { launch: BoundLaunch; param: string }[]>();
  private readonly lengths: ReadonlyMap<string, number>;
  /** Times every run while set; undefined: no clock is read. */
  profiler: KernelProfiler | undefined;

  constructor(
    readonly name: string,
    readonly plan: ProgramPlan,
    kernels: KernelTable,
    options: JsExecutorOptions = {},
  ) {
    this.profiler = options.profiler;
    // An intermediate is a view of its slot: buffers of one slot are never live at the same time.
    const stateBuffers = new Set(plan.state.map((s) => s.buffer));
    const own = plan.buffers.flatMap((b, i) => (stateBuffers.has(i) || b.slot !== undefined ? [] : [b.length]));
    const lengths = [...plan.slots, ...own];
    const memory = options.allocate?.(lengths) ?? lengths.map((n) => new Float32Array(n));
    let next = plan.slots.length;
    this.arrays = plan.buffers.map((b, i) => {
      if (stateBuffers.has(i)) return new Float32Array(0); // bound to the caller's array by bind()
      return b.slot === undefined ? memory[next++]! : memory[b.slot]!.subarray(0, b.length);
    });
    this.launches = plan.launches.map((l) => {
      const k = kernels[l.kernel];
      if (!k) throw new Error(`program "${name}": kernel "${l.kernel}" is not in its kernel table`);
      if (k.buffers.length !== l.buffers.length) {
        throw new Error(`program "${name}": kernel "${l.kernel}" takes ${k.buffers.length} buffers; the plan binds ${l.buffers.length}`);
      }
      const buffers: Record<string, Float32Array> = {};
      const uniforms = l.uniforms ? Object.freeze(Object.fromEntries(l.uniforms.map((u) => [u.name, u.value]))) : NO_UNIFORMS;
      const launch: BoundLaunch = { kernel: l.kernel, ...(l.loc !== undefined ? { loc: l.loc } : {}), fn: k.fn, buffers, uniforms };
      k.buffers.forEach((param, i) => {
        const b = l.buffers[i]!;
        buffers[param] = this.arrays[b]!;
        if (stateBuffers.has(b)) {
          const uses = this.stateUses.get(b) ?? [];
          uses.push({ launch, param });
          this.stateUses.set(b, uses);
        }
      });
      return launch;
    });
    this.lengths = stateLengths(plan);
  }

  /**
   * Runs the program on `inputs`, reading `state` and writing the updates
   * into its arrays in place; returns copies of the outputs named in
   * `outputs` (all by default). A profiler (the run's, else the
   * executor's) is told the time of every kernel and of the run.
   */
  run(inputs: ProgramInputs, state: StateArrays, outputs?: readonly string[], options?: JsRunOptions): Record<string, Float32Array> {
    const profiler = options?.profiler ?? this.profiler;
    const start = profiler ? performance.now() : 0;
    const values = checkInputs(this.name, this.plan, inputs);
    const wanted = selectOutputs(this.name, this.plan, outputs);
    this.bind(state);
    for (const { name, buffer } of this.plan.inputs) this.arrays[buffer]!.set(values.get(name)!);
    if (profiler) this.launchTimed(profiler);
    else for (const l of this.launches) this.launch(l);
    const result: Record<string, Float32Array> = {};
    for (const { name, buffer } of wanted) result[name] = this.arrays[buffer]!.slice();
    for (const { name, buffer } of this.plan.updates) lookup(state, name)!.set(this.arrays[buffer]!);
    if (profiler) profiler.run?.(this.name, performance.now() - start);
    return result;
  }

  private launch(l: BoundLaunch): void {
    try {
      l.fn(l.buffers, l.uniforms);
    } catch (e) {
      throw new Error(`program "${this.name}": kernel "${l.kernel}"${l.loc ? ` (${l.loc})` : ''} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Every launch in order, each timed. */
  private launchTimed(profiler: KernelProfiler): void {
    for (let i = 0; i < this.launches.length; i++) {
      const t0 = performance.now();
      this.launch(this.launches[i]!);
      profiler.kernel(this.name, i, performance.now() - t0);
    }
  }

  /** Binds the state's arrays (checked; a few lookups per tensor) where they are not bound already. */
  private bind(state: StateArrays): void {
    for (const [name, length] of this.lengths) {
      const value = checkState(this.name, name, lookup(state, name), length);
      if (!(value instanceof Float32Array)) throw new Error(`state "${name}" must be a Float32Array`);
    }
    for (const { name, buffer } of this.plan.state) {
      const value = lookup(state, name)!;
      if (this.arrays[buffer] === value) continue;
      this.arrays[buffer] = value;
      for (const { launch, param } of this.stateUses.get(buffer) ?? []) launch.buffers[param] = value;
    }
  }
}
