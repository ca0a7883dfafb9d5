/// <reference types="@webgpu/types" />
// Compute pipelines, keyed by WGSL code + entry point + binding layout, and
// the explicit bind-group layouts they use. Layouts are explicit rather than
// 'auto' because uniforms are bound with a dynamic offset (see uniforms.ts),
// which 'auto' layouts cannot express; kernels of the same binding shape
// share one layout.
import { ShaderStage } from './gpu-constants.ts';
import { kernelLabel, uniformStructBytes, type WgslKernel } from './kernel.ts';
import { checkKernelLimits, compileKernel, createPipelineNow, type WgslCompileError } from './shader.ts';

export interface CachedPipeline {
  readonly pipeline: GPUComputePipeline;
  readonly bindGroupLayout: GPUBindGroupLayout;
  /** Binding shape, e.g. `rrw/u4`: part of every bind-group cache key. */
  readonly layoutKey: string;
  /** Dawn's verdict on a synchronously created pipeline, until known good. */
  pending: Promise<WgslCompileError | null> | null;
  readonly code: string;
  readonly entryPoint: string;
}

interface BindingLayout {
  bindGroupLayout: GPUBindGroupLayout;
  pipelineLayout: GPUPipelineLayout;
}

export class PipelineCache {
  private readonly layouts = new Map<string, BindingLayout>();
  private readonly byKey = new Map<string, CachedPipeline>();
  // Fast path: the generator reuses kernel objects, and looking one up by
  // identity avoids hashing its whole WGSL source on every dispatch.
  private readonly byKernel = new WeakMap<WgslKernel, CachedPipeline>();

  constructor(
    private readonly device: GPUDevice,
    private readonly onWarning: (message: string) => void,
  ) {}

  get size(): number {
    return this.byKey.size;
  }

  /**
   * The kernel's pipeline, created synchronously if new so a step can be
   * encoded without awaiting. If `pending` is set, settle() it afterwards.
   */
  getNow(kernel: WgslKernel): CachedPipeline {
    const cached = this.lookup(kernel);
    if (cached) return cached;
    checkKernelLimits(kernel, this.device.limits);
    const { layout, key } = this.layoutFor(kernel);
    const { pipeline, error } = createPipelineNow(this.device, kernel, layout.pipelineLayout);
    return this.store(kernel, { pipeline, bindGroupLayout: layout.bindGroupLayout, layoutKey: key, pending: error, code: kernel.code, entryPoint: kernel.entryPoint });
  }

  /** Builds the kernel's pipeline with full diagnostics; throws WgslCompileError. */
  async compile(kernel: WgslKernel): Promise<void> {
    const cached = this.lookup(kernel);
    if (cached) return this.settle(cached, kernel);
    checkKernelLimits(kernel, this.device.limits);
    const { layout, key } = this.layoutFor(kernel);
    const { pipeline, warnings } = await compileKernel(this.device, kernel, layout.pipelineLayout);
    for (const w of warnings) this.onWarning(`WGSL kernel ${kernelLabel(kernel)}: warning at ${w}`);
    this.store(kernel, { pipeline, bindGroupLayout: layout.bindGroupLayout, layoutKey: key, pending: null, code: kernel.code, entryPoint: kernel.entryPoint });
  }

  /** Awaits Dawn's verdict on a synchronously built pipeline; evicts and throws if it failed. */
  async settle(entry: CachedPipeline, kernel: WgslKernel): Promise<void> {
    if (!entry.pending) return;
    const error = await entry.pending;
    if (error) {
      this.byKey.delete(pipelineKey(kernel, entry.layoutKey));
      this.byKernel.delete(kernel);
      throw error;
    }
    entry.pending = null;
  }

  clear(): void {
    this.byKey.clear();
    this.layouts.clear();
  }

  private lookup(kernel: WgslKernel): CachedPipeline | undefined {
    const byObject = this.byKernel.get(kernel);
    // Guard against a kernel object mutated (or its pipeline evicted) since it was cached.
    if (byObject && byObject.code === kernel.code && byObject.entryPoint === kernel.entryPoint
      && this.byKey.get(pipelineKey(kernel, byObject.layoutKey)) === byObject) return byObject;
    const entry = this.byKey.get(pipelineKey(kernel, layoutKeyOf(kernel)));
    if (entry) this.byKernel.set(kernel, entry);
    return entry;
  }

  private store(kernel: WgslKernel, entry: CachedPipeline): CachedPipeline {
    this.byKey.set(pipelineKey(kernel, entry.layoutKey), entry);
    this.byKernel.set(kernel, entry);
    return entry;
  }

  private layoutFor(kernel: WgslKernel): { layout: BindingLayout; key: string } {
    const key = layoutKeyOf(kernel);
    let layout = this.layouts.get(key);
    if (!layout) {
      const entries: GPUBindGroupLayoutEntry[] = kernel.bindings.map((b, i) => ({
        binding: i,
        visibility: ShaderStage.COMPUTE,
        buffer: { type: b.access === 'read' ? 'read-only-storage' : 'storage' },
      }));
      if ((kernel.uniforms?.length ?? 0) > 0) {
        entries.push({
          binding: kernel.bindings.length,
          visibility: ShaderStage.COMPUTE,
          buffer: { type: 'uniform', hasDynamicOffset: true, minBindingSize: uniformStructBytes(kernel) },
        });
      }
      const bindGroupLayout = this.device.createBindGroupLayout({ label: `loom layout ${key}`, entries });
      const pipelineLayout = this.device.createPipelineLayout({ bindGroupLayouts: [bindGroupLayout] });
      layout = { bindGroupLayout, pipelineLayout };
      this.layouts.set(key, layout);
    }
    return { layout, key };
  }
}

/** Binding shape: access of each storage buffer, plus the uniform struct size. */
function layoutKeyOf(kernel: WgslKernel): string {
  const access = kernel.bindings.map((b) => (b.access === 'read' ? 'r' : 'w')).join('');
  return `${access}/u${uniformStructBytes(kernel)}`;
}

function pipelineKey(kernel: WgslKernel, layoutKey: string): string {
  return `${kernel.entryPoint}\u0000${layoutKey}\u0000${kernel.code}`;
}
