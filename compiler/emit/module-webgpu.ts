// The webgpu target's bundle: one .wgsl file per kernel,
// kernels/<program>/<kernel>.wgsl, rendered by the target's renderer, and an
// index.ts of self-contained TypeScript that runs them on a GPUDevice the
// caller provides (navigator.gpu in a browser, the `webgpu` npm package in
// Node) with loom's own WebGPU executor (runtime/exec/webgpu.ts), inlined
// with the input checks, sampler and initialiser (inline.ts). Weights and
// optimizer slots stay on the device between calls. Kernel files are found
// with `new URL('./kernels/…wgsl', import.meta.url)`, a form browser
// bundlers (Vite, webpack, Parcel) recognise and copy as assets.
import { MODEL_API_TYPES, PLAN_TYPES, programNames, type BundleKernel, type BundleWriter, type ModuleSpec } from './module-common.ts';
import { deviceModuleSource } from './module-device.ts';
import { quote } from './ts-literal.ts';

export const WEBGPU_SUPPORT = [
  'compiler/graph/random.ts',
  'runtime/sample.ts',
  'runtime/decode-loop.ts',
  'compiler/plan.ts',
  'runtime/exec/inputs.ts',
  'runtime/exec/webgpu-errors.ts',
  'runtime/exec/webgpu.ts',
  'compiler/emit/support/init.ts',
  'runtime/json-keys.ts',
  'runtime/safetensors-decode.ts',
  'compiler/emit/support/weights.ts',
  'compiler/emit/support/wgsl-files.ts',
  'compiler/emit/support/model.ts',
] as const;

const WEBGPU_EXPORTED = new Set([
  'ParamInit', 'TensorSpec', 'WeightsSource', 'SamplerOptions', 'ProgramInputs', 'StateArrays', ...PLAN_TYPES,
  'WebGpuExecutor', 'WebGpuExecutorOptions', 'WebGpuStats', 'WgslCompileError', 'WgslSource', 'GpuDeviceLike', 'GpuBufferLike',
  'SourceLoader', 'WgslFile', ...MODEL_API_TYPES,
]);

export const WEBGPU_BUNDLE: BundleWriter = {
  kernelFiles(target, program, kernels) {
    const files = new Map<string, string>();
    const out = kernels.map((k) => {
      const r = target.renderKernel(k);
      const file = `kernels/${program}/${r.name}${target.kernelExtension}`;
      files.set(file, r.code);
      return { program, name: k.name, file, entryPoint: r.entryPoint };
    });
    return { files, kernels: out };
  },
  moduleSource: webgpuModuleSource,
};

export function webgpuModuleSource(spec: ModuleSpec, kernels: readonly BundleKernel[]): string {
  const programs = programNames(spec).map((program) => {
    const rows = kernels.filter((k) => k.program === program).map((k) =>
      `    ${quote(k.name)}: { file: ${quote(k.file)}, entryPoint: ${quote(k.entryPoint)}, url: new URL(${quote(`./${k.file}`)}, import.meta.url) },`);
    return `  ${program}: {\n${rows.join('\n')}\n  },`;
  });
  return deviceModuleSource(spec, {
    support: WEBGPU_SUPPORT,
    exported: WEBGPU_EXPORTED,
    kernelFiles: {
      type: 'Readonly<Record<ProgramName, Readonly<Record<string, WgslFile>>>>',
      doc: 'Every kernel of each program, by name: its .wgsl file beside this module and its entry point.',
      initializer: `{\n${programs.join('\n')}\n}`,
    },
    executor: 'WebGpuExecutor',
    modelDoc: 'The model on a device (from loadExecutor()): its programs, compiled, and its weights and optimizer slots.',
    deviceOptions: [
      {
        name: 'device',
        type: 'GpuDeviceLike',
        hasQuestionToken: true,
        docs: ['A GPUDevice (default limits suffice); by default one from `navigator.gpu` (a browser). Under Node, from the `webgpu` package.'],
      },
      {
        name: 'loadSource',
        type: 'SourceLoader',
        hasQuestionToken: true,
        docs: ['Reads a kernel file of the bundle; by default from disk beside this module under Node, with fetch elsewhere.'],
      },
    ],
    openExecutor: [
      'if (options.device) return new WebGpuExecutor(options.device);',
      'const gpu = (globalThis as { navigator?: { gpu?: { requestAdapter(): Promise<{ requestDevice(): Promise<GpuDeviceLike & { destroy?(): void }> } | null> } } }).navigator?.gpu;',
      "if (!gpu) throw new Error('load: no WebGPU here (navigator.gpu is missing); pass { device } (under Node, from the `webgpu` package) or use the js build of this model');",
      'const adapter = await gpu.requestAdapter();',
      "if (!adapter) throw new Error('load: navigator.gpu has no adapter; pass { device } or use the js build of this model');",
      'const device = await adapter.requestDevice();',
      'const model = new WebGpuExecutor(device);',
      'requestedDevices.set(model, device);',
      'return model;',
    ],
    hookState: [
      '/** Devices openExecutor requested itself (none was given): closing the executor destroys them. */',
      'const requestedDevices = new WeakMap<GpuModel, GpuDeviceLike & { destroy?(): void }>();',
    ].join('\n'),
    closeExecutor: ['model.dispose();', 'requestedDevices.get(model)?.destroy?.();'],
    loadProgram: ['await model.load(name, plans[name], await loadSources(kernelFiles[name], options.loadSource ?? loadBesideModule));'],
    loadDoc: 'a WebGPU device (`options.device`, or one from navigator.gpu)',
    trainStepDoc: 'One training step on the device (forward, loss, backward, AdamW) in one command encoder; the weights and slots stay there, only the scalars are read back.',
  });
}
