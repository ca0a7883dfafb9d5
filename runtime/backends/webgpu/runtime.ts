/// <reference types="@webgpu/types" />
// Runs generated WGSL kernels. A step is a list of Dispatches; run() records
// all of them into ONE command encoder (one compute pass: WebGPU orders and
// synchronises storage writes between dispatches of a pass) and submits
// once. Data stays on the device; read() copies back only what is asked for.
//
// Caches: pipelines by (code, entry point, binding layout) in
// pipeline-cache.ts; bind groups by (layout, exact GPU buffers and sizes,
// uniform-buffer generation), made cacheable by binding uniforms with a
// dynamic offset (uniforms.ts); GPU buffers by size class (buffer-pool.ts).
//
// run() encodes and submits synchronously, so steps execute in call order
// even if a caller does not await; the promise it returns settles once Dawn
// has validated the step (not when the GPU finishes) and rejects with the
// kernel's name and .loom location on any shader or validation error.
import { BufferPool, type BufferPoolStats, type PooledBuffer } from './buffer-pool.ts';
import type { GpuDevice } from './device.ts';
import { BufferUsage, MapMode } from './gpu-constants.ts';
import { kernelLabel, type BufferHandle, type Dispatch, type WgslKernel } from './kernel.ts';
import { PipelineCache, type CachedPipeline } from './pipeline-cache.ts';
import { UniformArena, uniformBindingSize } from './uniforms.ts';

export interface WebGpuRuntimeOptions {
  /** Released storage buffers kept for reuse, in bytes, before extras are destroyed. Default 512 MiB. */
  maxPooledBytes?: number;
  /** Bind groups kept (least recently used are dropped). Default 4096. */
  maxBindGroups?: number;
  /** Shader compiler warnings. Default console.warn. */
  onWarning?: (message: string) => void;
}

export interface RuntimeStats {
  pipelines: number;
  bindGroups: number;
  bindGroupHits: number;
  bindGroupMisses: number;
  submits: number;
  /** Compute dispatches recorded by run()/step(). */
  dispatches: number;
  /** Buffer-to-buffer copies recorded by step() (reads into staging not counted). */
  copies: number;
  uniformUploads: number;
  storage: BufferPoolStats;
  staging: BufferPoolStats;
}

/** A buffer-to-buffer copy of all of `from` into the start of `to`. */
export interface BufferCopy {
  from: BufferHandle;
  to: BufferHandle;
}

/** Work recorded into a step's command encoder after its compute pass. */
export interface StepOptions {
  /**
   * Buffers to read back: copied into one staging buffer right after the
   * compute pass (before `copies`), in the same submit, and returned in order.
   */
  read?: readonly BufferHandle[];
  /** Copies recorded after the reads, in order (e.g. updates of persistent state). */
  copies?: readonly BufferCopy[];
}

interface BindGroupEntry {
  group: GPUBindGroup;
  bufferIds: number[];
}

/**
 * A buffer as bound: `bytes` is the handle's byteLength, not the pooled size,
 * so a shader's arrayLength() sees exactly what was asked for.
 */
interface Binding {
  pooled: PooledBuffer;
  bytes: number;
}

interface LiveBuffer {
  handle: BufferHandle;
  pooled: PooledBuffer;
}

export class WebGpuRuntime {
  readonly device: GPUDevice;
  readonly limits: GPUSupportedLimits;
  private readonly storage: BufferPool;
  private readonly staging: BufferPool;
  private readonly uniforms: UniformArena;
  private readonly pipelines: PipelineCache;
  private readonly bindGroups = new Map<string, BindGroupEntry>();
  private readonly destroyedBufferIds = new Set<number>();
  private readonly live = new Map<number, LiveBuffer>();
  private readonly deviceErrors: string[] = [];
  private readonly maxBindGroups: number;
  private nextHandleId = 1;
  private counters = { bindGroupHits: 0, bindGroupMisses: 0, submits: 0, dispatches: 0, copies: 0 };
  private lostReason: string | null = null;
  private disposed = false;
  private readonly onUncapturedError = (event: Event): void => {
    // preventDefault stops Dawn from also printing it; we rethrow it instead.
    event.preventDefault();
    this.deviceErrors.push((event as GPUUncapturedErrorEvent).error.message.trim());
  };

