// loom compile: a .loom language model → a bundle directory: a typed
// TypeScript module (params, forward, trainStep, generate), the kernel
// sources (.wgsl for webgpu, .js for js) and manifest.json. See docs/emit.md.
import { TARGET_NAMES, type TargetName as EmitTarget } from '../../compiler/target.ts';
import { choiceFlag, intFlag, modelFile, outputDir, parseConfig, requireFlag, UsageError, type CliIo, type CommandSpec, type ParsedArgs } from '../args.ts';
import { batch, CTX, SET } from '../options.ts';

// Emit (and ts-morph) is imported only once the arguments are known to be good.
export const EMIT_TARGETS: readonly EmitTarget[] = TARGET_NAMES;

export const spec: CommandSpec = {
  name: 'compile',
  summary: 'Compile a language model into a bundle directory: a typed TypeScript module (params, forward, trainStep, generate), its kernel sources and manifest.json (docs/emit.md).',
  synopsis: '<file.loom> --target js|webgpu -o DIR [options]',
  positionals: [{ name: '<file.loom>', description: 'the model' }],
  options: [
    { name: 'target', type: 'option', value: 'TARGET', description: `what the kernels run on: ${EMIT_TARGETS.join(' or ')} (required)` },
    { name: 'out', short: 'o', type: 'option', value: 'DIR', description: 'the directory to write the bundle to (required; created if missing)' },
    batch(16, 'batch size of the train step'),
    CTX,
    { name: 'forward-batch', type: 'option', value: 'N', description: 'batch size of the forward program (default 1)' },
    SET,
    { name: 'quiet', short: 'q', type: 'flag', description: 'print nothing but errors' },
  ],
};

export function parseTarget(v: string | undefined): EmitTarget {
  if (v === undefined) return 'js';
  return choiceFlag(v, 'target', EMIT_TARGETS, 'js');
}

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  // Every argument and the output directory are checked before compiling.
  if (args.str('target') === undefined) throw new UsageError(`--target is required (${EMIT_TARGETS.join(' or ')})`, { hint: true });
  const target = parseTarget(args.str('target'));
  const out = requireFlag(args.str('out'), 'out');
  const options = {
    target,
    config: parseConfig(args.list('set')),
    batch: intFlag(args.str('batch'), 'batch', 16),
    ctx: args.str('ctx') === undefined ? undefined : intFlag(args.str('ctx'), 'ctx', 1),
    forwardBatch: intFlag(args.str('forward-batch'), 'forward-batch', 1),
  };
  const file = modelFile(args);
  outputDir(out, 'bundle directory');
  const { compileBundle, writeBundle } = await import('../../compiler/emit/index.ts');
  const log = args.flag('quiet') ? undefined : (line: string) => io.stderr.write(`${line}\n`);
  const bundle = compileBundle(file, { ...options, log });
  writeBundle(out, bundle);
  const { forward, trainStep } = bundle.manifest.programs;
  log?.(`${out}: ${bundle.files.size} files; forward ${forward.launches} kernels, train step ${trainStep.launches} kernels`);
  return 0;
}
