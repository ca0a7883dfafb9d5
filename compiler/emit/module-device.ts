// The parts of a generated index.ts that the device targets (webgpu, cuda)
// share: the module's assembly (deviceModuleSource), the executor-backed
// programs (forward, trainStep, generate) and the state readers. Each target
// supplies its support files, kernel-file table and load (module-<target>.ts).
import { VariableDeclarationKind, type OptionalKind, type PropertySignatureStructure, type SourceFile } from 'ts-morph';
import { inlineSupport } from './inline.ts';
import {
  addGenerate, addHeader, addInitFunctions, addModelLoad, addModelTables, addPlans, describeInputs, inputParameters, inputRecord,
  logitsOf, newModuleFile, PLAN_CONST, programNames, trainStepResult, unionOf, type ModuleSpec,
} from './module-common.ts';

/**
 * `forward`, `trainStep` and `generate` over a model held by an executor on a
 * device (webgpu, cuda): each an async call of the executor's `run`.
 */
export function addDevicePrograms(file: SourceFile, spec: ModuleSpec, modelType: string, trainStepDoc: string): void {
  const { forward, trainStep } = spec.programs;
  const logits = logitsOf(forward);
  file.addStatements('// ---- programs ----');
  file.addFunction({
    name: 'forward',
    isExported: true,
    isAsync: true,
    parameters: [{ name: 'model', type: modelType }, ...inputParameters(forward)],
    returnType: 'Promise<Float32Array>',
    docs: [[`The forward pass on the device: ${logits.name} f32[${logits.shape.join(', ')}], read back.`, '@param model from loadExecutor()', ...describeInputs(forward)].join('\n')],
    statements: [`return (await model.run('forward', ${inputRecord(forward)}))['${logits.name}']!;`],
  });
  if (trainStep) {
    file.addFunction({
      name: 'trainStep',
      isExported: true,
      isAsync: true,
      parameters: [{ name: 'model', type: modelType }, ...inputParameters(trainStep)],
      returnType: 'Promise<TrainStepResult>',
      docs: [[
        trainStepDoc,
        '@param model from loadExecutor()',
        ...describeInputs(trainStep),
      ].join('\n')],
      statements: [
        '// The train step\'s kernels are built on its first call (loadExecutor): the forward pass is usable before.',
        'await trainStepLoads.get(model)?.();',
        `const out = await model.run('trainStep', ${inputRecord(trainStep)});`,
        `return ${trainStepResult(trainStep, 'out')};`,
      ],
    });
  }
  addGenerate(file, spec, { name: 'model', type: modelType }, true);
}

/** The logits output of the prefill and decode programs (they share the forward pass's outputs). */
function cachedLogitsName(spec: ModuleSpec): string {
  return spec.programs.prefill ? logitsOf(spec.programs.prefill).name : 'output';
}

/**
 * The body of a device target's `load` after the weights: the executor opened
 * with the weights (and, for cached generation, zeroed caches) uploaded, the
 * kernels generation needs built — prefill and decode where it decodes
 * through a cache (the forward pass then on its first use), else the forward
 * pass — then `run`, `release` and, cached, `openDecoder`.
 */
