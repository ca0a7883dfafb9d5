// One command for the comparison table of issue 14: loom's js backend
// against the libraries people run on a CPU, case by case — the gpt train
// step, gpt inference (prefill, and decode through the KV cache), a causal
// attention block, a Mamba block and a LIF layer (bench/compare-cases.ts) —
// each peer identity-checked on the case's outputs from the same weights
// and inputs before any timing, then every contestant interleaved in one run
// per case (bench/interleave.ts). Writes bench/results/compare.md (the
// table), .json and .svg.
//
//   npm run bench:compare [-- --time-ms 20000 --cases gpt-train,attention --threads 1,2]
//
// Peers: PyTorch eager (Debian's python3-torch with OpenBLAS; 1 and 2
// threads) on every case; ONNX Runtime (onnxruntime-node, CPU) on the
// inference cases, running the graphs exported from the PyTorch models.
// TensorFlow.js (wasm) and jax-js (Wasm) in this process (bench/peers/js-contestants.ts).
// A peer that cannot run a case is a row saying why.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { markdownTable } from '../runtime/plot.ts';
import { barChartSvg } from './bar-chart.ts';
import { loomCases, type LoomCase } from './compare-cases.ts';
import { runInterleaved, summarize, type Contestant } from './interleave.ts';
import { jsContestants } from './peers/js-contestants.ts';
import { checkIdentity, RELATIVE_TOLERANCE, TRAIN_TOLERANCE } from './peers/js-peer.ts';
import { loadOrt, OrtPeer } from './peers/ort.ts';
import { blasName, PythonServer, TorchPeer, torchAvailable, writeF32Safetensors, type GptConfig } from './peers/torch.ts';
import { defaultOptimizer } from '../compiler/autodiff/optimizer.ts';
import { gemmDescription } from '../runtime/backends/js/native-gemm.ts';

const { values } = parseArgs({
  options: {
    'time-ms': { type: 'string', default: '15000' },
    cases: { type: 'string', default: '' },
    threads: { type: 'string', default: '1,2' },
    'out-dir': { type: 'string', default: join(import.meta.dirname, 'results') },
  },
});
const ROOT = join(import.meta.dirname, '..');
const budgetMs = Number(values['time-ms']);
const threads = values.threads!.split(',').map(Number);
const log = (s: string) => process.stderr.write(`${s}\n`);

const timeIt = (f: () => Promise<unknown>) => async () => {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
};

interface Row { case: string; step: string; contestants: { name: string; medianMs?: number; note?: string; identity?: string }[] }

type Peers = { contestants: Contestant[]; rows: Row['contestants'] };
const ortNotRun = (why: string): Peers => ({ contestants: [], rows: [{ name: 'ONNX Runtime', note: `not run: ${why}` }] });

/** ONNX Runtime on the graph the PyTorch peer `server` exports for inference case `c`, at each thread count. */
async function ortContestants(c: LoomCase, loomOut: Map<string, Float32Array>, server: PythonServer, dir: string, cleanup: (() => void)[]): Promise<Peers> {
  const ort = await loadOrt();
  if (typeof ort === 'string') return ortNotRun(ort);
  const model = join(dir, `${c.torchCase}.onnx`);
  await server.call({ cmd: 'export', path: model });
  const contestants: Contestant[] = [];
  const rows: Row['contestants'] = [];
  for (const m of threads) {
    const name = `ONNX Runtime ${m} thr`;
    try {
      const peer = await OrtPeer.create(ort, model, m);
      cleanup.push(() => peer.dispose());
      const identity = checkIdentity(c, loomOut, { logits: Array.from(await peer.run()) });
      rows.push({ name, identity, note: `onnxruntime-node ${peer.version}, graph exported by torch.onnx` });
      contestants.push({ name, step: timeIt(() => peer.run()) });
    } catch (e) {
      rows.push({ name, note: `not run: ${(e as Error).message.split('\n')[0]}` });
    }
  }
  return { contestants, rows };
}

/** PyTorch at each thread count, then ONNX Runtime on PyTorch's export of an inference case. */
async function peersFor(c: LoomCase, loomOut: Map<string, Float32Array>, dir: string, cleanup: (() => void)[]): Promise<Peers> {
  const contestants: Contestant[] = [];
  const rows: Row['contestants'] = [];
  const noTorch = torchAvailable();
  if (noTorch) return { contestants, rows: [{ name: 'PyTorch', note: `not run: ${noTorch}` }] };
  // The case's weights and inputs, written once for every cases.py process.
  const f = (k: string) => join(dir, `${c.torchCase}-${k}.safetensors`);
  if (c.torchCase !== 'gpt-train') {
    writeF32Safetensors(f('weights'), c.weights);
    writeF32Safetensors(f('inputs'), c.inputs);
  }
  let ort: Peers | undefined;
  for (const n of threads) {
    const name = `PyTorch ${n} thr`;
    try {
      if (c.torchCase === 'gpt-train') {
        const peer = TorchPeer.start(n);
        cleanup.push(() => peer.close());
        const init = await peer.init({ weights: c.weights, tokens: Int32Array.from(c.inputs.get('tokens')!.data), targets: Int32Array.from(c.inputs.get('targets')!.data),
          batch: c.inputs.get('tokens')!.shape[0]!, config: c.spec as unknown as GptConfig, optimizer: defaultOptimizer, threads: n });
        rows.push({ name, identity: checkIdentity(c, loomOut, { loss: [init.loss], ...init.params }), note: blasName(init.blas) });
        contestants.push({ name, step: () => peer.step() });
        continue;
      }
      const server = PythonServer.start('cases.py', n);
      cleanup.push(() => server.close());
      const init = await server.call({ cmd: 'init', case: c.torchCase, spec: c.spec, weights: f('weights'), inputs: f('inputs'), threads: n }) as { check: Record<string, number[]>; blas: string };
      rows.push({ name, identity: checkIdentity(c, loomOut, init.check), note: blasName(init.blas) });
      contestants.push({ name, step: async () => (await server.call({ cmd: 'step' })).ms as number });
      if (c.onnx) ort ??= await ortContestants(c, loomOut, server, dir, cleanup);
    } catch (e) {
      rows.push({ name, note: `not run: ${(e as Error).message.split('\n')[0]}` });
    }
  }
  ort ??= ortNotRun(c.onnx ? 'no PyTorch peer ran to export its graph' : 'an inference runtime (no training); the case is a forward and backward pass');
  return { contestants: [...contestants, ...ort.contestants], rows: [...rows, ...ort.rows] };
}

