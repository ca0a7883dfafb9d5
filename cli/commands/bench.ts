// loom bench: time a language model's train step — N steps after a
// warm-up, median ms per step and tokens/s — on the js backend, or on WebGPU
// or CUDA (bench-device.ts), and with --profile the time of every kernel:
// name, template kind, .loom source location, calls, total ms, share of the
// step, bytes moved and GFLOP/s under the cost model.
// `--out FILE` also writes the report as Markdown. The PyTorch comparison is
// `npm run bench -- --peers torch` (docs/benchmarks.md).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { displayLocation } from '../../compiler/emit/paths.ts';
import { compileLanguageModel } from '../../compiler/model.ts';
import { gemmDescription } from '../../runtime/backends/js/native-gemm.ts';
import { createJsSession, KernelProfile, type JsSession, type KernelProfileRow } from '../../runtime/backends/js/session.ts';
import { markdownTable } from '../../runtime/plot.ts';
import { initialState } from '../../runtime/train.ts';
import { intFlag, modelFile, outputFile, parseConfig, type CliIo, type CommandSpec, type ParsedArgs } from '../args.ts';
import { BACKEND, backendFlag, batch, CTX, SET } from '../options.ts';
import { benchOnDevice } from './bench-device.ts';

export const spec: CommandSpec = {
  name: 'bench',
  summary: "Time a language model's train step (median ms per step, tokens/s); with --profile, the time of every kernel.",
  synopsis: '<file.loom> [--profile] [--steps N] [--warmup N] [--out FILE] [options]',
  positionals: [{ name: '<file.loom>', description: 'the model; it needs loss(tokens, targets)' }],
  options: [
    { name: 'profile', type: 'flag', description: 'time every kernel: a table of kernels sorted by their share of the step' },
    { name: 'unfused', type: 'flag', description: 'also time the same step with every op its own kernel, interleaved: what fusion buys, measured (js)' },
    BACKEND,
    { name: 'steps', type: 'option', value: 'N', description: 'timed train steps (default 20)' },
    { name: 'warmup', type: 'option', value: 'N', description: 'untimed train steps first (default 3)' },
    { name: 'out', type: 'option', value: 'FILE', description: 'also write the report to FILE as Markdown' },
    { name: 'seed', type: 'option', value: 'N', description: 'seed of the initial weights, 0 to 4294967295 (default 1)' },
    batch(16, 'sequences per step'),
    CTX,
    SET,
  ],
  notes: 'The step runs on fixed token ids (the same every step), from freshly initialised weights; the state\n' +
    'is updated as in training. On js, kernel times are wall-clock (performance.now around each kernel), so\n' +
    'they include what other processes take from the CPU: quote the load average with them. On webgpu they\n' +
    'are device times from timestamp queries (the adapter must offer timestamp-query), on cuda from CUDA events.\n' +
    'Bytes and FLOPs come from the fusion cost model (docs/fusion.md); rates use the measured time.',
};

