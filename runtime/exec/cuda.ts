// Runs program plans with CUDA kernels on one NVIDIA GPU, through the driver
// API (cuda-driver.ts). The same shape as the WebGPU executor: one executor
// per device holds the persistent state (weights, optimizer slots: one
// device allocation each, shared by every program loaded) and the loaded
// modules; loading a program loads its PTX once, looks up each launch's
// function and allocates what a run needs once (one allocation per memory
// slot, shared by the intermediates whose live ranges do not overlap).
//
// A run checks the inputs (inputs.ts), copies them in, launches every kernel
// in order on one stream, then copies each update into its state tensor
// (after every kernel; outputs are read before updates land, so an output
// that is an updated tensor shows its value before the run, as on the CPU)
// and reads the requested outputs back. Kernel parameters are the launch's
// buffers as device pointers, in binding order, then its uniforms, exactly
// as compiler/render/cuda.ts declares them.
//
// This file is inlined into `loom compile --target cuda` bundles: it may
// import only the other runtime/exec files and the plan's types.
import type { PlanLaunch, ProgramPlan } from '../../compiler/plan.ts';
import { type CudaDriver, CudaError, type DevicePtr, encodePointer, encodeScalar, type Handle } from './cuda-driver.ts';
import { checkInputs, checkState, entriesOf, selectOutputs, stateLengths, type ProgramInputs, type StateArrays } from './inputs.ts';

/** A kernel of a module: its `extern "C"` function and its block (workgroup) size. */
export interface CudaKernelEntry {
  readonly entryPoint: string;
  readonly block: readonly [number, number, number];
}

/** A program's kernels as one PTX module and, per kernel name, where each is in it. */
export interface CudaModuleSource {
  readonly ptx: string;
  readonly kernels: Readonly<Record<string, CudaKernelEntry>>;
}

export interface CudaStats {
  readonly modules: number;
  readonly launches: number;
  readonly copies: number;
}

interface StateTensor {
  readonly ptr: DevicePtr;
  readonly length: number;
}

interface DeviceProgram {
  readonly plan: ProgramPlan;
  readonly module: Handle;
  readonly functions: readonly Handle[];
  /** Each launch's block size. */
  readonly blocks: readonly (readonly [number, number, number])[];
  /** Each launch's encoded parameters, built once. */
  readonly args: readonly (readonly Uint8Array[])[];
  /** The device address of each plan buffer. */
  readonly buffers: readonly DevicePtr[];
  /** Allocations the program owns (not the state's): freed with it. */
  readonly owned: readonly DevicePtr[];
}

/** Median, min and per-launch times of repeated runs, from CUDA events (device time, not host time). */
export interface CudaTiming {
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
}

export class CudaExecutor {
  private readonly state = new Map<string, StateTensor>();
  private readonly programs = new Map<string, DeviceProgram>();
  private readonly stream: Handle;
  private readonly counters = { modules: 0, launches: 0, copies: 0 };
  private disposed = false;

  constructor(readonly driver: CudaDriver) {
    this.stream = driver.createStream();
  }

  /** Uploads persistent tensors: a new allocation for a new name, an overwrite for a known one. */
  upload(tensors: StateArrays): void {
    this.throwIfDisposed();
    for (const [name, value] of entriesOf(tensors)) {
      if (!(value instanceof Float32Array)) throw new Error(`state "${name}" must be a Float32Array`);
      let entry = this.state.get(name);
      if (entry && entry.length !== value.length) throw new Error(`state "${name}" has ${entry.length} elements on the device; got ${value.length}`);
      if (!entry) {
        entry = { ptr: this.allocZeroed(value.length), length: value.length };
        this.state.set(name, entry);
      }
      this.driver.synchronize(this.stream);
      if (value.length > 0) this.driver.copyToDevice(entry.ptr, value, value.byteLength);
    }
  }

  stateNames(): string[] {
    return [...this.state.keys()];
  }

