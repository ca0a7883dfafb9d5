// The WebGPU backend: each graph compiled (passes → fusion → GPU lowering →
// the WGSL renderer) into kernels that WebGpuRuntime runs. Mirrors the JS
// session (runtime/backends/js/session.ts), with the state on the device:
//
//  - buffers are created once: params once per SESSION (uploaded from the
//    initial state, shared by all its graphs, kept on the device), per graph
//    one buffer per input and result, and one per memory slot that its
//    intermediates share;
//  - a run writes the inputs (queue.writeBuffer), then records ALL kernels of
//    the step, the readback of the requested outputs and the updates
//    (copyBufferToBuffer update → param) into ONE command encoder and submits
//    it once; outputs are copied to staging before the updates are applied,
//    so an output that is an updated param reads its old value, as on the CPU;
//  - only requested outputs come back (all by default), through one staging
//    buffer and one mapAsync; readState() reads every param back the same way.
import { compileGraph } from '../../../compiler/program.ts';
import { WEBGPU_TARGET } from '../../../compiler/target.ts';
import { launchWorkgroups } from '../../../compiler/kernel/eval.ts';
import type { LoweredProgram } from '../../../compiler/kernel/lower/types.ts';
import type { Graph } from '../../../compiler/graph/types.ts';
import { renderWgsl, type RenderedWgsl } from '../../../compiler/render/wgsl.ts';
import type { Backend, Session, StateMap } from '../../backend.ts';
import { checkRun, stateEntry } from '../lowered-run.ts';
import { acquireDevice, type GpuDevice } from './device.ts';
import type { BufferHandle, Dispatch } from './kernel.ts';
import { WebGpuRuntime, type BufferCopy, type RuntimeStats } from './runtime.ts';

/** A session param: its device buffer and element count. */
interface DeviceParam {
  readonly handle: BufferHandle;
  readonly length: number;
}

/** Bytes of a device buffer for `length` f32 elements (WebGPU storage buffers are at least 4 bytes). */
const bytesFor = (length: number): number => Math.max(length, 1) * 4;

/** One graph, compiled, rendered and bound to device buffers. */
class CompiledGraph {
  /** Device buffer of each lowered buffer (slot buffers for intermediates, session buffers for params). */
  private readonly handles: BufferHandle[];
  /** Buffers this graph allocated (not params): released on dispose. */
  private readonly owned: BufferHandle[] = [];
  private readonly dispatches: Dispatch[];
  private readonly updates: BufferCopy[];
  private compiled: Promise<void> | null = null;
  readonly rendered: readonly RenderedWgsl[];

  constructor(
    readonly name: string,
    readonly graph: Graph,
    readonly program: LoweredProgram,
    private readonly rt: WebGpuRuntime,
    params: ReadonlyMap<string, DeviceParam>,
  ) {
    this.rendered = program.kernels.map((lk) => {
      if (lk.kernel.uniforms.length > 0) {
        throw new Error(`graph "${name}": kernel "${lk.kernel.name}" declares uniforms, which a lowered program gives no values for`);
      }
      return renderWgsl(lk.kernel);
    });
    // Every buffer the kernels do not fully write before reading starts as zeros, as on the CPU.
    const slots = program.slots.map((n) => this.own(rt.alloc(bytesFor(n), { zeroed: true })));
    this.handles = program.buffers.map((b) => {
      if (b.kind === 'param') {
        return stateEntry(name, params, b.source!, b.length).handle;
      }
      if (b.slot !== undefined) return slots[b.slot]!;
      return this.own(rt.alloc(bytesFor(b.length), { zeroed: true }));
    });
    this.dispatches = program.kernels.map((lk, i) => ({
      kernel: this.rendered[i]!,
      buffers: lk.bindings.map((id) => this.handles[id]!),
      workgroups: launchWorkgroups(lk.kernel),
    }));
    this.updates = program.updates.map((u) => {
      const p = stateEntry(name, params, u.name, program.buffers[u.buffer]!.length, 'updates');
      return { from: this.handles[u.buffer]!, to: p.handle };
    });
  }

  private own(h: BufferHandle): BufferHandle {
    this.owned.push(h);
    return h;
  }