export interface BenchReport {
  model: string;
  /** Where the step ran: js, webgpu or cuda. */
  backend: string;
  file: string;
  config: Record<string, number | boolean | string>;
  batch: number;
  ctx: number;
  steps: number;
  warmup: number;
  /** Wall time of each timed step, ms. */
  stepMs: number[];
  medianMs: number;
  tokensPerSecond: number;
  /** With --profile: one row per kernel, longest first. */
  kernels?: KernelProfileRow[];
  /** The 1, 5 and 15 minute load averages when done (Linux). */
  loadAverage?: string;
  /** js: what its matmuls run on (the system BLAS or WebAssembly SIMD). */
  gemm?: string;
  /** With --unfused: the same step with every op its own kernel, timed in alternation with the fused one. */
  unfused?: { kernels: number; fusedKernels: number; stepMs: number[]; medianMs: number };
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Runs `warmup` then `steps` train steps of the model on `backend` (default js); times them, and each kernel when `profile`. */
export async function benchTrainStep(file: string, opts: {
  batch: number; ctx?: number; config?: Record<string, number | boolean | string>; steps: number; warmup: number; profile: boolean; seed?: number;
  unfused?: boolean; backend?: string;
}): Promise<BenchReport> {
  const backend = opts.backend ?? 'js';
  const m = compileLanguageModel(file, { config: opts.config, batch: opts.batch, ctx: opts.ctx, optimizer: defaultOptimizer });
  const n = m.shapes.batch * m.shapes.ctx;
  const inputs = new Map([
    ['tokens', Float32Array.from({ length: n }, (_, i) => (i * 37 + 5) % 256)],
    ['targets', Float32Array.from({ length: n }, (_, i) => (i * 11 + 3) % 256)],
    ['step', Float32Array.of(10)],
  ]);
  const vocab = typeof m.config.vocab === 'number' ? m.config.vocab : 256;
  if (vocab < 256) for (const t of ['tokens', 'targets']) inputs.get(t)!.forEach((v, i, a) => { a[i] = v % vocab; });
  const state = initialState(m, opts.seed ?? 1);
  const header = { model: m.model, file, config: m.config, batch: m.shapes.batch, ctx: m.shapes.ctx, steps: opts.steps, warmup: opts.warmup };
  if (backend === 'webgpu' || backend === 'cuda') {
    if (opts.unfused) throw new Error('--unfused runs on the js backend only');
    const r = await benchOnDevice(backend, m.graphs.train, state, inputs, opts);
    const medianMs = median(r.stepMs);
    const load = loadAverage();
    return { ...header, backend, stepMs: r.stepMs, medianMs, tokensPerSecond: (n / medianMs) * 1000, ...(r.kernels ? { kernels: r.kernels } : {}), ...(load ? { loadAverage: load } : {}) };
  }
  if (backend !== 'js') throw new Error(`loom bench runs on js, webgpu or cuda, not ${backend}`);
  const session = createJsSession({ train: m.graphs.train }, state);
  // The unfused step starts from the same state; both are stepped alike, so they stay comparable.
  const unfused = opts.unfused ? createJsSession({ train: m.graphs.train }, state, { fuse: false }) : undefined;
  try {
    for (let i = 0; i < opts.warmup; i++) {
      await session.run('train', inputs, ['loss']);
      await unfused?.run('train', inputs, ['loss']);
    }
    const profile = opts.profile ? new KernelProfile() : undefined;
    session.setProfiler(profile);
    const stepMs: number[] = [];
    const unfusedMs: number[] = [];
    const timed = async (s: JsSession, into: number[]) => {
      const t0 = performance.now();
      await s.run('train', inputs, ['loss']);
      into.push(performance.now() - t0);
    };
    for (let i = 0; i < opts.steps; i++) {
      await timed(session, stepMs);
      if (unfused) await timed(unfused, unfusedMs);
    }
    session.setProfiler(undefined);
    const medianMs = median(stepMs);
    return {
      ...header, backend, gemm: gemmDescription(), stepMs, medianMs, tokensPerSecond: (n / medianMs) * 1000,
      ...(profile ? { kernels: session.kernelProfile('train', profile) } : {}),
      ...(unfused ? {
        unfused: {
          kernels: unfused.program('train').launches.length, fusedKernels: session.program('train').launches.length, stepMs: unfusedMs, medianMs: median(unfusedMs),
        },
      } : {}),
      ...(loadAverage() ? { loadAverage: loadAverage() } : {}),
    };
  } finally {
    session.dispose();
    unfused?.dispose();
  }
}

const plural = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
const fixed = (x: number | undefined, digits: number): string => (x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits));
const sig = (x: number | undefined): string => (x === undefined || !Number.isFinite(x) ? '–' : x >= 100 ? x.toFixed(0) : x.toPrecision(3));