  /** Loads program `name`: its PTX module, a function per launch and its buffers. */
  load(name: string, plan: ProgramPlan, source: CudaModuleSource): void {
    this.throwIfDisposed();
    if (this.programs.has(name)) throw new Error(`program "${name}" is already loaded`);
    for (const [tensor, length] of stateLengths(plan)) checkState(name, tensor, this.state.get(tensor), length);
    let module: Handle;
    try {
      module = this.driver.loadModule(source.ptx);
    } catch (e) {
      throw new CudaError(`program "${name}": the driver could not load its PTX: ${(e as Error).message}`);
    }
    this.counters.modules++;
    const owned: DevicePtr[] = [];
    try {
      const entries = plan.launches.map((l) => {
        const entry = source.kernels[l.kernel];
        if (entry === undefined) throw new Error(`program "${name}": kernel "${l.kernel}" has no entry point in the module`);
        return entry;
      });
      const functions = entries.map((e) => this.driver.getFunction(module, e.entryPoint));
      const blocks = entries.map((e) => e.block);
      const slots = plan.slots.map((n) => {
        const p = this.allocZeroed(n);
        owned.push(p);
        return p;
      });
      const stateOf = new Map(plan.state.map((s) => [s.buffer, s.name]));
      const buffers = plan.buffers.map((b, i) => {
        const tensor = stateOf.get(i);
        if (tensor !== undefined) return this.state.get(tensor)!.ptr;
        if (b.slot !== undefined) return slots[b.slot]!;
        const p = this.allocZeroed(b.length);
        owned.push(p);
        return p;
      });
      const args = plan.launches.map((l) => launchArgs(l, buffers));
      this.programs.set(name, { plan, module, functions, blocks, args, buffers, owned });
    } catch (e) {
      for (const p of owned) this.driver.free(p);
      this.driver.unloadModule(module);
      throw e;
    }
  }

  /** Runs program `name`; returns the outputs named in `outputs` (all by default). */
  run(name: string, inputs: ProgramInputs, outputs?: readonly string[]): Record<string, Float32Array> {
    const p = this.program(name);
    const { plan } = p;
    const values = checkInputs(name, plan, inputs);
    const wanted = selectOutputs(name, plan, outputs);
    this.driver.synchronize(this.stream);
    for (const { name: input, buffer } of plan.inputs) {
      const data = values.get(input)!;
      const array = data instanceof Float32Array ? data : Float32Array.from(data);
      if (array.length > 0) this.driver.copyToDevice(p.buffers[buffer]!, array, array.byteLength);
    }
    this.enqueue(p);
    this.driver.synchronize(this.stream);
    const result: Record<string, Float32Array> = {};
    for (const o of wanted) {
      const out = new Float32Array(plan.buffers[o.buffer]!.length);
      if (out.length > 0) this.driver.copyFromDevice(out, p.buffers[o.buffer]!, out.byteLength);
      result[o.name] = out;
    }
    // Updates land after the outputs are read: an updated tensor's output shows its value before the run.
    this.applyUpdates(p);
    this.driver.synchronize(this.stream);
    return result;
  }

