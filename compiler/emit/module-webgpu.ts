// The webgpu target's bundle: one .wgsl file per kernel,
// kernels/<program>/<kernel>.wgsl, rendered by the target's renderer, and an
// index.ts of self-contained TypeScript that runs them on a GPUDevice the
// caller provides (navigator.gpu in a browser, the `webgpu` npm package in
// Node) with loom's own WebGPU executor (runtime/exec/webgpu.ts), inlined
// with the input checks, sampler and initialiser (inline.ts). Weights and
// optimizer slots stay on the device between calls. Kernel files are found
// with `new URL('./kernels/…wgsl', import.meta.url)`, a form browser
// bundlers (Vite, webpack, Parcel) recognise and copy as assets.
import type { SourceFile } from 'ts-morph';
import { PROGRAM_NAMES } from './manifest.ts';
import { deviceModuleSource, PLAN_CONST, PLAN_TYPES, type BundleKernel, type BundleWriter, type ModuleSpec } from './module-common.ts';
import { quote } from './ts-literal.ts';

export const WEBGPU_SUPPORT = [
  'compiler/graph/random.ts',
  'runtime/sample.ts',
  'compiler/plan.ts',
  'runtime/exec/inputs.ts',
  'runtime/exec/webgpu-errors.ts',
  'runtime/exec/webgpu.ts',
  'compiler/emit/support/init.ts',
  'runtime/json-keys.ts',
  'runtime/safetensors-decode.ts',
  'compiler/emit/support/weights.ts',
  'compiler/emit/support/wgsl-files.ts',
] as const;

const WEBGPU_EXPORTED = new Set([
  'ParamInit', 'TensorSpec', 'WeightsSource', 'SamplerOptions', 'ProgramInputs', 'StateArrays', ...PLAN_TYPES,
  'WebGpuExecutor', 'WebGpuExecutorOptions', 'WebGpuStats', 'WgslCompileError', 'WgslSource', 'GpuDeviceLike', 'GpuBufferLike',
  'SourceLoader', 'WgslFile',
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
  const programs = PROGRAM_NAMES.map((program) => {
    const rows = kernels.filter((k) => k.program === program).map((k) =>
      `    ${quote(k.name)}: { file: ${quote(k.file)}, entryPoint: ${quote(k.entryPoint)}, url: new URL(${quote(`./${k.file}`)}, import.meta.url) },`);
    return `  ${program}: {\n${rows.join('\n')}\n  },`;
  });
  return deviceModuleSource(spec, {
    support: WEBGPU_SUPPORT,
    exported: WEBGPU_EXPORTED,
    kernelFiles: {
      type: 'Readonly<Record<string, Readonly<Record<string, WgslFile>>>>',
      doc: 'Every kernel of each program, by name: its .wgsl file beside this module and its entry point.',
      initializer: `{\n${programs.join('\n')}\n}`,
    },
    executor: 'WebGpuExecutor',
    modelDoc: 'The model on a device (from load()): its programs, compiled, and its weights and optimizer slots.',
    addLoad,
    trainStepDoc: 'One training step on the device (forward, loss, backward, AdamW) in one command encoder; the weights and slots stay there, only the scalars are read back.',
  });
}

function addLoad(file: SourceFile): void {
  file.addStatements('// ---- device ----');
  file.addInterface({
    name: 'LoadOptions',
    isExported: true,
    properties: [
      { name: 'optimizerState', type: 'OptimizerState', hasQuestionToken: true, docs: ['Optimizer slots to resume from; zeros by default.'] },
      {
        name: 'loadSource',
        type: 'SourceLoader',
        hasQuestionToken: true,
        docs: ['Reads a kernel file of the bundle; by default from disk beside this module under Node, with fetch elsewhere.'],
      },
    ],
  });
  file.addFunction({
    name: 'load',
    isExported: true,
    isAsync: true,
    parameters: [{ name: 'device', type: 'GpuDeviceLike' }, { name: 'params', type: 'Params' }, { name: 'options', type: 'LoadOptions', initializer: '{}' }],
    returnType: 'Promise<GpuModel>',
    docs: [[
      'Puts the model on a WebGPU device: compiles every kernel, uploads the weights and optimizer slots. Dispose the model when done (the device stays yours).',
      '@param device a GPUDevice with default limits (`await (await navigator.gpu.requestAdapter()).requestDevice()`)',
    ].join('\n')],
    statements: [
      'const state = initTrainState(params, options.optimizerState);',
      'const read = options.loadSource ?? loadBesideModule;',
      'const model = new WebGpuExecutor(device);',
      'try {',
      '  model.upload(tensors(state));',
      ...PROGRAM_NAMES.map((p) => `  await model.load('${p}', ${PLAN_CONST[p]}, await loadSources(kernelFiles.${p}, read));`),
      '  return model;',
      '} catch (e) {',
      '  model.dispose();',
      '  throw e;',
      '}',
    ],
  });
}
