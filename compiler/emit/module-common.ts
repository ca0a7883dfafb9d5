// The parts of a generated index.ts that both targets share, built as
// ts-morph structures: the header, the config and shapes, the typed tables
// of params and optimizer slots with their `Params` / `OptimizerState` types,
// the execution plans, the train-step result type, and initialisation.
// Statements are added as structures (functions, interfaces, type aliases,
// consts); only function bodies and initializers are text.
import { IndentationText, NewLineKind, Project, QuoteKind, VariableDeclarationKind, type OptionalKind, type ParameterDeclarationStructure, type SourceFile } from 'ts-morph';
import type { InitSpec } from '../graph/types.ts';
import type { Kernel } from '../kernel/ir.ts';
import type { ProgramPlan } from '../plan.ts';
import type { TargetSpec } from '../target.ts';
import { PROGRAM_NAMES, type ManifestGeneration, type ManifestParam, type ManifestTensor, type ProgramName } from './manifest.ts';
import { key, tsLiteral, type LiteralValue } from './ts-literal.ts';

/** Where a bundle keeps one kernel: its file (relative to the bundle) and the function to call in it. */
export interface BundleKernel {
  readonly program: ProgramName;
  readonly name: string;
  readonly file: string;
  readonly entryPoint: string;
  /** A grid kernel's block (workgroup) size, where the target's launcher needs it (cuda). */
  readonly block?: readonly [number, number, number];
  /** cuda: the compute capabilities whose PTX was written beside the kernel's module. */
  readonly ptx?: readonly number[];
}

/** Options of the kernel files some targets take (the others ignore them). */
export interface KernelFileOptions {
  /** cuda: the compute capabilities to compile PTX for with nvcc (80 = sm_80); empty: none; undefined: 80 and 90 when nvcc is installed. */
  readonly ptx?: readonly number[];
}

/** A target's bundle layout (module-<target>.ts): the kernel files and the typed module that runs them. */
export interface BundleWriter {
  /** Renders a program's kernels (already verified and lowered for `target`) into files; `kernels` in the given order. */
  kernelFiles(target: TargetSpec, program: ProgramName, kernels: readonly Kernel[], header: readonly string[], options: KernelFileOptions): {
    readonly files: ReadonlyMap<string, string>;
    readonly kernels: readonly BundleKernel[];
  };
  /** index.ts: the support code inlined, the model tables and plans, and the programs. */
  moduleSource(spec: ModuleSpec, kernels: readonly BundleKernel[]): string;
}

export interface ModuleProgram {
  readonly plan: ProgramPlan;
  readonly inputs: readonly ManifestTensor[];
  readonly outputs: readonly ManifestTensor[];
}

/** Everything a generated module states about its model. */
export interface ModuleSpec {
  /** The header comment's lines (what generated the file, from what). */
  readonly header: readonly string[];
  readonly model: string;
  readonly config: Readonly<Record<string, number | boolean | string>>;
  readonly shapes: { readonly batch: number; readonly ctx: number; readonly forwardBatch: number };
  readonly params: readonly ManifestParam[];
  readonly optimizerState: readonly { readonly name: string; readonly shape: readonly number[] }[];
  /** No train step in an inference-only build (`--inference`); prefill and decode where generation is cached. */
  readonly programs: { readonly forward: ModuleProgram; readonly trainStep?: ModuleProgram; readonly prefill?: ModuleProgram; readonly decode?: ModuleProgram };
  /** How `model.generate` runs (the manifest's `generation`). */
  readonly generation: ManifestGeneration;
}

/** The programs a module has, in bundle order. */
export function programNames(spec: ModuleSpec): ProgramName[] {
  return PROGRAM_NAMES.filter((p) => spec.programs[p] !== undefined);
}

/** The cached-generation shape of a module whose generate goes through prefill and decode; undefined otherwise. */
export function cachedGeneration(spec: ModuleSpec): Extract<ManifestGeneration, { path: 'cached' }> | undefined {
  return spec.generation.path === 'cached' && spec.programs.prefill && spec.programs.decode ? spec.generation : undefined;
}

