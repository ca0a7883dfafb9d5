// Device limits checked at render time, so an oversized kernel fails with the
// kernel's name, its loom source and the limit it broke, instead of a driver
// message at dispatch. WebGPU's are the spec defaults (what every browser
// guarantees); CUDA's are those of every GPU loom targets.
import { evalHost } from '../kernel/eval.ts';
import type { KExpr, Kernel } from '../kernel/ir.ts';
import { KernelError, invocationsPerWorkgroup, workgroupBytes } from '../kernel/ir.ts';

export interface TargetLimits {
  readonly target: string;
  /** Storage buffers per shader; undefined: unlimited. */
  readonly maxStorageBuffers?: number;
  readonly maxInvocationsPerWorkgroup: number;
  readonly maxWorkgroupSize: readonly [number, number, number];
  readonly maxWorkgroupsPerDimension: number;
  readonly maxWorkgroupMemoryBytes: number;
}

/** The CPU: one serial invocation per kernel, no binding or workgroup limits. */
export const CPU_LIMITS: TargetLimits = {
  target: 'JavaScript',
  maxInvocationsPerWorkgroup: 1,
  maxWorkgroupSize: [1, 1, 1],
  maxWorkgroupsPerDimension: 1,
  maxWorkgroupMemoryBytes: Number.MAX_SAFE_INTEGER,
};

/** WebGPU's spec defaults (what every browser guarantees): the one place they are written. */
export const WEBGPU_LIMITS: TargetLimits = {
  target: 'WGSL',
  maxStorageBuffers: 8,
  maxInvocationsPerWorkgroup: 256,
  maxWorkgroupSize: [256, 256, 64],
  maxWorkgroupsPerDimension: 65535,
  maxWorkgroupMemoryBytes: 16384,
};

/** CUDA's limits on every GPU loom targets (sm_80 and later): 1024 threads a block, 48 KiB static shared memory. */
export const CUDA_LIMITS: TargetLimits = {
  target: 'CUDA',
  maxInvocationsPerWorkgroup: 1024,
  maxWorkgroupSize: [1024, 1024, 64],
  maxWorkgroupsPerDimension: 65535,
  maxWorkgroupMemoryBytes: 48 * 1024,
};

/** Every limit `kernel` breaks, as messages (empty when it fits). */
export function limitProblems(kernel: Kernel, limits: TargetLimits): string[] {
  const problems: string[] = [];
  const t = limits.target;
  if (limits.maxStorageBuffers !== undefined && kernel.buffers.length > limits.maxStorageBuffers) {
    problems.push(`${kernel.buffers.length} storage buffers; ${t} allows at most ${limits.maxStorageBuffers} per shader (split the kernel)`);
  }
  const wgBytes = workgroupBytes(kernel);
  if (wgBytes > limits.maxWorkgroupMemoryBytes) {
    problems.push(`${wgBytes} bytes of workgroup memory; ${t} allows at most ${limits.maxWorkgroupMemoryBytes}`);
  }
  const { launch } = kernel;
  if (launch.kind === 'grid') {
    const n = invocationsPerWorkgroup(launch);
    if (n > limits.maxInvocationsPerWorkgroup) {
      problems.push(`workgroup size [${launch.workgroupSize.join(', ')}] has ${n} invocations; ${t} allows at most ${limits.maxInvocationsPerWorkgroup}`);
    }
    launch.workgroupSize.forEach((d, i) => {
      if (d > limits.maxWorkgroupSize[i]!) {
        problems.push(`workgroup size ${'xyz'[i]} = ${d} exceeds the ${t} limit ${limits.maxWorkgroupSize[i]}`);
      }
    });
    launch.workgroups.forEach((e, i) => {
      // Only constant counts can be checked here; dynamic ones are the runtime's to check.
      const count = constantValue(e);
      if (count !== undefined && count > limits.maxWorkgroupsPerDimension) {
        problems.push(`${count} workgroups in ${'xyz'[i]}; ${t} allows at most ${limits.maxWorkgroupsPerDimension} per dimension (use a 2-D/3-D grid)`);
      }
    });
  }
  return problems;
}

/** Throws a KernelError when the kernel exceeds the target's limits. */
export function assertWithinLimits(kernel: Kernel, limits: TargetLimits): void {
  const problems = limitProblems(kernel, limits);
  if (problems.length > 0) throw new KernelError(kernel.name, kernel.loc, problems);
}

/** The value of an expression that reads no uniforms, else undefined. */
function constantValue(e: KExpr): number | undefined {
  try {
    return evalHost(e, {});
  } catch {
    return undefined;
  }
}
