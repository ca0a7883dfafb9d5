// `loom bench --backend webgpu|cuda`: the train step on a GPU backend, timed
// per step (wall time around a run that reads the loss back, so the GPU's
// work is inside it), and with --profile every kernel's device time — WebGPU
// timestamp queries (runtime/exec/webgpu-profile.ts) or CUDA events
// (CudaExecutor.profile) — joined with what the compiler knows of each kernel
// (kind, .loom location, bytes, FLOPs) into the same rows as the js profile.
import type { FusedProgram } from '../../compiler/fusion/types.ts';
import type { Graph } from '../../compiler/graph/types.ts';
import type { LoweredProgram } from '../../compiler/kernel/lower/types.ts';
import type { Session, StateMap } from '../../runtime/backend.ts';
import { KernelProfile, kernelProfileRows, launchInfo, type KernelProfileRow } from '../../runtime/backends/js/session.ts';

/** A GPU session on the train graph, the program it compiled, and how to read each launch's median device ms over `runs` runs. */
interface DeviceBench {
  session: Session;
  compiled(): Promise<{ fused: FusedProgram; lowered: LoweredProgram }>;
  launchMs(runs: number): Promise<number[]>;
  dispose(): void;
}

async function open(backend: 'webgpu' | 'cuda', graph: Graph, state: StateMap, profile: boolean): Promise<DeviceBench> {
  if (backend === 'webgpu') {
    const { acquireDevice, createWebGpuSession } = await import('../../runtime/backends/webgpu/index.ts');
    const { profileWebGpu, timestampsUnavailable } = await import('../../runtime/exec/webgpu-profile.ts');
    const gpu = await acquireDevice({ timestamps: profile });
    if ('unavailable' in gpu) throw new Error(`no WebGPU device: ${gpu.unavailable}`);
    const why = profile ? timestampsUnavailable(gpu.device as never) : undefined;
    if (why) {
      gpu.destroy();
      throw new Error(`--profile on webgpu needs timestamp queries: ${why} (${gpu.adapterInfo})`);
    }
    const session = createWebGpuSession(gpu, { train: graph }, state);
    return {
      session,
      compiled: () => session.prepare('train'),
      launchMs: async (runs) => profileWebGpu(session.executor, gpu.device as never, 'train', (await session.prepare('train')).plan.launches.length, runs),
      dispose: () => { session.dispose(); gpu.destroy(); },
    };
  }
  const { cudaBackend, CudaSession } = await import('../../runtime/backends/cuda/session.ts');
  const session = await cudaBackend.createSession({ train: graph }, state);
  if (!(session instanceof CudaSession)) throw new Error('the cuda backend returned a session without device timing');
  return { session, compiled: async () => session.prepare('train'), launchMs: async (runs) => session.profile('train', runs).map((r) => r.ms), dispose: () => session.dispose() };
}

/** Runs `warmup` then `steps` train steps on `backend`; the step times, and with `profile` the kernel rows. */
export async function benchOnDevice(backend: 'webgpu' | 'cuda', graph: Graph, state: StateMap, inputs: ReadonlyMap<string, Float32Array>,
  opts: { steps: number; warmup: number; profile: boolean }): Promise<{ stepMs: number[]; kernels?: KernelProfileRow[] }> {
  const bench = await open(backend, graph, state, opts.profile);
  try {
    for (let i = 0; i < opts.warmup; i++) await bench.session.run('train', inputs, ['loss']);
    const stepMs: number[] = [];
    for (let i = 0; i < opts.steps; i++) {
      const t0 = performance.now();
      await bench.session.run('train', inputs, ['loss']);
      stepMs.push(performance.now() - t0);
    }
    if (!opts.profile) return { stepMs };
    // The session's own program: its launches, in order, are what the device timed.
    const { fused, lowered } = await bench.compiled();
    const launches = launchInfo(lowered, fused);
    const ms = await bench.launchMs(opts.steps);
    if (ms.length !== launches.length) throw new Error(`${ms.length} timed launches for ${launches.length} compiled kernels`);
    const profile = new KernelProfile();
    for (let r = 0; r < opts.steps; r++) ms.forEach((t, i) => profile.kernel('train', i, t));
    return { stepMs, kernels: kernelProfileRows(launches, profile, 'train') };
  } finally {
    bench.dispose();
  }
}
