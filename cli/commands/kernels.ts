// loom kernels: the kernels of a compiled program, one line each — name,
// kind, .loom source location, buffers bound — or one kernel's rendered
// source with --source NAME.
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { displayLocation } from '../../compiler/emit/paths.ts';
import { compileGraph } from '../../compiler/program.ts';
import { targetSpec } from '../../compiler/target.ts';
import { compileLanguageModel } from '../../compiler/model.ts';
import { choiceFlag, intFlag, modelFile, parseConfig, UsageError, type CliIo, type CommandSpec, type ParsedArgs } from '../args.ts';
import { batch, CTX, SET } from '../options.ts';
import { EMIT_TARGETS, parseTarget } from './compile.ts';

export const spec: CommandSpec = {
  name: 'kernels',
  summary: "List a compiled program's kernels, one line each (name, kind, .loom source location, buffers bound), or print one kernel's source.",
  synopsis: '<file.loom> [--target js|webgpu] [--program forward|train] [--source NAME] [options]',
  positionals: [{ name: '<file.loom>', description: 'the model' }],
  options: [
    { name: 'target', type: 'option', value: 'TARGET', description: `${EMIT_TARGETS.join(' or ')} (default js)` },
    { name: 'program', type: 'option', value: 'NAME', description: 'forward (default) or train (the whole train step)' },
    { name: 'source', type: 'option', value: 'KERNEL', description: "print this kernel's rendered source instead of the list" },
    batch(16, 'batch size of the train step'),
    CTX,
    SET,
  ],
};

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const target = parseTarget(args.str('target'));
  const program = choiceFlag(args.str('program'), 'program', ['forward', 'train'] as const, 'forward');
  const source = args.str('source');
  if (source === '') throw new UsageError('--source must name a kernel');
  const bsz = intFlag(args.str('batch'), 'batch', 16);
  const ctx = args.str('ctx') === undefined ? undefined : intFlag(args.str('ctx'), 'ctx', 1);
  const config = parseConfig(args.list('set'));
  const file = modelFile(args);
  const m = compileLanguageModel(file, {
    config,
    batch: bsz,
    ctx,
    optimizer: defaultOptimizer,
    forwardBatch: 1,
  });
  const graph = program === 'forward' ? m.graphs.forward : m.graphs.train;
  const { fused, lowered } = compileGraph(graph, { target: targetSpec(target) });
  if (source !== undefined) {
    const lk = lowered.kernels.find((k) => k.kernel.name === source);
    if (!lk) throw new Error(`no kernel named "${source}" in the ${program} program (loom kernels ${file} --program ${program} lists them)`);
    io.stdout.write(targetSpec(target).renderKernel(lk.kernel).code);
    return 0;
  }
  const lines = lowered.kernels.map((lk) => {
    const k = lk.kernel;
    const buffers = k.buffers.map((p, i) => {
      const b = lowered.buffers[lk.bindings[i]!]!;
      return `${b.name}${p.access === 'read' ? '' : p.access === 'write' ? '(w)' : '(rw)'}[${b.length}]`;
    });
    return [k.name, fused.kernels[lk.group]!.kind, displayLocation(k.loc) ?? '-', buffers.join(' ')].join('\t');
  });
  io.stdout.write(`# ${m.model} ${program} for ${target}: ${lowered.kernels.length} kernels (name, kind, source, buffers: name[elements], (w) written, (rw) read and written)\n`);
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
