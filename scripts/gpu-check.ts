// The checks and benchmarks that need an NVIDIA GPU (issue 12), in one
// program, so a lent GPU's minutes go to measuring, not to setting up:
//
//   1. the device, and how PTX is made (NVRTC or nvcc);
//   2. every dsl-example on the cuda backend against the reference
//      interpreter at small shapes: the loss, every gradient and one AdamW
//      step's updated weights, max |cuda − ref| ≤ 1e-4 · max |ref| per tensor;
//   3. every PyTorch parity fixture (test/fixtures/parity) through
//      `loom eval --grads --backend cuda`, with test/parity's tolerance;
//   4. benchmarks against PyTorch on the same GPU (bench/peers/pytorch/
//      gpu_bench.py), device times from CUDA events on both sides, medians:
//      a 4096³ matmul (loom f32 vs cuBLAS f32, TF32 and f16), the
//      tensor-core GEMMs over a sweep of tiles (mma.sync; wgmma on sm_90),
//      fused causal attention vs scaled_dot_product_attention, mamba's
//      fused selective scan vs a PyTorch loop over T, and the gpt train step
//      vs PyTorch eager (identity-checked: same first loss).
//
// --skip names sections to leave out (examples, fixtures, bench; within
// bench: matmul, gemm, mma, wgmma, attention, scan, gpt); --examples and
// --fixtures select by name. scripts/gpu-all.sh runs them in phases.
//
// Writes gpu-report.md and gpu-report.json into --out (default the current
// directory). Run by scripts/gpu-check.sh on the GPU machine, from the
// bundle that scripts/gpu-pack.sh builds (no TypeScript toolchain there).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultOptimizer } from '../compiler/autodiff/optimizer.ts';
import { buildLossAndGrads } from '../compiler/autodiff/train-step.ts';
import { GraphBuilder } from '../compiler/graph/builder.ts';
import type { Graph } from '../compiler/graph/types.ts';
import { compileLanguageModel } from '../compiler/model.ts';
import { main as loomMain } from '../cli/main.ts';
import type { Session, StateMap } from '../runtime/backend.ts';
import { compileCudaPtx, cudaBackend, CudaSession } from '../runtime/backends/cuda/session.ts';
import { tensorCoreGemmCheck, type GemmKernel } from '../bench/cuda-mma.ts';
import { renderTensorCoreGemm, type MmaDtype, type TileConfig } from '../compiler/render/cuda-mma.ts';
import { renderWgmmaGemm, type WgmmaTileConfig } from '../compiler/render/cuda-wgmma.ts';
import { openCudaDriver } from '../runtime/exec/cuda-driver.ts';
import { referenceBackend } from '../runtime/backends/reference.ts';
import { markdownTable } from '../runtime/plot.ts';
import { makeRng } from '../runtime/sample.ts';
import { readSafetensors, writeSafetensors } from '../runtime/safetensors.ts';
import { initialState } from '../runtime/train.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: '.' },
    root: { type: 'string', default: process.cwd() },
    python: { type: 'string', default: 'python3' },
    skip: { type: 'string', default: '' },
    // Comma-separated file names (gpt.loom,mamba.loom) or fixture names to run instead of all of them.
    examples: { type: 'string', default: '' },
    fixtures: { type: 'string', default: '' },
  },
});
const ROOT = path.resolve(values.root!);
const OUT = path.resolve(values.out!);
const skip = new Set(values.skip!.split(',').filter(Boolean));
const only = (list: string) => (name: string) => list === '' || list.split(',').includes(name);
const TOLERANCE = 1e-4;

// The tensor-core GEMM tiles swept at 4096³ (each compiled without spills for sm_90: test/cuda/mma.test.ts).
// 8 warps of 64×64 in one block, or two 4-warp blocks per SM (one block's math covers the
// other's barrier), or 16 warps of 64×32 (more warps to hide ldmatrix latency, 128 registers each).
const GEMM_TILES: Partial<TileConfig>[] = [
  {},
  { bk: 64, stages: 3 },
  { bk: 64, stages: 4 },
  { bm: 256, bn: 128, warpsM: 4, warpsN: 2, bk: 64, stages: 3 },
  { bm: 256, bn: 128, warpsM: 4, warpsN: 2, bk: 32, stages: 4 },
  { bm: 128, bn: 128, warpsM: 2, warpsN: 2, bk: 64, stages: 3, minBlocks: 2 },
  { bm: 128, bn: 128, warpsM: 2, warpsN: 2, bk: 32, stages: 4, minBlocks: 2 },
  { warpsM: 2, warpsN: 8, bk: 32, stages: 4 },
];
// The Hopper wgmma GEMM (compiler/render/cuda-wgmma.ts, sm_90a, B stored [N,K]), on compute capability 9.0 only.
const WGMMA_TILES: Partial<WgmmaTileConfig>[] = [{}, { wgmmaPending: 0 }, { bn: 192 }, { bm: 256, bn: 128 }, { bn: 128, stages: 3, minBlocks: 2 }];
fs.mkdirSync(OUT, { recursive: true });

