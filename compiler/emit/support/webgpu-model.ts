// A generated module's programs on one WebGPU device, sharing one set of
// persistent tensors: the weights the forward pass reads and the train step
// updates, and the optimizer slots. Opening it compiles every kernel's
// pipeline up front, so a shader error surfaces at load time with the
// kernel's name and .loom location, and uploads the tensors.
//
// This file is inlined into generated modules (compiler/emit/inline.ts):
// it may import only other inlined support files.
import type { ProgramInputs, ProgramPlan } from './plan.ts';
import {
  compileKernel, GpuProgram, readTensor, uploadTensor,
  type GpuDeviceLike, type GpuKernel, type GpuState, type WgslKernelInfo,
} from './webgpu-runner.ts';

/** Reads a kernel's WGSL: `file` is relative to the module, `url` resolved against it. */
export type SourceLoader = (file: string, url: URL) => Promise<string>;

/** Default loader: the file system under Node (file: URLs), fetch elsewhere. */
export async function loadBesideModule(_file: string, url: URL): Promise<string> {
  if (url.protocol === 'file:') {
    // A non-literal specifier keeps browser bundlers from resolving node:fs.
    const specifier = 'node:fs/promises';
    const fs = (await import(/* @vite-ignore */ specifier)) as { readFile(path: URL, encoding: 'utf8'): Promise<string> };
    return fs.readFile(url, 'utf8');
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load ${url.href}: HTTP ${response.status}`);
  return response.text();
}

export class GpuModel {
  private disposed = false;

  private constructor(
    readonly device: GpuDeviceLike,
    private readonly programs: ReadonlyMap<string, GpuProgram>,
    private readonly state: GpuState,
    private readonly lengths: ReadonlyMap<string, number>,
  ) {}

  /**
   * Compiles `kernels` (sources through `load`), uploads `tensors` (every
   * state tensor any plan reads) and prepares every plan.
   */
  static async open(
    device: GpuDeviceLike,
    plans: Readonly<Record<string, ProgramPlan>>,
    kernels: Readonly<Record<string, WgslKernelInfo & { readonly url: URL }>>,
    tensors: Readonly<Record<string, Float32Array>>,
    load: SourceLoader,
  ): Promise<GpuModel> {
    const compiled = new Map<string, GpuKernel>();
    await Promise.all(Object.entries(kernels).map(async ([name, info]) => {
      compiled.set(name, await compileKernel(device, name, info, await load(info.file, info.url)));
    }));
    const state: GpuState = new Map();
    const lengths = new Map<string, number>();
    try {
      for (const [program, plan] of Object.entries(plans)) {
        for (const s of plan.state) {
          if (state.has(s.name)) continue;
          const value = tensors[s.name];
          const length = plan.buffers[s.buffer]!.length;
          if (!(value instanceof Float32Array)) throw new Error(`${program}: state tensor "${s.name}" was not given`);
          if (value.length !== length) throw new Error(`${program}: state tensor "${s.name}" has ${value.length} elements; the program expects ${length}`);
          state.set(s.name, uploadTensor(device, s.name, value));
          lengths.set(s.name, length);
        }
      }
      const programs = new Map(Object.entries(plans).map(([name, plan]) => [name, new GpuProgram(device, name, plan, compiled, state)]));
      return new GpuModel(device, programs, state, lengths);
    } catch (e) {
      for (const b of state.values()) b.destroy();
      throw e;
    }
  }

  /** Runs program `name`; returns the outputs named in `read` (all by default). */
  run(name: string, inputs: ProgramInputs, read?: readonly string[]): Promise<Record<string, Float32Array>> {
    if (this.disposed) throw new Error('GpuModel used after dispose()');
    const program = this.programs.get(name);
    if (!program) throw new Error(`no program named "${name}"`);
    return program.run(inputs, read);
  }

  /** Reads persistent tensors back from the device. */
  async read(names: readonly string[]): Promise<Record<string, Float32Array>> {
    const out: Record<string, Float32Array> = {};
    for (const name of names) {
      const buffer = this.state.get(name);
      if (!buffer) throw new Error(`no state tensor named "${name}"`);
      out[name] = await readTensor(this.device, buffer, this.lengths.get(name)!);
    }
    return out;
  }

  /** Frees every buffer the model allocated (the device stays the caller's). */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const p of this.programs.values()) p.dispose();
    for (const b of this.state.values()) b.destroy();
  }
}