/** Inlined declarations every bundle exports: the one API of support/model.ts. */
export const MODEL_API_TYPES = ['Model', 'GenerateOptions', 'LoadWeights', 'LoadProgress'] as const;

export const PLAN_CONST: Readonly<Record<ProgramName, string>> = { forward: 'forwardPlan', trainStep: 'trainStepPlan', prefill: 'prefillPlan', decode: 'decodePlan' };

const PROGRAM_DOC: Readonly<Record<ProgramName, string>> = {
  forward: 'The forward pass',
  trainStep: 'The train step',
  prefill: 'The prefill of cached generation (the prompt → every cache)',
  decode: 'The decode of cached generation (one token at position `pos`)',
};

/** The plan's types (compiler/plan.ts, inlined types-only), exported from every bundle. */
export const PLAN_TYPES = [
  'ProgramPlan', 'PlanDType', 'PlanBuffer', 'PlanBinding', 'PlanTensor', 'PlanInput', 'PlanIndexInput', 'PlanAccess', 'PlanUniform', 'PlanLaunch',
] as const;

export function newModuleFile(): SourceFile {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, newLineKind: NewLineKind.LineFeed, quoteKind: QuoteKind.Single },
  });
  return project.createSourceFile('/index.ts');
}

export function addHeader(file: SourceFile, header: readonly string[]): void {
  file.insertStatements(0, header.map((l) => `// ${l}`.trimEnd()).join('\n'));
}

/** `config`, `shapes`, the param and optimizer-slot tables and their types. */
export function addModelTables(file: SourceFile, spec: ModuleSpec): void {
  file.addStatements(`// ---- ${spec.model}: config, shapes, tensors ----`);
  addConst(file, 'model', spec.model, 'The model\'s name in its .loom file.', true);
  addConst(file, 'config', spec.config as LiteralValue, 'The model\'s hyperparameters: the .loom defaults with the compile\'s `--set` overrides.', true);
  addConst(file, 'shapes', spec.shapes as unknown as LiteralValue,
    'The sizes the programs were compiled for: the train step takes `batch` sequences of `ctx` tokens, the forward pass `forwardBatch` of them.', true);

  const paramTable = Object.fromEntries(spec.params.map((p) => [p.name, { shape: p.shape, init: p.init as unknown as LiteralValue }]));
  addConst(file, 'paramSpecs', paramTable, 'Every learnable tensor of the model, in declaration order: shape and initialiser.', true, 'Readonly<Record<ParamName, TensorSpec>>');
  file.addTypeAlias({ name: 'ParamName', isExported: true, type: unionOf(spec.params.map((p) => p.name)), docs: ['The name of a learnable tensor.'] });
  file.addInterface({
    name: 'Params',
    isExported: true,
    docs: [`The weights of ${spec.model}, one Float32Array per tensor (row-major).`],
    properties: spec.params.map((p) => ({ name: key(p.name), type: 'Float32Array', isReadonly: true, docs: [`f32[${p.shape.join(', ')}], initialised ${describeInit(p.init)}.`] })),
  });

  if (!spec.programs.trainStep) return; // inference only: no optimizer slots
  const slotTable = Object.fromEntries(spec.optimizerState.map((s) => [s.name, { shape: [...s.shape], init: { kind: 'zeros' } }]));
  addConst(file, 'optimizerStateSpecs', slotTable, 'The train step\'s optimizer slots (AdamW moments), zero when training starts.', true, 'Readonly<Record<string, TensorSpec>>');
  file.addInterface({
    name: 'OptimizerState',
    isExported: true,
    docs: ['AdamW\'s first (`optim.m.*`) and second (`optim.v.*`) moments, one per weight.'],
    properties: spec.optimizerState.map((s) => ({ name: key(s.name), type: 'Float32Array', isReadonly: true, docs: [`f32[${s.shape.join(', ')}]`] })),
  });
  file.addTypeAlias({ name: 'TrainState', isExported: true, type: 'Params & OptimizerState', docs: ['Everything the train step reads and updates in place.'] });
}

