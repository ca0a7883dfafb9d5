import { afterAll, beforeAll, expect, it } from 'vitest';
import type { WgslKernel } from '../../runtime/backends/webgpu/kernel.ts';
import { WebGpuRuntime } from '../../runtime/backends/webgpu/runtime.ts';
import { checkKernelLimits, validateWgsl, WgslCompileError } from '../../runtime/backends/webgpu/shader.ts';
import { describeWebGpu } from './require-adapter.ts';
import { addKernel, brokenKernel, doubleInPlaceKernel } from './test-kernels.ts';

describeWebGpu('WGSL compile errors', (gpu) => {
  let rt: WebGpuRuntime;
  beforeAll(() => {
    rt = new WebGpuRuntime(gpu());
  });
  afterAll(() => rt.dispose());

  it('a broken shader in run() rejects naming the kernel, its .loom source and Dawn line:col', async () => {
    const x = rt.alloc(256);
    const error = await rt.run([{ kernel: brokenKernel, buffers: [x], workgroups: [1, 1, 1] }]).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(WgslCompileError);
    const message = (error as Error).message;
    expect(message).toContain('"broken_scale"');
    expect(message).toContain('model.loom:12:3');
    expect(message).toMatch(/error at WGSL 5:16: cannot convert value of type 'abstract-float' to type 'u32'/);
    expect(message).toContain('  let k: u32 = 1.5;'); // the offending line, with carets below it
    expect(message).toMatch(/\n\s+\^\^\^/);
    expect((error as WgslCompileError).kernel).toBe('broken_scale');
    expect((error as WgslCompileError).source).toBe('model.loom:12:3');
    // The failure neither stays cached nor leaves device errors behind.
    await expect(rt.run([{ kernel: brokenKernel, buffers: [x], workgroups: [1, 1, 1] }])).rejects.toThrow(/broken_scale/);
    await rt.run([{ kernel: doubleInPlaceKernel, buffers: [x], workgroups: [1, 1, 1] }]);
    await rt.sync();
    rt.release(x);
  });

  it('compile() reports the same error before anything runs', async () => {
    await expect(rt.compile(brokenKernel)).rejects.toThrow(/WGSL kernel "broken_scale" \(model\.loom:12:3\) failed to compile:\n {2}error at WGSL 5:16/);
  });

  it('reports pipeline errors (missing entry point, access mismatch) with the kernel name', async () => {
    const noEntry: WgslKernel = { ...doubleInPlaceKernel, name: 'no_entry', entryPoint: 'absent' };
    await expect(rt.compile(noEntry)).rejects.toThrow(/"no_entry" \(test\.loom:5:1\) failed to build a compute pipeline \(entry point "absent"\)/);
    // Declared read-only to the runtime but read_write in WGSL: the layout cannot match.
    const mismatched: WgslKernel = { ...doubleInPlaceKernel, name: 'mismatched', bindings: [{ name: 'x', access: 'read' }] };
    const x = rt.alloc(64);
    await expect(rt.run([{ kernel: mismatched, buffers: [x], workgroups: [1, 1, 1] }])).rejects.toThrow(/"mismatched"/);
    await rt.sync();
    rt.release(x);
  });

  it('checks workgroup sizes and binding counts against the default limits', () => {
    const limits = gpu().device.limits;
    expect(() => checkKernelLimits({ ...addKernel, workgroupSize: [512, 1, 1] }, limits)).toThrow(/"add" \(test\.loom:1:1\): workgroupSize \[512,1,1\] exceeds/);
    expect(() => checkKernelLimits({ ...addKernel, workgroupSize: [16, 16, 2] }, limits)).toThrow(/512 invocations; the limit is 256/);
    const nine = Array.from({ length: 9 }, (_, i) => ({ name: `b${i}`, access: 'read' as const }));
    expect(() => checkKernelLimits({ ...addKernel, bindings: nine }, limits)).toThrow(/9 storage buffers; the limit is 8/);
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
    await rt.sync(); // would throw if the bad module had reached the uncaptured-error handler
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