function deviceModelSetup(spec: ModuleSpec, cached: boolean): string[] {
  const built = cached ? ['prefill', 'decode'] : ['forward'];
  const opened = [
    'const executor = await openExecutor(options);',
    'try {',
    '  executor.upload(params);',
    ...(cached ? ['  executor.upload(zeroCaches());'] : []),
    "  options.onProgress?.({ phase: 'kernels' });",
    built.length === 1 ? `  await loadProgram(executor, '${built[0]}', options);` : `  await Promise.all([${built.map((p) => `loadProgram(executor, '${p}', options)`).join(', ')}]);`,
    '} catch (e) {',
    '  closeExecutor(executor);',
    '  throw e;',
    '}',
  ];
  if (!cached) return [...opened, 'const run = (tokens: Int32Array) => forward(executor, tokens);', 'const release = () => closeExecutor(executor);'];
  const logits = cachedLogitsName(spec);
  return [
    ...opened,
    'let forwardLoad: Promise<void> | undefined;',
    'const run = async (tokens: Int32Array) => {',
    "  await (forwardLoad ??= loadProgram(executor, 'forward', options));",
    '  return forward(executor, tokens);',
    '};',
    'const release = () => closeExecutor(executor);',
    '// The caches live on the device, one set per model: one generation at a time uses them, zeroed when it starts.',
    'let decoderOpen = false;',
    'const openDecoder = (): Decoder => {',
    "  if (decoderOpen) throw new Error('model.generate: another generation on this model is still running (its KV cache is on the device); finish it or call its return() first, or load a second model');",
    '  executor.upload(zeroCaches());',
    '  decoderOpen = true;',
    '  return {',
    `    run: async (program, inputs) => (await executor.run(program, inputs, ['${logits}']))['${logits}']!,`,
    '    close: () => { decoderOpen = false; },',
    '  };',
    '};',
  ];
}

/** How a device target's module (webgpu, cuda) differs from the others': everything else is deviceModuleSource's. */
export interface DeviceModuleParts {
  /** Repository files inlined (inline.ts), dependencies first; compiler/plan.ts contributes its types only. */
  readonly support: readonly string[];
  /** Inlined declarations that stay exported. */
  readonly exported: ReadonlySet<string>;
  /** `kernelFiles`: its type, doc comment and initializer (where each program's kernels are). */
  readonly kernelFiles: { readonly type: string; readonly doc: string; readonly initializer: string };
  /** The executor class a loaded model is (`GpuModel`), and what that alias's doc says. */
  readonly executor: string;
  readonly modelDoc: string;
  /** `DeviceOptions`' properties: which device, and how the bundle's kernel files are read. */
  readonly deviceOptions: readonly OptionalKind<PropertySignatureStructure>[];
  /** Module-level statements the hooks below share, if any. */
  readonly hookState?: string;
  /** Body of `openExecutor(options: DeviceOptions): Promise<GpuModel>`: a new executor on the chosen device. */
  readonly openExecutor: readonly string[];
  /** Body of `closeExecutor(model: GpuModel): void`: frees it and whatever openExecutor opened for it. */
  readonly closeExecutor: readonly string[];
  /** Body of `loadProgram(model: GpuModel, name: ProgramName, options: DeviceOptions): Promise<void>`: reads and builds a program's kernels. */
  readonly loadProgram: readonly string[];
  /** What `load` and `loadExecutor` say the device is. */
  readonly loadDoc: string;
  /** The doc comment of `trainStep`. */
  readonly trainStepDoc: string;
}

/** index.ts of a device target: the support inlined, the model tables, plans, kernel files, load and the programs. */
export function deviceModuleSource(spec: ModuleSpec, parts: DeviceModuleParts): string {
  const file = newModuleFile();
  inlineSupport(file, { files: parts.support, typesOnly: new Set(['compiler/plan.ts']), exported: parts.exported });
  addModelTables(file, spec);
  addPlans(file, spec);
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    docs: [parts.kernelFiles.doc],
    declarations: [{ name: 'kernelFiles', type: parts.kernelFiles.type, initializer: parts.kernelFiles.initializer }],
  });
  file.addTypeAlias({ name: 'GpuModel', isExported: true, type: parts.executor, docs: [parts.modelDoc] });
  addInitFunctions(file, spec);
  addDeviceLoad(file, spec, parts);
  addModelLoad(file, spec, {
    optionsBase: 'DeviceOptions',
    doc: `Loads the model for inference: ${parts.loadDoc}, its weights uploaded and the kernels generate needs built (prefill and decode where it decodes through a cache, else the forward pass; never the train step's).`,
    setup: (cached) => deviceModelSetup(spec, cached),
  });
  addStateReaders(file, spec);
  addDevicePrograms(file, spec, 'GpuModel', parts.trainStepDoc);
  addHeader(file, spec.header);
  return file.getFullText();
}

/**
 * `DeviceOptions`, the target's executor hooks, and `loadExecutor(params,
 * options)`: the lower-level API (the executor itself, for training). It
 * builds the forward pass at once and the train step on its first call.
 */
