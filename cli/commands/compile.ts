// loom compile: a .loom language model → a bundle directory: a typed
// TypeScript module (params, forward, trainStep, generate), the kernel
// sources (.js for js, .wgsl for webgpu, .cu with PTX for cuda) and
// manifest.json. See docs/emit.md.
import { TARGET_NAMES, type TargetName as EmitTarget } from '../../compiler/target.ts';
import { choiceFlag, intFlag, modelFile, outputDir, parseConfig, requireFlag, UsageError, type CliIo, type CommandSpec, type ParsedArgs } from '../args.ts';
import { batch, CTX, SCAN_MEMORY, scanMemoryFlag, SET } from '../options.ts';

// Emit (and ts-morph) is imported only once the arguments are known to be good.
export const EMIT_TARGETS: readonly EmitTarget[] = TARGET_NAMES;

export const spec: CommandSpec = {
  name: 'compile',
  summary: 'Compile a language model into a bundle directory: a typed TypeScript module (params, forward, trainStep, generate), its kernel sources and manifest.json (docs/emit.md).',
  synopsis: `<file.loom> --target ${EMIT_TARGETS.join('|')} -o DIR [options]`,
  positionals: [{ name: '<file.loom>', description: 'the model' }],
  options: [
    { name: 'target', type: 'option', value: 'TARGET', description: `what the kernels run on: ${EMIT_TARGETS.join(' or ')} (required)` },
    { name: 'out', short: 'o', type: 'option', value: 'DIR', description: 'the directory to write the bundle to (required; created if missing)' },
    batch(16, 'batch size of the train step'),
    CTX,
    { name: 'forward-batch', type: 'option', value: 'N', description: 'batch size of the forward program (default 1)' },
    { name: 'ptx', type: 'option', value: 'ARCHS', description: 'cuda: compute capabilities to write PTX for with nvcc, e.g. 80,90, or none (default 80,90 when nvcc is installed)' },
    SET,
    SCAN_MEMORY,
    { name: 'inference', type: 'flag', description: 'inference only: the forward pass and generation, no train step (kernels, plan, optimizer slots)' },
    { name: 'quiet', short: 'q', type: 'flag', description: 'print nothing but errors' },
  ],
};

export function parseTarget(v: string | undefined): EmitTarget {
  if (v === undefined) return 'js';
  return choiceFlag(v, 'target', EMIT_TARGETS, 'js');
}

/** `--ptx 80,90` or `--ptx none`: compute capabilities (two digits, ≥ 50). */
function ptxFlag(v: string): number[] {
  if (v === 'none') return [];
  const archs = v.split(',').map((x) => x.trim().replace(/^sm_/, ''));
  if (!archs.every((a) => /^\d{2,3}$/.test(a) && Number(a) >= 50)) {
    throw new UsageError(`--ptx must be "none" or compute capabilities like 80,90 (got "${v}")`);
  }
  return [...new Set(archs.map(Number))].sort((a, b) => a - b);
}

/** The bundle options of `loom compile` and `loom build`, checked (usage errors before any work). */
export function bundleOptions(args: ParsedArgs) {
  if (args.str('target') === undefined) throw new UsageError(`--target is required (${EMIT_TARGETS.join(' or ')})`, { hint: true });
  const target = parseTarget(args.str('target'));
  return {
    target,
    config: parseConfig(args.list('set')),
    batch: intFlag(args.str('batch'), 'batch', 16),
    ctx: args.str('ctx') === undefined ? undefined : intFlag(args.str('ctx'), 'ctx', 1),
    forwardBatch: intFlag(args.str('forward-batch'), 'forward-batch', 1),
    ...(args.str('ptx') !== undefined ? { ptx: ptxFlag(args.str('ptx')!) } : {}),
    ...(args.flag('inference') ? { inference: true } : {}),
    ...(args.str('scan-memory') !== undefined ? { scanMemory: scanMemoryFlag(args.str('scan-memory')) } : {}),
  };
}

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  // Every argument and the output directory are checked before compiling.
  const options = bundleOptions(args);
  const out = requireFlag(args.str('out'), 'out');
  const file = modelFile(args);
  outputDir(out, 'bundle directory');
  const { compileBundle, writeBundle } = await import('../../compiler/emit/index.ts');
  const log = args.flag('quiet') ? undefined : (line: string) => io.stderr.write(`${line}\n`);
  const bundle = compileBundle(file, { ...options, log });
  writeBundle(out, bundle);
  const { forward, trainStep, prefill, decode } = bundle.manifest.programs;
  const generation = prefill && decode ? `generate through the KV cache: prefill ${prefill.launches} kernels, decode ${decode.launches} kernels` : 'generate reruns the forward pass (no cache)';
  log?.(`${out}: ${bundle.files.size} files; forward ${forward.launches} kernels, ${trainStep ? `train step ${trainStep.launches} kernels` : 'no train step (--inference)'}; ${generation}`);
  return 0;
}
