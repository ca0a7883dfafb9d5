/// <reference types="@webgpu/types" />
// Uniform values for a step's dispatches, packed into ONE uniform buffer.
//
// Every dispatch that has uniforms gets a slot (aligned to
// minUniformBufferOffsetAlignment, 256 bytes by default) in a CPU-side
// arena; before submitting, the used part of the arena goes to the GPU with
// a single queue.writeBuffer, and each dispatch selects its slot with a
// dynamic offset on setBindGroup. So a step costs one small upload, no
// per-dispatch buffers, and bind groups stay cacheable (the offset is not
// part of the bind group).
//
// The same GPU buffer is overwritten by the next step without waiting for
// the GPU: queue operations run in order, so the next step's writeBuffer
// lands only after the previous submission has read its uniforms. Only the
// slots WITHIN one step must be distinct, which the arena guarantees.
// Identical values within a step share a slot (e.g. many layers with the same n).
import { BufferUsage } from './gpu-constants.ts';
import { kernelLabel, uniformStructBytes, type WgslKernel } from './kernel.ts';

/** Bytes bound for a kernel's uniform struct: WGSL size rounded up to 16. */
export function uniformBindingSize(kernel: WgslKernel): number {
  return Math.max(16, Math.ceil(uniformStructBytes(kernel) / 16) * 16);
}

export class UniformArena {
  private bytes = new ArrayBuffer(4096);
  private u32 = new Uint32Array(this.bytes);
  private i32 = new Int32Array(this.bytes);
  private f32 = new Float32Array(this.bytes);
  private cursor = 0;
  private readonly slotsByContent = new Map<string, number>();
  private gpuBuffer: GPUBuffer | null = null;
  /** Bumped whenever the GPU buffer is replaced; bind groups built on an old one are stale. */
  generation = 0;
  /** queue.writeBuffer calls made, for tests and stats. */
  uploads = 0;

  constructor(
    private readonly device: GPUDevice,
    private readonly alignment: number,
  ) {}

  /** Starts packing a new step. */
  begin(): void {
    this.cursor = 0;
    this.slotsByContent.clear();
  }

  /** Packs one dispatch's values and returns the byte offset of its slot. */
  push(kernel: WgslKernel, values: readonly number[] | undefined): number {
    const fields = kernel.uniforms ?? [];
    const given = values ?? [];
    if (given.length !== fields.length) {
      throw new Error(`WGSL kernel ${kernelLabel(kernel)}: expects ${fields.length} uniform value(s) (${fields.map((f) => f.name).join(', ')}), got ${given.length}`);
    }
    const slotBytes = Math.ceil(uniformBindingSize(kernel) / this.alignment) * this.alignment;
    this.reserve(this.cursor + slotBytes);
    const base = this.cursor / 4;
    for (let i = 0; i < fields.length; i++) {
      const { name, type } = fields[i]!;
      const v = given[i]!;
      if (type === 'f32') {
        if (typeof v !== 'number') throw uniformError(kernel, name, type, v);
        this.f32[base + i] = v;
      } else if (type === 'u32') {
        if (!Number.isInteger(v) || v < 0 || v > 0xffff_ffff) throw uniformError(kernel, name, type, v);
        this.u32[base + i] = v;
      } else {
        if (!Number.isInteger(v) || v < -0x8000_0000 || v > 0x7fff_ffff) throw uniformError(kernel, name, type, v);
        this.i32[base + i] = v;
      }
    }
    const words = uniformBindingSize(kernel) / 4;
    for (let i = fields.length; i < words; i++) this.u32[base + i] = 0;
    const key = `${words}:${this.u32.subarray(base, base + words).join(',')}`;
    const existing = this.slotsByContent.get(key);
    if (existing !== undefined) return existing;
    this.slotsByContent.set(key, this.cursor);
    this.cursor += slotBytes;
    return this.cursor - slotBytes;
  }

  /**
   * Uploads this step's slots and returns the buffer to bind (null when no
   * dispatch had uniforms). Call after every push() and before creating bind groups.
   */
  flush(): GPUBuffer | null {
    if (this.cursor === 0) return this.gpuBuffer;
    if (!this.gpuBuffer || this.gpuBuffer.size < this.cursor) {
      // Grow to a power of two so steady-state steps never reallocate.
      const size = 2 ** Math.ceil(Math.log2(Math.max(this.cursor, 4096)));
      this.gpuBuffer?.destroy();
      this.gpuBuffer = this.device.createBuffer({ size, usage: BufferUsage.UNIFORM | BufferUsage.COPY_DST, label: 'loom uniforms' });
      this.generation++;
    }
    this.device.queue.writeBuffer(this.gpuBuffer, 0, this.bytes, 0, this.cursor);
    this.uploads++;
    return this.gpuBuffer;
  }

  destroy(): void {
    this.gpuBuffer?.destroy();
    this.gpuBuffer = null;
  }

  private reserve(end: number): void {
    if (end <= this.bytes.byteLength) return;
    const grown = new ArrayBuffer(2 ** Math.ceil(Math.log2(end)));
    new Uint8Array(grown).set(new Uint8Array(this.bytes, 0, this.cursor));
    this.bytes = grown;
    this.u32 = new Uint32Array(grown);
    this.i32 = new Int32Array(grown);
    this.f32 = new Float32Array(grown);
  }
}

function uniformError(kernel: WgslKernel, field: string, type: string, value: unknown): Error {
  return new Error(`WGSL kernel ${kernelLabel(kernel)}: uniform "${field}" is ${type} but got ${String(value)}`);
}
