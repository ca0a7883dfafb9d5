// Runs program plans with WGSL kernels on one WebGPU device: Dawn in Node
// (the `webgpu` npm package), navigator.gpu in a browser, or any object with
// the parts of a GPUDevice used here. It uses no WebGPU globals (usage flags
// are spelled as numbers), so it needs nothing but the device.
//
// One executor per device holds the persistent state (weights, optimizer
// slots: one storage buffer each, shared by every program loaded) and the
// compiled pipelines, deduplicated by WGSL code, entry point and binding
// layout, so a kernel that two programs share compiles once. Loading a
// program compiles its pipelines up front (a shader error names the kernel
// and its .loom location, with Dawn's WGSL line:col and the offending line)
// and creates everything a run needs, once: a buffer per plan buffer
// (intermediates share one buffer per memory slot, bound at offset 0 with
// their own size), a bind group per launch, and a staging buffer for the
// outputs.
//
// A run checks the inputs (inputs.ts), writes them, records every launch
// into one compute pass of one command encoder, then the copies of the
// requested outputs into the staging buffer and of the updates into the
// state buffers (after every kernel; outputs before updates, so an output
// that is an updated tensor shows its value before the run, as on the CPU),
// submits once and maps the outputs back with one mapAsync. Validation
// errors are caught in an error scope and traced to the kernel that caused
// them; errors that escape to the device (uncapturederror) and device loss
// are reported by the next call.
//
// This file is inlined into generated modules (compiler/emit/inline.ts): it
// may import only the other runtime/exec files and the plan's types.
import type { PlanAccess, PlanLaunch, ProgramPlan } from '../../compiler/plan.ts';
import { checkInputs, checkState, entriesOf, selectOutputs, stateLengths, type ProgramInputs, type StateArrays } from './inputs.ts';
import { errorText, excerpt, formatWgslMessage, kernelLabel, WgslCompileError, type WgslMessage } from './webgpu-errors.ts';

// GPUBufferUsage, GPUMapMode and GPUShaderStage values (fixed by the WebGPU spec).
const USAGE_MAP_READ = 0x0001;
const USAGE_COPY_SRC = 0x0004;
const USAGE_COPY_DST = 0x0008;
const USAGE_UNIFORM = 0x0040;
const USAGE_STORAGE = 0x0080;
const MAP_MODE_READ = 0x0001;
const STAGE_COMPUTE = 0x4;

/** The parts of a GPUBuffer used here. */
export interface GpuBufferLike {
  mapAsync(mode: number, offset?: number, size?: number): Promise<undefined | void>;
  getMappedRange(offset?: number, size?: number): ArrayBuffer;
  unmap(): void;
  destroy(): void;
}

/** The parts of a GPUDevice used here; a real GPUDevice satisfies it. */
export interface GpuDeviceLike {
  // Methods use `any` for descriptors and objects WebGPU defines, so any
  // GPUDevice typing (@webgpu/types or none) is accepted.
  createBuffer(descriptor: { size: number; usage: number; label?: string }): GpuBufferLike;
  createShaderModule(descriptor: { code: string; label?: string }): any;
  createBindGroupLayout(descriptor: any): any;
  createPipelineLayout(descriptor: any): any;
  createComputePipelineAsync(descriptor: any): Promise<any>;
  createBindGroup(descriptor: any): any;
  createCommandEncoder(descriptor?: any): any;
  pushErrorScope(filter: any): void;
  popErrorScope(): Promise<{ readonly message: string } | null>;
  readonly queue: { writeBuffer(buffer: any, offset: number, data: any, dataOffset?: number, size?: number): void; submit(buffers: any[]): void };
  readonly limits?: {
    readonly maxStorageBuffersPerShaderStage?: number;
    readonly maxStorageBufferBindingSize?: number;
    readonly maxComputeWorkgroupsPerDimension?: number;
  };
  readonly lost?: Promise<{ readonly reason?: string; readonly message: string }>;
  addEventListener?(type: 'uncapturederror', listener: (event: any) => void): void;
  removeEventListener?(type: 'uncapturederror', listener: (event: any) => void): void;
}

/** A kernel's WGSL: the module's code and its @compute function. */
export interface WgslSource {
  readonly code: string;
  readonly entryPoint: string;
}

