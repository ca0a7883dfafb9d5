// loom compile: a .loom language model → a bundle directory: a typed
// TypeScript module (params, forward, trainStep, generate), the kernel
// sources (.wgsl for webgpu, .js for js) and manifest.json. See docs/emit.md.
import * as fs from 'node:fs';
import { parseArgs } from 'node:util';
import type { EmitTarget } from '../../compiler/emit/manifest.ts';
import { intFlag, parseConfig } from '../args.ts';

// Emit (and ts-morph) is imported only once the arguments are known to be good.
const EMIT_TARGETS: readonly EmitTarget[] = ['js', 'webgpu'];

const USAGE = 'usage: loom compile <file.loom> --target js|webgpu -o DIR [--batch N] [--ctx N] [--forward-batch N] [--set k=v]';

export function parseTarget(v: string | undefined, usage: string): EmitTarget {
  if (v === undefined) return 'js';
  if (!(EMIT_TARGETS as readonly string[]).includes(v)) throw new Error(`unknown target "${v}"; expected one of: ${EMIT_TARGETS.join(', ')}\n${usage}`);
  return v as EmitTarget;
}

export function checkModelFile(file: string | undefined, usage: string): string {
  if (!file) throw new Error(`no model file given\n${usage}`);
  if (!fs.existsSync(file)) throw new Error(`${file}: no such file`);
  if (!fs.statSync(file).isFile()) throw new Error(`${file}: not a file`);
  return file;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      target: { type: 'string' },
      out: { type: 'string', short: 'o' },
      batch: { type: 'string' },
      ctx: { type: 'string' },
      'forward-batch': { type: 'string' },
      set: { type: 'string', multiple: true },
      quiet: { type: 'boolean', short: 'q' },
    },
  });
  if (values.target === undefined) throw new Error(`--target is required (${EMIT_TARGETS.join(' or ')})\n${USAGE}`);
  const target = parseTarget(values.target, USAGE);
  if (values.out === undefined || values.out === '') throw new Error(`-o DIR is required: the directory to write the bundle to\n${USAGE}`);
  const file = checkModelFile(positionals[0], USAGE);
  if (positionals.length > 1) throw new Error(`one model file at a time, got ${positionals.length}\n${USAGE}`);
  const { compileBundle, writeBundle } = await import('../../compiler/emit/index.ts');
  const log = values.quiet ? undefined : (line: string) => process.stderr.write(`${line}\n`);
  const bundle = compileBundle(file, {
    target,
    config: parseConfig(values.set),
    batch: intFlag(values.batch, 'batch', 16),
    ctx: values.ctx === undefined ? undefined : intFlag(values.ctx, 'ctx', 1),
    forwardBatch: intFlag(values['forward-batch'], 'forward-batch', 1),
    log,
  });
  writeBundle(values.out, bundle);
  const { forward, trainStep } = bundle.manifest.programs;
  log?.(`${values.out}: ${bundle.files.size} files; forward ${forward.launches} kernels, train step ${trainStep.launches} kernels`);
  return 0;
}
