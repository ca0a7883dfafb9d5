import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { WebGpuRuntime } from '../../runtime/backends/webgpu/runtime.ts';
import { describeWebGpu } from './require-adapter.ts';
import {
  addKernel, affineKernel, doubleInPlaceKernel, iotaKernel, lengthOfKernel, randomFloats, reduceSumKernel, REDUCE_WORKGROUP, workgroupsFor,
} from './test-kernels.ts';

describeWebGpu('WebGpuRuntime on a real adapter', (gpu) => {
  let rt: WebGpuRuntime;
  beforeAll(() => {
    rt = new WebGpuRuntime(gpu());
  });
  afterAll(() => rt.dispose());

  it('adds two vectors elementwise', async () => {
    const n = 1000; // not a multiple of the workgroup size: exercises the bounds guard
    const a = randomFloats(n, 1);
    const b = randomFloats(n, 2);
    const [ha, hb, out] = [rt.upload(a), rt.upload(b), rt.alloc(n * 4)];
    await rt.run([{ kernel: addKernel, buffers: [ha, hb, out], uniforms: [n], workgroups: workgroupsFor(n) }]);
    const got = await rt.read(out);
    expect(got.length).toBe(n);
    for (let i = 0; i < n; i++) expect(got[i]).toBe(Math.fround(a[i]! + b[i]!));
    [ha, hb, out].forEach((h) => rt.release(h));
  });

  it('sums with a two-stage workgroup-memory reduction', async () => {
    const n = 100_003;
    const x = randomFloats(n, 3);
    const groups = 64;
    const chunk = Math.ceil(n / groups);
    const input = rt.upload(x);
    const partial = rt.alloc(groups * 4);
    const total = rt.alloc(4);
    await rt.run([
      { kernel: reduceSumKernel, buffers: [input, partial], uniforms: [n, chunk], workgroups: [groups, 1, 1] },
      { kernel: reduceSumKernel, buffers: [partial, total], uniforms: [groups, groups], workgroups: [1, 1, 1] },
    ]);
    const partials = await rt.read(partial);
    for (let g = 0; g < groups; g++) {
      let s = 0;
      for (let i = g * chunk; i < Math.min((g + 1) * chunk, n); i++) s += x[i]!;
      expect(partials[g]).toBeCloseTo(s, 3);
    }
    const expected = x.reduce((s, v) => s + v, 0);
    expect((await rt.read(total))[0]).toBeCloseTo(expected, 2);
    [input, partial, total].forEach((h) => rt.release(h));
  });

  it('records a dependent chain of dispatches into one encoder and submits once', async () => {
    const n = 4096;
    const a = randomFloats(n, 4);
    const b = randomFloats(n, 5);
    const ha = rt.upload(a);
    const hb = rt.upload(b);
    const sum = rt.alloc(n * 4);
    const scaled = rt.alloc(n * 4);
    const partial = rt.alloc(16 * 4);
    const total = rt.alloc(4);
    const device = gpu().device;
    const submit = vi.spyOn(device.queue, 'submit');
    const encoders = vi.spyOn(device, 'createCommandEncoder');
    const before = rt.stats().submits;
    // sum = a + b; scaled = 3*sum - 1; doubled in place; then reduced in two stages.
    await rt.run([
      { kernel: addKernel, buffers: [ha, hb, sum], uniforms: [n], workgroups: workgroupsFor(n) },
      { kernel: affineKernel, buffers: [sum, scaled], uniforms: [3, -1], workgroups: workgroupsFor(n) },
      { kernel: doubleInPlaceKernel, buffers: [scaled], workgroups: workgroupsFor(n) },
      { kernel: reduceSumKernel, buffers: [scaled, partial], uniforms: [n, n / 16], workgroups: [16, 1, 1] },
      { kernel: reduceSumKernel, buffers: [partial, total], uniforms: [16, 16], workgroups: [1, 1, 1] },
    ]);
    expect(submit).toHaveBeenCalledTimes(1);
    expect(encoders).toHaveBeenCalledTimes(1);
    expect(rt.stats().submits - before).toBe(1);
    submit.mockRestore();
    encoders.mockRestore();

    const expectedScaled = Array.from(a, (v, i) => 2 * (3 * Math.fround(v + b[i]!) - 1));
    const gotScaled = await rt.read(scaled);
    for (let i = 0; i < n; i++) expect(gotScaled[i]).toBeCloseTo(expectedScaled[i]!, 4);
    const expectedTotal = expectedScaled.reduce((s, v) => s + v, 0);
    expect((await rt.read(total))[0]).toBeCloseTo(expectedTotal, 1);
    [ha, hb, sum, scaled, partial, total].forEach((h) => rt.release(h));
  });

  it('drives sizes from uniforms, with a distinct uniform slot per dispatch and one upload per step', async () => {
    const first = rt.alloc(100 * 4, { zeroed: true });
    const second = rt.alloc(100 * 4, { zeroed: true });
    const uploadsBefore = rt.stats().uniformUploads;
    await rt.run([
      { kernel: iotaKernel, buffers: [first], uniforms: [10, 5, 3], workgroups: [1, 1, 1] },
      { kernel: iotaKernel, buffers: [second], uniforms: [70, -7, -2], workgroups: workgroupsFor(70) },
      // Same kernel, same buffer, different n and values: must not share the slot above.
      { kernel: iotaKernel, buffers: [first], uniforms: [3, 100, 1], workgroups: [1, 1, 1] },
    ]);
    expect(rt.stats().uniformUploads - uploadsBefore).toBe(1);
    const a = new Int32Array(await rt.readRaw(first));
    expect(Array.from(a.slice(0, 11))).toEqual([100, 101, 102, 14, 17, 20, 23, 26, 29, 32, 0]);
    expect(a.slice(11).every((v) => v === 0)).toBe(true);
    const b = new Int32Array(await rt.readRaw(second));
    for (let i = 0; i < 70; i++) expect(b[i]).toBe(-7 - 2 * i);
    expect(b.slice(70).every((v) => v === 0)).toBe(true);
    rt.release(first);
    rt.release(second);
  });

  it('reads back exactly the requested bytes, for every upload type', async () => {
    const f = rt.upload(new Float32Array([1.5, -2.25, 3e-8]));
    expect(f.byteLength).toBe(12);
    expect(Array.from(await rt.read(f))).toEqual([1.5, -2.25, Math.fround(3e-8)]);
    const i = rt.upload(new Int32Array([-1, 2147483647, -2147483648]));
    expect(Array.from(new Int32Array(await rt.readRaw(i)))).toEqual([-1, 2147483647, -2147483648]);
    const u = rt.upload(new Uint32Array([0, 4294967295]));
    expect(Array.from(new Uint32Array(await rt.readRaw(u)))).toEqual([0, 4294967295]);
    // A subarray view uploads only its own elements.
    const backing = new Float32Array([9, 8, 7, 6, 5]);
    const view = rt.upload(backing.subarray(1, 4));
    expect(Array.from(await rt.read(view))).toEqual([8, 7, 6]);
    // arrayLength() sees the handle's length, not the pooled buffer's 256 bytes.
    const length = rt.alloc(4);
    await rt.run([{ kernel: lengthOfKernel, buffers: [f, length], workgroups: [1, 1, 1] }]);
    expect(new Uint32Array(await rt.readRaw(length))[0]).toBe(3);
    rt.release(length);
    const out = rt.alloc(12);
    await rt.run([{ kernel: affineKernel, buffers: [f, out], uniforms: [2, 1], workgroups: [1, 1, 1] }]);
    expect(Array.from(await rt.read(out))).toEqual([4, -3.5, Math.fround(Math.fround(3e-8) * 2 + 1)]);
    [f, i, u, view, out].forEach((h) => rt.release(h));
  });

  it('reuses released buffers of the same size class, and zeroes them on request', async () => {
    const stale = rt.upload(new Float32Array(300).fill(7));
    rt.release(stale);
    const { created, reused } = rt.stats().storage;
    const recycled = rt.alloc(1100); // 1200 and 1100 bytes share the 1280-byte class
    expect(rt.stats().storage.created).toBe(created);
    expect(rt.stats().storage.reused).toBe(reused + 1);
    expect((await rt.read(recycled)).every((v) => v === 7)).toBe(true); // alloc() does not clear
    rt.release(recycled);
    const zeroed = rt.alloc(1100, { zeroed: true });
    expect(rt.stats().storage.created).toBe(created);
    expect((await rt.read(zeroed)).every((v) => v === 0)).toBe(true);
    const fresh = rt.upload(new Float32Array([1, 2, 3]));
    expect(Array.from(await rt.read(fresh))).toEqual([1, 2, 3]);
    rt.release(zeroed);
    rt.release(fresh);
    // Release is immediate even right after a run that used the buffer: queue order keeps it safe.
    const x = rt.upload(new Float32Array(64).fill(1));
    await rt.run([{ kernel: doubleInPlaceKernel, buffers: [x], workgroups: [1, 1, 1] }]);
    rt.release(x);
    const y = rt.upload(new Float32Array(64).fill(5));
    expect((await rt.read(y)).every((v) => v === 5)).toBe(true);
    rt.release(y);
  });

  it('caches pipelines by code and bind groups by buffers', async () => {
    const x = rt.upload(new Float32Array(128).fill(1));
    const copyOfKernel = { ...doubleInPlaceKernel, name: 'double_again' };
    await rt.run([{ kernel: doubleInPlaceKernel, buffers: [x], workgroups: [2, 1, 1] }]);
    const pipelines = rt.stats().pipelines;
    const hits = rt.stats().bindGroupHits;
    await rt.run([{ kernel: copyOfKernel, buffers: [x], workgroups: [2, 1, 1] }]);
    await rt.run([{ kernel: doubleInPlaceKernel, buffers: [x], workgroups: [2, 1, 1] }]);
    expect(rt.stats().pipelines).toBe(pipelines);
    expect(rt.stats().bindGroupHits).toBe(hits + 2);
    expect((await rt.read(x)).every((v) => v === 8)).toBe(true);
    rt.release(x);
  });

  it('precompiles with compile() and runs the precompiled pipeline', async () => {
    const kernel = { ...affineKernel, code: `${affineKernel.code}\n// precompiled variant\n` };
    await rt.compile(kernel);
    const pipelines = rt.stats().pipelines;
    const x = rt.upload(new Float32Array([1, 2]));
    const out = rt.alloc(8);
    await rt.run([{ kernel, buffers: [x, out], uniforms: [10, 0.5], workgroups: [1, 1, 1] }]);
    expect(rt.stats().pipelines).toBe(pipelines);
    expect(Array.from(await rt.read(out))).toEqual([10.5, 20.5]);
    rt.release(x);
    rt.release(out);
  });

  it('rejects misuse with messages that name the kernel and its source', async () => {
    const x = rt.alloc(64);
    const y = rt.alloc(64);
    await expect(rt.run([{ kernel: addKernel, buffers: [x, y], uniforms: [16], workgroups: [1, 1, 1] }]))
      .rejects.toThrow(/"add" \(test\.loom:1:1\): expects 3 buffer\(s\) \(a, b, out\), got 2/);
    await expect(rt.run([{ kernel: addKernel, buffers: [x, y, y], uniforms: [16], workgroups: [1, 1, 1] }]))
      .rejects.toThrow(/bound to both "b" and "out"/);
    await expect(rt.run([{ kernel: addKernel, buffers: [x, x, y], workgroups: [1, 1, 1] }]))
      .rejects.toThrow(/expects 1 uniform value\(s\) \(n\), got 0/);
    await expect(rt.run([{ kernel: addKernel, buffers: [x, x, y], uniforms: [-1], workgroups: [1, 1, 1] }]))
      .rejects.toThrow(/uniform "n" is u32 but got -1/);
    await expect(rt.run([{ kernel: addKernel, buffers: [x, x, y], uniforms: [16], workgroups: [70000, 1, 1] }]))
      .rejects.toThrow(/workgroups \[70000, 1, 1\] must be 3 integers in 0\.\.65535/);
    expect(() => rt.alloc(6)).toThrow(RangeError);
    expect(() => rt.alloc(0)).toThrow(/multiple of 4 bytes, at least 4/);
    expect(() => rt.upload(new Float32Array(0))).toThrow(RangeError);
    rt.release(y);
    expect(() => rt.release(y)).toThrow(/#\d+ was released/);
    await expect(rt.read(y)).rejects.toThrow(/was released/);
    await expect(rt.run([{ kernel: doubleInPlaceKernel, buffers: [y], workgroups: [1, 1, 1] }]))
      .rejects.toThrow(/bind "x" of kernel "double_in_place" \(test\.loom:5:1\): buffer handle #\d+ was released/);
    // None of that poisoned the runtime.
    await rt.run([{ kernel: doubleInPlaceKernel, buffers: [x], workgroups: [1, 1, 1] }]);
    await rt.sync();
    rt.release(x);
  });

  it('grows the uniform arena past its first buffer within one step', async () => {
    const count = 40; // 40 slots x 256 B > the initial 4 KiB arena
    const outs = Array.from({ length: count }, () => rt.alloc(8 * 4));
    const step = outs.map((out, k) => ({ kernel: iotaKernel, buffers: [out], uniforms: [8, k * 1000, k], workgroups: [1, 1, 1] as [number, number, number] }));
    await rt.run(step);
    await rt.run(step.slice(0, 2)); // a smaller step afterwards reuses the grown buffer
    for (let k = 0; k < count; k++) {
      const got = new Int32Array(await rt.readRaw(outs[k]!));
      expect(Array.from(got)).toEqual(Array.from({ length: 8 }, (_, i) => k * 1000 + i * k));
    }
    outs.forEach((h) => rt.release(h));
  });

  it('surfaces errors that escaped to the device on the next call', async () => {
    // Invalid on purpose, outside any error scope of the runtime: MAP_READ may only pair with COPY_DST.
    gpu().device.createBuffer({ size: 16, usage: 0x0001 | 0x0080 });
    await expect(rt.sync()).rejects.toThrow(/WebGPU device error\(s\):/);
    await rt.sync(); // reported once, then cleared
  });

  it('destroys released buffers beyond the pool cap and forgets their bind groups', async () => {
    const small = new WebGpuRuntime(gpu(), { maxPooledBytes: 0 });
    const x = small.upload(new Float32Array(64).fill(1));
    await small.run([{ kernel: doubleInPlaceKernel, buffers: [x], workgroups: [1, 1, 1] }]);
    expect(small.stats().bindGroups).toBe(1);
    small.release(x);
    expect(small.stats().storage).toMatchObject({ created: 1, live: 0, free: 0 });
    const y = small.upload(new Float32Array(64).fill(3));
    await small.run([{ kernel: doubleInPlaceKernel, buffers: [y], workgroups: [1, 1, 1] }]);
    expect(small.stats().bindGroups).toBe(1); // the destroyed buffer's group was dropped
    expect(small.stats().storage.created).toBe(2);
    expect((await small.read(y)).every((v) => v === 6)).toBe(true);
    small.dispose();
    expect(() => small.alloc(4)).toThrow(/after dispose/);
  });

  it('reduces with the largest default workgroup (256 invocations) at scale', async () => {
    expect(REDUCE_WORKGROUP).toBe(gpu().device.limits.maxComputeInvocationsPerWorkgroup);
    const n = 1 << 20;
    const input = rt.upload(new Float32Array(n).fill(0.5));
    const partial = rt.alloc(1024 * 4);
    const total = rt.alloc(4);
    await rt.run([
      { kernel: reduceSumKernel, buffers: [input, partial], uniforms: [n, n / 1024], workgroups: [1024, 1, 1] },
      { kernel: reduceSumKernel, buffers: [partial, total], uniforms: [1024, 1024], workgroups: [1, 1, 1] },
    ]);
    expect((await rt.read(total))[0]).toBe(n / 2); // exact: every partial sum is a small multiple of 0.5
    [input, partial, total].forEach((h) => rt.release(h));
  });
});