export interface WebGpuExecutorOptions {
  /** Shader compiler warnings. Default console.warn. */
  readonly onWarning?: (message: string) => void;
}

export interface WebGpuStats {
  /** Distinct compute pipelines compiled (kernels with identical WGSL share one). */
  readonly pipelines: number;
  readonly bindGroups: number;
  readonly submits: number;
  /** Compute dispatches recorded. */
  readonly dispatches: number;
  /** Update copies (result → state buffer) recorded. */
  readonly copies: number;
}

/** Bytes of a storage buffer of `length` f32s (WebGPU refuses empty bindings). */
const bytesOf = (length: number): number => Math.max(1, length) * 4;

interface CompiledPipeline {
  readonly pipeline: any;
  readonly layout: any;
}

interface StateBuffer {
  readonly buffer: GpuBufferLike;
  readonly length: number;
}

/** A loaded program: its plan bound to device buffers and pipelines. */
interface DeviceProgram {
  readonly plan: ProgramPlan;
  /** The GPU buffer of each plan buffer (a slot's buffer for intermediates, the state's for state). */
  readonly buffers: readonly GpuBufferLike[];
  /** Buffers the program owns (not the state's): destroyed with it. */
  readonly owned: readonly GpuBufferLike[];
  readonly pipelines: readonly CompiledPipeline[];
  readonly bindGroups: readonly any[];
  /** Byte offset of each output in the staging buffer. */
  readonly offsets: ReadonlyMap<string, number>;
  readonly stagingBytes: number;
  readonly staging: GpuBufferLike;
  /** The staging buffer is mapped by a run still in flight (a concurrent run uses a temporary one). */
  stagingBusy: boolean;
}

export class WebGpuExecutor {
  private readonly state = new Map<string, StateBuffer>();
  private readonly programs = new Map<string, DeviceProgram>();
  private readonly pipelines = new Map<string, Promise<CompiledPipeline>>();
  private readonly onWarning: (message: string) => void;
  private readonly deviceErrors: string[] = [];
  private lostReason: string | null = null;
  private disposed = false;
  private readonly counters = { bindGroups: 0, submits: 0, dispatches: 0, copies: 0 };
  private compiledCount = 0;
  private readonly onUncapturedError = (event: any): void => {
    // preventDefault stops the implementation from also printing it; the next call reports it.
    event.preventDefault?.();
    this.deviceErrors.push(String(event.error?.message ?? event).trim());
  };

  constructor(
    readonly device: GpuDeviceLike,
    options: WebGpuExecutorOptions = {},
  ) {
    this.onWarning = options.onWarning ?? ((m) => console.warn(m));
    device.addEventListener?.('uncapturederror', this.onUncapturedError);
    void device.lost?.then((info) => {
      if (!this.disposed) this.lostReason = `WebGPU device lost (${info.reason ?? 'unknown'}): ${info.message}`;
    });
  }

  /** Uploads persistent tensors (weights, optimizer slots): a new buffer for a new name, an overwrite for a known one. */
  upload(tensors: StateArrays): void {
    this.throwIfBroken();
    for (const [name, value] of entriesOf(tensors)) {
      if (!(value instanceof Float32Array)) throw new Error(`state "${name}" must be a Float32Array`);
      let entry = this.state.get(name);
      if (entry && entry.length !== value.length) throw new Error(`state "${name}" has ${entry.length} elements on the device; got ${value.length}`);
      if (!entry) {
        entry = { buffer: this.createStorage(`state ${name}`, value.length), length: value.length };
        this.state.set(name, entry);
      }
      if (value.length > 0) this.device.queue.writeBuffer(entry.buffer, 0, value);
    }
  }

  /** The names of the persistent tensors on the device. */
  stateNames(): string[] {
    return [...this.state.keys()];
  }