function addDeviceLoad(file: SourceFile, spec: ModuleSpec, parts: DeviceModuleParts): void {
  const training = spec.programs.trainStep !== undefined;
  file.addStatements('// ---- device ----');
  file.addInterface({ name: 'DeviceOptions', isExported: true, docs: ['Where the model runs.'], properties: [...parts.deviceOptions] });
  file.addInterface({
    name: 'ExecutorOptions',
    isExported: true,
    extends: ['DeviceOptions'],
    docs: ['What `loadExecutor` takes besides the weights.'],
    properties: training ? [{ name: 'optimizerState', type: 'OptimizerState', hasQuestionToken: true, docs: ['Optimizer slots to resume from; zeros by default.'] }] : [],
  });
  file.addTypeAlias({ name: 'ProgramName', type: unionOf(programNames(spec)) });
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name: 'plans', type: 'Readonly<Record<ProgramName, ProgramPlan>>', initializer: `{ ${programNames(spec).map((p) => `${p}: ${PLAN_CONST[p]}`).join(', ')} }` }],
  });
  if (parts.hookState) file.addStatements(parts.hookState);
  file.addFunction({ name: 'openExecutor', isAsync: true, parameters: [{ name: 'options', type: 'DeviceOptions' }], returnType: 'Promise<GpuModel>', statements: [...parts.openExecutor] });
  file.addFunction({ name: 'closeExecutor', parameters: [{ name: 'model', type: 'GpuModel' }], returnType: 'void', statements: [...parts.closeExecutor] });
  file.addFunction({
    name: 'loadProgram',
    isAsync: true,
    parameters: [{ name: 'model', type: 'GpuModel' }, { name: 'name', type: 'ProgramName' }, { name: 'options', type: 'DeviceOptions' }],
    returnType: 'Promise<void>',
    statements: [...parts.loadProgram],
  });
  if (training) {
    file.addVariableStatement({
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Per executor from loadExecutor, the train step\'s build, started on the first trainStep call (once).'],
      declarations: [{ name: 'trainStepLoads', initializer: 'new WeakMap<GpuModel, () => Promise<void>>()' }],
    });
  }
  file.addFunction({
    name: 'loadExecutor',
    isExported: true,
    isAsync: true,
    parameters: [{ name: 'params', type: 'Params' }, { name: 'options', type: 'ExecutorOptions', initializer: '{}' }],
    returnType: 'Promise<GpuModel>',
    docs: [[
      `Puts the model on ${parts.loadDoc}: uploads the weights${training ? ' and optimizer slots' : ''} and builds the forward pass${training ? ' (the train step is built on its first call)' : ''}. Close it with model.dispose().`,
    ].join('\n')],
    statements: [
      training ? 'const state = tensors(initTrainState(params, options.optimizerState));' : "checkTensors('loadExecutor', paramSpecs, tensors(params));",
      'const model = await openExecutor(options);',
      'try {',
      `  model.upload(${training ? 'state' : 'tensors(params)'});`,
      "  await loadProgram(model, 'forward', options);",
      '} catch (e) {',
      '  closeExecutor(model);',
      '  throw e;',
      '}',
      ...(training ? [
        'let building: Promise<void> | undefined;',
        "trainStepLoads.set(model, () => (building ??= loadProgram(model, 'trainStep', options)));",
      ] : []),
      'return model;',
    ],
  });
}

/** `readParams(model)` and (with a train step) `readOptimizerState(model)`: the state read back from the device. */
function addStateReaders(file: SourceFile, spec: ModuleSpec): void {
  file.addFunction({
    name: 'readParams',
    isExported: true,
    isAsync: true,
    parameters: [{ name: 'model', type: 'GpuModel' }],
    returnType: 'Promise<Params>',
    docs: ['The current weights, read back from the device (e.g. to save a checkpoint after training).'],
    statements: ['return (await model.read(Object.keys(paramSpecs))) as unknown as Params;'],
  });
  if (!spec.programs.trainStep) return;
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
