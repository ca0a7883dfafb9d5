// The CUDA backend: a thin adapter from graphs to the CUDA executor
// (runtime/exec/cuda.ts), with the state on the GPU. Each graph is compiled
// on first use (compileGraph → planProgram → the CUDA renderer), its kernels
// rendered into one translation unit, compiled to PTX for this device with
// NVRTC (or nvcc when NVRTC is not installed), and loaded by the driver.
// Without an NVIDIA driver and GPU, creating a session fails with a message
// that says what is missing (runtime/exec/cuda-driver.ts).
import { nvccPtx } from '../../../compiler/emit/cuda-ptx.ts';
import type { Graph } from '../../../compiler/graph/types.ts';
import type { LoweredProgram } from '../../../compiler/kernel/lower/types.ts';
import type { FusedProgram } from '../../../compiler/fusion/types.ts';
import { planProgram, type ProgramPlan } from '../../../compiler/plan.ts';
import { compileGraph } from '../../../compiler/program.ts';
import { renderCuda, renderCudaModule } from '../../../compiler/render/cuda.ts';
import { CUDA_TARGET, type TargetSpec } from '../../../compiler/target.ts';
import type { Backend, Session, StateMap } from '../../backend.ts';
import { type CudaDriver, CudaError, openCudaDriver } from '../../exec/cuda-driver.ts';
import { CudaExecutor, type CudaKernelEntry, type CudaModuleSource, type CudaTiming } from '../../exec/cuda.ts';

/** A graph as the session compiled it. */
export interface CudaGraph {
  /** The fused program it was lowered from (kernel kinds and costs, for profiles). */
  readonly fused: FusedProgram;
  readonly lowered: LoweredProgram;
  readonly plan: ProgramPlan;
  /** The CUDA C++ translation unit of its kernels. */
  readonly source: string;
}

/** The module's kernels: entry points and block sizes, by kernel name. */
export function cudaKernelEntries(lowered: LoweredProgram): Record<string, CudaKernelEntry> {
  return Object.fromEntries(lowered.kernels.map(({ kernel }) => {
    if (kernel.launch.kind !== 'grid') throw new Error(`kernel ${kernel.name} is not a grid kernel`);
    return [kernel.name, { entryPoint: renderCuda(kernel).entryPoint, block: kernel.launch.workgroupSize }];
  }));
}

/**
 * PTX for `source`: NVRTC when the driver found it, else nvcc for the
 * device's architecture (compiler/emit/cuda-ptx.ts, as `loom compile`
 * uses). Throws CudaError with the compiler's diagnostics.
 */
export function compileCudaPtx(driver: CudaDriver, source: string, name: string, archSuffix: '' | 'a' = ''): string {
  if (driver.compilePtx) return driver.compilePtx(source, name, archSuffix);
  const [major, minor] = driver.computeCapability;
  try {
    return nvccPtx(source, `${major * 10 + minor}${archSuffix}`, name.replace(/\.cu$/, ''));
  } catch (e) {
    throw new CudaError(`neither NVRTC (libnvrtc) nor a working nvcc could compile ${name} to PTX: ${(e as Error).message}`);
  }
}

export class CudaSession implements Session {
  readonly executor: CudaExecutor;
  private readonly loaded = new Map<string, CudaGraph>();
  private disposed = false;

  constructor(
    readonly driver: CudaDriver,
    private readonly graphs: Readonly<Record<string, Graph>>,
    state: StateMap,
    /** What graphs compile for: CUDA's spec, or a variant of it (bench/scan.ts turns chunked scans off). */
    private readonly target: TargetSpec = CUDA_TARGET,
  ) {
    this.executor = new CudaExecutor(driver);
    this.executor.upload(state);
  }

  /** Graph `name` compiled, rendered and loaded onto the GPU (once). */
  prepare(name: string): CudaGraph {
    if (this.disposed) throw new Error('CUDA session used after dispose()');
    let g = this.loaded.get(name);
    if (!g) {
      const graph = this.graphs[name];
      if (!graph) throw new Error(`no graph named "${name}" in this session`);
      const { fused, lowered } = compileGraph(graph, { target: this.target });
      const plan = planProgram(lowered);
      const source = renderCudaModule(lowered.kernels.map((k) => k.kernel));
      const module: CudaModuleSource = { ptx: compileCudaPtx(this.driver, source, `${name}.cu`), kernels: cudaKernelEntries(lowered) };
      this.executor.load(name, plan, module);
      g = { fused, lowered, plan, source };
      this.loaded.set(name, g);
    }
    return g;
  }

  async run(name: string, inputs: ReadonlyMap<string, Float32Array>, outputs?: readonly string[]): Promise<Map<string, Float32Array>> {
    this.prepare(name);
    return new Map(Object.entries(this.executor.run(name, inputs, outputs)));
  }

  /** Device time of graph `name` (run once first, so its inputs are on the GPU). */
  time(name: string, runs: number, warmup?: number): CudaTiming {
    this.prepare(name);
    return this.executor.time(name, runs, warmup);
  }

  /** Device time of each launch of graph `name` (run once first). */
  profile(name: string, runs?: number): { kernel: string; loc?: string; ms: number }[] {
    this.prepare(name);
    return this.executor.profile(name, runs);
  }

  async readState(): Promise<StateMap> {
    if (this.disposed) throw new Error('CUDA session used after dispose()');
    return new Map(Object.entries(this.executor.read()));
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.executor.dispose();
    this.driver.close();
  }
}

export const cudaBackend: Backend = {
  name: 'cuda',
  async createSession(graphs, state) {
    let driver: CudaDriver;
    try {
      driver = await openCudaDriver();
    } catch (e) {
      throw new Error(`the cuda backend needs an NVIDIA GPU with its driver: ${(e as Error).message}`);
    }
    return new CudaSession(driver, graphs, state);
  },
};

/** This target's backend, as loadBackend finds it (runtime/backend.ts). */
export { cudaBackend as backend };
