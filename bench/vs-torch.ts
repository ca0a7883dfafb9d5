// loom js against PyTorch (CPU, 1 and 2 threads) on the gpt.loom train step,
// at the default size and at dim 256 / depth 4 / ctx 128, from one
// interleaved run per size (bench/interleave.ts). Run by
// `npm run bench -- --peers torch` (bench/train-step.ts hands it the
// arguments). Before any timing, every peer must reproduce loom's first step
// from the same weights and tokens: the loss and the first values of every
// parameter after the update, to 1e-5. Writes bench/results/vs-torch.json,
// vs-torch.md (the table) and vs-torch.svg (a bar chart); the method is in
// docs/benchmarks.md.
//
//   npm run bench -- --peers torch [--sizes default,large] [--time-ms 60000] [--threads 1,2]
//       [--batch 16] [--turn-ms 400] [--settle-ms 150] [--warmup 3] [--seed 1] [--out-dir bench/results]
//
// Without python3-torch it says how to install it and times loom alone
// (printed, nothing written).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultOptimizer } from '../compiler/autodiff/optimizer.ts';
import { compileLanguageModel, type CompiledLanguageModel } from '../compiler/model.ts';
import { gemmDescription } from '../runtime/backends/js/native-gemm.ts';
import { loadBackend, type Session } from '../runtime/backend.ts';
import { DataParallelSession } from '../runtime/backends/js/data-parallel.ts';
import { markdownTable } from '../runtime/plot.ts';
import { initialState } from '../runtime/train.ts';
import { barChartSvg } from './bar-chart.ts';
import { runInterleaved, speedRatio, summarize, type Contestant, type ContestantSummary, type InterleavedRun, type SpeedRatio } from './interleave.ts';
import { blasName, identity, PYTHON, TorchPeer, type GptConfig, type PeerInit } from './peers/torch.ts';

const MODEL = 'dsl-examples/gpt.loom';
/** Loss and parameters after one step must agree this closely (absolute). */
export const IDENTITY_TOLERANCE = 1e-5;

/** The sizes compared: the model's defaults, and the larger configuration of issue 8. */
export const SIZES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  default: {},
  large: { dim: 256, depth: 4, ctx: 128 },
};

export const INSTALL_HINT = 'apt-get install python3-torch libopenblas0-pthread';

interface SizeResult {
  size: string;
  label: string;
  config: Record<string, unknown>;
  batch: number;
  ctx: number;
  tokensPerStep: number;
  identity: Record<string, { loss: number; params: number }>;
  stepsPerTurn: Record<string, number>;
  rounds: number;
  elapsedMs: number;
  contestants: ContestantSummary[];
  /** loom's speed ÷ each peer's, by peer name. */
  ratios: Record<string, SpeedRatio>;
  /** loom's speed on N data-parallel threads ÷ each peer's, by loom contestant, then peer name. */
  threadedRatios: Record<string, Record<string, SpeedRatio>>;
  /** Load average (1, 5, 15 min) before and after this size's run. */
  loadAverage: { start: number[]; end: number[] };
  /** Every timed step, by contestant, round by round. */
  run: InterleavedRun;
}

const tokensFor = (n: number) => Int32Array.from({ length: n }, (_, i) => (i * 37 + 5) % 256);
const targetsFor = (n: number) => Int32Array.from({ length: n }, (_, i) => (i * 11 + 3) % 256);

export const peerName = (threads: number): string => `PyTorch ${threads} thread${threads === 1 ? '' : 's'}`;
export const loomName = (threads: number): string => `loom js ${threads} threads`;

