// Where compiled code runs, described once. Every decision that depends on
// the target — how kernels launch, which limits lowering must respect, which
// renderer writes the source and with what file extension — reads the
// target's TargetSpec; nothing branches on a target's name. A new target
// is one more entry here, its renderer, and its executor (docs/executors.md).
import type { Kernel } from './kernel/ir.ts';
import type { LaunchKind } from './kernel/templates/common.ts';
import { renderJs } from './render/js.ts';
import { renderCuda } from './render/cuda.ts';
import { CPU_LIMITS, CUDA_LIMITS, WEBGPU_LIMITS, type TargetLimits } from './render/limits.ts';
import { renderWgsl } from './render/wgsl.ts';

export type TargetName = 'js' | 'webgpu' | 'cuda';

/** A kernel rendered to its target's source text. */
export interface RenderedKernel {
  readonly name: string;
  /** The function name in the source (the kernel name, made a valid identifier). */
  readonly entryPoint: string;
  readonly code: string;
}

export interface TargetSpec {
  readonly name: TargetName;
  /** One line for `--help` and messages. */
  readonly description: string;
  /** serial: one invocation loops over everything (CPU); grid: workgroups of invocations (GPU). */
  readonly launch: LaunchKind;
  /** What one kernel may use; lowering splits kernels to fit (storage buffers), the renderer checks the rest. */
  readonly limits: TargetLimits;
  /** Extension of a rendered kernel file, with the dot. */
  readonly kernelExtension: string;
  /** Whether templates may emit the CPU `gemm` intrinsic (a WebAssembly SIMD micro-kernel). */
  readonly gemmIntrinsic: boolean;
  /**
   * Whether a linear scan may run as a chunked parallel scan (grid targets,
   * fusion/templates/scan-chunked.ts). Off, every scan steps through time in
   * order: the two forms measured or tested side by side on one target.
   */
  readonly chunkedScans: boolean;
  /** Renders one kernel (verified and checked against the limits first). */
  renderKernel(kernel: Kernel): RenderedKernel;
}

export const JS_TARGET: TargetSpec = {
  name: 'js',
  description: 'JavaScript kernels on the CPU (matmuls on WebAssembly SIMD, or the system OpenBLAS under Node)',
  launch: 'serial',
  limits: CPU_LIMITS,
  kernelExtension: '.js',
  gemmIntrinsic: true,
  chunkedScans: false,
  renderKernel(kernel) {
    const r = renderJs(kernel);
    return { name: r.name, entryPoint: r.name, code: r.source };
  },
};

export const WEBGPU_TARGET: TargetSpec = {
  name: 'webgpu',
  description: 'WGSL compute shaders on WebGPU (Dawn in Node, navigator.gpu in a browser)',
  launch: 'grid',
  limits: WEBGPU_LIMITS,
  kernelExtension: '.wgsl',
  gemmIntrinsic: false,
  chunkedScans: true,
  renderKernel(kernel) {
    const r = renderWgsl(kernel);
    return { name: r.name, entryPoint: r.entryPoint, code: r.code };
  },
};

export const CUDA_TARGET: TargetSpec = {
  name: 'cuda',
  description: 'CUDA C++ kernels on an NVIDIA GPU (PTX through nvcc or NVRTC, run through the driver API)',
  launch: 'grid',
  limits: CUDA_LIMITS,
  kernelExtension: '.cu',
  gemmIntrinsic: false,
  chunkedScans: true,
  renderKernel(kernel) {
    const r = renderCuda(kernel);
    return { name: r.name, entryPoint: r.entryPoint, code: r.code };
  },
};

export const TARGETS: Readonly<Record<TargetName, TargetSpec>> = { js: JS_TARGET, webgpu: WEBGPU_TARGET, cuda: CUDA_TARGET };
export const TARGET_NAMES = Object.keys(TARGETS) as TargetName[];

/** The spec of target `name`, or an error listing the targets there are. */
export function targetSpec(name: string): TargetSpec {
  const spec = (TARGETS as Record<string, TargetSpec | undefined>)[name];
  if (!spec) throw new Error(`unknown target "${name}" (targets: ${TARGET_NAMES.join(', ')})`);
  return spec;
}
