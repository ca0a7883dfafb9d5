// Per-kernel device time on WebGPU from timestamp queries (the optional
// `timestamp-query` feature; acquireDevice({ timestamps: true }) asks for it):
// every launch of a program in its own compute pass whose beginning and end
// write a timestamp, the query set resolved into a buffer and read back.
// Median per launch over `runs` runs. The runs apply no updates and write no
// inputs: each sees the state and inputs of the last ordinary run, as the
// CUDA executor's profile() does — the same work every time.
import type { GpuDeviceLike, WebGpuExecutor } from './webgpu.ts';

// GPUBufferUsage and GPUMapMode values (fixed by the WebGPU spec).
const USAGE_MAP_READ = 0x0001;
const USAGE_COPY_SRC = 0x0004;
const USAGE_COPY_DST = 0x0008;
const USAGE_QUERY_RESOLVE = 0x0200;
const MAP_MODE_READ = 0x0001;

/** A device that may have the timestamp-query feature. */
type TimestampDevice = GpuDeviceLike & { readonly features?: { has(name: string): boolean }; createQuerySet?(descriptor: object): { destroy(): void } };

/** Whether per-kernel timing works on `device`; the reason when not. */
export function timestampsUnavailable(device: TimestampDevice): string | undefined {
  if (!device.features?.has('timestamp-query') || !device.createQuerySet) {
    return 'the WebGPU device has no timestamp-query feature (the adapter lacks it, or the device was acquired without { timestamps: true })';
  }
  return undefined;
}

/** Median device ms of every launch of program `name`, in launch order. */
export async function profileWebGpu(executor: WebGpuExecutor, device: TimestampDevice, name: string, launches: number, runs = 5): Promise<number[]> {
  const why = timestampsUnavailable(device);
  if (why) throw new Error(`per-kernel times on WebGPU: ${why}`);
  const count = 2 * launches;
  const querySet = device.createQuerySet!({ type: 'timestamp', count, label: `${name} timestamps` });
  const resolved = device.createBuffer({ size: 8 * count, usage: USAGE_QUERY_RESOLVE | USAGE_COPY_SRC, label: `${name} timestamps` });
  const readback = device.createBuffer({ size: 8 * count, usage: USAGE_MAP_READ | USAGE_COPY_DST, label: `${name} timestamps readback` });
  const times: number[][] = Array.from({ length: launches }, () => []);
  try {
    for (let r = 0; r < runs; r++) {
      const encoder = device.createCommandEncoder({ label: `${name} profile` });
      executor.recordLaunches(name, encoder, (i) => ({ timestampWrites: { querySet, beginningOfPassWriteIndex: 2 * i, endOfPassWriteIndex: 2 * i + 1 } }));
      encoder.resolveQuerySet(querySet, 0, count, resolved, 0);
      encoder.copyBufferToBuffer(resolved, 0, readback, 0, 8 * count);
      device.queue.submit([encoder.finish()]);
      await readback.mapAsync(MAP_MODE_READ);
      const stamps = new BigInt64Array(readback.getMappedRange().slice(0));
      readback.unmap();
      for (let i = 0; i < launches; i++) times[i]!.push(Number(stamps[2 * i + 1]! - stamps[2 * i]!) / 1e6);
    }
  } finally {
    querySet.destroy();
    resolved.destroy();
    readback.destroy();
  }
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]!);
}