  /** Builds every pipeline once, with Dawn's full diagnostics (WgslCompileError names the kernel and its loom source). */
  private compile(): Promise<void> {
    this.compiled ??= this.rt.compile(this.rendered);
    return this.compiled;
  }

  async run(inputs: ReadonlyMap<string, Float32Array>, outputs?: readonly string[]): Promise<Map<string, Float32Array>> {
    const { inputs: writes, outputs: wanted } = checkRun(this.name, this.graph, this.program, inputs, outputs);
    await this.compile();
    for (const { buffer, value } of writes) if (value.length > 0) this.rt.write(this.handles[buffer]!, value);
    const values = await this.rt.step(this.dispatches, { read: wanted.map((o) => this.handles[o.buffer]!), copies: this.updates });
    const result = new Map<string, Float32Array>();
    wanted.forEach((o, i) => result.set(o.name, values[i]!.subarray(0, this.program.buffers[o.buffer]!.length)));
    return result;
  }

  dispose(): void {
    for (const h of this.owned) this.rt.release(h);
    this.owned.length = 0;
  }
}

export class WebGpuSession implements Session {
  private readonly compiled = new Map<string, CompiledGraph>();
  private readonly params = new Map<string, DeviceParam>();
  readonly runtime: WebGpuRuntime;
  private disposed = false;

  constructor(
    private readonly gpu: GpuDevice,
    private readonly graphs: Readonly<Record<string, Graph>>,
    state: StateMap,
    /** Destroy the device on dispose (the session acquired it). */
    private readonly ownsDevice: boolean,
  ) {
    this.runtime = new WebGpuRuntime(gpu);
    for (const [name, value] of state) {
      const handle = this.runtime.alloc(bytesFor(value.length));
      if (value.length > 0) this.runtime.write(handle, value);
      this.params.set(name, { handle, length: value.length });
    }
  }

  /** The graph compiled for the GPU (compiled on first use). */
  program(name: string): LoweredProgram {
    return this.graph(name).program;
  }

  /** Its kernels as WGSL, in execution order. */
  shaders(name: string): readonly RenderedWgsl[] {
    return this.graph(name).rendered;
  }

  stats(): RuntimeStats {
    return this.runtime.stats();
  }

  private graph(name: string): CompiledGraph {
    if (this.disposed) throw new Error('WebGPU session used after dispose()');
    let c = this.compiled.get(name);
    if (!c) {
      const g = this.graphs[name];
      if (!g) throw new Error(`no graph named "${name}" in this session`);
      c = new CompiledGraph(name, g, compileGraph(g, { target: WEBGPU_TARGET }).lowered, this.runtime, this.params);
      this.compiled.set(name, c);
    }
    return c;
  }

  async run(name: string, inputs: ReadonlyMap<string, Float32Array>, outputs?: readonly string[]): Promise<Map<string, Float32Array>> {
    return this.graph(name).run(inputs, outputs);
  }

  async readState(): Promise<StateMap> {
    if (this.disposed) throw new Error('WebGPU session used after dispose()');
    const entries = [...this.params];
    const values = await this.runtime.step([], { read: entries.map(([, p]) => p.handle) });
    return new Map(entries.map(([name, p], i) => [name, values[i]!.subarray(0, p.length)]));
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const c of this.compiled.values()) c.dispose();
    this.compiled.clear();
    this.runtime.dispose();
    if (this.ownsDevice) this.gpu.destroy();
  }
}

/** A session on a device the caller owns (and destroys); e.g. one device shared by many sessions. */
export function createWebGpuSession(gpu: GpuDevice, graphs: Readonly<Record<string, Graph>>, state: StateMap): WebGpuSession {
  return new WebGpuSession(gpu, graphs, state, false);
}

export const webgpuBackend: Backend = {
  name: 'webgpu',
  async createSession(graphs, state) {
    const gpu = await acquireDevice();
    if ('unavailable' in gpu) throw new Error(`the webgpu backend needs a WebGPU adapter: ${gpu.unavailable}`);
    return new WebGpuSession(gpu, graphs, state, true);
  },
};
