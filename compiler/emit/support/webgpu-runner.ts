// Runs a compiled program's plan with the webgpu target's WGSL kernels on a
// GPUDevice the caller provides (navigator.gpu in a browser, the `webgpu`
// npm package in Node). Self-contained: it needs nothing from loom and no
// WebGPU globals (usage flags are spelled as numbers), only the device.
//
// Everything is created once: a buffer per plan buffer (intermediates share
// one buffer per memory slot, bound at offset 0 with their own size), a
// pipeline per kernel, a bind group per launch, a staging buffer per output.
// A run writes the inputs, records every launch into one compute pass of one
// command encoder, then the copies of the updates into the state buffers
// (after every kernel, as the JS backend does) and of the outputs into their
// staging buffers, submits once and maps the outputs it was asked for.
// Persistent state (weights, optimizer slots) stays on the device, shared by
// every program of a model.
//
// This file is inlined into generated modules (compiler/emit/inline.ts):
// it may import only other inlined support files.
import { checkInputs, type ProgramInputs, type ProgramPlan } from './plan.ts';

// GPUBufferUsage, GPUMapMode and GPUShaderStage values (fixed by the WebGPU spec).
const USAGE_MAP_READ = 0x0001;
const USAGE_COPY_SRC = 0x0004;
const USAGE_COPY_DST = 0x0008;
const USAGE_STORAGE = 0x0080;
const MAP_MODE_READ = 0x0001;
const STAGE_COMPUTE = 0x4;

/** The parts of a GPUBuffer used here. */
export interface GpuBufferLike {
  mapAsync(mode: number): Promise<undefined | void>;
  getMappedRange(): ArrayBuffer;
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
  readonly queue: { writeBuffer(buffer: any, offset: number, data: any): void; submit(buffers: any[]): void };
}

/** What the runner needs to know about a kernel besides its code. */
export interface WgslKernelInfo {
  /** The kernel's .wgsl file, relative to the generated module. */
  readonly file: string;
  readonly entryPoint: string;
  /** Each binding's access, in binding order (binding i = the launch's buffers[i]). */
  readonly access: readonly ('read' | 'read_write')[];
  /** The .loom `file:line:col` the kernel came from, quoted in errors. */
  readonly source?: string;
}

/** A compiled kernel: its pipeline and the layout of its bind group. */
export interface GpuKernel {
  readonly pipeline: any;
  readonly layout: any;
}

