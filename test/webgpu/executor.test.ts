// The WebGPU executor (runtime/exec/webgpu.ts) on a real adapter, with small
// hand-written plans: results, one submit per run, outputs and updates in
// the right order, buffers bound at their exact size, pipelines shared by
// identical kernels, state kept on the device, and errors that name the
// program, the input or the kernel and its .loom location.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { ProgramPlan } from '../../compiler/plan.ts';
import { acquireDevice } from '../../runtime/backends/webgpu/device.ts';
import { WebGpuExecutor } from '../../runtime/exec/webgpu.ts';
import { asInt32, testPlan } from './plans.ts';
import { describeWebGpu } from './require-adapter.ts';
import {
  addKernel, affineKernel, doubleInPlaceKernel, iotaKernel, lengthOfKernel, randomFloats, reduceSumKernel, REDUCE_WORKGROUP, workgroupsFor,
} from './test-kernels.ts';

describeWebGpu('WebGPU executor on a real adapter', (gpu) => {
  let ex: WebGpuExecutor;
  beforeAll(() => {
    ex = new WebGpuExecutor(gpu().device);
  });
  afterAll(() => ex.dispose());

  it('adds two vectors elementwise (uniform-driven size)', async () => {
    const n = 1000; // not a multiple of the workgroup size: exercises the bounds guard
    const a = randomFloats(n, 1);
    const b = randomFloats(n, 2);
    const p = testPlan(
      [{ name: 'a', length: n, output: false }, { name: 'b', length: n, output: false }, { name: 'out', length: n, input: false }],
      [{ kernel: addKernel, buffers: ['a', 'b', 'out'], uniforms: [n], workgroups: workgroupsFor(n) }],
    );
    await ex.load('add', p.plan, p.sources);
    const { out } = await ex.run('add', { a, b });
    expect(out!.length).toBe(n);
    for (let i = 0; i < n; i++) expect(out![i]).toBe(Math.fround(a[i]! + b[i]!));
  });

  it('sums with a two-stage workgroup-memory reduction', async () => {
    const n = 100_003;
    const x = randomFloats(n, 3);
    const groups = 64;
    const chunk = Math.ceil(n / groups);
    const p = testPlan(
      [{ name: 'x', length: n, output: false }, { name: 'partial', length: groups, input: false }, { name: 'total', length: 1, input: false }],
      [
        { kernel: reduceSumKernel, buffers: ['x', 'partial'], uniforms: [n, chunk], workgroups: [groups, 1, 1] },
        { kernel: reduceSumKernel, buffers: ['partial', 'total'], uniforms: [groups, groups], workgroups: [1, 1, 1], as: 'reduce_again' },
      ],
    );
    await ex.load('reduce', p.plan, p.sources);
    const { partial, total } = await ex.run('reduce', { x });
    for (let g = 0; g < groups; g++) {
      let s = 0;
      for (let i = g * chunk; i < Math.min((g + 1) * chunk, n); i++) s += x[i]!;
      expect(partial![g]).toBeCloseTo(s, 3);
    }
    expect(total![0]).toBeCloseTo(x.reduce((s, v) => s + v, 0), 2);
  });

  it('runs a dependent chain of launches as one command encoder and one submit', async () => {
    const n = 4096;
    const a = randomFloats(n, 4);
    const b = randomFloats(n, 5);
    const p = testPlan(
      [
        { name: 'a', length: n, output: false }, { name: 'b', length: n, output: false },
        { name: 'sum', length: n, input: false, output: false }, { name: 'scaled', length: n, input: false },
        { name: 'partial', length: 16, input: false, output: false }, { name: 'total', length: 1, input: false },
      ],
      // sum = a + b; scaled = 3*sum - 1; doubled in place; then reduced in two stages.
      [
        { kernel: addKernel, buffers: ['a', 'b', 'sum'], uniforms: [n], workgroups: workgroupsFor(n) },
        { kernel: affineKernel, buffers: ['sum', 'scaled'], uniforms: [3, -1], workgroups: workgroupsFor(n) },
        { kernel: doubleInPlaceKernel, buffers: ['scaled'], workgroups: workgroupsFor(n) },
        { kernel: reduceSumKernel, buffers: ['scaled', 'partial'], uniforms: [n, n / 16], workgroups: [16, 1, 1] },
        { kernel: reduceSumKernel, buffers: ['partial', 'total'], uniforms: [16, 16], workgroups: [1, 1, 1], as: 'reduce_2' },
      ],
    );
    await ex.load('chain', p.plan, p.sources);
    const device = gpu().device;
    const submit = vi.spyOn(device.queue, 'submit');
    const encoders = vi.spyOn(device, 'createCommandEncoder');
    const before = ex.stats();
    const { scaled, total } = await ex.run('chain', { a, b });
    expect(submit).toHaveBeenCalledTimes(1);
    expect(encoders).toHaveBeenCalledTimes(1);
    submit.mockRestore();
    encoders.mockRestore();
    expect(ex.stats().submits - before.submits).toBe(1);
    expect(ex.stats().dispatches - before.dispatches).toBe(5);
    const expected = Array.from(a, (v, i) => 2 * (3 * Math.fround(v + b[i]!) - 1));
    for (let i = 0; i < n; i++) expect(scaled![i]).toBeCloseTo(expected[i]!, 4);
    expect(total![0]).toBeCloseTo(expected.reduce((s, v) => s + v, 0), 1);
  });

  it('gives each launch its own uniform values', async () => {
    const p = testPlan(
      [{ name: 'first', length: 100, input: false }, { name: 'second', length: 100, input: false }],
      [
        { kernel: iotaKernel, buffers: ['first'], uniforms: [10, 5, 3], workgroups: [1, 1, 1] },
        { kernel: iotaKernel, buffers: ['second'], uniforms: [70, -7, -2], workgroups: workgroupsFor(70), as: 'iota_2' },
        // Same kernel, same buffer, different n and values.
        { kernel: iotaKernel, buffers: ['first'], uniforms: [3, 100, 1], workgroups: [1, 1, 1], as: 'iota_3' },
      ],
    );
    await ex.load('iota', p.plan, p.sources);
    const out = await ex.run('iota', {});
    expect(Array.from(asInt32(out.first!).slice(0, 11))).toEqual([100, 101, 102, 14, 17, 20, 23, 26, 29, 32, 0]);
    const second = asInt32(out.second!);
    for (let i = 0; i < 70; i++) expect(second[i]).toBe(-7 - 2 * i);
    expect(second.slice(70).every((v) => v === 0)).toBe(true); // new buffers start zeroed
  });

  it('binds intermediates of a memory slot at their own size, and returns only the outputs asked for', async () => {
    const p = testPlan(
      [
        { name: 'x', length: 3 },
        { name: 'tmp', length: 5, slot: 0 },
        { name: 'n', length: 1, input: false },
        { name: 'm', length: 1, input: false },
      ],
      [
        { kernel: lengthOfKernel, buffers: ['x', 'n'], workgroups: [1, 1, 1] },
        { kernel: lengthOfKernel, buffers: ['tmp', 'm'], workgroups: [1, 1, 1], as: 'length_of_tmp' },
      ],
      { slots: [64] },
    );
    await ex.load('lengths', p.plan, p.sources);
    const all = await ex.run('lengths', { x: [1.5, -2.25, 3e-8] });
    expect(Object.keys(all).sort()).toEqual(['m', 'n', 'tmp', 'x']);
    expect(Array.from(all.x!)).toEqual([1.5, -2.25, Math.fround(3e-8)]);
    expect(new Uint32Array(all.n!.buffer, all.n!.byteOffset, 1)[0]).toBe(3);
    expect(new Uint32Array(all.m!.buffer, all.m!.byteOffset, 1)[0]).toBe(5); // arrayLength sees 5, not the slot's 64
    const some = await ex.run('lengths', { x: [1, 2, 3] }, ['n']);
    expect(Object.keys(some)).toEqual(['n']);
  });

  it('compiles identical kernels once, across launches and programs', async () => {
    const kernel = { ...doubleInPlaceKernel, code: `${doubleInPlaceKernel.code}\n// a variant no other test compiled\n` };
    const plan = (as: string[]) => testPlan([{ name: 'x', length: 128 }], as.map((a) => ({ kernel, buffers: ['x'], workgroups: [2, 1, 1] as const, as: a })));
    const one = plan(['d1', 'd2']);
    const two = plan(['d3']);
    const before = ex.stats().pipelines;
    await ex.load('double_twice', one.plan, one.sources);
    await ex.load('double_once', two.plan, two.sources);
    expect(ex.stats().pipelines - before).toBe(1);
    const x = new Float32Array(128).fill(1);
    expect((await ex.run('double_twice', { x })).x!.every((v) => v === 4)).toBe(true);
    expect((await ex.run('double_once', { x })).x!.every((v) => v === 2)).toBe(true);
  });

  it('keeps state on the device: updates after every kernel, outputs before updates, shared by programs', async () => {
    const state = new WebGpuExecutor(gpu().device);
    try {
      state.upload(new Map([['w', Float32Array.of(1, 2, 3)], ['unused', Float32Array.of(7)]]));
      // step: y = w (read back), w2 = 2 * copy... : double x = w+0 via affine, then w := x.
      const step = testPlan(
        [{ name: 'w', length: 3, state: 'w', output: true }, { name: 'x', length: 3, input: false }],
        [{ kernel: affineKernel, buffers: ['w', 'x'], uniforms: [2, 0], workgroups: [1, 1, 1] }],
        { updates: [{ state: 'w', from: 'x' }] },
      );
      const peek = testPlan([{ name: 'w', length: 3, state: 'w', output: true }], []);
      await state.load('step', step.plan, step.sources);
      await state.load('peek', peek.plan, peek.sources);
      const first = await state.run('step', {});
      expect(Array.from(first.w!)).toEqual([1, 2, 3]); // the output shows w before the update
      expect(Array.from(first.x!)).toEqual([2, 4, 6]);
      expect(Array.from((await state.run('peek', {})).w!)).toEqual([2, 4, 6]); // another program sees the update
      await state.run('step', {});
      const back = await state.read();
      expect(Object.keys(back).sort()).toEqual(['unused', 'w']);
      expect(Array.from(back.w!)).toEqual([4, 8, 12]);
      expect(Array.from((await state.read(['unused'])).unused!)).toEqual([7]);
      state.upload({ w: Float32Array.of(0, 0, 1) }); // overwrite in place
      expect(Array.from((await state.run('peek', {})).w!)).toEqual([0, 0, 1]);
      await expect(state.load('missing', testPlan([{ name: 'v', length: 2, state: 'v' }], []).plan, {}))
        .rejects.toThrow('program "missing" needs state "v", which was not given');
      await expect(state.load('short', testPlan([{ name: 'w', length: 4, state: 'w' }], []).plan, {}))
        .rejects.toThrow('state "w" has 3 elements; program "short" needs 4');
      expect(() => state.upload({ w: new Float32Array(5) })).toThrow(/has 3 elements on the device/);
    } finally {
      state.dispose();
    }
  });

  it('runs calls made without awaiting in order, each with its own results', async () => {
    const p = testPlan([{ name: 'x', length: 64 }], [{ kernel: doubleInPlaceKernel, buffers: ['x'], workgroups: [1, 1, 1] }]);
    await ex.load('double_concurrent', p.plan, p.sources);
    const runs = [1, 2, 3].map((v) => ex.run('double_concurrent', { x: new Float32Array(64).fill(v) }));
    const results = await Promise.all(runs);
    expect(results.map((r) => r.x![0])).toEqual([2, 4, 6]);
  });

  it('checks inputs and outputs before anything runs, naming the program and the input', async () => {
    const p = testPlan([{ name: 'x', length: 4 }], [{ kernel: doubleInPlaceKernel, buffers: ['x'], workgroups: [1, 1, 1] }]);
    const plan: ProgramPlan = { ...p.plan, inputs: [{ ...p.plan.inputs[0]!, shape: [2, 2] }], indexInputs: [{ input: 'x', size: 10, indexes: 'a table [10, 3] at t.loom:1:2' }] };
    await ex.load('checked', plan, p.sources);
    const submits = ex.stats().submits;
    await expect(ex.run('checked', {})).rejects.toThrow('program "checked" needs input "x"');
    await expect(ex.run('checked', { x: [1, 2] })).rejects.toThrow('input "x" has 2 elements; program "checked" needs 4 ([2, 2])');
    await expect(ex.run('checked', { x: [1, 2, 10, 3] })).rejects.toThrow('input "x": value 10 at [1, 0] is out of range [0, 10) for a table [10, 3] at t.loom:1:2');
    await expect(ex.run('checked', { x: [1, 2.5, 0, 3] })).rejects.toThrow('value 2.5 at [0, 1] is out of range');
    await expect(ex.run('checked', { x: [1, 2, 3, 4] }, ['y'])).rejects.toThrow('program "checked" has no output "y" (it has: x)');
    await expect(ex.run('nope', {})).rejects.toThrow('no program named "nope" is loaded');
    expect(ex.stats().submits).toBe(submits);
    expect(Array.from((await ex.run('checked', { x: [1, 2, 3, 4] })).x!)).toEqual([2, 4, 6, 8]);
  });

  it('names the kernel WebGPU rejects at run time', async () => {
    // The same buffer bound read-only and read-write in one dispatch: invalid in WebGPU.
    const p = testPlan([{ name: 'x', length: 16 }], [{ kernel: addKernel, buffers: ['x', 'x', 'x'], uniforms: [16], workgroups: [1, 1, 1] }]);
    await ex.load('aliased', p.plan, p.sources);
    await expect(ex.run('aliased', { x: new Float32Array(16) })).rejects.toThrow(/program "aliased": WebGPU rejected kernel "add" \(test\.loom:1:1\)/);
    // Nothing left behind: the executor keeps working.
    const ok = testPlan([{ name: 'x', length: 4 }], [{ kernel: doubleInPlaceKernel, buffers: ['x'], workgroups: [1, 1, 1] }]);
    await ex.load('after_rejection', ok.plan, ok.sources);
    expect(Array.from((await ex.run('after_rejection', { x: [1, 2, 3, 4] })).x!)).toEqual([2, 4, 6, 8]);
  });

  it('checks launches against the device limits at load, naming the kernel', async () => {
    const wide = testPlan([{ name: 'x', length: 4 }], [{ kernel: doubleInPlaceKernel, buffers: ['x'], workgroups: [70000, 1, 1] }]);
    await expect(ex.load('wide', wide.plan, wide.sources))
      .rejects.toThrow(/kernel "double_in_place" \(test\.loom:5:1\): workgroups \[70000, 1, 1\] must be 3 integers in 0\.\.65535/);
    const nine = testPlan(
      Array.from({ length: 9 }, (_, i) => ({ name: `b${i}`, length: 4 })),
      [{ kernel: { ...doubleInPlaceKernel, bindings: Array.from({ length: 9 }, (_, i) => ({ name: `b${i}`, access: 'read' as const })) }, buffers: Array.from({ length: 9 }, (_, i) => `b${i}`), workgroups: [1, 1, 1] }],
    );
    await expect(ex.load('nine', nine.plan, nine.sources)).rejects.toThrow(/binds 9 storage buffers; the device allows 8/);
    await expect(ex.load('no_source', wide.plan, {})).rejects.toThrow('program "no_source": kernel "double_in_place" has no WGSL source');
  });

  it('surfaces errors that escaped to the device on the next call', async () => {
    // Invalid on purpose, outside any error scope of the executor: MAP_READ may only pair with COPY_DST.
    gpu().device.createBuffer({ size: 16, usage: 0x0001 | 0x0080 });
    await new Promise((r) => setTimeout(r, 50));
    await gpu().device.queue.onSubmittedWorkDone();
    await expect(ex.read([])).rejects.toThrow(/WebGPU device error\(s\):/);
    expect(await ex.read([])).toEqual({}); // reported once, then cleared
  });

  it('reduces with the largest default workgroup (256 invocations) at scale', async () => {
    expect(REDUCE_WORKGROUP).toBe(gpu().device.limits.maxComputeInvocationsPerWorkgroup);
    const n = 1 << 20;
    const p = testPlan(
      [{ name: 'x', length: n, output: false }, { name: 'partial', length: 1024, input: false, output: false }, { name: 'total', length: 1, input: false }],
      [
        { kernel: reduceSumKernel, buffers: ['x', 'partial'], uniforms: [n, n / 1024], workgroups: [1024, 1, 1] },
        { kernel: reduceSumKernel, buffers: ['partial', 'total'], uniforms: [1024, 1024], workgroups: [1, 1, 1], as: 'reduce_2' },
      ],
    );
    await ex.load('big_reduce', p.plan, p.sources);
    expect((await ex.run('big_reduce', { x: new Float32Array(n).fill(0.5) })).total![0]).toBe(n / 2); // exact
  });

  it('reports a lost device on the next call, and refuses use after dispose()', async () => {
    const own = await acquireDevice();
    if ('unavailable' in own) throw new Error(own.unavailable);
    const lost = new WebGpuExecutor(own.device);
    lost.upload({ w: Float32Array.of(1) });
    own.destroy();
    await own.lost;
    await expect(lost.read()).rejects.toThrow(/WebGPU device lost \(destroyed\)/);
    lost.dispose();
    expect(() => lost.upload({})).toThrow('WebGPU executor used after dispose()');
  });
});
