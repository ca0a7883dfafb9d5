// The webgpu session's contract: one queue submit per step (kernels, readback
// of the requested outputs and the param updates all in one command
// encoder), params kept on the device and shared by the session's graphs,
// kernels with identical WGSL compiled once, and the js session's input
// validation, message for message (both run runtime/exec/inputs.ts).
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Graph } from '../../../compiler/graph/types.ts';
import { BACKEND_NAMES, loadBackend, type Session } from '../../../runtime/backend.ts';
import { jsBackend } from '../../../runtime/backends/js/session.ts';
import { createWebGpuSession, type WebGpuSession } from '../../../runtime/backends/webgpu/session.ts';
import { describeWebGpu } from '../../webgpu/require-adapter.ts';
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
    const program = (await session.prepare('train')).lowered; // compiles, renders, builds pipelines and allocates up front
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
        expect(after.bindGroups).toBe(before.bindGroups);
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

  it('compiles a kernel that several graphs share once (pipelines keyed by WGSL code)', async () => {
    const fresh = createWebGpuSession(gpu(), graphsOf(m), copy(m));
    try {
      const kernels = new Set<string>();
      let launches = 0;
      for (const g of ['forward', 'loss', 'train']) {
        const { sources, plan } = await fresh.prepare(g);
        launches += plan.launches.length;
        for (const l of plan.launches) kernels.add(`${sources[l.kernel]!.entryPoint}\u0000${l.access.join()}\u0000${sources[l.kernel]!.code}`);
      }
      expect(fresh.stats().pipelines).toBe(kernels.size);
      expect(kernels.size).toBeLessThan(launches);
    } finally {
      fresh.dispose();
    }
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