/** The per-kernel table, Markdown. */
export function profileTable(rows: readonly KernelProfileRow[], steps: number): string {
  const code = rows.some((r) => r.code !== undefined);
  return markdownTable(
    ['kernel', 'kind', ...(code ? ['code'] : []), 'source', 'calls', 'total ms', 'ms / step', '% of kernels', 'MB / call', 'GB/s', 'GFLOP/s'],
    rows.map((r) => [
      r.kernel, r.kind ?? '–', ...(code ? [r.code === undefined ? '–' : r.code.simd ? 'simd' : 'js'] : []), displayLocation(r.loc) ?? '–', r.calls,
      fixed(r.totalMs, 1), fixed(r.totalMs / steps, 3), fixed(r.percent, 1),
      r.bytes === undefined ? '–' : (r.bytes / 1e6).toFixed(3), sig(r.gbPerSecond), sig(r.gflopPerSecond),
    ]),
    ['left', 'left', ...(code ? ['left' as const] : []), 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

/** The kernels that stay JavaScript on the CPU and why, one line each; empty when every kernel runs as SIMD. */
export function jsKernelLines(rows: readonly KernelProfileRow[]): string[] {
  return rows.flatMap((r) => (r.code && !r.code.simd ? [`- \`${r.kernel}\`: ${r.code.why}`] : []));
}

/** The kernels' time by template kind, Markdown: kind, kernels, ms / step, % of kernels; longest first. */
export function kindTable(rows: readonly KernelProfileRow[], steps: number): string {
  const kinds = new Map<string, { kernels: number; ms: number; percent: number }>();
  for (const r of rows) {
    const k = kinds.get(r.kind ?? '–') ?? { kernels: 0, ms: 0, percent: 0 };
    k.kernels++;
    k.ms += r.totalMs;
    k.percent += r.percent;
    kinds.set(r.kind ?? '–', k);
  }
  return markdownTable(
    ['kind', 'kernels', 'ms / step', '% of kernels'],
    [...kinds].sort((a, b) => b[1].ms - a[1].ms).map(([kind, k]) => [kind, k.kernels, fixed(k.ms / steps, 2), fixed(k.percent, 1)]),
    ['left', 'right', 'right', 'right'],
  );
}

export function benchMarkdown(r: BenchReport): string {
  const config = Object.entries(r.config).map(([k, v]) => `${k}=${v}`).join(', ');
  const lines = [
    `# ${r.model} train step on the ${r.backend} backend (batch ${r.batch} × ctx ${r.ctx})`,
    '',
    `${displayLocation(r.file)} (${config}). ${plural(r.steps, 'timed step')} after ${plural(r.warmup, 'warm-up step')}${r.kernels ? ', every kernel timed' : ''}: ` +
      `median **${r.medianMs.toFixed(1)} ms** per step (min ${Math.min(...r.stepMs).toFixed(1)}, max ${Math.max(...r.stepMs).toFixed(1)}), ` +
      `${Math.round(r.tokensPerSecond).toLocaleString('en-US')} tokens/s.${r.gemm ? ` Matmuls ran on ${r.gemm}.` : ''}`,
  ];
  if (r.unfused) {
    const u = r.unfused;
    lines.push(
      '',
      '## Fused vs unfused',
      '',
      'The same train step with every op its own kernel (`compileGraph(…, { fuse: false })`), timed in alternation with the fused one:',
      '',
      markdownTable(
        ['program', 'kernels', 'median ms / step', 'tokens/s', 'fused speed-up'],
        [
          ['fused', u.fusedKernels, r.medianMs.toFixed(1), Math.round(r.tokensPerSecond).toLocaleString('en-US'), '–'],
          ['unfused', u.kernels, u.medianMs.toFixed(1), Math.round(((r.batch * r.ctx) / u.medianMs) * 1000).toLocaleString('en-US'), `${(u.medianMs / r.medianMs).toFixed(2)}×`],
        ],
        ['left', 'right', 'right', 'right', 'right'],
      ),
    );
  }
  if (r.kernels) {
    const kernelMs = r.kernels.reduce((s, k) => s + k.totalMs, 0) / r.steps;
    const stepMs = r.stepMs.reduce((s, x) => s + x, 0) / r.steps;
    lines.push(
      '',
      `## Kernels (${r.kernels.length})`,
      '',
      `The kernels take ${kernelMs.toFixed(1)} ms of a mean step of ${stepMs.toFixed(1)} ms ` +
        `(${((100 * kernelMs) / stepMs).toFixed(1)}%); the rest is the input checks and copies, the outputs and the state updates.`,
      '',
      'By template kind:',
      '',
      kindTable(r.kernels, r.steps),
      '',
      'Every kernel, longest first:',
      '',
      profileTable(r.kernels, r.steps),
      '',
      'Kind: the fused group\'s template. MB / call: bytes read + written under the fusion cost model (docs/fusion.md). ' +
        'A whole-tensor reduction is two kernels (`kNa` rows, `kNb` totals): the group\'s bytes and FLOPs are on the first, ' +
        'and its rates use the time of both. GFLOP/s is blank for kernels without arithmetic the cost model counts.' +
        (r.kernels.some((k) => k.code) ? ' Code: `simd`, the kernel\'s loop nests run as WebAssembly SIMD (docs/simd.md); `js`, plain JavaScript.' : ''),
    );
    const js = jsKernelLines(r.kernels);
    if (js.length > 0) lines.push('', 'Kernels left in JavaScript, and why:', '', ...js);
  }
  if (r.loadAverage) lines.push('', `Load average (1, 5, 15 min) when done: ${r.loadAverage}.`);
  return `${lines.join('\n')}\n`;
}

/** The load average from /proc/loadavg, or undefined where there is none. */
export function loadAverage(): string | undefined {
  try {
    return fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(', ');
  } catch {
    return undefined;
  }
}

export async function run(args: ParsedArgs, io: CliIo): Promise<number> {
  const steps = intFlag(args.str('steps'), 'steps', 20);
  const warmup = intFlag(args.str('warmup'), 'warmup', 3, 0);
  const opts = {
    batch: intFlag(args.str('batch'), 'batch', 16),
    ctx: args.str('ctx') === undefined ? undefined : intFlag(args.str('ctx'), 'ctx', 1),
    config: parseConfig(args.list('set')),
    seed: intFlag(args.str('seed'), 'seed', 1, 0, 2 ** 32 - 1),
    steps,
    warmup,
    profile: args.flag('profile'),
    unfused: args.flag('unfused'),
    backend: backendFlag(args),
  };
  const file = modelFile(args);
  const out = args.str('out') === undefined ? undefined : outputFile(args.str('out')!, 'report');
  io.stderr.write(`loom bench: ${warmup} warm-up + ${steps} timed train steps of ${file} on the ${opts.backend} backend${opts.profile ? ', every kernel timed' : ''}…\n`);
  const report = await benchTrainStep(file, opts);
  const md = benchMarkdown(report);
  io.stdout.write(md);
  if (out !== undefined) {
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    fs.writeFileSync(out, md);
  }
  return 0;
}
