/// <reference types="@webgpu/types" />
// Reuse of GPU buffers. Creating and destroying buffers every step is slow
// and fragments device memory, and a training step allocates the same sizes
// every time, so released buffers go on a free list per size class and the
// next request of that class takes one back.
//
// Reuse is safe without waiting for the GPU: WebGPU executes queue work in
// submission order, so anything written into a reused buffer (writeBuffer,
// a later dispatch) lands after every earlier submission that read it.

export interface PooledBuffer {
  /** Unique per pool, never reused: the bind-group cache keys on it. */
  readonly id: number;
  readonly buffer: GPUBuffer;
  /** Actual allocation: the size class, at least the requested bytes. */
  readonly size: number;
}

export interface BufferPoolStats {
  /** GPUBuffers created over the pool's life. */
  created: number;
  /** Requests served from the free list. */
  reused: number;
  live: number;
  free: number;
  liveBytes: number;
  freeBytes: number;
}

const MIN_CLASS = 256;

/**
 * Rounds `bytes` up to its size class: 256 B minimum, then four classes per
 * power of two (…, 1024, 1280, 1536, 1792, 2048, …), so at most 25% is wasted
 * while near-equal sizes share buffers. Every class is a multiple of 4 and
 * never exceeds the next power of two, so a request within a binding limit
 * that is a power of two stays within it.
 */
export function sizeClass(bytes: number): number {
  if (bytes <= MIN_CLASS) return MIN_CLASS;
  const pow = 2 ** Math.floor(Math.log2(bytes - 1));
  const step = pow / 4;
  return Math.ceil(bytes / step) * step;
}

export class BufferPool {
  private nextId = 1;
  private readonly freeByClass = new Map<number, PooledBuffer[]>();
  private readonly liveIds = new Set<number>();
  private readonly counters = { created: 0, reused: 0, liveBytes: 0, freeBytes: 0, free: 0 };

  constructor(
    private readonly device: GPUDevice,
    private readonly usage: GPUBufferUsageFlags,
    private readonly label: string,
    /** Free buffers beyond this many bytes are destroyed rather than kept. */
    private readonly maxFreeBytes: number,
    /** Told about every buffer the pool destroys, so caches can forget it. */
    private readonly onDestroy: (id: number) => void = () => {},
  ) {}

  acquire(bytes: number): { pooled: PooledBuffer; reused: boolean } {
    const size = sizeClass(bytes);
    const list = this.freeByClass.get(size);
    const recycled = list?.pop();
    if (recycled) {
      this.counters.reused++;
      this.counters.free--;
      this.counters.freeBytes -= size;
      this.markLive(recycled);
      return { pooled: recycled, reused: true };
    }
    const buffer = this.device.createBuffer({ size, usage: this.usage, label: `${this.label}#${this.nextId}` });
    const pooled: PooledBuffer = { id: this.nextId++, buffer, size };
    this.counters.created++;
    this.markLive(pooled);
    return { pooled, reused: false };
  }

  release(pooled: PooledBuffer): void {
    if (!this.liveIds.delete(pooled.id)) throw new Error(`${this.label} buffer #${pooled.id} released twice or not from this pool`);
    this.counters.liveBytes -= pooled.size;
    if (this.counters.freeBytes + pooled.size > this.maxFreeBytes) {
      this.destroy(pooled);
      return;
    }
    let list = this.freeByClass.get(pooled.size);
    if (!list) this.freeByClass.set(pooled.size, (list = []));
    list.push(pooled);
    this.counters.free++;
    this.counters.freeBytes += pooled.size;
  }

  /** Destroys every free buffer (live ones are untouched). */
  trim(): void {
    for (const list of this.freeByClass.values()) for (const p of list) this.destroy(p);
    this.freeByClass.clear();
    this.counters.free = 0;
    this.counters.freeBytes = 0;
  }

  stats(): BufferPoolStats {
    const { created, reused, liveBytes, freeBytes, free } = this.counters;
    return { created, reused, live: this.liveIds.size, free, liveBytes, freeBytes };
  }

  private markLive(p: PooledBuffer): void {
    this.liveIds.add(p.id);
    this.counters.liveBytes += p.size;
  }

  private destroy(p: PooledBuffer): void {
    // Dawn defers the real free until submitted work using it has finished.
    p.buffer.destroy();
    this.onDestroy(p.id);
  }
}
