// The WebGPU default limits that loom relies on. We request devices with
// default limits so that what runs here runs in every browser; these are the
// spec minimums, listed for docs and for checks that run before a device
// exists. (The limits kernels are lowered and rendered for are the webgpu
// TargetSpec's, compiler/render/limits.ts; the executor spells the few flag
// values it needs itself, runtime/exec/webgpu.ts.)
export const DEFAULT_LIMITS = {
  maxStorageBuffersPerShaderStage: 8,
  maxUniformBuffersPerShaderStage: 12,
  maxStorageBufferBindingSize: 134_217_728,
  maxBufferSize: 268_435_456,
  maxUniformBufferBindingSize: 65_536,
  minUniformBufferOffsetAlignment: 256,
  minStorageBufferOffsetAlignment: 256,
  maxComputeWorkgroupStorageSize: 16_384,
  maxComputeInvocationsPerWorkgroup: 256,
  maxComputeWorkgroupSizeX: 256,
  maxComputeWorkgroupSizeY: 256,
  maxComputeWorkgroupSizeZ: 64,
  maxComputeWorkgroupsPerDimension: 65_535,
  maxDynamicUniformBuffersPerPipelineLayout: 8,
} as const;
