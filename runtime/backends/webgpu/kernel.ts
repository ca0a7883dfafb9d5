// The contract between loom's WGSL code generator and the WebGPU runtime.
// The generator emits WgslKernel values; a training/inference step is a list
// of Dispatches that the runtime records into one command encoder.

/** Scalar types allowed in a kernel's uniform struct (each 4 bytes, 4-aligned). */
export type UniformType = 'u32' | 'i32' | 'f32';

export interface WgslKernel {
  /** Human-readable kernel name; appears in every error about this kernel. */
  name: string;
  /** Complete WGSL module source. */
  code: string;
  /** The `@compute` function to run. */
  entryPoint: string;
  /**
   * Storage buffers, bound at `@group(0) @binding(i)` in this order. 'read'
   * must be declared `var<storage, read>` in WGSL, 'read_write' as
   * `var<storage, read_write>`.
   */
  bindings: { name: string; access: 'read' | 'read_write' }[];
  /**
   * One uniform struct bound at `@group(0) @binding(bindings.length)`,
   * fields in this order, e.g. `struct Params { n: u32, scale: f32 }` and
   * `var<uniform> params: Params`.
   */
  uniforms?: { name: string; type: UniformType }[];
  /** Must equal the shader's `@workgroup_size`; checked against device limits. */
  workgroupSize: [number, number, number];
  /** Where in the .loom model this kernel came from, as `file:line:col`. */
  source?: string;
}

/**
 * A device buffer owned by a WebGpuRuntime. Opaque: only the runtime that
 * made it can bind, read or release it.
 */
export interface BufferHandle {
  /** Unique per runtime; never reused, so a stale handle is always detected. */
  readonly id: number;
  /** Bytes visible to shaders (`arrayLength` sees exactly this); a multiple of 4, at least 4. */
  readonly byteLength: number;
}

export interface Dispatch {
  kernel: WgslKernel;
  /** One per `kernel.bindings` entry, same order. */
  buffers: BufferHandle[];
  /** One value per `kernel.uniforms` field, same order. */
  uniforms?: number[];
  /** Workgroup counts (x, y, z); each at most the device's maxComputeWorkgroupsPerDimension. */
  workgroups: [number, number, number];
}

/** `name (file:line:col)`, or just the name: how errors refer to a kernel. */
export function kernelLabel(kernel: WgslKernel): string {
  return kernel.source ? `"${kernel.name}" (${kernel.source})` : `"${kernel.name}"`;
}

/** Bytes of the kernel's uniform struct as WGSL lays it out: 4 per scalar field. */
export function uniformStructBytes(kernel: WgslKernel): number {
  return (kernel.uniforms?.length ?? 0) * 4;
}