const report: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };
const md: string[] = [];
const started = performance.now();
const log = (line: string) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${line}\n`);

function relError(got: Float32Array, want: ArrayLike<number>, floor = 1e-4): number {
  let maxRef = 0;
  let maxErr = 0;
  for (let i = 0; i < want.length; i++) {
    maxRef = Math.max(maxRef, Math.abs(Number(want[i])));
    const d = Math.abs(got[i]! - Number(want[i]));
    maxErr = Number.isNaN(d) ? Infinity : Math.max(maxErr, d);
  }
  return maxErr / Math.max(maxRef, floor);
}

function tokens(n: number, vocab: number, seed: number): Float32Array {
  const rng = makeRng(seed);
  return Float32Array.from({ length: n }, () => Math.floor(rng() * vocab));
}

async function run(s: Session, graph: string, inputs: Map<string, Float32Array>): Promise<Map<string, Float32Array>> {
  return s.run(graph, inputs);
}

// ---- 1. the device ----
const probe = await openCudaDriver();
const device = {
  name: probe.deviceName,
  computeCapability: probe.computeCapability.join('.'),
  memoryGiB: +(probe.totalMemoryBytes / 2 ** 30).toFixed(1),
  ptx: probe.compilePtx ? 'NVRTC' : 'nvcc',
  cpu: os.cpus()[0]?.model ?? 'unknown',
};
probe.close();
report.device = device;
log(`device: ${device.name} (sm_${device.computeCapability.replace('.', '')}, ${device.memoryGiB} GiB), PTX by ${device.ptx}`);
md.push('# loom on an NVIDIA GPU', '', `${device.name}, compute capability ${device.computeCapability}, ${device.memoryGiB} GiB; PTX by ${device.ptx}; Node ${process.version}; ${report.date}.`, '');

// ---- 2. every example against the reference interpreter ----
if (!skip.has('examples')) {
  const rows: (string | number)[][] = [];
  const examples = fs.readdirSync(path.join(ROOT, 'dsl-examples')).filter((f) => f.endsWith('.loom')).filter(only(values.examples!)).sort();
  for (const file of examples) {
    const t0 = performance.now();
    try {
      const m = compileLanguageModel(path.join(ROOT, 'dsl-examples', file), { batch: 2, ctx: 16, optimizer: defaultOptimizer });
      const vocab = Number(m.config.vocab ?? 256);
      const n = 2 * m.shapes.ctx;
      const inputs = new Map([['tokens', tokens(n, vocab, 1)], ['targets', tokens(n, vocab, 2)], ['step', Float32Array.of(3)]]);
      const graphs = { grads: buildLossAndGrads(m.graphs.loss), train: m.graphs.train };
      const ref = await referenceBackend.createSession(graphs, initialState(m, 1));
      const gpu = await cudaBackend.createSession(graphs, initialState(m, 1));
      let worst = 0;
      let worstName = '';
      const gradInputs = new Map([...inputs].filter(([k]) => k !== 'step'));
      const want = await run(ref, 'grads', gradInputs);
      const got = await run(gpu, 'grads', gradInputs);
      for (const [name, w] of want) {
        const e = relError(got.get(name)!, w);
        if (e > worst) [worst, worstName] = [e, name];
      }
      await run(ref, 'train', inputs);
      await run(gpu, 'train', inputs);
      const wantState = await ref.readState();
      const gotState = await gpu.readState();
      // AdamW's first step moves each weight by about lr · sign(g): where the
      // gradient is rounding noise (a key bias under softmax's shift
      // invariance is analytically 0) the sign is noise too. Updates are
      // compared where |g| ≥ 1e-3 · the largest |g| of any tensor: there the
      // gradient's sign, and so the step, is meaningful.
      const gmax = Math.max(...[...want].filter(([k]) => k.startsWith('grad.')).map(([, g]) => g.reduce((x, y) => Math.max(x, Math.abs(y)), 0)));
      for (const [name, w] of wantState) {
        const g = want.get(`grad.${name}`);
        if (!g) continue;
        const keep = [...g.keys()].filter((i) => Math.abs(g[i]!) >= 1e-3 * gmax);
        if (keep.length === 0) continue;
        const e = relError(Float32Array.from(keep, (i) => gotState.get(name)![i]!), keep.map((i) => w[i]!));
        if (e > worst) [worst, worstName] = [e, `updated ${name}`];
      }
      const kernels = (gpu as CudaSession).prepare('train').plan.launches.length;
      gpu.dispose();
      rows.push([file, kernels, worst.toExponential(2), worstName, worst <= TOLERANCE ? 'pass' : 'FAIL', ((performance.now() - t0) / 1000).toFixed(1)]);
    } catch (e) {
      rows.push([file, '-', '-', (e as Error).message.split('\n')[0]!.slice(0, 120), 'ERROR', ((performance.now() - t0) / 1000).toFixed(1)]);
    }
    log(`example ${rows.at(-1)!.join(' | ')}`);
  }
  report.examples = rows;
  md.push('## Every example on the cuda backend vs the reference interpreter', '',
    'Batch 2, ctx 16, random weights: the loss and every gradient, then one AdamW step\'s updated weights; worst max |cuda − ref| / max |ref| over all tensors (tolerance 1e-4).', '',
    markdownTable(['example', 'train-step kernels', 'worst rel. error', 'worst tensor', 'result', 'seconds'], rows), '');
}

// ---- 3. the PyTorch parity fixtures through loom eval --backend cuda ----
if (!skip.has('fixtures')) {
  const rows: (string | number)[][] = [];
  const dir = path.join(ROOT, 'test', 'fixtures', 'parity');
  for (const name of fs.readdirSync(dir).filter(only(values.fixtures!)).sort()) {
    const fixtures = path.join(dir, name);
    const meta = readSafetensors(path.join(fixtures, 'weights.safetensors')).metadata;
    const config = JSON.parse(meta.config ?? '{}') as Record<string, number | string>;
    const model = meta.model ?? 'dsl-examples/gpt.loom';
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'loom-gpu-parity-')), 'out.safetensors');
    const err: string[] = [];
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => { err.push(s); return true; } } };
    const status = await loomMain(['eval', path.join(ROOT, model), '--weights', path.join(fixtures, 'weights.safetensors'),
      '--inputs', path.join(fixtures, 'inputs.safetensors'), '--out', out, '--grads', '--backend', 'cuda',
      ...Object.entries(config).flatMap(([k, v]) => ['--set', `${k}=${v}`])], io as never);
    if (status !== 0) {
      rows.push([name, model, '-', 'ERROR', err.join('').split('\n')[0]!.slice(0, 120)]);
    } else {
      const expected = readSafetensors(path.join(fixtures, 'expected.safetensors')).tensors;
      const got = readSafetensors(out).tensors;
      let worst = 0;
      let worstName = '';
      // test/parity's scale floor is 1e-4; a gradient that is analytically zero (a key bias under
      // softmax's shift invariance) holds only the rounding left over when its terms cancel, which
      // on a GPU's reduction order reaches ~1e-8: such a gradient is measured against 1e-3 of the
      // model's largest gradient, as the example checks measure updates.
      let gmax = 0;
      for (const [t, w] of expected) if (t.startsWith('grad.')) for (const x of w.data as ArrayLike<number> & Iterable<number>) gmax = Math.max(gmax, Math.abs(Number(x)));
      for (const [t, want] of expected) {
        const e = relError(Float32Array.from(got.get(t)!.data as ArrayLike<number>), want.data as ArrayLike<number>, t.startsWith('grad.') ? Math.max(1e-4, 1e-3 * gmax) : 1e-4);
        if (e > worst) [worst, worstName] = [e, t];
      }
      rows.push([name, model, worst.toExponential(2), worst <= TOLERANCE ? 'pass' : 'FAIL', `${expected.size} tensors; worst ${worstName}`]);
    }
    log(`fixture ${rows.at(-1)!.join(' | ')}`);
  }
  report.fixtures = rows;
  md.push('## PyTorch parity fixtures on the cuda backend', '', '`loom eval --grads --backend cuda` on test/fixtures/parity: logits, loss and every gradient vs PyTorch float64 (tolerance 1e-4).', '',
    markdownTable(['case', 'model', 'worst rel. error', 'result', 'note'], rows), '');
}

// ---- 4. benchmarks against PyTorch on the same GPU ----
function torchPeer(spec: Record<string, unknown>): Record<string, any> | undefined {
  const r = spawnSync(values.python!, [path.join(ROOT, 'bench', 'peers', 'pytorch', 'gpu_bench.py'), JSON.stringify(spec)], { encoding: 'utf8' });
  if (r.status !== 0) {
    log(`PyTorch peer failed (${spec.kind}): ${(r.stderr || r.error?.message || '').trim().split('\n').slice(-3).join(' ')}`);
    return undefined;
  }
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Record<string, any>;
}

async function timeGraph(g: Graph, inputs: Map<string, Float32Array>, state: StateMap, runs = 20): Promise<{ ms: number; kernels: number }> {
  const s = await cudaBackend.createSession({ g }, state) as CudaSession;
  try {
    await s.run('g', inputs, []);
    const t = s.time('g', runs, 3);
    return { ms: t.medianMs, kernels: s.prepare('g').plan.launches.length };
  } finally {
    s.dispose();
  }
}

const fill = (n: number, seed: number) => {
  const rng = makeRng(seed);
  return Float32Array.from({ length: n }, () => rng() * 2 - 1);
};

if (!skip.has('bench')) {
  const rows: (string | number)[][] = [];
  const profiles: string[] = [];
  const ratio = (loom: number, peer: number | undefined) => (peer === undefined ? 'n/a' : `${(peer / loom).toFixed(2)}×`);

  // Matmul, N³.
  const N = 4096;
  if (!skip.has('matmul')) {
    const b = new GraphBuilder();
    b.output('c', b.einsum('ik,kj->ij', b.input('a', [N, N]), b.input('b', [N, N])));
    const t = await timeGraph(b.build(), new Map([['a', fill(N * N, 1)], ['b', fill(N * N, 2)]]), new Map(), 10);
    const tflops = (2 * N ** 3) / t.ms / 1e9;
    const peer = torchPeer({ kind: 'matmul', n: N });
    report.matmul = { n: N, loom: { ...t, tflops }, torch: peer };
    rows.push([`matmul ${N}³ f32`, t.kernels, `${t.ms.toFixed(3)} ms (${tflops.toFixed(1)} TFLOP/s)`,
      peer ? `f32 ${peer.f32.tflops.toFixed(1)}, TF32 ${peer.tf32.tflops.toFixed(1)}, f16 ${peer.f16.tflops.toFixed(1)} TFLOP/s` : 'n/a',
      peer ? `${(tflops / peer.f32.tflops * 100).toFixed(0)}% of cuBLAS f32; ${(tflops / peer.f16.tflops * 100).toFixed(0)}% of f16` : 'n/a']);
    log(`bench ${rows.at(-1)!.join(' | ')}`);
  }

  // The tensor-core GEMM (compiler/render/cuda-mma.ts), f16 with f32 accumulation, over a sweep of
  // tiles (an autotuning pass, as Triton's: the best depends on the GPU), then bf16 at the best tile.
  if (!skip.has('gemm')) {
    const driver = await openCudaDriver();
    const peerF16 = (report.matmul as { torch?: { f16: { tflops: number } } } | undefined)?.torch?.f16.tflops;
    const compile = (src: string, name: string, archSuffix?: '' | 'a') => compileCudaPtx(driver, src, name, archSuffix);
    type Kind = 'mma.sync' | 'wgmma';
    const render = (kind: Kind, dtype: MmaDtype, tile: object): GemmKernel =>
      kind === 'wgmma' ? renderWgmmaGemm({ dtype, tile: tile as Partial<WgmmaTileConfig> }) : renderTensorCoreGemm({ dtype, tile: tile as Partial<TileConfig> });
    const f16: { kind: Kind; tile: object; tflops: number }[] = [];
    const measure = async (kind: Kind, dtype: MmaDtype, tile: object) => {
      const label = `${kind} ${JSON.stringify(tile)}`;
      try {
        const r = await tensorCoreGemmCheck(driver, compile, { n: N, runs: 20, kernel: render(kind, dtype, tile) });
        const ok = r.maxRelError <= 1e-4;
        rows.push([`tensor-core matmul ${N}³ ${r.dtype} ${r.kernel} ${label}`, 1, `${r.ms.toFixed(3)} ms (${r.tflops.toFixed(1)} TFLOP/s), max rel. error ${r.maxRelError.toExponential(1)}${ok ? '' : ' WRONG'}`,
          peerF16 ? `cuBLAS f16 ${peerF16.toFixed(1)} TFLOP/s` : 'n/a', peerF16 ? `${(r.tflops / peerF16 * 100).toFixed(0)}% of cuBLAS f16` : 'n/a']);
        ((report.tensorCore ??= []) as unknown[]).push({ ...r, label });
        if (ok && dtype === 'f16') f16.push({ kind, tile, tflops: r.tflops });
      } catch (e) {
        rows.push([`tensor-core matmul ${dtype} ${label}`, 1, `ERROR ${(e as Error).message.split('\n')[0]!.slice(0, 150)}`, '', '']);
      }
      log(`bench ${rows.at(-1)!.join(' | ')}`);
    };
    for (const tile of skip.has('mma') ? [] : GEMM_TILES) await measure('mma.sync', 'f16', tile);
    if (driver.computeCapability.join('.') === '9.0' && !skip.has('wgmma')) for (const tile of WGMMA_TILES) await measure('wgmma', 'f16', tile);
    // bf16 at the best f16 tile of each kernel kind.
    for (const kind of ['mma.sync', 'wgmma'] as const) {
      const best = f16.filter((r) => r.kind === kind).sort((x, y) => y.tflops - x.tflops)[0];
      if (best) await measure(kind, 'bf16', best.tile);
    }
    driver.close();
  }

  // Fused causal attention, forward.
  for (const T of skip.has('attention') ? [] : [1024, 4096]) {
    const [B, H, D] = [4, 16, 64];
    const b = new GraphBuilder();
    const q = b.input('q', [B, H, T, D]);
    const k = b.input('k', [B, H, T, D]);
    const v = b.input('v', [B, H, T, D]);
    b.output('o', b.attention({ part: 'out', causal: true, window: 0, scale: 1 / Math.sqrt(D) }, [q, k, v]));
    const n = B * H * T * D;
    const t = await timeGraph(b.build(), new Map([['q', fill(n, 1)], ['k', fill(n, 2)], ['v', fill(n, 3)]]), new Map(), 10);
    const peer = torchPeer({ kind: 'attention', b: B, h: H, t: T, d: D });
    rows.push([`attention fwd causal B${B} H${H} T${T} D${D}`, t.kernels, `${t.ms.toFixed(3)} ms`,
      peer ? `SDPA f32 ${peer.f32.ms.toFixed(3)} ms, f16 ${peer.f16.ms.toFixed(3)} ms` : 'n/a', `${ratio(t.ms, peer?.f32.ms)} vs f32`]);
    (report.attention ??= [] as unknown[]) as unknown[];
    (report.attention as unknown[]).push({ B, H, T, D, loom: t, torch: peer });
    log(`bench ${rows.at(-1)!.join(' | ')}`);
  }

  // Mamba's selective scan: the fused scan kernel of mamba.loom's forward pass (exp(Δ·A), Δ·B·u and
  // C·h + D·u inside it), its device time from the per-kernel profile, vs the same recurrence as a
  // PyTorch loop over T (bench/peers/pytorch/gpu_bench.py `scan`, [B, T, E] inputs, state [B, E, N]).
  if (!skip.has('scan')) {
    const [B, T, dim, N] = [4, 1024, 256, 16];
    try {
      const m = compileLanguageModel(path.join(ROOT, 'dsl-examples', 'mamba.loom'), { config: { dim, state: N, depth: 1, ctx: T }, batch: B, optimizer: defaultOptimizer });
      const E = 2 * dim;
      // The loss program: the forward pass at batch B (the forward program is batch 1, for generation).
      const vocab = Number(m.config.vocab ?? 256);
      const s = await cudaBackend.createSession({ loss: m.graphs.loss }, initialState(m, 1)) as CudaSession;
      await s.run('loss', new Map([['tokens', tokens(B * T, vocab, 1)], ['targets', tokens(B * T, vocab, 2)]]));
      const profile = s.profile('loss', 5);
      s.dispose();
      const scans = profile.filter((x) => (x.loc ?? '').includes('ssm.loom:25'));
      const ms = scans.reduce((acc, x) => acc + x.ms, 0);
      const peer = torchPeer({ kind: 'scan', b: B, t: T, d: E, n: N });
      rows.push([`selective scan B${B} T${T} E${E} N${N} (mamba.loom, scan kernel only)`, scans.length, `${ms.toFixed(3)} ms`,
        peer ? `loop over T ${peer.ms.toFixed(3)} ms` : 'n/a', ratio(ms, peer?.ms)]);
      report.scan = { B, T, E, N, loom: { ms, kernels: scans.map((x) => x.kernel) }, torch: peer };
    } catch (e) {
      rows.push(['selective scan', '-', `ERROR ${(e as Error).message.split('\n')[0]!.slice(0, 150)}`, '', '']);
    }
    log(`bench ${rows.at(-1)!.join(' | ')}`);
  }

  // The gpt train step, identity-checked.
  for (const [size, config, batch] of skip.has('gpt') ? [] : [['default', {}, 16], ['large', { dim: 512, depth: 8, heads: 8, ctx: 256 }, 16]] as const) {
    const m = compileLanguageModel(path.join(ROOT, 'dsl-examples', 'gpt.loom'), { config: { ...config }, batch, optimizer: defaultOptimizer });
    const n = batch * m.shapes.ctx;
    const vocab = Number(m.config.vocab);
    const inputs = new Map([['tokens', tokens(n, vocab, 1)], ['targets', tokens(n, vocab, 2)], ['step', Float32Array.of(0)]]);
    const state = initialState(m, 1);
    const s = await cudaBackend.createSession({ train: m.graphs.train }, new Map([...state].map(([k, v]) => [k, Float32Array.from(v)]))) as CudaSession;
    const first = (await s.run('train', inputs, ['loss'])).get('loss')![0]!;
    const t = s.time('train', 20, 3);
    const kernels = s.prepare('train').plan.launches.length;
    const profile = s.profile('train', 5);
    s.dispose();
    const total = profile.reduce((acc, x) => acc + x.ms, 0);
    const top = [...profile].sort((x, y) => y.ms - x.ms).slice(0, 12);
    profiles.push(`### gpt train step, ${size}: the slowest kernels (sum of launches ${total.toFixed(3)} ms)`, '',
      markdownTable(['kernel', '.loom', 'ms', 'share'], top.map((x) => [x.kernel, x.loc ?? '', x.ms.toFixed(3), `${(100 * x.ms / total).toFixed(1)}%`])), '');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'loom-gpu-gpt-'));
    const weights = path.join(dir, 'weights.safetensors');
    const inputsFile = path.join(dir, 'inputs.safetensors');
    writeSafetensors(weights, new Map(m.weights.map((w) => [w.name, { dtype: 'F32' as const, shape: [...w.shape], data: state.get(w.name)! }])));
    const shape = [batch, m.shapes.ctx];
    writeSafetensors(inputsFile, { tokens: { dtype: 'I32', shape, data: Int32Array.from(inputs.get('tokens')!) }, targets: { dtype: 'I32', shape, data: Int32Array.from(inputs.get('targets')!) } });
    const { decays: _decays, ...optimizer } = defaultOptimizer;
    const peer = torchPeer({ kind: 'gpt', weights, inputs: inputsFile, config: m.config, optimizer });
    const same = peer ? Math.abs(peer.firstLoss - first) <= 1e-4 : false;
    rows.push([`gpt train step, ${size} (B${batch}×T${m.shapes.ctx}, dim ${m.config.dim}, depth ${m.config.depth})`, kernels, `${t.medianMs.toFixed(3)} ms`,
      peer ? `eager ${peer.ms.toFixed(3)} ms (first loss ${peer.firstLoss.toFixed(5)} vs loom ${first.toFixed(5)}${same ? '' : ', DIFFERENT'})` : 'n/a',
      `${ratio(t.medianMs, peer?.ms)}`]);
    (report.gpt ??= [] as unknown[]) as unknown[];
    (report.gpt as unknown[]).push({ size, batch, config: m.config, loom: { ms: t.medianMs, kernels, firstLoss: first }, torch: peer });
    log(`bench ${rows.at(-1)!.join(' | ')}`);
  }

  md.push('## Benchmarks against PyTorch on the same GPU', '',
    'Device time from CUDA events on both sides (loom: the executor\'s `time()`; PyTorch: torch.cuda.Event), median of the timed runs after warm-up. Ratio > 1: loom is faster.', '',
    markdownTable(['case', 'loom kernels', 'loom', 'PyTorch', 'PyTorch time / loom time'], rows), '', ...profiles);
  report.bench = rows;
}

fs.writeFileSync(path.join(OUT, 'gpu-report.md'), `${md.join('\n')}\n`);
fs.writeFileSync(path.join(OUT, 'gpu-report.json'), `${JSON.stringify(report, null, 1)}\n`);
log(`wrote ${path.join(OUT, 'gpu-report.md')}`);
process.exit(0);