/** The plans as typed consts, and the output type of the train step. */
export function addPlans(file: SourceFile, spec: ModuleSpec): void {
  file.addStatements('// ---- execution plans (buffers, bindings, launches) ----');
  for (const name of programNames(spec)) {
    const program = spec.programs[name]!;
    addConst(file, PLAN_CONST[name], program.plan as unknown as LiteralValue,
      `${PROGRAM_DOC[name]}: ${program.plan.launches.length} kernel launches over ${program.plan.buffers.length} buffers.`,
      false, 'ProgramPlan');
  }
  if (!spec.programs.trainStep) return;
  const outputs = spec.programs.trainStep.outputs;
  file.addInterface({
    name: 'TrainStepResult',
    isExported: true,
    docs: ['What one train step reports (the weights and optimizer slots are updated in place).'],
    properties: outputs.map((o) => ({ name: camelCase(o.name), type: isScalar(o) ? 'number' : 'Float32Array', docs: [`The program's \`${o.name}\` output.`] })),
  });
}

/** `initParams(seed)`, `loadParams(source)` and (with a train step) `initTrainState(params)`: pure JavaScript, the same for every target. */
export function addInitFunctions(file: SourceFile, spec: ModuleSpec): void {
  file.addFunction({
    name: 'initParams',
    isExported: true,
    parameters: [{ name: 'seed', initializer: '0' }],
    returnType: 'Params',
    docs: ['Fresh weights, bit-identical to what `loom train --seed <seed>` starts from.'],
    statements: [
      'const out: Record<string, Float32Array> = {};',
      'for (const [name, spec] of Object.entries(paramSpecs)) out[name] = initialValue(name, spec, seed);',
      'return out as unknown as Params;',
    ],
  });
  file.addFunction({
    name: 'loadParams',
    isExported: true,
    isAsync: true,
    parameters: [{ name: 'source', type: 'WeightsSource' }],
    returnType: 'Promise<Params>',
    docs: [[
      'Weights from a safetensors file (a `loom train` checkpoint works): its bytes, a URL (fetched; file: URLs read from disk) or, under Node, a path.',
      'Every param must be there with its shape; F16, BF16 and F64 tensors are widened to f32.',
    ].join('\n')],
    statements: ['return (await loadParamsFrom(source, paramSpecs)) as unknown as Params;'],
  });
  const training = spec.programs.trainStep !== undefined;
  file.addFunction({
    name: 'tensors',
    parameters: [{ name: 'value', type: training ? 'Params | OptimizerState | TrainState' : 'Params' }],
    returnType: 'Readonly<Record<string, Float32Array>>',
    docs: ['The tensors of a Params-like object by name (interfaces have no index signature, so this is a view, not a copy).'],
    statements: ['return value as unknown as Readonly<Record<string, Float32Array>>;'],
  });
  if (!training) return;
  file.addFunction({
    name: 'initTrainState',
    isExported: true,
    parameters: [{ name: 'params', type: 'Params' }, { name: 'optimizerState', type: 'OptimizerState', hasQuestionToken: true }],
    returnType: 'TrainState',
    docs: ['The state a training run starts from: copies of `params` and the optimizer slots (zeros unless given, e.g. from a checkpoint).'],
    statements: [
      'checkTensors(\'initTrainState\', paramSpecs, tensors(params));',
      'if (optimizerState) checkTensors(\'initTrainState\', optimizerStateSpecs, tensors(optimizerState));',
      'const out: Record<string, Float32Array> = {};',
      'for (const name of Object.keys(paramSpecs)) out[name] = Float32Array.from(tensors(params)[name]!);',
      'for (const [name, spec] of Object.entries(optimizerStateSpecs)) {',
      '  out[name] = optimizerState ? Float32Array.from(tensors(optimizerState)[name]!) : initialValue(name, spec, 0);',
      '}',
      'return out as unknown as TrainState;',
    ],
  });
}

/**
 * `LoadOptions` and `load(options)`, the API every target shares
 * (support/model.ts): the weights resolved, then `setup` (target code that
 * defines `run(tokens)` and `release()` over the target's forward pass and,
 * where generation is cached, `openDecoder()`: a `Decoder` running prefill
 * and decode over caches of its own, zeroed).
 * Only for a forward pass over tokens alone, as `generate`.
 */