function sizeLabel(m: CompiledLanguageModel): string {
  const c = m.config;
  return `dim ${c.dim}, depth ${c.depth}, ctx ${m.shapes.ctx}, batch ${m.shapes.batch}`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      peers: { type: 'string' },
      sizes: { type: 'string', default: 'default,large' },
      'time-ms': { type: 'string', default: '60000' },
      threads: { type: 'string', default: '1,2' },
      batch: { type: 'string', default: '16' },
      'turn-ms': { type: 'string', default: '400' },
      'settle-ms': { type: 'string', default: '150' },
      warmup: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      'out-dir': { type: 'string', default: join(import.meta.dirname, 'results') },
    },
  });
  const peers = values.peers!.split(',').filter(Boolean);
  for (const p of peers) if (p !== 'torch') throw new Error(`--peers: unknown peer "${p}" (available: torch)`);
  const sizes = values.sizes!.split(',').filter(Boolean);
  for (const s of sizes) if (!SIZES[s]) throw new Error(`--sizes: unknown size "${s}" (available: ${Object.keys(SIZES).join(', ')})`);
  const positive = (name: string, v: string, min = 1): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, got ${v}`);
    return n;
  };
  const threads = values.threads!.split(',').map((t) => positive('threads', t));
  const batch = positive('batch', values.batch!);
  const budgetMs = positive('time-ms', values['time-ms']!);
  const turnMs = positive('turn-ms', values['turn-ms']!);
  const settleMs = positive('settle-ms', values['settle-ms']!, 0);
  const warmupSteps = positive('warmup', values.warmup!);
  const seed = positive('seed', values.seed!, 0);

  const missing = peers.includes('torch') ? TorchPeer.available() : undefined;
  if (missing) {
    process.stderr.write(`The PyTorch peer is skipped: ${missing}.\nInstall it (Debian/Ubuntu, as root): ${INSTALL_HINT}\n` +
      'Timing loom alone; bench/results/vs-torch.* are left as they are.\n');
  }
  const withTorch = peers.includes('torch') && !missing;
  const loadStart = os.loadavg();
  const measured = checkout();
  const results: SizeResult[] = [];
  let peerInfo: PeerInit | undefined;

  for (const size of sizes) {
    const m = compileLanguageModel(MODEL, { config: { ...SIZES[size] }, batch, optimizer: defaultOptimizer });
    const n = batch * m.shapes.ctx;
    const tokens = tokensFor(n);
    const targets = targetsFor(n);
    const state = initialState(m, seed);
    const sizeLoad = os.loadavg();
    process.stderr.write(`\n${MODEL} train step, ${size} size (${sizeLabel(m)}):\n`);

    // loom's step 0 on the js backend: the identity check's reference.
    const session = await (await loadBackend('js')).createSession({ train: m.graphs.train }, state);
    const step0 = await session.run('train', new Map([['tokens', Float32Array.from(tokens)], ['targets', Float32Array.from(targets)], ['step', Float32Array.of(0)]]), ['loss']);
    const loomLoss = step0.get('loss')![0]!;
    const after = await session.readState();

    const started: TorchPeer[] = [];
    const contestants: Contestant[] = [];
    const ident: Record<string, { loss: number; params: number }> = {};
    const timed = new Map([['tokens', Float32Array.from(tokens)], ['targets', Float32Array.from(targets)], ['step', Float32Array.of(10)]]);
    const timedStep = (s: Session) => async () => {
      const t0 = performance.now();
      await s.run('train', timed, ['loss']);
      return performance.now() - t0;
    };
    contestants.push({ name: 'loom js', step: timedStep(session) });
    const threaded: Session[] = [];
    try {
      // loom's data-parallel train step (runtime/backends/js/data-parallel.ts), checked against its one-thread step first.
      for (const t of threads.filter((x) => x > 1 && batch % x === 0)) {
        const mt = compileLanguageModel(MODEL, { config: { ...SIZES[size] }, batch, optimizer: defaultOptimizer, dataParallel: t });
        const dp = await DataParallelSession.create(mt.graphs, state, mt.dataParallel!);
        threaded.push(dp);
        const name = loomName(t);
        const lossT = (await dp.run('train', new Map([['tokens', Float32Array.from(tokens)], ['targets', Float32Array.from(targets)], ['step', Float32Array.of(0)]]), ['loss'])).get('loss')![0]!;
        const stateT = await dp.readState();
        let params = 0;
        for (const w of m.weights) after.get(w.name)!.forEach((v, i) => { params = Math.max(params, Math.abs(v - stateT.get(w.name)![i]!)); });
        const d = { loss: Math.abs(lossT - loomLoss), params };
        ident[name] = d;
        process.stderr.write(`  identity vs ${name}: |Δloss| ${d.loss.toExponential(1)}, params after one step |Δ| ≤ ${d.params.toExponential(1)}\n`);
        if (dp.fallback || !(d.loss <= IDENTITY_TOLERANCE && d.params <= IDENTITY_TOLERANCE)) {
          throw new Error(`${name} does not compute loom's one-thread train step: ${dp.fallback ?? `|Δloss| = ${d.loss}, max |Δparam| = ${d.params}`}`);
        }
        contestants.push({ name, step: timedStep(dp) });
      }
      if (withTorch) {
        const weights = new Map(m.weights.map((w) => [w.name, { shape: w.shape, data: state.get(w.name)! }]));
        for (const t of threads) {
          const peer = TorchPeer.start(t);
          started.push(peer);
          const init = await peer.init({ weights, tokens, targets, batch, config: m.config as unknown as GptConfig, optimizer: defaultOptimizer, threads: t });
          peerInfo ??= init;
          const name = peerName(t);
          if (init.threads !== t || (init.blasThreads != null && init.blasThreads !== t)) {
            throw new Error(`${name}: asked for ${t} threads, the peer runs torch with ${init.threads} and its BLAS with ${init.blasThreads}`);
          }
          const d = identity(loomLoss, after, init);
          ident[name] = d;
          process.stderr.write(`  identity vs ${name}: loss ${loomLoss.toFixed(6)} vs ${init.loss.toFixed(6)} (|Δ| ${d.loss.toExponential(1)}), ` +
            `params after one step |Δ| ≤ ${d.params.toExponential(1)}\n`);
          if (!(d.loss <= IDENTITY_TOLERANCE && d.params <= IDENTITY_TOLERANCE)) {
            throw new Error(`model identity check failed against ${name} at the ${size} size: |Δloss| = ${d.loss}, max |Δparam| = ${d.params} ` +
              `(tolerance ${IDENTITY_TOLERANCE}); the peer does not compute loom's train step, so no timing is meaningful`);
          }
          contestants.push({ name, step: () => peer.step() });
        }
      }
      process.stderr.write(`  interleaving ${contestants.map((c) => c.name).join(', ')} for ${(budgetMs / 1000).toFixed(0)} s…\n`);
      const run = await runInterleaved(contestants, {
        budgetMs, turnMs, settleMs, warmupSteps,
        onRound: (r, x) => { if (r % 5 === 0) process.stderr.write(`  round ${r}, ${(x.elapsedMs / 1000).toFixed(0)} s\n`); },
      });
      const summary = summarize(run, n);
      const ratios: Record<string, SpeedRatio> = {};
      const loomCount = 1 + threaded.length;
      for (let c = loomCount; c < contestants.length; c++) ratios[contestants[c]!.name] = speedRatio(run, 0, c);
      const threadedRatios: Record<string, Record<string, SpeedRatio>> = {};
      for (let l = 1; l < loomCount; l++) {
        const byPeer: Record<string, SpeedRatio> = { 'loom js': speedRatio(run, l, 0) };
        for (let c = loomCount; c < contestants.length; c++) byPeer[contestants[c]!.name] = speedRatio(run, l, c);
        threadedRatios[contestants[l]!.name] = byPeer;
      }
      results.push({
        size, label: sizeLabel(m), config: m.config, batch, ctx: m.shapes.ctx, tokensPerStep: n, identity: ident,
        stepsPerTurn: Object.fromEntries(run.names.map((name, i) => [name, run.stepsPerTurn[i]!])),
        rounds: run.rounds.length, elapsedMs: run.elapsedMs, contestants: summary, ratios, threadedRatios, loadAverage: { start: sizeLoad, end: os.loadavg() }, run,
      });
    } finally {
      for (const p of started) p.close();
      for (const d of threaded) d.dispose();
      session.dispose();
    }
  }

  const report = {
    date: new Date().toISOString(),
    command: `npm run bench -- ${argv.join(' ')}`,
    model: MODEL,
    machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1), os: `${os.type()} ${os.release()}`, loadAverageStart: loadStart, loadAverageEnd: os.loadavg() },
    versions: {
      loom: (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { version: string }).version,
      ...(measured ? { checkout: measured } : {}),
      node: process.version,
      gemm: gemmDescription(),
      ...(peerInfo ? { python: peerInfo.python, torch: peerInfo.torch, numpy: peerInfo.numpy, blas: peerInfo.blas, blasName: blasName(peerInfo.blas), pythonPath: PYTHON } : {}),
    },
    method: { budgetMsPerSize: budgetMs, turnMs, settleMs, warmupSteps, threads, identityTolerance: IDENTITY_TOLERANCE, seed },
    sizes: results,
  };
  const md = vsTorchMarkdown(report);
  process.stdout.write(`\n${md}`);
  if (withTorch) {
    const dir = values['out-dir']!;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'vs-torch.json'), `${JSON.stringify(report, null, 1)}\n`);
    writeFileSync(join(dir, 'vs-torch.md'), md);
    const series = results[0]?.contestants.map((c) => c.name) ?? [];
    writeFileSync(join(dir, 'vs-torch.svg'), barChartSvg(
      results.map((r) => ({ label: r.label, values: series.map((s) => r.contestants.find((c) => c.name === s)?.tokensPerSecond) })),
      { title: `gpt.loom train step: loom js vs PyTorch (${report.versions.blasName ?? 'CPU'})`, series, valueLabel: 'tokens per second, median step (higher is better)', format: (v) => Math.round(v).toLocaleString('en-US') },
    ));
    process.stderr.write(`\nwrote ${join(dir, 'vs-torch.md')}, vs-torch.json, vs-torch.svg\n`);
  }
  return 0;
}

