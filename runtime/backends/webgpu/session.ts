// The WebGPU backend: a thin adapter from graphs to the WebGPU executor
// (runtime/exec/webgpu.ts), with the state on the device. The session's
// state is uploaded once, into one buffer per tensor shared by all its
// graphs; each graph is compiled on first use (compileGraph → planProgram →
// the target's renderer) and loaded into the executor, which compiles its
// pipelines up front and runs each step as one submit, reading back only the
// outputs asked for.
import type { Graph } from '../../../compiler/graph/types.ts';
import type { LoweredProgram } from '../../../compiler/kernel/lower/types.ts';
import type { FusedProgram } from '../../../compiler/fusion/types.ts';
import { planProgram, type ProgramPlan } from '../../../compiler/plan.ts';
import { compileGraph } from '../../../compiler/program.ts';
import { type TargetSpec, WEBGPU_TARGET } from '../../../compiler/target.ts';
import type { Backend, Session, StateMap } from '../../backend.ts';
import { WebGpuExecutor, type WebGpuStats, type WgslSource } from '../../exec/webgpu.ts';
import { acquireDevice, type GpuDevice } from './device.ts';

/** A graph as the session compiled it: the fused and lowered program, its plan and its kernels' WGSL. */
export interface WebGpuGraph {
  readonly fused: FusedProgram;
  readonly lowered: LoweredProgram;
  readonly plan: ProgramPlan;
  readonly sources: Readonly<Record<string, WgslSource>>;
}

export class WebGpuSession implements Session {
  readonly executor: WebGpuExecutor;
  private readonly loaded = new Map<string, Promise<WebGpuGraph>>();
  private disposed = false;

  constructor(
    private readonly gpu: GpuDevice,
    private readonly graphs: Readonly<Record<string, Graph>>,
    state: StateMap,
    /** Destroy the device on dispose (the session acquired it). */
    private readonly ownsDevice: boolean,
    /** What graphs compile for: WebGPU's spec, or a variant of it (bench/scan.ts turns chunked scans off). */
    private readonly target: TargetSpec = WEBGPU_TARGET,
  ) {
    this.executor = new WebGpuExecutor(gpu.device);
    this.executor.upload(state);
  }

  /** Graph `name` compiled, rendered and loaded onto the device (once; later calls return the same). */
  prepare(name: string): Promise<WebGpuGraph> {
    if (this.disposed) return Promise.reject(new Error('WebGPU session used after dispose()'));
    let p = this.loaded.get(name);
    if (!p) {
      const g = this.graphs[name];
      if (!g) return Promise.reject(new Error(`no graph named "${name}" in this session`));
      p = this.load(name, g);
      this.loaded.set(name, p);
      p.catch(() => this.loaded.delete(name));
    }
    return p;
  }

  private async load(name: string, g: Graph): Promise<WebGpuGraph> {
    const { fused, lowered } = compileGraph(g, { target: this.target });
    const plan = planProgram(lowered);
    const sources = Object.fromEntries(lowered.kernels.map(({ kernel }) => {
      const r = lowered.target.renderKernel(kernel);
      return [kernel.name, { code: r.code, entryPoint: r.entryPoint }];
    }));
    await this.executor.load(name, plan, sources);
    return { fused, lowered, plan, sources };
  }

  stats(): WebGpuStats {
    return this.executor.stats();
  }

  async run(name: string, inputs: ReadonlyMap<string, Float32Array>, outputs?: readonly string[]): Promise<Map<string, Float32Array>> {
    await this.prepare(name);
    return new Map(Object.entries(await this.executor.run(name, inputs, outputs)));
  }

  async readState(): Promise<StateMap> {
    if (this.disposed) throw new Error('WebGPU session used after dispose()');
    return new Map(Object.entries(await this.executor.read()));
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.executor.dispose();
    if (this.ownsDevice) this.gpu.destroy();
  }
}

/** A session on a device the caller owns (and destroys); e.g. one device shared by many sessions. */
export function createWebGpuSession(gpu: GpuDevice, graphs: Readonly<Record<string, Graph>>, state: StateMap, target: TargetSpec = WEBGPU_TARGET): WebGpuSession {
  return new WebGpuSession(gpu, graphs, state, false, target);
}

export const webgpuBackend: Backend = {
  name: 'webgpu',
  async createSession(graphs, state) {
    const gpu = await acquireDevice();
    if ('unavailable' in gpu) throw new Error(`the webgpu backend needs a WebGPU adapter: ${gpu.unavailable}`);
    return new WebGpuSession(gpu, graphs, state, true);
  },
};

/** This target's backend, as loadBackend finds it (runtime/backend.ts). */
export { webgpuBackend as backend };