  /**
   * Device time of program `name` with the inputs already on the device from
   * the last run: `warmup` untimed runs, then `runs` each between two events.
   * Updates are applied as in run() (a train step keeps training).
   */
  time(name: string, runs: number, warmup = 3): CudaTiming {
    const p = this.program(name);
    const start = this.driver.createEvent();
    const end = this.driver.createEvent();
    try {
      for (let i = 0; i < warmup; i++) this.enqueueWithUpdates(p);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        this.driver.record(start, this.stream);
        this.enqueueWithUpdates(p);
        this.driver.record(end, this.stream);
        times.push(this.driver.elapsedMs(start, end));
      }
      const sorted = [...times].sort((a, b) => a - b);
      return { runs, medianMs: sorted[Math.floor(sorted.length / 2)]!, minMs: sorted[0]! };
    } finally {
      this.driver.destroyEvent(start);
      this.driver.destroyEvent(end);
    }
  }

  /**
   * Device time of each launch of program `name` (inputs already on the
   * device from the last run), median over `runs` runs: an event pair around
   * every launch. Updates are applied after each run, as in run().
   */
  profile(name: string, runs = 5): { kernel: string; loc?: string; ms: number }[] {
    const p = this.program(name);
    const events = p.plan.launches.map(() => [this.driver.createEvent(), this.driver.createEvent()] as const);
    try {
      const times = p.plan.launches.map(() => [] as number[]);
      for (let r = 0; r < runs; r++) {
        p.plan.launches.forEach((l, i) => {
          this.driver.record(events[i]![0], this.stream);
          this.driver.launch(p.functions[i]!, l.workgroups, p.blocks[i]!, 0, this.stream, p.args[i]!);
          this.driver.record(events[i]![1], this.stream);
        });
        this.applyUpdates(p);
        events.forEach(([start, end], i) => times[i]!.push(this.driver.elapsedMs(start, end)));
      }
      return p.plan.launches.map((l, i) => {
        const sorted = times[i]!.sort((a, b) => a - b);
        return { kernel: l.kernel, ...(l.loc ? { loc: l.loc } : {}), ms: sorted[Math.floor(sorted.length / 2)]! };
      });
    } finally {
      for (const [start, end] of events) {
        this.driver.destroyEvent(start);
        this.driver.destroyEvent(end);
      }
    }
  }

  /** Reads persistent tensors back (all by default). */
  read(names: readonly string[] = this.stateNames()): Record<string, Float32Array> {
    this.throwIfDisposed();
    this.driver.synchronize(this.stream);
    return Object.fromEntries(names.map((name) => {
      const entry = this.state.get(name);
      if (!entry) throw new Error(`no state tensor named "${name}" is on the device`);
      const out = new Float32Array(entry.length);
      if (out.length > 0) this.driver.copyFromDevice(out, entry.ptr, out.byteLength);
      return [name, out];
    }));
  }

  stats(): CudaStats {
    return { ...this.counters };
  }

  /** Frees every allocation and module; the driver (context) stays the caller's. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.driver.synchronize(this.stream);
    for (const p of this.programs.values()) {
      for (const b of p.owned) this.driver.free(b);
      this.driver.unloadModule(p.module);
    }
    this.programs.clear();
    for (const s of this.state.values()) this.driver.free(s.ptr);
    this.state.clear();
    this.driver.destroyStream(this.stream);
  }

  private program(name: string): DeviceProgram {
    this.throwIfDisposed();
    const p = this.programs.get(name);
    if (!p) throw new Error(`no program named "${name}" is loaded`);
    return p;
  }

  private enqueue(p: DeviceProgram): void {
    p.plan.launches.forEach((l, i) => {
      try {
        this.driver.launch(p.functions[i]!, l.workgroups, p.blocks[i]!, 0, this.stream, p.args[i]!);
      } catch (e) {
        throw new CudaError(`kernel ${l.kernel}${l.loc ? ` (${l.loc})` : ''}: ${(e as Error).message}`);
      }
      this.counters.launches++;
    });
  }

  private enqueueWithUpdates(p: DeviceProgram): void {
    this.enqueue(p);
    this.applyUpdates(p);
  }

  /** Copies each update into its state tensor, on the stream after the kernels. */
  private applyUpdates(p: DeviceProgram): void {
    for (const u of p.plan.updates) {
      const bytes = p.plan.buffers[u.buffer]!.length * 4;
      if (bytes > 0) this.driver.copyDeviceToDevice(this.state.get(u.name)!.ptr, p.buffers[u.buffer]!, bytes, this.stream);
      this.counters.copies++;
    }
  }

  /** A device allocation of `length` f32s, zeroed (the IR promises zero-initialised buffers, as WebGPU gives). */
  private allocZeroed(length: number): DevicePtr {
    const ptr = this.driver.alloc(Math.max(1, length) * 4);
    this.driver.fill32(ptr, 0, Math.max(1, length), this.stream);
    return ptr;
  }

  private throwIfDisposed(): void {
    if (this.disposed) throw new Error('CUDA executor used after dispose()');
  }
}

/** A launch's kernel parameters: its buffers' device addresses, then its uniforms. */
function launchArgs(l: PlanLaunch, buffers: readonly DevicePtr[]): Uint8Array[] {
  return [
    ...l.buffers.map((b) => encodePointer(buffers[b]!)),
    ...(l.uniforms ?? []).map((u) => encodeScalar(u.type, u.value)),
  ];
}
