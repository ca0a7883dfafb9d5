// Public surface of the WebGPU backend.
export { acquireDevice, describeAdapter, formatAdapterInfo } from './device.ts';
export type { AcquireOptions, AcquireResult, AdapterDescription, GpuDevice } from './device.ts';
export { kernelLabel, uniformStructBytes } from './kernel.ts';
export type { BufferHandle, Dispatch, UniformType, WgslKernel } from './kernel.ts';
export { WebGpuRuntime } from './runtime.ts';
export type { BufferCopy, RuntimeStats, StepOptions, WebGpuRuntimeOptions } from './runtime.ts';
export { checkKernelLimits, validateWgsl, WgslCompileError } from './shader.ts';
export type { WgslDiagnostics } from './shader.ts';
export { DEFAULT_LIMITS } from './gpu-constants.ts';
export { sizeClass } from './buffer-pool.ts';
