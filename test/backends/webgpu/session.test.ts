// The webgpu session's contract: one queue submit per step (kernels, readback
// of the requested outputs and the param updates all in one command
// encoder), params kept on the device and shared by the session's graphs,
// and the js session's input validation, message for message.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Graph } from '../../../compiler/graph/types.ts';
import { BACKEND_NAMES, loadBackend, type Session } from '../../../runtime/backend.ts';
import { jsBackend } from '../../../runtime/backends/js/session.ts';
import { WebGpuRuntime } from '../../../runtime/backends/webgpu/runtime.ts';
import { createWebGpuSession, type WebGpuSession } from '../../../runtime/backends/webgpu/session.ts';
import { describeWebGpu } from '../../webgpu/require-adapter.ts';
import { doubleInPlaceKernel } from '../../webgpu/test-kernels.ts';
import { exampleFiles, graphInputs, loadExample, relativeError, TOLERANCE, type ExampleModel } from './examples.ts';

const copy = (m: ExampleModel) => new Map([...m.state].map(([k, v]) => [k, Float32Array.from(v)]));
const graphsOf = (m: ExampleModel) => m.graphs as unknown as Readonly<Record<string, Graph>>;

it('registers the webgpu backend, keeping js the default', async () => {
  expect(BACKEND_NAMES).toContain('webgpu');
  expect((await loadBackend('webgpu')).name).toBe('webgpu');
});

describeWebGpu('webgpu session', (gpu) => {
  let m: ExampleModel;
  let session: WebGpuSession;
  let js: Session;
  beforeAll(async () => {
    m = loadExample(exampleFiles().find((f) => f.endsWith('/gpt.loom'))!);
    session = createWebGpuSession(gpu(), graphsOf(m), copy(m));
    js = await jsBackend.createSession(graphsOf(m), copy(m));
  });
  afterAll(() => {
    session.dispose();
    js.dispose();
  });

  it('runs a train step as exactly one queue submit, dispatching every kernel once', async () => {
    const program = session.program('train'); // compiles, renders and allocates (zeroing buffers) up front
    const device = gpu().device;
    for (const step of [1, 2]) {
      const submit = vi.spyOn(device.queue, 'submit');
      const encoders = vi.spyOn(device, 'createCommandEncoder');
      const before = session.stats();
      const out = await session.run('train', graphInputs(m, 'train', 10 + step), ['loss']);
      const after = session.stats();
      expect(submit).toHaveBeenCalledTimes(1);
      expect(encoders).toHaveBeenCalledTimes(1);
      submit.mockRestore();
      encoders.mockRestore();
      expect(after.submits - before.submits).toBe(1);
      expect(after.dispatches - before.dispatches).toBe(program.kernels.length);
      expect(after.copies - before.copies).toBe(program.updates.length);
      // Only the requested output comes back.
      expect([...out.keys()]).toEqual(['loss']);
      expect(Number.isFinite(out.get('loss')![0])).toBe(true);
      if (step === 2) {
        // Steady state: nothing new to build.
        expect(after.pipelines).toBe(before.pipelines);
        expect(after.bindGroupMisses).toBe(before.bindGroupMisses);
        console.info(`[webgpu] gpt small: ${program.kernels.length} kernels and ${program.updates.length} update copies per train step, 1 submit`);
      }
    }
  });

  it('keeps params on the device, shared by its graphs (train, then forward sees the new weights)', async () => {
    await js.run('train', graphInputs(m, 'train', 11), ['loss']);
    await js.run('train', graphInputs(m, 'train', 12), ['loss']);
    const inputs = graphInputs(m, 'forward', 5);
    const [got, ref] = [await session.run('forward', inputs), await js.run('forward', inputs)];
    expect(relativeError(got.get('output')!, ref.get('output')!)).toBeLessThanOrEqual(TOLERANCE);
    const [gotState, refState] = [await session.readState(), await js.readState()];
    expect([...gotState.keys()].sort()).toEqual([...refState.keys()].sort());
    const changed = [...gotState].filter(([k, v]) => relativeError(v, m.state.get(k)!) > 0).length;
    expect(changed).toBeGreaterThan(0);
  });

  it('WebGpuRuntime.step: kernels, then reads, then copies, in one submit', async () => {
    const rt = new WebGpuRuntime(gpu());
    const x = rt.upload(Float32Array.of(1, 2, 3));
    const param = rt.upload(Float32Array.of(0, 0, 0));
    const before = rt.stats().submits;
    // x doubles; the read sees the param BEFORE the copy x → param lands (as a session's outputs see pre-update params).
    const [dx, p0] = await rt.step([{ kernel: doubleInPlaceKernel, buffers: [x], workgroups: [1, 1, 1] }], { read: [x, param], copies: [{ from: x, to: param }] });
    expect(rt.stats().submits - before).toBe(1);
    expect([...dx!]).toEqual([2, 4, 6]);
    expect([...p0!]).toEqual([0, 0, 0]);
    expect([...(await rt.read(param))]).toEqual([2, 4, 6]);
    rt.write(x, Float32Array.of(5));
    expect([...(await rt.step([], { read: [x] }))[0]!]).toEqual([5, 4, 6]);
    rt.dispose();
  });

  it('validates inputs and names like the js session, with the same messages', async () => {
    const tokens = graphInputs(m, 'forward', 1).get('tokens')!;
    const bad = Float32Array.from(tokens);
    bad[3] = m.vocab;
    const cases: [string, Map<string, Float32Array>, string[]?][] = [
      ['forward', new Map()],
      ['forward', new Map([['tokens', tokens.subarray(1)]])],
      ['forward', new Map([['tokens', bad]])],
      ['forward', new Map([['tokens', tokens]]), ['no_such_output']],
      ['no_such_graph', new Map([['tokens', tokens]])],
    ];
    for (const [graph, inputs, outputs] of cases) {
      const message = await js.run(graph, inputs, outputs).then(() => 'no error', (e: Error) => e.message);
      expect(message).not.toBe('no error');
      await expect(session.run(graph, inputs, outputs)).rejects.toThrow(message);
    }
  });
});