  /**
   * Loads program `name`: checks the state it reads and updates is on the
   * device, compiles its kernels (`sources` by kernel name) and creates its
   * buffers and bind groups. Throws WgslCompileError for a bad shader.
   */
  async load(name: string, plan: ProgramPlan, sources: Readonly<Record<string, WgslSource>>): Promise<void> {
    this.throwIfBroken();
    if (this.programs.has(name)) throw new Error(`program "${name}" is already loaded`);
    for (const [tensor, length] of stateLengths(plan)) checkState(name, tensor, this.state.get(tensor), length);
    const limits = this.device.limits ?? {};
    const pipelines = await Promise.all(plan.launches.map((l) => {
      const source = sources[l.kernel];
      if (!source) throw new Error(`program "${name}": kernel "${l.kernel}" has no WGSL source`);
      const label = kernelLabel(l.kernel, l.loc);
      const maxBuffers = limits.maxStorageBuffersPerShaderStage;
      if (maxBuffers !== undefined && l.buffers.length > maxBuffers) {
        throw new Error(`program "${name}": kernel ${label} binds ${l.buffers.length} storage buffers; the device allows ${maxBuffers}`);
      }
      const maxGroups = limits.maxComputeWorkgroupsPerDimension;
      if (!l.workgroups.every((n) => Number.isInteger(n) && n >= 0 && (maxGroups === undefined || n <= maxGroups))) {
        throw new Error(`program "${name}": kernel ${label}: workgroups [${l.workgroups.join(', ')}] must be 3 integers in 0..${maxGroups ?? 'the device limit'}`);
      }
      return this.pipelineFor(l, source);
    }));
    this.throwIfBroken();
    this.programs.set(name, this.bind(name, plan, pipelines));
  }

  /**
   * Runs program `name` (one submit); the state is read and updated on the
   * device. Returns the outputs named in `outputs` (all by default).
   */
  async run(name: string, inputs: ProgramInputs, outputs?: readonly string[]): Promise<Record<string, Float32Array>> {
    // Everything up to the submit happens synchronously in this call, so runs execute in call order.
    this.throwIfBroken();
    const p = this.programs.get(name);
    if (!p) throw new Error(`no program named "${name}" is loaded`);
    const values = checkInputs(name, p.plan, inputs);
    const wanted = selectOutputs(name, p.plan, outputs);
    const { plan } = p;
    for (const { name: input, buffer } of plan.inputs) {
      const data = values.get(input)!;
      if (data.length > 0) this.device.queue.writeBuffer(p.buffers[buffer]!, 0, data instanceof Float32Array ? data : Float32Array.from(data));
    }
    const temporary = wanted.length > 0 && p.stagingBusy;
    const staging = wanted.length === 0 ? null : temporary ? this.createStaging(`${name} outputs`, p.stagingBytes) : p.staging;
    if (staging && !temporary) p.stagingBusy = true;
    this.device.pushErrorScope('validation');
    let failure: { error: unknown } | undefined;
    try {
      const encoder = this.device.createCommandEncoder({ label: name });
      const pass = encoder.beginComputePass({ label: name });
      plan.launches.forEach((l, i) => {
        pass.setPipeline(p.pipelines[i]!.pipeline);
        pass.setBindGroup(0, p.bindGroups[i]);
        pass.dispatchWorkgroups(l.workgroups[0], l.workgroups[1], l.workgroups[2]);
      });
      pass.end();
      for (const o of wanted) {
        encoder.copyBufferToBuffer(p.buffers[o.buffer]!, 0, staging!, p.offsets.get(o.name)!, plan.buffers[o.buffer]!.length * 4);
      }
      for (const u of plan.updates) {
        encoder.copyBufferToBuffer(p.buffers[u.buffer]!, 0, this.state.get(u.name)!.buffer, 0, plan.buffers[u.buffer]!.length * 4);
      }
      this.device.queue.submit([encoder.finish()]);
      this.counters.submits++;
      this.counters.dispatches += plan.launches.length;
      this.counters.copies += plan.updates.length;
    } catch (error) {
      failure = { error };
    }
    // Popped whatever happened, so the device's scope stack stays balanced.
    const scope = this.device.popErrorScope();
    if (failure) {
      if (temporary) staging!.destroy();
      else if (staging) p.stagingBusy = false;
      throw failure.error;
    }
    try {
      const error = await scope;
      if (error) throw await this.diagnose(name, p, error.message);
      this.throwIfBroken();
      const result: Record<string, Float32Array> = {};
      if (!staging) return result;
      const offsets = wanted.map((o) => p.offsets.get(o.name)!);
      const start = Math.min(...offsets);
      const end = Math.max(...wanted.map((o, i) => offsets[i]! + plan.buffers[o.buffer]!.length * 4));
      const bytes = await this.mapRange(staging, start, end, `reading the outputs of program "${name}"`);
      wanted.forEach((o, i) => {
        result[o.name] = new Float32Array(bytes, offsets[i]! - start, plan.buffers[o.buffer]!.length);
      });
      return result;
    } finally {
      if (temporary) staging!.destroy();
      else if (staging) p.stagingBusy = false;
    }
  }

