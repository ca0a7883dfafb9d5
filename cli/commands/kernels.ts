// loom kernels: the kernels of a compiled program, one line each — name,
// kind, .loom source location, buffers bound — or one kernel's rendered
// source with --source NAME.
import { parseArgs } from 'node:util';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { displayLocation } from '../../compiler/emit/paths.ts';
import { compileGraph } from '../../compiler/program.ts';
import { targetSpec } from '../../compiler/target.ts';
import { renderJs } from '../../compiler/render/js.ts';
import { renderWgsl } from '../../compiler/render/wgsl.ts';
import { compileLanguageModel } from '../../runtime/model.ts';
import { intFlag, parseConfig } from '../args.ts';
import { checkModelFile, parseTarget } from './compile.ts';

const USAGE = 'usage: loom kernels <file.loom> [--target js|webgpu] [--program forward|train] [--source NAME] [--batch N] [--set k=v]';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      target: { type: 'string' },
      program: { type: 'string' },
      source: { type: 'string' },
      batch: { type: 'string' },
      ctx: { type: 'string' },
      set: { type: 'string', multiple: true },
    },
  });
  const target = parseTarget(values.target, USAGE);
  const program = values.program ?? 'forward';
  if (program !== 'forward' && program !== 'train') throw new Error(`unknown program "${program}"; expected forward or train\n${USAGE}`);
  const file = checkModelFile(positionals[0], USAGE);
  const m = compileLanguageModel(file, {
    config: parseConfig(values.set),
    batch: intFlag(values.batch, 'batch', 16),
    ctx: values.ctx === undefined ? undefined : intFlag(values.ctx, 'ctx', 1),
    optimizer: defaultOptimizer,
    forwardBatch: 1,
  });
  const graph = program === 'forward' ? m.graphs.forward : m.graphs.train;
  const { fused, lowered } = compileGraph(graph, { target: targetSpec(target) });
  if (values.source !== undefined) {
    const lk = lowered.kernels.find((k) => k.kernel.name === values.source);
    if (!lk) throw new Error(`no kernel named "${values.source}" in the ${program} program (loom kernels ${positionals[0]} --program ${program} lists them)`);
    process.stdout.write(target === 'js' ? renderJs(lk.kernel).source : renderWgsl(lk.kernel).code);
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
  process.stdout.write(`# ${m.model} ${program} for ${target}: ${lowered.kernels.length} kernels (name, kind, source, buffers: name[elements], (w) written, (rw) read and written)\n`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