export function addModelLoad(file: SourceFile, spec: ModuleSpec, target: { readonly optionsBase?: string; readonly setup: (cached: boolean) => readonly string[]; readonly doc: string }): void {
  const { forward } = spec.programs;
  if (forward.inputs.length !== 1) return;
  const logits = logitsOf(forward);
  const vocab = logits.shape[logits.shape.length - 1]!;
  file.addStatements('// ---- the model API (the same on every target) ----');
  const cached = addDecoding(file, spec, vocab);
  file.addInterface({
    name: 'LoadOptions',
    isExported: true,
    ...(target.optionsBase ? { extends: [target.optionsBase] } : {}),
    docs: ['What `load` takes.'],
    properties: [
      { name: 'weights', type: 'LoadWeights | Params', docs: ['A safetensors file (a `loom train` checkpoint works) as a URL, a path under Node or its bytes; or the Params themselves (`initParams(seed)`).'] },
      { name: 'onProgress', type: '(event: LoadProgress) => void', hasQuestionToken: true, docs: ['Hears of the weights\' bytes as they arrive, the kernels\' compilation (device targets) and the end of loading.'] },
    ],
  });
  file.addFunction({
    name: 'load',
    isExported: true,
    isAsync: true,
    parameters: [{ name: 'options', type: 'LoadOptions' }],
    returnType: 'Promise<Model>',
    docs: [[
      target.doc,
      cached
        ? '`model.generate` decodes through a KV cache (prefill, then one decode per token; `{ cache: false }` reruns the forward pass instead).'
        : `\`model.generate\` reruns the forward pass over the last ${spec.shapes.ctx} tokens for every token (this model keeps no cache).`,
      '`await model.forward(tokens)`; `for await (const token of model.generate(prompt, { maxTokens, temperature, topK, topP, stop, signal }))`; `model.dispose()`.',
    ].join('\n')],
    statements: [
      'const params = await resolveWeights(options.weights as unknown as LoadWeights, paramSpecs, options.onProgress);',
      ...target.setup(cached),
      "options.onProgress?.({ phase: 'ready' });",
      `return modelOver({ run, dispose: release, ctx: shapes.ctx, vocab: ${vocab}, inputLength: ${forward.inputs[0]!.shape.reduce((a, d) => a * d, 1)}${cached ? ', cached: { shape: decoding, open: openDecoder }' : ''} });`,
    ],
  });
}

/** `cacheSpecs`, `decoding` and `zeroCaches()` where generation is cached; returns whether it is. */
function addDecoding(file: SourceFile, spec: ModuleSpec, vocab: number): boolean {
  const g = cachedGeneration(spec);
  if (!g) return false;
  addConst(file, 'cacheSpecs', Object.fromEntries(g.caches.map((c) => [c.name, { shape: [...c.shape] }])),
    'The KV caches (a recurrent model\'s states) the prefill and decode programs keep, zeroed at the start of every generation.', true, 'Readonly<Record<string, { readonly shape: readonly number[] }>>');
  addConst(file, 'decoding', { vocab, cacheLength: g.cacheLength, prefillLength: g.prefillLength, slideKeep: g.slideKeep, ...(g.promptLengthInput ? { promptLengthInput: g.promptLengthInput } : {}) },
    'The sizes of cached generation: positions per cache, tokens per prefill, and the tokens a full cache slides to (as `loom generate`).', false, 'CachedShape');
  file.addFunction({
    name: 'zeroCaches',
    returnType: 'Record<string, Float32Array>',
    docs: ['Fresh, zeroed caches.'],
    statements: ['return Object.fromEntries(Object.entries(cacheSpecs).map(([name, c]) => [name, new Float32Array(c.shape.reduce((a, d) => a * d, 1))]));'],
  });
  return true;
}

/**
 * `generate(<holder>, prompt, options)`: loom's sampling loop (TokenSampler)
 * over the forward pass, when the forward pass takes the tokens alone.
 */
