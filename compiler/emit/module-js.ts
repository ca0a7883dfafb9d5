// index.ts of a js-target bundle: self-contained TypeScript that runs the
// kernels of ./kernels/<program>.js over typed arrays on the CPU. It imports
// nothing from loom: the runner, sampler and initialiser are inlined from
// loom's sources (inline.ts), so the bundle directory is all a program needs.
import { VariableDeclarationKind, type SourceFile } from 'ts-morph';
import { jsKernelFile } from './kernel-files.ts';
import { inlineSupport } from './inline.ts';
import {
  addHeader, addInitFunctions, addModelTables, addPlans, describeInputs, inputParameters, inputRecord,
  newModuleFile, PLAN_CONST, trainStepResult, type ModuleSpec,
} from './module-common.ts';

/** Support files a js bundle inlines, dependencies first. */
export const JS_SUPPORT = [
  'compiler/graph/random.ts',
  'runtime/sample.ts',
  'compiler/emit/support/init.ts',
  'compiler/emit/support/sampler.ts',
  'compiler/emit/support/plan.ts',
  'compiler/emit/support/js-runner.ts',
] as const;

/** Inlined declarations that stay part of the bundle's API (types its exports mention). */
const JS_EXPORTED = new Set([
  'ParamInit', 'ParamSpec', 'GenerateOptions', 'ProgramPlan', 'PlanBuffer', 'PlanBinding', 'PlanLaunch', 'PlanIndexInput', 'ProgramInputs',
]);

const KERNELS_CONST = { forward: 'forwardKernels', trainStep: 'trainStepKernels' } as const;

export function jsModuleSource(spec: ModuleSpec): string {
  const file = newModuleFile();
  for (const program of ['forward', 'trainStep'] as const) {
    file.addImportDeclaration({ moduleSpecifier: `./${jsKernelFile(program)}`, namedImports: [{ name: 'kernels', alias: KERNELS_CONST[program] }] });
  }
  inlineSupport(file, { files: JS_SUPPORT, exported: JS_EXPORTED });
  addModelTables(file, spec);
  addPlans(file, spec);
  addInitFunctions(file);
  addPrograms(file, spec);
  addHeader(file, spec.header);
  return file.getFullText();
}

function addPrograms(file: SourceFile, spec: ModuleSpec): void {
  const { forward, trainStep } = spec.programs;
  if (forward.outputs.length !== 1) throw new Error(`the forward pass must have one output (the logits); it has ${forward.outputs.length}`);
  const logits = forward.outputs[0]!;
  file.addStatements('// ---- programs ----');
  file.addVariableStatement({
    declarationKind: VariableDeclarationKind.Let,
    docs: ['Built on first use, so importing the module allocates nothing.'],
    declarations: [
      { name: 'forwardProgram', type: 'JsProgram | undefined' },
      { name: 'trainStepProgram', type: 'JsProgram | undefined' },
    ],
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
      `forwardProgram ??= new JsProgram('forward', ${PLAN_CONST.forward}, ${KERNELS_CONST.forward});`,
      `return forwardProgram.run(${inputRecord(forward)}, tensors(params))['${logits.name}']!;`,
    ],
  });
  file.addFunction({
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
      `trainStepProgram ??= new JsProgram('trainStep', ${PLAN_CONST.trainStep}, ${KERNELS_CONST.trainStep});`,
      `const out = trainStepProgram.run(${inputRecord(trainStep)}, tensors(state));`,
      `return ${trainStepResult(trainStep, 'out')};`,
    ],
  });
  if (forward.inputs.length !== 1) return; // generation needs a forward pass over tokens alone
  const tokens = forward.inputs[0]!;
  file.addFunction({
    name: 'generate',
    isExported: true,
    parameters: [{ name: 'params', type: 'Params' }, { name: 'prompt', type: 'readonly number[]' }, { name: 'options', type: 'GenerateOptions', initializer: '{}' }],
    returnType: 'number[]',
    docs: ['Continues `prompt` (token ids) by `options.length` tokens (default 64), as `loom generate` samples: temperature, top-k, seeded.'],
    statements: [
      `const sampler = new TokenSampler(prompt, options, shapes.ctx, ${logits.shape[logits.shape.length - 1]}, ${tokens.shape.reduce((a, d) => a * d, 1)});`,
      'while (!sampler.done) sampler.push(forward(params, sampler.window()));',
      'return sampler.generated();',
    ],
  });
}
