// WebGPU flag values, fixed by the spec (GPUBufferUsage, GPUMapMode,
// GPUShaderStage). Browsers expose them as globals, but dawn.node only hands
// them out in its `globals` object; spelling them here keeps the runtime free
// of global-scope setup in either environment.

export const BufferUsage = {
  MAP_READ: 0x0001,
  MAP_WRITE: 0x0002,
  COPY_SRC: 0x0004,
  COPY_DST: 0x0008,
  UNIFORM: 0x0040,
  STORAGE: 0x0080,
} as const;

export const MapMode = { READ: 0x0001, WRITE: 0x0002 } as const;

export const ShaderStage = { COMPUTE: 0x4 } as const;

/**
 * The WebGPU default limits that loom relies on. We request devices with
 * default limits so that what runs here runs in every browser; these are the
 * spec minimums, listed for docs and for checks that run before a device exists.
 */
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
