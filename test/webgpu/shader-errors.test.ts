// Shader errors: the executor compiles every kernel of a program when it is
// loaded, and a bad one fails the load with a WgslCompileError that names
// the kernel, its .loom location, Dawn's WGSL line:col and the offending
// line; validateWgsl reports the same diagnostics for tests.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { WgslKernel } from '../../compiler/render/wgsl.ts';
import { validateWgsl } from '../../runtime/backends/webgpu/shader.ts';
import { WebGpuExecutor } from '../../runtime/exec/webgpu.ts';
import { WgslCompileError } from '../../runtime/exec/webgpu-errors.ts';
import { testPlan } from './plans.ts';
import { describeWebGpu } from './require-adapter.ts';
import { addKernel, brokenKernel, doubleInPlaceKernel } from './test-kernels.ts';

const onlyKernel = (kernel: WgslKernel) => testPlan([{ name: 'x', length: 64 }], [{ kernel, buffers: ['x'], workgroups: [1, 1, 1] }]);

describeWebGpu('WGSL compile errors', (gpu) => {
  let ex: WebGpuExecutor;
  const warnings: string[] = [];
  beforeAll(() => {
    ex = new WebGpuExecutor(gpu().device, { onWarning: (m) => warnings.push(m) });
  });
  afterAll(() => ex.dispose());

  it('a broken shader fails the load, naming the kernel, its .loom source and Dawn line:col', async () => {
    const p = onlyKernel(brokenKernel);
    const error = await ex.load('broken', p.plan, p.sources).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(WgslCompileError);
    const message = (error as Error).message;
    expect(message).toMatch(/^WGSL kernel "broken_scale" \(model\.loom:12:3\) failed to compile:\n {2}error at WGSL 5:16/);
    expect(message).toMatch(/error at WGSL 5:16: cannot convert value of type 'abstract-float' to type 'u32'/);
    expect(message).toContain('  let k: u32 = 1.5;'); // the offending line, with carets below it
    expect(message).toMatch(/\n\s+\^\^\^/);
    expect((error as WgslCompileError).kernel).toBe('broken_scale');
    expect((error as WgslCompileError).source).toBe('model.loom:12:3');
    expect((error as WgslCompileError).diagnostics).toEqual(["5:16: cannot convert value of type 'abstract-float' to type 'u32'"]);
    // The failure neither stays cached nor leaves device errors behind, and the program was not loaded.
    await expect(ex.load('broken', p.plan, p.sources)).rejects.toThrow(/broken_scale/);
    await expect(ex.run('broken', { x: new Float32Array(64) })).rejects.toThrow('no program named "broken" is loaded');
    const ok = onlyKernel(doubleInPlaceKernel);
    await ex.load('fine', ok.plan, ok.sources);
    expect((await ex.run('fine', { x: new Float32Array(64).fill(1) })).x![0]).toBe(2);
  });

  it('reports pipeline errors (missing entry point, access mismatch) with the kernel name', async () => {
    const noEntry = onlyKernel({ ...doubleInPlaceKernel, name: 'no_entry', entryPoint: 'absent' });
    await expect(ex.load('no_entry', noEntry.plan, noEntry.sources))
      .rejects.toThrow(/"no_entry" \(test\.loom:5:1\) failed to build a compute pipeline \(entry point "absent"\)/);
    // Declared read-only in the plan but read_write in WGSL: the layout cannot match.
    const mismatched = onlyKernel({ ...doubleInPlaceKernel, name: 'mismatched', bindings: [{ name: 'x', access: 'read' }] });
    await expect(ex.load('mismatched', mismatched.plan, mismatched.sources)).rejects.toThrow(/"mismatched"/);
    expect(await ex.read([])).toEqual({}); // no device error escaped
  });

  it('clean kernels compile without warnings', async () => {
    const p = testPlan(
      [{ name: 'a', length: 4 }, { name: 'b', length: 4 }, { name: 'out', length: 4 }],
      [{ kernel: addKernel, buffers: ['a', 'b', 'out'], uniforms: [4], workgroups: [1, 1, 1] }],
    );
    await ex.load('clean', p.plan, p.sources);
    expect(warnings).toEqual([]);
  });

  it('validateWgsl: clean code has no errors and no warnings', async () => {
    for (const kernel of [addKernel, doubleInPlaceKernel]) {
      expect(await validateWgsl(gpu(), kernel.code, { entryPoint: kernel.entryPoint })).toEqual({ errors: [], warnings: [] });
    }
  });

  it('validateWgsl: reports errors as line:col and never raises uncaptured device errors', async () => {
    const result = await validateWgsl(gpu().device, brokenKernel.code);
    expect(result.errors).toEqual(["5:16: cannot convert value of type 'abstract-float' to type 'u32'"]);
    expect(result.warnings).toEqual([]);
    await gpu().device.queue.onSubmittedWorkDone();
    expect(await ex.read([])).toEqual({}); // would throw if the bad module had reached the uncaptured-error handler
  });

  it('validateWgsl with an entry point catches pipeline-time limits (workgroup storage > 16 KiB)', async () => {
    const code = `
var<workgroup> tile: array<f32, 8192>; // 32 KiB: over the WebGPU default of 16384 bytes
@group(0) @binding(0) var<storage, read_write> out: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(local_invocation_id) lid: vec3u) {
  tile[lid.x] = 1.0;
  workgroupBarrier();
  out[lid.x] = tile[63u - lid.x];
}`;
    expect((await validateWgsl(gpu(), code)).errors).toEqual([]);
    const withPipeline = await validateWgsl(gpu(), code, { entryPoint: 'main' });
    expect(withPipeline.errors).toHaveLength(1);
    expect(withPipeline.errors[0]).toMatch(/^pipeline: .*(16384|workgroup storage)/is);
  });
});
