// index.ts of a webgpu-target bundle: self-contained TypeScript that runs
// the bundle's .wgsl kernels on a GPUDevice the caller provides
// (navigator.gpu in a browser, the `webgpu` npm package in Node). Weights and
// optimizer slots stay on the device between calls. Kernel files are found
// with `new URL('./kernels/…wgsl', import.meta.url)`, a form browser bundlers
// (Vite, webpack, Parcel) recognise and copy as assets.
import { VariableDeclarationKind, type SourceFile } from 'ts-morph';
import { inlineSupport } from './inline.ts';
import type { ProgramName } from './manifest.ts';
import {
  addHeader, addInitFunctions, addModelTables, addPlans, describeInputs, inputParameters, inputRecord,
  newModuleFile, PLAN_CONST, trainStepResult, type ModuleSpec,
} from './module-common.ts';
import type { WgslKernelInfo } from './support/webgpu-runner.ts';
import { oneLine, quote, type LiteralValue } from './ts-literal.ts';

export const WEBGPU_SUPPORT = [
  'compiler/graph/random.ts',
  'runtime/sample.ts',
  'compiler/emit/support/init.ts',
  'compiler/emit/support/sampler.ts',
  'compiler/emit/support/plan.ts',
  'compiler/emit/support/webgpu-runner.ts',
  'compiler/emit/support/webgpu-model.ts',
] as const;

const WEBGPU_EXPORTED = new Set([
  'ParamInit', 'ParamSpec', 'GenerateOptions', 'ProgramPlan', 'PlanBuffer', 'PlanBinding', 'PlanLaunch', 'PlanIndexInput', 'ProgramInputs',
  'GpuModel', 'GpuDeviceLike', 'GpuBufferLike', 'SourceLoader', 'WgslKernelInfo',
]);

/** A kernel of the table: its key in the plans (`<program>/<kernel>`) and what the runner needs. */
export interface WebgpuKernelEntry {
  readonly key: string;
  readonly program: ProgramName;
  readonly info: WgslKernelInfo;
}

export function webgpuModuleSource(spec: ModuleSpec, kernels: readonly WebgpuKernelEntry[]): string {
  const file = newModuleFile();
  inlineSupport(file, { files: WEBGPU_SUPPORT, exported: WEBGPU_EXPORTED });
  addModelTables(file, spec);
  addPlans(file, spec);
  const rows = kernels.map((k) => {
    const fields = Object.entries(k.info).map(([name, value]) => `${name}: ${oneLine(value as LiteralValue)}`);
    fields.push(`url: new URL(${quote(`./${k.info.file}`)}, import.meta.url)`);
    return `  ${quote(k.key)}: { ${fields.join(', ')} },`;
  });
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    docs: ['Every kernel by plan key (`<program>/<kernel>`): its .wgsl file beside this module, entry point and binding access.'],
    declarations: [{ name: 'kernelTable', type: 'Readonly<Record<string, WgslKernelInfo & { readonly url: URL }>>', initializer: `{\n${rows.join('\n')}\n}` }],
  });
  addInitFunctions(file);
  addLoad(file);
  addPrograms(file, spec);
  addHeader(file, spec.header);
  return file.getFullText();
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
      `const plans = { forward: ${PLAN_CONST.forward}, trainStep: ${PLAN_CONST.trainStep} };`,
      'return GpuModel.open(device, plans, kernelTable, tensors(state), options.loadSource ?? loadBesideModule);',
    ],
  });
  file.addFunction({
    name: 'readParams',
    isExported: true,
    isAsync: true,
    parameters: [{ name: 'model', type: 'GpuModel' }],
    returnType: 'Promise<Params>',
    docs: ['The current weights, read back from the device (e.g. to save a checkpoint after training).'],
    statements: ['return (await model.read(Object.keys(paramSpecs))) as unknown as Params;'],
  });
  file.addFunction({
    name: 'readOptimizerState',
    isExported: true,
    isAsync: true,
    parameters: [{ name: 'model', type: 'GpuModel' }],
    returnType: 'Promise<OptimizerState>',
    docs: ['The current optimizer slots, read back from the device.'],
    statements: ['return (await model.read(Object.keys(optimizerStateSpecs))) as unknown as OptimizerState;'],
  });
}

function addPrograms(file: SourceFile, spec: ModuleSpec): void {
  const { forward, trainStep } = spec.programs;
  if (forward.outputs.length !== 1) throw new Error(`the forward pass must have one output (the logits); it has ${forward.outputs.length}`);
  const logits = forward.outputs[0]!;
  file.addStatements('// ---- programs ----');
  file.addFunction({
    name: 'forward',
    isExported: true,
    isAsync: true,
    parameters: [{ name: 'model', type: 'GpuModel' }, ...inputParameters(forward)],
    returnType: 'Promise<Float32Array>',
    docs: [[`The forward pass on the device: ${logits.name} f32[${logits.shape.join(', ')}], read back.`, '@param model from load()', ...describeInputs(forward)].join('\n')],
    statements: [`return (await model.run('forward', ${inputRecord(forward)}))['${logits.name}']!;`],
  });
  file.addFunction({
    name: 'trainStep',
    isExported: true,
    isAsync: true,
    parameters: [{ name: 'model', type: 'GpuModel' }, ...inputParameters(trainStep)],
    returnType: 'Promise<TrainStepResult>',
    docs: [[
      'One training step on the device (forward, loss, backward, AdamW) in one command encoder; the weights and slots stay there, only the scalars are read back.',
      '@param model from load()',
      ...describeInputs(trainStep),
    ].join('\n')],
    statements: [
      `const out = await model.run('trainStep', ${inputRecord(trainStep)});`,
      `return ${trainStepResult(trainStep, 'out')};`,
    ],
  });
  if (forward.inputs.length !== 1) return; // generation needs a forward pass over tokens alone
  const tokens = forward.inputs[0]!;
  file.addFunction({
    name: 'generate',
    isExported: true,
    isAsync: true,
    parameters: [{ name: 'model', type: 'GpuModel' }, { name: 'prompt', type: 'readonly number[]' }, { name: 'options', type: 'GenerateOptions', initializer: '{}' }],
    returnType: 'Promise<number[]>',
    docs: ['Continues `prompt` (token ids) by `options.length` tokens (default 64), as `loom generate` samples: temperature, top-k, seeded.'],
    statements: [
      `const sampler = new TokenSampler(prompt, options, shapes.ctx, ${logits.shape[logits.shape.length - 1]}, ${tokens.shape.reduce((a, d) => a * d, 1)});`,
      'while (!sampler.done) sampler.push(await forward(model, sampler.window()));',
      'return sampler.generated();',
    ],
  });
}