  constructor(gpu: GpuDevice | GPUDevice, options: WebGpuRuntimeOptions = {}) {
    this.device = 'device' in gpu ? gpu.device : gpu;
    this.limits = this.device.limits;
    this.pipelines = new PipelineCache(this.device, options.onWarning ?? ((m) => console.warn(m)));
    this.maxBindGroups = options.maxBindGroups ?? 4096;
    const forget = (id: number) => this.destroyedBufferIds.add(id);
    this.storage = new BufferPool(this.device, BufferUsage.STORAGE | BufferUsage.COPY_SRC | BufferUsage.COPY_DST, 'loom storage', options.maxPooledBytes ?? 512 * 2 ** 20, forget);
    this.staging = new BufferPool(this.device, BufferUsage.MAP_READ | BufferUsage.COPY_DST, 'loom readback', 64 * 2 ** 20);
    this.uniforms = new UniformArena(this.device, this.limits.minUniformBufferOffsetAlignment);
    this.device.addEventListener('uncapturederror', this.onUncapturedError);
    void this.device.lost.then((info) => {
      if (!this.disposed) this.lostReason = `WebGPU device lost (${info.reason}): ${info.message}`;
    });
  }

  /** Builds pipelines ahead of time, awaiting full compiler diagnostics. Throws WgslCompileError. */
  async compile(kernels: WgslKernel | readonly WgslKernel[]): Promise<void> {
    const list: readonly WgslKernel[] = Array.isArray(kernels) ? kernels : [kernels as WgslKernel];
    await Promise.all(list.map((k) => this.pipelines.compile(k)));
  }

  /** Overwrites the start of a device buffer with `data` (queued: later steps see it, earlier ones do not). */
  write(handle: BufferHandle, data: Float32Array | Int32Array | Uint32Array): void {
    this.throwIfBroken();
    const { pooled } = this.liveBuffer(handle, 'write');
    if (data.byteLength > handle.byteLength) {
      throw new RangeError(`write: ${data.byteLength} bytes do not fit buffer #${handle.id} of ${handle.byteLength} bytes`);
    }
    this.device.queue.writeBuffer(pooled.buffer, 0, data.buffer, data.byteOffset, data.byteLength);
  }

  /** Copies `data` into a new device buffer. */
  upload(data: Float32Array | Int32Array | Uint32Array): BufferHandle {
    const handle = this.allocate(data.byteLength, 'upload');
    const { pooled } = this.live.get(handle.id)!;
    this.device.queue.writeBuffer(pooled.buffer, 0, data.buffer, data.byteOffset, data.byteLength);
    return handle;
  }

  /**
   * A device buffer of `bytes` (a positive multiple of 4). Contents are
   * unspecified (a reused buffer keeps old data) unless `zeroed` is set.
   */
  alloc(bytes: number, options: { zeroed?: boolean } = {}): BufferHandle {
    const handle = this.allocate(bytes, 'alloc');
    const { pooled } = this.live.get(handle.id)!;
    if (options.zeroed) {
      const encoder = this.device.createCommandEncoder();
      encoder.clearBuffer(pooled.buffer, 0, bytes);
      this.submit(encoder);
    }
    return handle;
  }

  /** Returns the buffer to the pool. The handle is dead afterwards. */
  release(handle: BufferHandle): void {
    const entry = this.liveBuffer(handle, 'release');
    this.live.delete(handle.id);
    this.storage.release(entry.pooled);
  }

