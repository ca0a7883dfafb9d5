// loom arena: train several example architectures, sized to one parameter
// budget, on synthetic sequence tasks at several context lengths, and write
// the accuracy tables and charts (runtime/arena/, docs/arena.md).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ARENA_MODELS, runArena, type ArenaOptions } from '../../runtime/arena/arena.ts';
import { arenaReport } from '../../runtime/arena/report.ts';
import { MIN_CTX, TASK_NAMES, type TaskName } from '../../runtime/arena/tasks.ts';
import { intFlag, outputDir, UsageError, type CliIo, type CommandSpec, type ParsedArgs } from '../args.ts';
import { BACKEND, backendFlag, THREADS, threadsFlag } from '../options.ts';

export const spec: CommandSpec = {
  name: 'arena',
  summary: 'Train example architectures at one parameter budget on synthetic tasks (associative recall, copying, a regular language) and compare accuracy by sequence length and training cost.',
  synopsis: '[--models LIST] [--tasks LIST] [--lengths LIST] [--params N] [--steps N] [options]',
  positionals: [],
  options: [
    { name: 'models', type: 'option', value: 'LIST', description: `comma-separated, from ${ARENA_MODELS.map((m) => m.name).join(', ')} (default all)` },
    { name: 'tasks', type: 'option', value: 'LIST', description: `comma-separated, from ${TASK_NAMES.join(', ')} (default all)` },
    { name: 'lengths', type: 'option', value: 'LIST', description: 'context lengths to train and score at (default 16,32)' },
    { name: 'params', type: 'option', value: 'N', description: 'weights per model: each is sized to the closest width (default 100000)' },
    { name: 'steps', type: 'option', value: 'N', description: 'train steps per run (default 800)' },
    { name: 'batch', type: 'option', value: 'N', description: 'sequences per step (default 16)' },
    { name: 'eval-batches', type: 'option', value: 'N', description: 'held-out batches scored per run (default 4)' },
    { name: 'seed', type: 'option', value: 'N', description: 'seed of weights and task data (default 1)' },
    THREADS,
    { name: 'out-dir', type: 'option', value: 'DIR', description: 'where arena.md, arena.json and the SVG charts go (default bench/results)' },
    BACKEND,
  ],
  notes: 'Each run trains from freshly initialised weights. Runs are model × length × task; the default is\n' +
    '5 × 2 × 3 = 30 runs. Training cost is the train step\'s FLOPs under the fusion cost model times the\n' +
    'steps taken.',
};

function list<T extends string>(v: string | undefined, name: string, known: readonly T[]): T[] | undefined {
  if (v === undefined) return undefined;
  const items = v.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const bad = items.filter((s) => !(known as readonly string[]).includes(s));
  if (items.length === 0 || bad.length) throw new UsageError(`--${name}: unknown ${bad.length ? bad.map((b) => `"${b}"`).join(', ') : 'empty list'} (known: ${known.join(', ')})`);
  return [...new Set(items)] as T[];
}

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const names = list(args.str('models'), 'models', ARENA_MODELS.map((m) => m.name));
  const tasks = list(args.str('tasks'), 'tasks', TASK_NAMES) ?? [...TASK_NAMES];
  const lengths = (args.str('lengths') ?? '16,32').split(',').map((s) => intFlag(s.trim(), 'lengths', 0, 1, 4096));
  const shortest = Math.min(...tasks.map((t: TaskName) => MIN_CTX[t]));
  if (lengths.some((t) => t < shortest)) throw new UsageError(`--lengths: every length must be at least ${shortest} for the tasks ${tasks.join(', ')}`);
  const batch = intFlag(args.str('batch'), 'batch', 16);
  const o: ArenaOptions = {
    models: names ? ARENA_MODELS.filter((m) => names.includes(m.name)) : ARENA_MODELS,
    tasks,
    lengths: [...new Set(lengths)].sort((a, b) => a - b),
    params: intFlag(args.str('params'), 'params', 100_000, 1000),
    steps: intFlag(args.str('steps'), 'steps', 800),
    batch,
    evalBatches: intFlag(args.str('eval-batches'), 'eval-batches', 4),
    seed: intFlag(args.str('seed'), 'seed', 1, 0, 2 ** 32 - 1),
    backend: backendFlag(args),
    threads: threadsFlag(args.str('threads'), batch),
    log: io.stderr,
  };
  const dir = outputDir(args.str('out-dir') ?? 'bench/results', 'output directory');
  const started = new Date().toISOString();
  const runs = await runArena(o);
  const conditions = [
    `${started}; ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores; load average ${os.loadavg().map((x) => x.toFixed(2)).join(', ')} at the end; Node ${process.version}.`,
    `Command: \`loom arena ${process.argv.slice(3).join(' ')}\``.replace(/ `$/, '`'),
  ];
  const report = arenaReport(runs, o, conditions);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'arena.md'), report.markdown);
  fs.writeFileSync(path.join(dir, 'arena.json'), `${JSON.stringify({ options: { ...o, models: o.models.map((m) => m.name), log: undefined }, runs }, null, 2)}\n`);
  for (const [name, svg] of report.charts) fs.writeFileSync(path.join(dir, name), svg);
  io.stdout.write(report.markdown);
  io.stderr.write(`arena: wrote ${path.join(dir, 'arena.md')}, arena.json and ${report.charts.size} charts\n`);
  return 0;
}