  /**
   * Records program `name`'s launches into `encoder` (no inputs, outputs or
   * updates), each in its own compute pass described by `passFor(i)`: for the
   * profiler (webgpu-profile.ts), whose passes write timestamps.
   */
  recordLaunches(name: string, encoder: any, passFor: (launch: number) => object): void {
    const p = this.programs.get(name);
    if (!p) throw new Error(`no program named "${name}" is loaded`);
    p.plan.launches.forEach((l, i) => {
      const pass = encoder.beginComputePass(passFor(i));
      pass.setPipeline(p.pipelines[i]!.pipeline);
      pass.setBindGroup(0, p.bindGroups[i]);
      pass.dispatchWorkgroups(l.workgroups[0], l.workgroups[1], l.workgroups[2]);
      pass.end();
    });
  }

  /** Reads persistent tensors back (all by default), in one submit. */
  async read(names: readonly string[] = this.stateNames()): Promise<Record<string, Float32Array>> {
    this.throwIfBroken();
    const entries = names.map((name) => {
      const entry = this.state.get(name);
      if (!entry) throw new Error(`no state tensor named "${name}" is on the device`);
      return { name, entry };
    });
    const offsets: number[] = [];
    let total = 0;
    for (const { entry } of entries) {
      offsets.push(total);
      total += Math.ceil(entry.length / 2) * 8; // 8-byte aligned, as mapAsync offsets must be
    }
    if (total === 0) return Object.fromEntries(entries.map(({ name }) => [name, new Float32Array(0)]));
    const staging = this.createStaging('state readback', total);
    try {
      const encoder = this.device.createCommandEncoder({ label: 'state readback' });
      entries.forEach(({ entry }, i) => {
        if (entry.length > 0) encoder.copyBufferToBuffer(entry.buffer, 0, staging, offsets[i]!, entry.length * 4);
      });
      this.device.queue.submit([encoder.finish()]);
      this.counters.submits++;
      const bytes = await this.mapRange(staging, 0, total, 'reading state back');
      return Object.fromEntries(entries.map(({ name, entry }, i) => [name, new Float32Array(bytes, offsets[i]!, entry.length)]));
    } finally {
      staging.destroy();
    }
  }

  stats(): WebGpuStats {
    return { pipelines: this.compiledCount, ...this.counters };
  }

  /** Frees every buffer the executor created (programs and state). The device stays the caller's. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const p of this.programs.values()) for (const b of p.owned) b.destroy();
    this.programs.clear();
    for (const s of this.state.values()) s.buffer.destroy();
    this.state.clear();
    this.pipelines.clear();
    this.device.removeEventListener?.('uncapturederror', this.onUncapturedError);
  }

  /** The pipeline of a launch's kernel, compiled once per distinct WGSL code, entry point and binding layout. */
  private pipelineFor(l: PlanLaunch, source: WgslSource): Promise<CompiledPipeline> {
    const layout = `${l.access.map((a) => (a === 'read' ? 'r' : 'w')).join('')}/${l.uniforms?.length ?? 0}`;
    const key = `${layout}\u0000${source.entryPoint}\u0000${source.code}`;
    let compiled = this.pipelines.get(key);
    if (!compiled) {
      compiled = this.compile(l.kernel, l.loc, source, l.access, (l.uniforms?.length ?? 0) > 0);
      this.pipelines.set(key, compiled);
      // A failed compile is not kept: the next load tries again (and reports again).
      compiled.then(() => this.compiledCount++, () => this.pipelines.delete(key));
    }
    return compiled;
  }

