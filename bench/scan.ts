// A fused scan against the same recurrence run step by step, at T = 1024.
//
// Fused: the model's forward program over all T positions — each scan is one
// kernel looping over time (docs/scan.md). Step by step: the same model's
// decode program (docs/decoding.md, "Recurrent models") run T times, one
// position per run, the recurrent state kept by the executor between runs —
// the scan body (with the layers around it) as T separate program runs. That
// is the honest baseline at this length: the other one, the scan unrolled by a
// `for` at compile time, took 10 minutes to compile at T = 256 (issue 10) and
// is not attempted at 1024. Both compute the same logits (checked first, at
// the last position). Interleaved (bench/interleave.ts), medians.
//
//   node --import tsx bench/scan.ts [--backend js|webgpu] [--model mamba|lif_scan|gla_recurrent] [--budget-ms N]
// Writes bench/results/scan-<model>-<backend>.md.
//
// With --compare chunked (a GPU backend): the same forward twice, each scan
// of a linear recurrence in its chunked form (scan-chunked.ts) against the
// sequential grid form (compiled with chunking off), interleaved; writes
// bench/results/scan-chunked-<model>-<backend>.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultOptimizer } from '../compiler/autodiff/optimizer.ts';
import { chunkPlan } from '../compiler/fusion/templates/scan-chunked.ts';
import type { Graph, Node } from '../compiler/graph/types.ts';
import { compileLanguageModel } from '../compiler/model.ts';
import { compileGraph } from '../compiler/program.ts';
import { type TargetSpec, targetSpec } from '../compiler/target.ts';
import { loadBackend, type Session } from '../runtime/backend.ts';
import { CudaSession } from '../runtime/backends/cuda/session.ts';
import { acquireDevice } from '../runtime/backends/webgpu/device.ts';
import { WebGpuSession } from '../runtime/backends/webgpu/session.ts';
import { openCudaDriver } from '../runtime/exec/cuda-driver.ts';
import { createGenerationSession } from '../runtime/generate.ts';
import { markdownTable } from '../runtime/plot.ts';
import { initialState } from '../runtime/train.ts';
import { runInterleaved, speedRatio, summarize } from './interleave.ts';

const { values } = parseArgs({ options: { backend: { type: 'string', default: 'js' }, model: { type: 'string', default: 'mamba' }, 'budget-ms': { type: 'string', default: '30000' }, compare: { type: 'string', default: 'stepwise' } } });
const T = 1024;
// Narrow models, so a run is seconds, not minutes, on 2 shared cores.
const CONFIGS: Record<string, Record<string, number>> = { mamba: { dim: 16, state: 4, depth: 2 }, lif_scan: { dim: 16, depth: 2 }, gla_recurrent: { dim: 16, depth: 2 } };
const config = CONFIGS[values.model!];
if (!config) throw new Error(`--model: one of ${Object.keys(CONFIGS).join(', ')}, got ${values.model}`);
const root = join(import.meta.dirname, '..');
const t0 = performance.now();
const m = compileLanguageModel(join(root, 'dsl-examples', `${values.model}.loom`), { config, batch: 1, ctx: T, optimizer: defaultOptimizer, inference: {} });
const compileSeconds = (performance.now() - t0) / 1000;
const vocab = Number(m.config.vocab ?? 256);
const state = initialState(m, 1);
const weights = new Map(m.weights.map((w) => [w.name, state.get(w.name)!]));
const text = Buffer.from('Call me Ishmael. Some years ago—never mind how long precisely—having little or no money in my purse, '.repeat(12), 'utf8');
const tokens = Float32Array.from({ length: T }, (_, i) => text[i % text.length]!);
const timed = (f: () => Promise<unknown>) => async () => {
  const s = performance.now();
  await f();
  return performance.now() - s;
};
const dir = join(root, 'bench', 'results');
const scans = (g: Graph) => g.nodes.filter((n): n is Node<'scan'> => n.op === 'scan');
/** The worst relative difference of two logit rows; throws past 1e-3 (the two paths must compute the same logits). */
const agreement = (a: Float32Array, b: Float32Array, what: string): number => {
  const worst = a.reduce((w, x, j) => Math.max(w, Math.abs(x - b[j]!) / Math.max(1e-6, Math.abs(x))), 0);
  if (!(worst < 1e-3)) throw new Error(`${what} logits differ (worst relative ${worst})`);
  return worst;
};
const configText = `dsl-examples/${values.model}.loom with ${Object.entries(config).map(([k, v]) => `${k} = ${v}`).join(', ')}, batch 1`;
if (values.compare === 'chunked') {
  await compareChunked(m.graphs.forward);
  process.exit(0);
} else if (values.compare !== 'stepwise') throw new Error(`--compare: stepwise or chunked, got ${values.compare}`);