/** The checkout measured: `git describe`-like commit id, with "+changes" when the tree differs from it. */
export function checkout(): string | undefined {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return undefined;
  const dirty = git('status', '--porcelain', '--untracked-files=no').stdout.trim() !== '';
  return `${head.stdout.trim()}${dirty ? ' +changes' : ''}`;
}

type Report = {
  date: string;
  command: string;
  machine: { cpu: string; cores: number; memoryGiB: number; os: string; loadAverageStart: number[]; loadAverageEnd: number[] };
  versions: { loom: string; checkout?: string; node: string; gemm?: string; python?: string; torch?: string; numpy?: string; blas?: string; blasName?: string };
  method: { budgetMsPerSize: number; turnMs: number; settleMs: number; warmupSteps: number; threads: number[]; identityTolerance: number };
  sizes: SizeResult[];
};

const load = (l: readonly number[]) => l.map((x) => x.toFixed(2)).join(', ');
const times = (x: number) => `${x.toFixed(2)}×`;

/** The Markdown report: the table (size, contestant, median ms/step, tokens/s, loom ÷ peer), then how it was measured. */
export function vsTorchMarkdown(r: Report): string {
  const blas = r.versions.blasName ?? 'no peer';
  const threadedNames = [...new Set(r.sizes.flatMap((s) => Object.keys(s.threadedRatios ?? {})))];
  const rows = r.sizes.flatMap((s) => s.contestants.map((c) => {
    const ratio = s.ratios[c.name];
    const threadedCells = threadedNames.flatMap((l) => {
      const t = s.threadedRatios?.[l]?.[c.name];
      return [t ? times(t.ofMedians) : '–', t ? times(t.pairedMedian) : '–'];
    });
    return [s.label, c.name, c.samples, c.medianMs.toFixed(1), `${c.p25Ms.toFixed(1)}–${c.p75Ms.toFixed(1)}`, Math.round(c.tokensPerSecond).toLocaleString('en-US'),
      ratio ? times(ratio.ofMedians) : '–', ratio ? times(ratio.pairedMedian) : '–', ...threadedCells];
  }));
  const table = markdownTable(
    ['size', 'contestant', 'steps timed', 'median ms / step', 'p25–p75 ms', 'tokens/s', 'loom ÷ peer', 'paired', ...threadedNames.flatMap((l) => [`${l} ÷ peer`, 'paired'])],
    rows,
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', ...threadedNames.flatMap(() => ['right', 'right'] as const)],
  );
  const identities = r.sizes.flatMap((s) => Object.entries(s.identity).map(([peer, d]) =>
    `${s.label}, ${peer}: |Δloss| ${d.loss.toExponential(1)}, max |Δparam| ${d.params.toExponential(1)}`));
  return [
    '# gpt.loom train step: loom js vs PyTorch (CPU)',
    '',
    `Regenerate with \`${r.command.trim()}\`; the method is in [docs/benchmarks.md](../../docs/benchmarks.md).`,
    '',
    `## Median time per step — PyTorch ${r.versions.torch ?? '(not run)'} with ${blas}`,
    '',
    table,
    '',
    'loom ÷ peer: loom\'s tokens/s divided by the peer\'s (the peer\'s median step time over loom\'s), from the same interleaved run; ' +
      'above 1 loom is faster. Paired: the same ratio per round, then the median over rounds. "loom js" runs on one thread; ' +
      '"loom js N threads" splits the batch across N threads (data-parallel, runtime/backends/js/data-parallel.ts), and its columns compare it with every other contestant.',
    '',
    '## Conditions',
    '',
    `- ${r.date}; ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, ${r.machine.os}.`,
    `- Load average (1, 5, 15 min): ${load(r.machine.loadAverageStart)} at the start, ${load(r.machine.loadAverageEnd)} at the end.`,
    `- loom ${r.versions.loom}${r.versions.checkout ? ` (${r.versions.checkout})` : ''} on Node ${r.versions.node}${r.versions.gemm ? `, matmuls on ${r.versions.gemm}` : ''}${r.versions.torch ? `; PyTorch ${r.versions.torch}, NumPy ${r.versions.numpy}, Python ${r.versions.python}; BLAS: ${r.versions.blas}` : ''}.`,
    `- Per size: warm-up ${r.method.warmupSteps} step${r.method.warmupSteps === 1 ? '' : 's'} each, then rounds for ${(r.method.budgetMsPerSize / 1000).toFixed(0)} s, turns of about ${r.method.turnMs} ms, ` +
      `${r.method.settleMs} ms idle after every turn; PyTorch with ${r.method.threads.join(' and ')} threads (torch and OpenBLAS).`,
    ...r.sizes.map((s) => `- ${s.label}: ${s.rounds} rounds in ${(s.elapsedMs / 1000).toFixed(0)} s; steps per turn ${Object.entries(s.stepsPerTurn).map(([k, v]) => `${k} ${v}`).join(', ')}; ` +
      `load average ${load(s.loadAverage.start)} before, ${load(s.loadAverage.end)} after.`),
    ...(identities.length ? ['- Identity check (one step from the same weights and tokens, tolerance ' + `${r.method.identityTolerance}): ${identities.join('; ')}.`] : []),
    '',
  ].join('\n');
}