export function addGenerate(file: SourceFile, spec: ModuleSpec, holder: { readonly name: string; readonly type: string }, isAsync: boolean): void {
  const { forward } = spec.programs;
  if (forward.inputs.length !== 1) return; // generation needs a forward pass over tokens alone
  const logits = logitsOf(forward);
  const tokens = forward.inputs[0]!;
  file.addFunction({
    name: 'generate',
    isExported: true,
    ...(isAsync ? { isAsync } : {}),
    parameters: [{ name: holder.name, type: holder.type }, { name: 'prompt', type: 'readonly number[]' }, { name: 'options', type: 'SamplerOptions', initializer: '{}' }],
    returnType: isAsync ? 'Promise<number[]>' : 'number[]',
    docs: ['Continues `prompt` (token ids) by `options.length` tokens (default 64), as `loom generate` samples: temperature, top-k, seeded.'],
    statements: [
      `const sampler = new TokenSampler(prompt, options, shapes.ctx, ${logits.shape[logits.shape.length - 1]}, ${tokens.shape.reduce((a, d) => a * d, 1)});`,
      `while (!sampler.done) sampler.push(${isAsync ? 'await ' : ''}forward(${holder.name}, sampler.window()));`,
      'return sampler.generated();',
    ],
  });
}

/** The parameters a program's inputs become (`tokens: Int32Array`, `step: number`, …). */
export function inputParameters(program: ModuleProgram): OptionalKind<ParameterDeclarationStructure>[] {
  return program.inputs.map((t) => ({ name: camelCase(t.name), type: inputType(t) }));
}

/** `{ tokens: tokens, step: step }`: the inputs record passed to a runner, by graph input name. */
export function inputRecord(program: ModuleProgram): string {
  return `{ ${program.inputs.map((t) => `${key(t.name)}: ${camelCase(t.name)}`).join(', ')} }`;
}

/** The train step's result object from the runner's outputs record `out`. */
export function trainStepResult(program: ModuleProgram, out: string): string {
  return `{ ${program.outputs.map((o) => `${camelCase(o.name)}: ${out}[${quoteKey(o.name)}]!${isScalar(o) ? '[0]!' : ''}`).join(', ')} }`;
}

/** Docs for a program's inputs: `tokens: i32[16, 64]`. */
export function describeInputs(program: ModuleProgram): string[] {
  return program.inputs.map((t) => `@param ${camelCase(t.name)} ${t.dtype}[${t.shape.join(', ')}]${t.name === 'step' ? ', the 0-based step (it drives the learning-rate schedule)' : ''}`);
}

export function isScalar(t: ManifestTensor): boolean {
  return t.shape.every((d) => d === 1);
}

export function camelCase(name: string): string {
  return name.replace(/[._]+([a-z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9_$]/g, '_');
}

function inputType(t: ManifestTensor): string {
  if (isScalar(t) && t.dtype === 'f32') return 'number';
  return t.dtype === 'f32' ? 'Float32Array' : 'Int32Array';
}

function quoteKey(name: string): string {
  return `'${name.replace(/'/g, "\\'")}'`;
}

export function unionOf(names: readonly string[]): string {
  return names.length === 0 ? 'never' : names.map(quoteKey).join(' | ');
}

export function describeInit(init: InitSpec): string {
  switch (init.kind) {
    case 'zeros': return 'to zeros';
    case 'ones': return 'to ones';
    case 'const': return `to ${init.value}`;
    case 'normal': return `from normal(mean ${init.mean}, std ${init.std})`;
    case 'uniform': return `from uniform(${init.low}, ${init.high})`;
  }
}

function addConst(file: SourceFile, name: string, value: LiteralValue, doc: string, exported: boolean, type?: string): void {
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Const,
    isExported: exported,
    docs: [doc],
    declarations: [{ name, ...(type ? { type } : {}), initializer: type ? tsLiteral(value) : `${tsLiteral(value)} as const` }],
  });
}

/**
 * The forward pass's logits: its one output that is not a statistic
 * (`stat(x, name)` adds scalar `stat.*` outputs beside it, e.g. spike rates).
 */
export function logitsOf(forward: ModuleProgram): ManifestTensor {
  const logits = forward.outputs.filter((o) => !o.name.startsWith('stat.'));
  if (logits.length !== 1) throw new Error(`the forward pass must have one output besides its stat.* statistics (the logits); it has ${logits.length}: ${logits.map((o) => o.name).join(', ')}`);
  return logits[0]!;
}