  /** Encodes every dispatch into one command encoder and submits once. */
  run(dispatches: readonly Dispatch[]): Promise<void> {
    try {
      return this.runNow(dispatches, {}).then(() => undefined);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /**
   * run() plus readback and copies in the same command encoder and submit:
   * the compute pass, then `read` buffers into one staging buffer, then
   * `copies`. Resolves with the read buffers' contents as float32, in order.
   */
  step(dispatches: readonly Dispatch[], options: StepOptions = {}): Promise<Float32Array[]> {
    try {
      return this.runNow(dispatches, options);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /** Reads a buffer back as float32 values (byteLength / 4 of them). */
  async read(handle: BufferHandle): Promise<Float32Array> {
    return new Float32Array(await this.readRaw(handle));
  }

  /** Reads a buffer back as bytes (for i32/u32 data: wrap in Int32Array/Uint32Array). */
  async readRaw(handle: BufferHandle): Promise<ArrayBuffer> {
    this.throwIfBroken();
    const { pooled } = this.liveBuffer(handle, 'read');
    const bytes = handle.byteLength;
    const { pooled: stage } = this.staging.acquire(bytes);
    // The copy is submitted now, so later run()/release() calls cannot change what we read.
    const encoder = this.device.createCommandEncoder();
    encoder.copyBufferToBuffer(pooled.buffer, 0, stage.buffer, 0, bytes);
    this.submit(encoder);
    try {
      await stage.buffer.mapAsync(MapMode.READ, 0, bytes);
    } catch (e) {
      this.throwIfBroken();
      throw new Error(`reading buffer #${handle.id} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    const copy = stage.buffer.getMappedRange(0, bytes).slice(0);
    stage.buffer.unmap();
    this.staging.release(stage);
    this.throwIfBroken();
    return copy;
  }

  /** Waits until the GPU has finished all submitted work; throws any pending device error. */
  async sync(): Promise<void> {
    this.throwIfBroken();
    await this.device.queue.onSubmittedWorkDone();
    this.throwIfBroken();
  }

  stats(): RuntimeStats {
    return {
      pipelines: this.pipelines.size,
      bindGroups: this.bindGroups.size,
      ...this.counters,
      uniformUploads: this.uniforms.uploads,
      storage: this.storage.stats(),
      staging: this.staging.stats(),
    };
  }

  /** Frees every buffer and cache of this runtime. The device itself belongs to the caller. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const { pooled } of this.live.values()) pooled.buffer.destroy();
    this.live.clear();
    this.storage.trim();
    this.staging.trim();
    this.uniforms.destroy();
    this.bindGroups.clear();
    this.pipelines.clear();
    this.device.removeEventListener('uncapturederror', this.onUncapturedError);
  }

  private runNow(dispatches: readonly Dispatch[], options: StepOptions): Promise<Float32Array[]> {
    this.throwIfBroken();
    const reads = options.read ?? [];
    const copies = options.copies ?? [];
    if (dispatches.length === 0 && reads.length === 0 && copies.length === 0) return Promise.resolve([]);
    const readSources = reads.map((h) => this.liveBuffer(h, 'read').pooled);
    const copyPairs = copies.map(({ from, to }) => {
      if (from.byteLength > to.byteLength) {
        throw new RangeError(`copy: buffer #${from.id} (${from.byteLength} bytes) does not fit buffer #${to.id} (${to.byteLength} bytes)`);
      }
      return { src: this.liveBuffer(from, 'copy from').pooled, dst: this.liveBuffer(to, 'copy to').pooled, bytes: from.byteLength };
    });
    this.forgetDestroyedBuffers();
    const checks: { kernel: WgslKernel; entry: CachedPipeline }[] = [];
    const prepared: { entry: CachedPipeline; bindings: Binding[]; offset: number | null; dispatch: Dispatch }[] = [];
    this.uniforms.begin();
    for (const dispatch of dispatches) {
      const { kernel } = dispatch;
      const entry = this.pipelines.getNow(kernel);
      if (entry.pending) checks.push({ kernel, entry });
      const bindings = this.bindBuffers(dispatch);
      this.checkWorkgroups(dispatch);
      const offset = (kernel.uniforms?.length ?? 0) > 0 ? this.uniforms.push(kernel, dispatch.uniforms) : null;
      if (offset === null && (dispatch.uniforms?.length ?? 0) > 0) {
        throw new Error(`WGSL kernel ${kernelLabel(kernel)} declares no uniforms but the dispatch passes ${dispatch.uniforms!.length}`);
      }
      prepared.push({ entry, bindings, offset, dispatch });
    }
    const uniformBuffer = this.uniforms.flush();

    this.device.pushErrorScope('validation');
    let validation: Promise<GPUError | null>;
    let stage: PooledBuffer | null = null;
    try {
      const encoder = this.device.createCommandEncoder({ label: 'loom step' });
      if (prepared.length > 0) {
        const pass = encoder.beginComputePass();
        for (const { entry, bindings, offset, dispatch } of prepared) {
          pass.setPipeline(entry.pipeline);
          const group = this.bindGroupFor(entry, dispatch.kernel, bindings, offset === null ? null : uniformBuffer);
          if (offset === null) pass.setBindGroup(0, group);
          else pass.setBindGroup(0, group, [offset]);
          pass.dispatchWorkgroups(...dispatch.workgroups);
        }
        pass.end();
        this.counters.dispatches += prepared.length;
      }
      if (reads.length > 0) {
        stage = this.staging.acquire(reads.reduce((sum, h) => sum + h.byteLength, 0)).pooled;
        let at = 0;
        reads.forEach((h, i) => {
          encoder.copyBufferToBuffer(readSources[i]!.buffer, 0, stage!.buffer, at, h.byteLength);
          at += h.byteLength;
        });
      }
      for (const { src, dst, bytes } of copyPairs) {
        if (src !== dst) encoder.copyBufferToBuffer(src.buffer, 0, dst.buffer, 0, bytes);
      }
      this.counters.copies += copyPairs.length;
      this.submit(encoder);
    } catch (e) {
      if (stage) this.staging.release(stage);
      throw e;
    } finally {
      // Always pop, even if encoding threw, so the device's scope stack stays balanced.
      validation = this.device.popErrorScope();
    }
    return this.reportStep(checks, validation, dispatches, stage, reads);
  }

  private async reportStep(
    checks: { kernel: WgslKernel; entry: CachedPipeline }[],
    validation: Promise<GPUError | null>,
    dispatches: readonly Dispatch[],
    stage: PooledBuffer | null,
    reads: readonly BufferHandle[],
  ): Promise<Float32Array[]> {
    try {
      // A shader error explains the step's validation failure better, so it goes first.
      for (const { kernel, entry } of checks) await this.pipelines.settle(entry, kernel);
      const error = await validation;
      if (error) {
        const names = [...new Set(dispatches.map((d) => kernelLabel(d.kernel)))].join(', ');
        throw new Error(`WebGPU rejected a step of ${dispatches.length} dispatch(es) [kernels: ${names}]:\n  ${error.message.trim()}`);
      }
      this.throwIfBroken();
      if (!stage) return [];
      const total = reads.reduce((sum, h) => sum + h.byteLength, 0);
      try {
        await stage.buffer.mapAsync(MapMode.READ, 0, total);
      } catch (e) {
        this.throwIfBroken();
        throw new Error(`reading ${reads.length} buffer(s) back failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      const bytes = stage.buffer.getMappedRange(0, total).slice(0);
      stage.buffer.unmap();
      this.throwIfBroken();
      let at = 0;
      return reads.map((h) => {
        const out = new Float32Array(bytes, at, h.byteLength / 4);
        at += h.byteLength;
        return out;
      });
    } finally {
      if (stage) this.staging.release(stage);
    }
  }

  private bindGroupFor(entry: CachedPipeline, kernel: WgslKernel, bindings: Binding[], uniformBuffer: GPUBuffer | null): GPUBindGroup {
    const ids = bindings.map((b) => b.pooled.id);
    const key = `${entry.layoutKey}|${bindings.map((b) => `${b.pooled.id}:${b.bytes}`).join(',')}|${uniformBuffer ? this.uniforms.generation : '-'}`;
    const cached = this.bindGroups.get(key);
    if (cached) {
      // Re-insert to keep Map order = least recently used first.
      this.bindGroups.delete(key);
      this.bindGroups.set(key, cached);
      this.counters.bindGroupHits++;
      return cached.group;
    }
    this.counters.bindGroupMisses++;
    const entries: GPUBindGroupEntry[] = bindings.map((b, i) => ({ binding: i, resource: { buffer: b.pooled.buffer, offset: 0, size: b.bytes } }));
    if (uniformBuffer) {
      entries.push({ binding: bindings.length, resource: { buffer: uniformBuffer, offset: 0, size: uniformBindingSize(kernel) } });
    }
    const group = this.device.createBindGroup({ layout: entry.bindGroupLayout, entries });
    this.bindGroups.set(key, { group, bufferIds: ids });
    if (this.bindGroups.size > this.maxBindGroups) this.bindGroups.delete(this.bindGroups.keys().next().value!);
    return group;
  }

  private bindBuffers(dispatch: Dispatch): Binding[] {
    const { kernel, buffers } = dispatch;
    if (buffers.length !== kernel.bindings.length) {
      throw new Error(`WGSL kernel ${kernelLabel(kernel)}: expects ${kernel.bindings.length} buffer(s) (${kernel.bindings.map((b) => b.name).join(', ')}), got ${buffers.length}`);
    }
    const pooled = buffers.map((h, i) => this.liveBuffer(h, `bind "${kernel.bindings[i]!.name}" of kernel ${kernelLabel(kernel)}`).pooled);
    for (let i = 0; i < pooled.length; i++) {
      for (let j = i + 1; j < pooled.length; j++) {
        const writable = kernel.bindings[i]!.access === 'read_write' || kernel.bindings[j]!.access === 'read_write';
        if (pooled[i] === pooled[j] && writable) {
          throw new Error(`WGSL kernel ${kernelLabel(kernel)}: buffer #${buffers[i]!.id} is bound to both "${kernel.bindings[i]!.name}" and "${kernel.bindings[j]!.name}"; WebGPU forbids aliasing a writable storage binding`);
        }
      }
    }
    return pooled.map((p, i) => ({ pooled: p, bytes: buffers[i]!.byteLength }));
  }

  private checkWorkgroups({ kernel, workgroups }: Dispatch): void {
    const max = this.limits.maxComputeWorkgroupsPerDimension;
    if (workgroups.length !== 3 || !workgroups.every((n) => Number.isInteger(n) && n >= 0 && n <= max)) {
      throw new Error(`WGSL kernel ${kernelLabel(kernel)}: workgroups [${workgroups.join(', ')}] must be 3 integers in 0..${max}`);
    }
  }

  private allocate(bytes: number, what: string): BufferHandle {
    this.throwIfBroken();
    const max = this.limits.maxStorageBufferBindingSize;
    if (!Number.isInteger(bytes) || bytes < 4 || bytes % 4 !== 0 || bytes > max) {
      throw new RangeError(`${what}: storage buffers must be a multiple of 4 bytes, at least 4 and at most maxStorageBufferBindingSize (${max}); got ${bytes}`);
    }
    const { pooled } = this.storage.acquire(bytes);
    const handle: BufferHandle = Object.freeze({ id: this.nextHandleId++, byteLength: bytes });
    this.live.set(handle.id, { handle, pooled });
    return handle;
  }

  private liveBuffer(handle: BufferHandle, use: string): LiveBuffer {
    const entry = this.live.get(handle.id);
    if (!entry || entry.handle !== handle) {
      throw new Error(`${use}: buffer handle #${handle.id} was released or belongs to another runtime`);
    }
    return entry;
  }

  private submit(encoder: GPUCommandEncoder): void {
    this.device.queue.submit([encoder.finish()]);
    this.counters.submits++;
  }

  /** Drops bind groups that reference buffers the pool has destroyed. */
  private forgetDestroyedBuffers(): void {
    if (this.destroyedBufferIds.size === 0) return;
    for (const [key, { bufferIds }] of this.bindGroups) {
      if (bufferIds.some((id) => this.destroyedBufferIds.has(id))) this.bindGroups.delete(key);
    }
    this.destroyedBufferIds.clear();
  }

  private throwIfBroken(): void {
    if (this.disposed) throw new Error('WebGpuRuntime used after dispose()');
    if (this.lostReason) throw new Error(this.lostReason);
    if (this.deviceErrors.length > 0) {
      const errors = this.deviceErrors.splice(0);
      throw new Error(`WebGPU device error(s):\n  ${errors.join('\n  ')}`);
    }
  }
}
