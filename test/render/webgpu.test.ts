// Every template's WGSL must compile cleanly in Dawn (no errors, no
// warnings) and compute what the JS renderer computes. Runs on any WebGPU
// adapter (CI: Mesa lavapipe); without one the suite is skipped with the
// reason printed (see test/webgpu/require-adapter.ts).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWorkgroups } from '../../compiler/kernel/eval.ts';
import { compileJsKernel } from '../../compiler/render/js.ts';
import { renderWgsl } from '../../compiler/render/wgsl.ts';
import { validateWgsl } from '../../runtime/backends/webgpu/shader.ts';
import { WebGpuExecutor } from '../../runtime/exec/webgpu.ts';
import { maxAbsDiff } from '../kernel/fixtures.ts';
import { describeWebGpu } from '../webgpu/require-adapter.ts';
import type { HostArray, ZooCase } from './template-zoo.ts';
import { templateZoo } from './template-zoo.ts';

const zoo = templateZoo();

function sameKind(like: HostArray, bytes: ArrayBuffer): HostArray {
  if (like instanceof Int32Array) return new Int32Array(bytes);
  if (like instanceof Uint32Array) return new Uint32Array(bytes);
  return new Float32Array(bytes);
}

function check(got: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number, what: string): void {
  if (tolerance === 0) expect(Array.from(got), what).toEqual(Array.from(expected));
  else expect(maxAbsDiff(got, expected), what).toBeLessThan(tolerance);
}

describeWebGpu('kernel templates on WebGPU', (gpu) => {
  let ex: WebGpuExecutor;
  beforeAll(() => {
    ex = new WebGpuExecutor(gpu().device);
  });
  afterAll(() => ex.dispose());

  it.each(zoo.map((c) => [c.kernel.name, c] as const))('%s: WGSL compiles with no errors or warnings', async (_, c: ZooCase) => {
    const w = renderWgsl(c.kernel);
    expect(await validateWgsl(gpu(), w.code, { entryPoint: w.entryPoint })).toEqual({ errors: [], warnings: [] });
  });

  it.each(zoo.map((c) => [c.kernel.name, c] as const))('%s: runs and matches the plain-JS reference', async (_, c: ZooCase) => {
    const w = renderWgsl(c.kernel);
    const uniforms = c.uniforms ?? {};
    // A one-launch plan: every buffer an input (its raw bytes) and an output.
    const buffers = c.kernel.buffers.map((b, i) => ({ name: b.name, buffer: i }));
    await ex.load(c.kernel.name, {
      target: 'webgpu',
      buffers: c.kernel.buffers.map((b) => ({ name: b.name, length: c.inputs[b.name]!.length, dtype: 'f32' })),
      slots: [],
      inputs: c.kernel.buffers.map((b, i) => ({ name: b.name, buffer: i, shape: [c.inputs[b.name]!.length], dtype: 'f32' })),
      indexInputs: [],
      state: [],
      outputs: buffers,
      updates: [],
      launches: [{
        kernel: c.kernel.name,
        buffers: buffers.map((b) => b.buffer),
        access: c.kernel.buffers.map((b) => b.access),
        workgroups: launchWorkgroups(c.kernel, uniforms),
        uniforms: c.kernel.uniforms.map((u) => ({ name: u.name, type: u.type, value: uniforms[u.name]! })),
      }],
    }, { [c.kernel.name]: w });
    const out = await ex.run(c.kernel.name, Object.fromEntries(c.kernel.buffers.map((b) => {
      const a = c.inputs[b.name]!;
      return [b.name, new Float32Array(a.buffer, a.byteOffset, a.length)];
    })));
    for (const [name, expected] of Object.entries(c.expected)) {
      const got = sameKind(c.inputs[name]!, out[name]!.slice().buffer);
      check(got, expected, c.tolerance, `${c.kernel.name}: ${name}`);
    }
  });
});

it.each(zoo.map((c) => [c.kernel.name, c] as const))('%s: the JS renderer matches the same reference', (_, c: ZooCase) => {
  const buffers = Object.fromEntries(Object.entries(c.inputs).map(([n, a]) => [n, a.slice()]));
  compileJsKernel(c.kernel)(buffers, c.uniforms ?? {});
  for (const [name, expected] of Object.entries(c.expected)) check(buffers[name]!, expected, c.tolerance, `${c.kernel.name}: ${name}`);
});
