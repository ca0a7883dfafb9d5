// Public surface of the WebGPU backend. The executor itself (plans on a
// device) is runtime/exec/webgpu.ts; the session adapter is session.ts.
export { acquireDevice, describeAdapter, formatAdapterInfo } from './device.ts';
export type { AcquireOptions, AcquireResult, AdapterDescription, GpuDevice } from './device.ts';
export { validateWgsl } from './shader.ts';
export type { WgslDiagnostics } from './shader.ts';
export { DEFAULT_LIMITS } from './gpu-constants.ts';
export { WebGpuExecutor } from '../../exec/webgpu.ts';
export { WgslCompileError } from '../../exec/webgpu-errors.ts';
export type { GpuDeviceLike, WebGpuStats, WgslSource } from '../../exec/webgpu.ts';
export { createWebGpuSession, webgpuBackend, WebGpuSession } from './session.ts';
