// loom stats: the program's figures for the forward pass and the train step,
// fused and unfused: kernels, bytes read and written, FLOPs, peak buffer memory.
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { programStats, type ProgramFigures, type ProgramStats } from '../../compiler/stats.ts';
import { compileLanguageModel } from '../../compiler/model.ts';
import { markdownTable } from '../../runtime/plot.ts';
import { intFlag, modelFile, parseConfig, type CliIo, type CommandSpec, type ParsedArgs } from '../args.ts';
import { batch, CTX, SCAN_MEMORY, scanMemoryFlag, SET } from '../options.ts';
import type { ScanMemoryOptions } from '../../compiler/graph/ops/scan-vjp.ts';

export const spec: CommandSpec = {
  name: 'stats',
  summary: "A language model's figures for the forward pass and the train step, fused and unfused: kernels, bytes read and written, FLOPs, peak buffer memory.",
  synopsis: '<file.loom> [--json] [options]',
  positionals: [{ name: '<file.loom>', description: 'the model' }],
  options: [
    { name: 'json', type: 'flag', description: 'print the figures as JSON instead of a table' },
    batch(16, 'batch size of both programs'),
    CTX,
    { name: 'cache', type: 'option', value: 'N', description: 'also the decode program (one token through a KV cache of N positions; docs/decoding.md)' },
    SET,
    SCAN_MEMORY,
  ],
};

export interface StatsReport {
  model: string;
  config: Record<string, number | boolean | string>;
  batch: number;
  ctx: number;
  forward: ProgramStats;
  trainStep: ProgramStats;
  /** With a cache length: the decode program (batch 1) and its cache length. */
  decode?: ProgramStats & { cacheLength: number };
}

export function statsReport(file: string, opts: { batch: number; ctx?: number; cache?: number; config?: Record<string, number | boolean | string>; scanMemory?: ScanMemoryOptions }): StatsReport {
  // The forward pass at the training shape, so the two programs are comparable.
  const m = compileLanguageModel(file, {
    config: opts.config, batch: opts.batch, ctx: opts.ctx, optimizer: defaultOptimizer, forwardBatch: opts.batch,
    ...(opts.cache !== undefined ? { inference: { cacheLength: opts.cache } } : {}),
    ...(opts.scanMemory ? { scanMemory: opts.scanMemory } : {}),
  });
  return {
    ...(m.inference ? { decode: { ...programStats(m.inference.decode), cacheLength: m.inference.cacheLength } } : {}),
    model: m.model,
    config: m.config,
    batch: m.shapes.batch,
    ctx: m.shapes.ctx,
    forward: programStats(m.graphs.forward),
    trainStep: programStats(m.graphs.train),
  };
}

const fmt = (n: number) => n.toLocaleString('en-US');
const ratio = (fused: number, unfused: number) => (unfused === 0 ? '—' : `${(fused / unfused).toFixed(3)}×`);

export function statsTable(r: StatsReport): string {
  const rows: string[][] = [];
  const add = (program: string, s: ProgramStats) => {
    const row = (label: string, pick: (f: ProgramFigures) => number) => rows.push([program, label, fmt(pick(s.unfused)), fmt(pick(s.fused)), ratio(pick(s.fused), pick(s.unfused))]);
    row('kernels', (f) => f.kernels);
    row('bytes read + written', (f) => f.bytesRead + f.bytesWritten);
    row('FLOPs', (f) => f.flops);
    row('peak buffer bytes', (f) => f.peakBytes);
  };
  add('forward', r.forward);
  add('train step', r.trainStep);
  if (r.decode) add(`decode (cache ${r.decode.cacheLength})`, r.decode);
  return markdownTable(['program', 'figure', 'unfused', 'fused', 'fused / unfused'], rows, ['left', 'left', 'right', 'right', 'right']);
}

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const opts = {
    batch: intFlag(args.str('batch'), 'batch', 16),
    ctx: args.str('ctx') === undefined ? undefined : intFlag(args.str('ctx'), 'ctx', 1),
    ...(args.str('cache') !== undefined ? { cache: intFlag(args.str('cache'), 'cache', 1) } : {}),
    config: parseConfig(args.list('set')),
    ...(args.str('scan-memory') !== undefined ? { scanMemory: scanMemoryFlag(args.str('scan-memory')) } : {}),
  };
  const report = statsReport(modelFile(args), opts);
  if (args.flag('json')) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout.write(`# ${report.model} (batch ${report.batch} × ctx ${report.ctx})\n\n${statsTable(report)}\n`);
  }
  return 0;
}