/** The forward with every linear scan chunked vs the same forward compiled with chunked scans off, interleaved. */
async function compareChunked(forward: Graph): Promise<void> {
  if (values.backend === 'js') throw new Error('--compare chunked: the chunked form is for GPU targets (--backend webgpu)');
  // The backend's own target: its chunk plans and kernel names are the ones timed.
  const target = targetSpec(values.backend!);
  const feeds = new Map([['tokens', tokens]]);
  const open = async (chunkedScans: boolean) => {
    const variant: TargetSpec = { ...target, chunkedScans };
    const names = compileGraph(forward, { target: variant }).lowered.kernels.map((x) => x.kernel.name).filter((n) => n.endsWith('_scan'));
    const session = await gpuSession(variant, forward);
    const run = async () => (await session.run('forward', feeds, ['output'])).get('output')!.slice((T - 1) * vocab);
    return { session, run, first: await run(), names };
  };
  const chunked = await open(true);
  const sequential = await open(false);
  const worst = agreement(chunked.first, sequential.first, 'chunked and sequential');
  const plans = scans(forward).map((n) => chunkPlan(n.attrs, target));
  const run = await runInterleaved(
    [{ name: `chunked (${chunked.names.join(', ')})`, step: timed(chunked.run) }, { name: `sequential (${sequential.names.join(', ')})`, step: timed(sequential.run) }],
    { budgetMs: Number(values['budget-ms']), warmupSteps: 1, minRounds: 3, onRound: (r) => process.stderr.write(`round ${r + 1}\r`) },
  );
  chunked.session.dispose();
  sequential.session.dispose();
  const ratio = speedRatio(run, 0, 1);
  const plan = plans.map((p) => (p ? `${p.chunks} chunks of ${p.steps} steps × ${p.width} lanes${p.inBuffer ? ', scratch in a buffer' : ''}` : 'sequential')).join('; ');
  const md = `# Chunked vs sequential scan kernels (${values.model}, ${values.backend}, T = ${T})\n\n` +
    `${configText}; the forward program (${scans(forward).length} scans: ${plan}). Last-position logits agree to ${worst.toExponential(1)} relative. ` +
    `Interleaved over ${run.rounds.length} rounds: \`node --import tsx bench/scan.ts --backend ${values.backend} --model ${values.model} --compare chunked\`.\n\n` +
    `${table(run)}\n\nsequential ÷ chunked: ${ratio.ofMedians.toFixed(2)}× (of medians), ${ratio.pairedMedian.toFixed(2)}× (paired per round).\n`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `scan-chunked-${values.model}-${values.backend}.md`), md);
  process.stdout.write(md);
}

/** A session of the GPU backend `target` names that compiles for `target` itself (a variant of the backend's spec). */
async function gpuSession(target: TargetSpec, forward: Graph): Promise<Session> {
  const graphs = { forward };
  if (target.name === 'cuda') return new CudaSession(await openCudaDriver(), graphs, new Map(weights), target);
  const gpu = await acquireDevice();
  if ('unavailable' in gpu) throw new Error(`--compare chunked needs a WebGPU adapter: ${gpu.unavailable}`);
  return new WebGpuSession(gpu, graphs, new Map(weights), true, target);
}

function table(run: Awaited<ReturnType<typeof runInterleaved>>): string {
  return markdownTable(
    ['path', 'samples', 'median ms per sequence', 'p25–p75 ms', 'positions/s'],
    summarize(run, T).map((s) => [s.name, String(s.samples), s.medianMs.toFixed(1), `${s.p25Ms.toFixed(1)}–${s.p75Ms.toFixed(1)}`, Math.round(s.tokensPerSecond).toLocaleString('en-US')]),
    ['left', 'right', 'right', 'right', 'right'],
  );
}

const session = await createGenerationSession(await loadBackend(values.backend!), m.inference!, weights, { forward: m.graphs.forward });

const fused = async () => (await session.run('forward', new Map([['tokens', tokens]]), ['output'])).get('output')!.slice((T - 1) * vocab);
const stepwise = async () => {
  let row: Float32Array = new Float32Array(0);
  // Position 0 by a one-token prefill (it starts the states from their inits), the rest by decode.
  const first = new Float32Array(m.inference!.prefillLength);
  first[0] = tokens[0]!;
  const feeds = new Map([['tokens', first]]);
  if (m.inference!.promptLengthInput) feeds.set(m.inference!.promptLengthInput, Float32Array.of(1));
  row = (await session.run('prefill', feeds, ['output'])).get('output')!.slice(0, vocab);
  for (let t = 1; t < T; t++) row = (await session.run('decode', new Map([['tokens', tokens.subarray(t, t + 1)], ['pos', Float32Array.of(t)]]), ['output'])).get('output')!;
  return row;
};
const a = await fused();
const b = await stepwise();
const worst = agreement(a, b, 'fused and step-by-step');

const run = await runInterleaved(
  [{ name: `fused (forward, 1 run over T = ${T})`, step: timed(fused) }, { name: `step by step (decode, ${T} runs of 1 step)`, step: timed(stepwise) }],
  { budgetMs: Number(values['budget-ms']), warmupSteps: 1, minRounds: 3, onRound: (r) => process.stderr.write(`round ${r + 1}\r`) },
);
session.dispose();
const ratio = speedRatio(run, 0, 1);
const md = `# Fused scan vs step by step (${values.model}, ${values.backend}, T = ${T})\n\n` +
  `${configText}, ${m.inference!.caches.length} state tensors; ` +
  `compiled (train, loss, forward, prefill, decode) in ${compileSeconds.toFixed(1)} s. Last-position logits agree to ${worst.toExponential(1)} relative. ` +
  `Interleaved over ${run.rounds.length} rounds: \`node --import tsx bench/scan.ts --backend ${values.backend} --model ${values.model}\`.\n\n` +
  `${table(run)}\n\nstep by step ÷ fused: ${ratio.ofMedians.toFixed(2)}× (of medians), ${ratio.pairedMedian.toFixed(2)}× (paired per round).\n`;
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `scan-${values.model}-${values.backend}.md`), md);
process.stdout.write(md);