const wanted = values.cases!.split(',').filter(Boolean);
const cases = (await loomCases(ROOT)).filter((c) => {
  const keep = wanted.length === 0 || wanted.includes(c.torchCase);
  if (!keep) c.dispose();
  return keep;
});
const dir = mkdtempSync(join(os.tmpdir(), 'loom-compare-'));
const loadStart = os.loadavg();
const rows: Row[] = [];
const runs: Record<string, unknown> = {};
try {
  for (const c of cases) {
    log(`\n${c.name}: ${c.step}`);
    const cleanup: (() => void)[] = [];
    try {
      const loomOut = await c.run(); // the identity check's reference (and a warm-up)
      const torch = await peersFor(c, loomOut, dir, cleanup);
      const js = await jsContestants(c, loomOut, threads, cleanup);
      const peers = { contestants: [...torch.contestants, ...js.contestants], rows: [...torch.rows, ...js.rows] };
      const contestants: Contestant[] = [{ name: 'loom js', step: timeIt(() => c.run()) }, ...peers.contestants];
      const run = await runInterleaved(contestants, { budgetMs, warmupSteps: 2, onRound: (r) => process.stderr.write(`  round ${r + 1}\r`) });
      const summary = summarize(run, Math.max(1, c.tokens));
      runs[c.name] = { summary, rounds: run.rounds.length, peers: peers.rows };
      const medians = new Map(summary.map((s) => [s.name, s.medianMs]));
      rows.push({ case: c.name, step: c.step, contestants: [{ name: 'loom js', medianMs: medians.get('loom js') }, ...peers.rows.map((p) => ({ ...p, medianMs: medians.get(p.name) }))] });
      for (const s of summary) log(`  ${s.name}: ${s.medianMs.toFixed(2)} ms`);
    } finally {
      for (const f of cleanup) f();
      c.dispose();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const fmt = (ms?: number) => (ms === undefined ? '–' : ms >= 100 ? ms.toFixed(0) : ms.toPrecision(3));
const table = rows.flatMap((r) => {
  const loom = r.contestants[0]!.medianMs!;
  return r.contestants.slice(1).map((p) => [r.case, p.name, fmt(loom), fmt(p.medianMs), p.medianMs === undefined ? '–' : `${(p.medianMs / loom).toFixed(2)}×`, p.identity ?? '–', p.note ?? '']);
});
const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores; loom's matmuls on ${gemmDescription()}; load average ${loadStart.map((x) => x.toFixed(1)).join(' ')} at the start, ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} at the end`;
const md = [
  '# loom js against the libraries people run on a CPU',
  '',
  `\`npm run bench:compare\`: one interleaved run per case (${budgetMs / 1000} s each), medians of every timed step; ${machine}. ` +
    'Ratio = peer time ÷ loom time (above 1: loom is faster). Every peer first reproduces loom\'s outputs of one step from the same weights and inputs ' +
    `(relative difference ≤ ${RELATIVE_TOLERANCE}; the train step: loss and updated parameters to ${TRAIN_TOLERANCE.toExponential()} absolute). Method: docs/benchmarks.md.`,
  '',
  ...rows.map((r) => `- **${r.case}**: ${r.step}.`),
  '',
  markdownTable(['case', 'peer', 'loom js ms', 'peer ms', 'peer ÷ loom', 'identity check', 'note'], table, ['left', 'left', 'right', 'right', 'right', 'left', 'left']),
  '',
  'TensorFlow.js (wasm backend) and jax-js (Wasm) run in this Node process, on one thread each (in Node neither can start its wasm worker threads); their train steps write AdamW out (neither library has it) and their Mamba and LIF cases loop over T (neither has a scan). Their files (bench/peers/tfjs.ts, jax.ts) list what else stands in for a missing op.',
  '',
].join('\n');
const out = values['out-dir']!;
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'compare.md'), md);
writeFileSync(join(out, 'compare.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, budgetMs, rows, runs }, null, 1)}\n`);
// The chart plots each peer's time relative to loom's (cases differ by four orders of magnitude in
// milliseconds; the ratios share one axis), one bar per peer contestant.
const series = [...new Set(rows.flatMap((r) => r.contestants.slice(1).filter((c) => c.medianMs !== undefined).map((c) => c.name)))];
writeFileSync(join(out, 'compare.svg'), barChartSvg(rows.map((r) => ({
  label: r.case,
  values: series.map((s) => {
    const peer = r.contestants.find((c) => c.name === s)?.medianMs;
    return peer === undefined ? undefined : peer / r.contestants[0]!.medianMs!;
  }),
})), { title: 'Peer time ÷ loom js time, per case (above 1: loom is faster)', series, valueLabel: 'peer median ÷ loom median', format: (v) => `${v.toFixed(2)}×` }));
process.stdout.write(md);