  private async compile(kernel: string, loc: string | undefined, source: WgslSource, access: readonly PlanAccess[], uniforms: boolean): Promise<CompiledPipeline> {
    const d = this.device;
    const entries: any[] = access.map((a, binding) => ({
      binding,
      visibility: STAGE_COMPUTE,
      buffer: { type: a === 'read' ? 'read-only-storage' : 'storage' },
    }));
    if (uniforms) entries.push({ binding: access.length, visibility: STAGE_COMPUTE, buffer: { type: 'uniform' } });
    d.pushErrorScope('validation');
    const layout = d.createBindGroupLayout({ label: kernel, entries });
    const pipelineLayout = d.createPipelineLayout({ label: kernel, bindGroupLayouts: [layout] });
    const module = d.createShaderModule({ label: kernel, code: source.code });
    const scope = d.popErrorScope();
    const info: { messages: readonly WgslMessage[] } = typeof module.getCompilationInfo === 'function' ? await module.getCompilationInfo() : { messages: [] };
    const scopeError = await scope;
    const errors = info.messages.filter((m) => m.type === 'error');
    const label = kernelLabel(kernel, loc);
    if (errors.length > 0 || scopeError) {
      const lines = source.code.split('\n');
      const body = errors.length > 0
        ? errors.map((m) => `  error at WGSL ${m.lineNum}:${m.linePos}: ${m.message}${excerpt(lines, m)}`).join('\n')
        : `  ${scopeError!.message.trim()}`;
      const diagnostics = errors.length > 0 ? errors.map(formatWgslMessage) : [scopeError!.message.trim()];
      throw new WgslCompileError(kernel, loc, diagnostics, `WGSL kernel ${label} failed to compile:\n${body}`);
    }
    for (const w of info.messages.filter((m) => m.type === 'warning')) this.onWarning(`WGSL kernel ${label}: warning at ${formatWgslMessage(w)}`);
    try {
      const pipeline = await d.createComputePipelineAsync({ label: kernel, layout: pipelineLayout, compute: { module, entryPoint: source.entryPoint } });
      return { pipeline, layout };
    } catch (e) {
      throw new WgslCompileError(kernel, loc, [errorText(e)],
        `WGSL kernel ${label} failed to build a compute pipeline (entry point "${source.entryPoint}"):\n  ${errorText(e)}`);
    }
  }

  /** Creates a loaded program's buffers (storage, uniforms, staging) and bind groups. */
  private bind(name: string, plan: ProgramPlan, pipelines: readonly CompiledPipeline[]): DeviceProgram {
    const owned: GpuBufferLike[] = [];
    const own = (b: GpuBufferLike): GpuBufferLike => {
      owned.push(b);
      return b;
    };
    try {
      // WebGPU zero-initialises new buffers: everything a kernel reads before writing starts as zeros, as on the CPU.
      const slots = plan.slots.map((n, i) => own(this.createStorage(`${name} slot ${i}`, n)));
      const stateOf = new Map(plan.state.map((s) => [s.buffer, s.name]));
      const buffers = plan.buffers.map((b, i) => {
        const tensor = stateOf.get(i);
        if (tensor !== undefined) return this.state.get(tensor)!.buffer;
        if (b.slot !== undefined) return slots[b.slot]!;
        return own(this.createStorage(`${name} ${b.name}`, b.length));
      });
      const bindGroups = plan.launches.map((l, i) => {
        const entries: any[] = l.buffers.map((b, binding) => ({
          binding,
          resource: { buffer: buffers[b]!, offset: 0, size: bytesOf(plan.buffers[b]!.length) },
        }));
        if (l.uniforms && l.uniforms.length > 0) {
          const bytes = Math.max(16, Math.ceil((l.uniforms.length * 4) / 16) * 16);
          const uniform = own(this.device.createBuffer({ label: `${name} ${l.kernel} uniforms`, size: bytes, usage: USAGE_UNIFORM | USAGE_COPY_DST }));
          this.device.queue.writeBuffer(uniform, 0, uniformBytes(l, bytes));
          entries.push({ binding: l.buffers.length, resource: { buffer: uniform, offset: 0, size: bytes } });
        }
        this.counters.bindGroups++;
        return this.device.createBindGroup({ label: `${name} #${i} ${l.kernel}`, layout: pipelines[i]!.layout, entries });
      });
      const offsets = new Map<string, number>();
      let stagingBytes = 0;
      for (const o of plan.outputs) {
        offsets.set(o.name, stagingBytes);
        stagingBytes += Math.ceil(plan.buffers[o.buffer]!.length / 2) * 8; // 8-byte aligned, as mapAsync offsets must be
      }
      stagingBytes = Math.max(8, stagingBytes);
      const staging = own(this.createStaging(`${name} outputs`, stagingBytes));
      return { plan, buffers, owned, pipelines, bindGroups, offsets, stagingBytes, staging, stagingBusy: false };
    } catch (e) {
      for (const b of owned) b.destroy();
      throw e;
    }
  }

