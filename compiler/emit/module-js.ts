// The js target's bundle: kernels/<program>.js (kernel-files.ts) and an
// index.ts of self-contained TypeScript that runs them over typed arrays on
// the CPU with loom's own js executor (runtime/exec/js.ts). It imports
// nothing from loom: the executor, input checks, sampler and initialiser are
// inlined from loom's sources (inline.ts), so the bundle directory is all a
// program needs.
import { VariableDeclarationKind, type SourceFile } from 'ts-morph';
import { jsKernelFile, jsKernelModule, jsKernelTypes, jsKernelTypesFile } from './kernel-files.ts';
import { inlineSupport } from './inline.ts';
import {
  addGenerate, addHeader, addInitFunctions, addModelLoad, addModelTables, addPlans, cachedGeneration, describeInputs, inputParameters, inputRecord,
  logitsOf, MODEL_API_TYPES, newModuleFile, PLAN_CONST, PLAN_TYPES, programNames, trainStepResult, type BundleWriter, type ModuleSpec,
} from './module-common.ts';

/** Support files a js bundle inlines, dependencies first. */
export const JS_SUPPORT = [
  'compiler/graph/random.ts',
  'runtime/sample.ts',
  'runtime/decode-loop.ts',
  'compiler/plan.ts',
  'runtime/exec/inputs.ts',
  'runtime/exec/js.ts',
  'compiler/emit/support/init.ts',
  'runtime/json-keys.ts',
  'runtime/safetensors-decode.ts',
  'compiler/emit/support/weights.ts',
  'compiler/emit/support/model.ts',
] as const;

/** Inlined declarations that stay part of the bundle's API (types its exports mention). */
const JS_EXPORTED = new Set([
  'ParamInit', 'TensorSpec', 'WeightsSource', 'SamplerOptions', 'ProgramInputs', 'StateArrays', 'JsExecutor', 'JsExecutorOptions', 'JsRunOptions', 'KernelProfiler', 'KernelFn', 'KernelTable', ...PLAN_TYPES, ...MODEL_API_TYPES,
]);

export const JS_BUNDLE: BundleWriter = {
  kernelFiles(_target, program, kernels, header) {
    const file = jsKernelFile(program);
    return {
      files: new Map([[file, jsKernelModule(kernels, header)], [jsKernelTypesFile(program), jsKernelTypes(header)]]),
      kernels: kernels.map((k) => ({ program, name: k.name, file, entryPoint: k.name })),
    };
  },
  moduleSource: (spec) => jsModuleSource(spec),
};

const KERNELS_CONST = { forward: 'forwardKernels', trainStep: 'trainStepKernels', prefill: 'prefillKernels', decode: 'decodeKernels' } as const;

export function jsModuleSource(spec: ModuleSpec): string {
  const file = newModuleFile();
  for (const program of programNames(spec)) {
    file.addImportDeclaration({
      moduleSpecifier: `./${jsKernelFile(program)}`,
      namedImports: [{ name: 'kernels', alias: KERNELS_CONST[program] }, { name: 'allocate', alias: `${program}Allocate` }],
    });
  }
  inlineSupport(file, { files: JS_SUPPORT, typesOnly: new Set(['compiler/plan.ts']), exported: JS_EXPORTED });
  addModelTables(file, spec);
  addPlans(file, spec);
  addInitFunctions(file, spec);
  addPrograms(file, spec);
  addModelLoad(file, spec, {
    doc: 'Loads the model for inference on the CPU (the same API as the webgpu and cuda builds; the js forward pass itself is synchronous).',
    setup: (cached) => [
      'const run = (tokens: Int32Array) => forward(params as unknown as Params, tokens);',
      '// The kernels run in this thread and hold nothing beyond the module\'s buffers.',
      'const release = () => {};',
      ...(cached ? [
        '// Each generation gets caches of its own beside the weights (bound, not copied): generations never share a cache.',
        'const openDecoder = (): Decoder => {',
        '  const state = { ...params, ...zeroCaches() };',
        '  return { run: (program, inputs) => runDecoding(program, inputs, state), close: () => {} };',
        '};',
      ] : []),
    ],
  });
  addHeader(file, spec.header);
  return file.getFullText();
}

function addPrograms(file: SourceFile, spec: ModuleSpec): void {
  const { forward, trainStep } = spec.programs;
  const logits = logitsOf(forward);
  file.addStatements('// ---- programs ----');
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Let,
    docs: ['Built on first use, so importing the module allocates nothing.'],
    declarations: programNames(spec).map((p) => ({ name: `${p}Program`, type: 'JsExecutor | undefined' })),
  });
  file.addFunction({
    name: 'forward',
    isExported: true,
    parameters: [{ name: 'params', type: 'Params' }, ...inputParameters(forward)],
    returnType: 'Float32Array',
    docs: [[
      `The forward pass: ${logits.name} f32[${logits.shape.join(', ')}].`,
      '@param params the weights (read only)',
      ...describeInputs(forward),
    ].join('\n')],
    statements: [
      `forwardProgram ??= new JsExecutor('forward', ${PLAN_CONST.forward}, ${KERNELS_CONST.forward}, { allocate: forwardAllocate });`,
      `return forwardProgram.run(${inputRecord(forward)}, tensors(params))['${logits.name}']!;`,
    ],
  });
  if (trainStep) file.addFunction({
    name: 'trainStep',
    isExported: true,
    parameters: [{ name: 'state', type: 'TrainState' }, ...inputParameters(trainStep)],
    returnType: 'TrainStepResult',
    docs: [[
      'One training step (forward, loss, backward, AdamW): updates `state` in place.',
      '@param state weights and optimizer slots (see initTrainState)',
      ...describeInputs(trainStep),
    ].join('\n')],
    statements: [
      `trainStepProgram ??= new JsExecutor('trainStep', ${PLAN_CONST.trainStep}, ${KERNELS_CONST.trainStep}, { allocate: trainStepAllocate });`,
      `const out = trainStepProgram.run(${inputRecord(trainStep)}, tensors(state));`,
      `return ${trainStepResult(trainStep, 'out')};`,
    ],
  });
  addGenerate(file, spec, { name: 'params', type: 'Params' }, false);
  const { prefill, decode } = spec.programs;
  if (!cachedGeneration(spec) || !prefill || !decode) return;
  const out = logitsOf(prefill).name;
  file.addFunction({
    name: 'runDecoding',
    parameters: [{ name: 'program', type: '\'prefill\' | \'decode\'' }, { name: 'inputs', type: 'Record<string, Float32Array>' }, { name: 'state', type: 'Record<string, Float32Array>' }],
    returnType: 'Float32Array',
    docs: ['Runs prefill or decode over `state` (the weights and one generation\'s caches, updated in place); returns the logits.'],
    statements: [
      'const executor = program === \'prefill\'',
      `  ? (prefillProgram ??= new JsExecutor('prefill', ${PLAN_CONST.prefill}, ${KERNELS_CONST.prefill}, { allocate: prefillAllocate }))`,
      `  : (decodeProgram ??= new JsExecutor('decode', ${PLAN_CONST.decode}, ${KERNELS_CONST.decode}, { allocate: decodeAllocate }));`,
      `return executor.run(inputs, state, ['${out}'])['${out}']!;`,
    ],
  });
}