/** Compiles one kernel's WGSL into a compute pipeline with an explicit bind group layout. */
export async function compileKernel(device: GpuDeviceLike, name: string, info: WgslKernelInfo, code: string): Promise<GpuKernel> {
  const layout = device.createBindGroupLayout({
    label: name,
    entries: info.access.map((access, binding) => ({
      binding,
      visibility: STAGE_COMPUTE,
      buffer: { type: access === 'read' ? 'read-only-storage' : 'storage' },
    })),
  });
  try {
    const pipeline = await device.createComputePipelineAsync({
      label: name,
      layout: device.createPipelineLayout({ label: name, bindGroupLayouts: [layout] }),
      compute: { module: device.createShaderModule({ label: name, code }), entryPoint: info.entryPoint },
    });
    return { pipeline, layout };
  } catch (e) {
    throw new Error(`kernel "${name}"${info.source ? ` (${info.source})` : ''}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Bytes of a buffer of `length` f32s (WebGPU refuses empty bindings). */
const bytesOf = (length: number): number => Math.max(1, length) * 4;

/** Persistent tensors on the device, by name. */
export type GpuState = Map<string, GpuBufferLike>;

/** Allocates a storage buffer holding `value`. */
export function uploadTensor(device: GpuDeviceLike, name: string, value: Float32Array): GpuBufferLike {
  const buffer = device.createBuffer({ label: name, size: bytesOf(value.length), usage: USAGE_STORAGE | USAGE_COPY_SRC | USAGE_COPY_DST });
  if (value.length > 0) device.queue.writeBuffer(buffer, 0, value);
  return buffer;
}

/** Copies a storage buffer of `length` f32s back to the host. */
export async function readTensor(device: GpuDeviceLike, buffer: GpuBufferLike, length: number): Promise<Float32Array> {
  const staging = device.createBuffer({ size: bytesOf(length), usage: USAGE_MAP_READ | USAGE_COPY_DST });
  const encoder = device.createCommandEncoder();
  encoder.copyBufferToBuffer(buffer, 0, staging, 0, bytesOf(length));
  device.queue.submit([encoder.finish()]);
  await staging.mapAsync(MAP_MODE_READ);
  const out = new Float32Array(staging.getMappedRange().slice(0, length * 4));
  staging.unmap();
  staging.destroy();
  return out;
}

export class GpuProgram {
  /** The buffers the program owns (not the state's). */
  private readonly owned: GpuBufferLike[] = [];
  private readonly buffers: GpuBufferLike[];
  private readonly bindGroups: any[];
  private readonly staging = new Map<string, GpuBufferLike>();

  constructor(
    private readonly device: GpuDeviceLike,
    private readonly name: string,
    private readonly plan: ProgramPlan,
    private readonly kernels: ReadonlyMap<string, GpuKernel>,
    private readonly state: GpuState,
  ) {
    const usage = USAGE_STORAGE | USAGE_COPY_SRC | USAGE_COPY_DST;
    const slots = plan.slots.map((n, i) => this.own(device.createBuffer({ label: `${name}.slot${i}`, size: bytesOf(n), usage })));
    const stateOf = new Map(plan.state.map((s) => [s.buffer, s.name]));
    this.buffers = plan.buffers.map((b, i) => {
      const tensor = stateOf.get(i);
      if (tensor !== undefined) {
        const handle = state.get(tensor);
        if (!handle) throw new Error(`${name}: state tensor "${tensor}" is not on the device`);
        return handle;
      }
      if (b.slot !== undefined) return slots[b.slot]!;
      return this.own(device.createBuffer({ label: `${name}.${b.name}`, size: bytesOf(b.length), usage }));
    });
    this.bindGroups = plan.launches.map((l, n) => {
      const kernel = kernels.get(l.kernel);
      if (!kernel) throw new Error(`${name}: kernel "${l.kernel}" was not compiled`);
      return device.createBindGroup({
        label: `${name}#${n} ${l.kernel}`,
        layout: kernel.layout,
        entries: l.buffers.map((b, binding) => ({
          binding,
          resource: { buffer: this.buffers[b]!, offset: 0, size: bytesOf(plan.buffers[b]!.length) },
        })),
      });
    });
    for (const o of plan.outputs) {
      const bytes = bytesOf(plan.buffers[o.buffer]!.length);
      this.staging.set(o.name, this.own(device.createBuffer({ label: `${name}.${o.name}.read`, size: bytes, usage: USAGE_MAP_READ | USAGE_COPY_DST })));
    }
  }

  private own(b: GpuBufferLike): GpuBufferLike {
    this.owned.push(b);
    return b;
  }

  /**
   * Runs the program (one submit); the state is read and updated on the
   * device. Returns the outputs named in `read` (all by default).
   */
  async run(inputs: ProgramInputs, read?: readonly string[]): Promise<Record<string, Float32Array>> {
    const values = checkInputs(this.name, this.plan, inputs);
    for (const { name, buffer } of this.plan.inputs) {
      const data = values.get(name)!;
      if (data.length > 0) this.device.queue.writeBuffer(this.buffers[buffer]!, 0, Float32Array.from(data));
    }
    const encoder = this.device.createCommandEncoder({ label: this.name });
    const pass = encoder.beginComputePass({ label: this.name });
    this.plan.launches.forEach((l, i) => {
      pass.setPipeline(this.kernels.get(l.kernel)!.pipeline);
      pass.setBindGroup(0, this.bindGroups[i]);
      pass.dispatchWorkgroups(l.workgroups[0], l.workgroups[1], l.workgroups[2]);
    });
    pass.end();
    const wanted = this.plan.outputs.filter((o) => !read || read.includes(o.name));
    for (const o of wanted) {
      const bytes = bytesOf(this.plan.buffers[o.buffer]!.length);
      encoder.copyBufferToBuffer(this.buffers[o.buffer]!, 0, this.staging.get(o.name)!, 0, bytes);
    }
    for (const { name, buffer } of this.plan.updates) {
      encoder.copyBufferToBuffer(this.buffers[buffer]!, 0, this.state.get(name)!, 0, bytesOf(this.plan.buffers[buffer]!.length));
    }
    this.device.queue.submit([encoder.finish()]);
    const outputs: Record<string, Float32Array> = {};
    for (const o of wanted) {
      const staging = this.staging.get(o.name)!;
      await staging.mapAsync(MAP_MODE_READ);
      outputs[o.name] = new Float32Array(staging.getMappedRange().slice(0, this.plan.buffers[o.buffer]!.length * 4));
      staging.unmap();
    }
    return outputs;
  }

  /** Frees the program's own buffers (not the state). */
  dispose(): void {
    for (const b of this.owned) b.destroy();
    this.owned.length = 0;
  }
}