  private createStorage(label: string, length: number): GpuBufferLike {
    const size = bytesOf(length);
    const max = this.device.limits?.maxStorageBufferBindingSize;
    if (max !== undefined && size > max) throw new Error(`${label}: ${size} bytes exceed the device's maxStorageBufferBindingSize (${max})`);
    return this.device.createBuffer({ label, size, usage: USAGE_STORAGE | USAGE_COPY_SRC | USAGE_COPY_DST });
  }

  private createStaging(label: string, bytes: number): GpuBufferLike {
    return this.device.createBuffer({ label, size: bytes, usage: USAGE_MAP_READ | USAGE_COPY_DST });
  }

  /** Maps [start, end) of a staging buffer and returns a copy of those bytes. */
  private async mapRange(staging: GpuBufferLike, start: number, end: number, what: string): Promise<ArrayBuffer> {
    const size = Math.ceil((end - start) / 4) * 4;
    try {
      await staging.mapAsync(MAP_MODE_READ, start, size);
    } catch (e) {
      this.throwIfBroken();
      throw new Error(`${what} failed: ${errorText(e)}`);
    }
    const bytes = staging.getMappedRange(start, size).slice(0);
    staging.unmap();
    this.throwIfBroken();
    return bytes;
  }

  /** The kernel a rejected run failed on: each launch encoded alone, in its own error scope (the failure path only). */
  private async diagnose(name: string, p: DeviceProgram, message: string): Promise<Error> {
    for (const [i, l] of p.plan.launches.entries()) {
      this.device.pushErrorScope('validation');
      const encoder = this.device.createCommandEncoder({ label: `${name} diagnosis` });
      const pass = encoder.beginComputePass();
      pass.setPipeline(p.pipelines[i]!.pipeline);
      pass.setBindGroup(0, p.bindGroups[i]);
      pass.dispatchWorkgroups(l.workgroups[0], l.workgroups[1], l.workgroups[2]);
      pass.end();
      encoder.finish();
      const error = await this.device.popErrorScope();
      if (error) return new Error(`program "${name}": WebGPU rejected kernel ${kernelLabel(l.kernel, l.loc)}:\n  ${error.message.trim()}`);
    }
    return new Error(`program "${name}": WebGPU rejected the run:\n  ${message.trim()}`);
  }

  private throwIfBroken(): void {
    if (this.disposed) throw new Error('WebGPU executor used after dispose()');
    if (this.lostReason) throw new Error(this.lostReason);
    if (this.deviceErrors.length > 0) {
      const errors = this.deviceErrors.splice(0);
      throw new Error(`WebGPU device error(s):\n  ${errors.join('\n  ')}`);
    }
  }
}

/** A launch's uniform values laid out as WGSL lays out a struct of 4-byte scalars. */
function uniformBytes(l: PlanLaunch, bytes: number): ArrayBuffer {
  const data = new ArrayBuffer(bytes);
  const view = new DataView(data);
  l.uniforms!.forEach((u, i) => {
    const ok = u.type === 'f32' ? typeof u.value === 'number'
      : u.type === 'u32' ? Number.isInteger(u.value) && u.value >= 0 && u.value <= 0xffff_ffff
        : Number.isInteger(u.value) && u.value >= -0x8000_0000 && u.value <= 0x7fff_ffff;
    if (!ok) throw new Error(`kernel ${kernelLabel(l.kernel, l.loc)}: uniform "${u.name}" is ${u.type} but got ${u.value}`);
    if (u.type === 'f32') view.setFloat32(i * 4, u.value, true);
    else if (u.type === 'u32') view.setUint32(i * 4, u.value, true);
    else view.setInt32(i * 4, u.value, true);
  });
  return data;
}
