// Checkpointed recompute for scan backprop (ops/scan-vjp.ts, docs/scan.md
// "Store vs. recompute"): gradients equal the stored-state backward's, on the
// interpreter and the js backend (and the GPU lowering through the JS
// workgroup emulation), for segment lengths that divide T and ones that do
// not, forward and reverse scans, a body that reads t; the saving scan's
// checkpoints; exact kernel counts; the memory planner's peak; the auto choice.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradients } from '../../compiler/autodiff/grad.ts';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { buildLossAndGrads } from '../../compiler/autodiff/train-step.ts';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import { buildScan, scanLayout } from '../../compiler/graph/ops/scan.ts';
import { DEFAULT_SCAN_BUDGET_BYTES, chooseScanMemory, recomputeSegment, storedStateBytes } from '../../compiler/graph/ops/scan-vjp.ts';
import type { Graph, OpAttrs } from '../../compiler/graph/types.ts';
import { verifyGraph } from '../../compiler/graph/verify.ts';
import { compileLanguageModel } from '../../compiler/model.ts';
import { compileGraph } from '../../compiler/program.ts';
import { programStats } from '../../compiler/stats.ts';
import { limitProblems } from '../../compiler/render/limits.ts';
import { fuse } from '../../compiler/fusion/fuse.ts';
import { planFusedMemory } from '../../compiler/memory/fused.ts';
import { optimizeGraph } from '../../compiler/passes/pipeline.ts';
import { CUDA_TARGET, JS_TARGET, WEBGPU_TARGET } from '../../compiler/target.ts';
import { runGraph } from '../../runtime/reference/interpreter.ts';
import { scanMemoryFlag } from '../../cli/options.ts';
import { compileChecked, runLowered } from '../lower/helpers.ts';
import { randomFeeds, resultDistance } from '../passes/helpers.ts';
import { gla, RECURRENCES, rnnReverse, scanKernelCount, scans, withGrads } from './helpers.ts';

const EXAMPLES = path.join(import.meta.dirname, '..', '..', 'dsl-examples');
const f64 = (g: Graph, feeds = randomFeeds(g)) => runGraph(g, feeds, { float64: true });

/** Every top-level scan set to recompute in segments of k steps. */
function recompute(g: Graph, k: number): Graph {
  return { ...g, nodes: g.nodes.map((n) => (n.op === 'scan' ? { ...n, attrs: { ...(n.attrs as OpAttrs['scan']), checkpoint: k } } : n)) };
}

describe('saving only checkpoints (saveEvery)', () => {
  // T = 7, k = 3: segments [0,3) [3,6) [6,7). Forward: entered at t = 0, 3, 6; reverse: at t = 2, 5, 6.
  for (const [rec, entries] of [[gla(7), [0, 3, 6]], [rnnReverse(7), [2, 5, 6]]] as const) {
    it(`${rec.name}: checkpoint j is the state the scan reads on entering segment j (t = ${entries.join(', ')})`, () => {
      const g = rec.build(true);
      const [n] = scans(g);
      const saving = (saveEvery?: number) => {
        const b = GraphBuilder.from({ ...g, outputs: [] });
        const id = b.emit('scan', n!.inputs, { ...n!.attrs, save: true, ...(saveEvery ? { saveEvery } : {}) });
        const p = scanLayout(b.node(id).attrs as OpAttrs['scan']).saved[0]!;
        b.output('saved', b.slice(id, [p.offset], [p.offset + p.shape.reduce((x, y) => x * y, 1)]));
        expect(p.shape[0]).toBe(saveEvery ? 3 : 7);
        return b.build();
      };
      const feeds = randomFeeds(g);
      const all = f64(saving(), feeds).outputs.get('saved')!;
      const some = f64(saving(3), feeds).outputs.get('saved')!;
      const size = all.length / 7;
      const want = entries.flatMap((t) => [...all.subarray(t * size, (t + 1) * size)]);
      expect([...some]).toEqual(want);
      // The kernel writes the same slots, on the CPU and the GPU lowering.
      for (const target of [JS_TARGET, WEBGPU_TARGET]) compileChecked(saving(3), target, 1e-5, feeds);
    });
  }

  it('the saving condition in each rendering: a reverse scan of 7 steps saves entering 3-step segments', () => {
    const g = rnnReverse(7).build(true);
    const [n] = scans(g);
    const b = GraphBuilder.from({ ...g, outputs: [] });
    const id = b.emit('scan', n!.inputs, { ...n!.attrs, save: true, saveEvery: 3 });
    const p = scanLayout(b.node(id).attrs as OpAttrs['scan']).saved[0]!;
    b.output('saved', b.slice(id, [p.offset], [p.offset + 3 * 6]));
    const code = (target: typeof JS_TARGET) => {
      const kernel = compileGraph(b.build(), { target }).lowered.kernels.find((x) => x.kernel.name.endsWith('_scan'))!.kernel;
      return target.renderKernel(kernel).code;
    };
    expect(code(JS_TARGET)).toContain('if (t % 3 === 2 || t === 6) {');
    expect(code(WEBGPU_TARGET)).toContain('if (t % 3i == 2i || t == 6i) {');
    expect(code(CUDA_TARGET)).toContain('if (t % 3 == 2 || t == 6) {');
  });

  it('refuses saveEvery without save and a checkpoint on a saving scan, by name', () => {
    const g = gla(4).build(true);
    const [n] = scans(g);
    const b = GraphBuilder.from({ ...g, outputs: [] });
    expect(() => b.emit('scan', n!.inputs, { ...n!.attrs, saveEvery: 2 })).toThrow('scan: saveEvery must be a positive int on a scan that saves its states, got 2 without save');
    expect(() => b.emit('scan', n!.inputs, { ...n!.attrs, save: true, checkpoint: 2 })).toThrow('scan: checkpoint (the recompute segment length) must be a positive int on a scan that does not save, got 2 with save');
    expect(() => b.emit('scan', n!.inputs, { ...n!.attrs, checkpoint: 0 })).toThrow('got 0');
  });
});

describe('recompute equals store: test recurrences (T = 7)', () => {
  // linear, rnn-reverse (a reverse scan), gla (a matrix state), two-states (reads t).
  for (const rec of RECURRENCES(7)) {
    const stored = withGrads(rec.build(true));
    const feeds = randomFeeds(stored);
    for (const k of [1, 2, 3, 7]) {
      it(`${rec.name}, segments of ${k}: interpreter exactly, js and the GPU lowering to 1e-6`, () => {
        const g = withGrads(recompute(rec.build(true), k));
        expect(verifyGraph(g)).toEqual([]);
        const segments = Math.ceil(7 / k);
        // The forward, the checkpointing forward, and per segment a forward and a backward.
        expect(scans(g)).toHaveLength(2 + 2 * segments);
        // Same arithmetic in the same order: the float64 results are identical.
        expect(resultDistance(f64(g, feeds), f64(stored, feeds))).toBe(0);
        for (const target of [JS_TARGET, WEBGPU_TARGET]) {
          const lowered = compileChecked(g, target, 1e-4, feeds);
          expect(lowered.kernels.filter((x) => x.kernel.name.endsWith('_scan'))).toHaveLength(2 + 2 * segments);
          const store = compileGraph(stored, { target }).lowered;
          expect(resultDistance(runLowered(lowered, feeds), runLowered(store, feeds))).toBeLessThan(1e-6);
        }
      });
    }
  }
});

describe('many segments on WebGPU', () => {
  it('gla, T = 20 in 2-step segments: each sequence gradient is a concat of 10, cut to the storage-buffer limit', () => {
    const g = withGrads(recompute(gla(20).build(true), 2));
    // compileChecked checks every kernel against the target's limits (8 storage buffers) and the values.
    const lowered = compileChecked(g, WEBGPU_TARGET, 1e-4);
    const names = lowered.kernels.map((x) => x.kernel.name);
    expect(names.filter((x) => x.endsWith('_scan'))).toHaveLength(2 + 2 * 10);
    // Four sequences (q, k, g, v), each's 10 segments in two concat kernels (≤ 7 inputs each).
    expect(names.filter((x) => x.includes('concat'))).toHaveLength(4 * 2);
  });
});

/** The loss-and-gradients program of a language model at a small size. */
function lossAndGrads(file: string, config: Record<string, number>, ctx: number): Graph {
  const m = compileLanguageModel(path.join(EXAMPLES, file), { config, batch: 2, ctx, optimizer: defaultOptimizer });
  return m.graphs.loss;
}

describe.each([
  // Mamba's selective scan (state [B, E, N], reads exp(Δ·A) and Δ·B·x in the body).
  ['mamba.loom', { dim: 8, state: 4, depth: 2 }],
  // LIF layers with reset and a surrogate spike (std.spiking).
  ['lif_scan.loom', { dim: 8, depth: 2 }],
  // Gated linear attention in recurrent form (matrix state [B, H, K, V]).
  ['gla_recurrent.loom', { dim: 8, heads: 2, depth: 2 }],
])('recompute equals store: %s (T = 10)', (file, config) => {
  const T = 10;
  const loss = lossAndGrads(file, config, T);
  const stored = buildLossAndGrads(loss);
  const feeds = randomFeeds(stored);
  const ref = f64(stored, feeds);
  const js = runLowered(compileGraph(stored, { target: JS_TARGET }).lowered, feeds);

  for (const k of [3, 4, 5]) {
    it(`segments of ${k}: every gradient to 1e-6 on the interpreter and the js backend, ${2 * (2 + 2 * Math.ceil(T / k))} scan kernels`, () => {
      const g = buildLossAndGrads(recompute(loss, k));
      expect(resultDistance(f64(g, feeds), ref)).toBeLessThan(1e-6);
      const lowered = compileGraph(g, { target: JS_TARGET }).lowered;
      expect(resultDistance(runLowered(lowered, feeds), js)).toBeLessThan(1e-6);
      // Two layers, each: forward, checkpointing forward, then a forward and a backward per segment.
      expect(lowered.kernels.filter((x) => x.kernel.name.endsWith('_scan'))).toHaveLength(2 * (2 + 2 * Math.ceil(T / k)));
    });
  }
});

describe('a train step in recompute mode', () => {
  it('mamba.loom at ctx 10: ⌈√10⌉ = 4-step segments, 2 + 2·3 scan kernels a layer', () => {
    const m = compileLanguageModel(path.join(EXAMPLES, 'mamba.loom'), { config: { dim: 8, state: 4 }, batch: 2, ctx: 10, optimizer: defaultOptimizer, scanMemory: { mode: 'recompute' } });
    expect(scans(m.graphs.train).filter((n) => n.attrs.checkpoint !== undefined).map((n) => n.attrs.checkpoint)).toEqual([4, 4]);
    expect(scanKernelCount(m.graphs.train)).toBe(2 * (2 + 2 * 3));
    // On WebGPU too, every kernel within the target's limits (storage buffers: the segment scans' sliced reads).
    const gpu = compileGraph(m.graphs.train, { target: WEBGPU_TARGET }).lowered.kernels;
    expect(gpu.filter((x) => x.kernel.name.endsWith('_scan'))).toHaveLength(2 * (2 + 2 * 3));
    for (const x of gpu) expect(limitProblems(x.kernel, WEBGPU_TARGET.limits), x.kernel.name).toEqual([]);
    // Validation and generation are not differentiated: untouched.
    expect(scans(m.graphs.loss).every((n) => n.attrs.checkpoint === undefined)).toBe(true);
    expect(scans(m.graphs.forward).every((n) => n.attrs.checkpoint === undefined)).toBe(true);
  });
});

describe('memory: the planned intermediate bytes', () => {
  // A GLA recurrence whose matrix state [B, 16, 16] dwarfs its per-step inputs, at T = 256:
  // storing keeps 256 states, recomputing ⌈256/16⌉ = 16 checkpoints plus one 16-step segment.
  const T = 256;
  const B = 2;
  const K = 16;
  function glaLong(): Graph {
    const b = new GraphBuilder();
    const seq = (name: string) => ({ node: b.input(name, [B, T, K]), axis: 1 });
    const r = buildScan(b, {
      inits: [b.constant(0, [B, K, K])],
      seqs: [seq('q'), seq('k'), seq('v'), seq('g')],
      length: T,
      step: (sb, { states: [S], xs: [q, k, v, g] }) => {
        const decay = sb.broadcastTo(sb.reshape(sb.unary('sigmoid', g!), [B, K, 1]), [B, K, K]);
        const Sn = sb.add(sb.mul(S!, decay), sb.einsum('bk,bv->bkv', k!, v!));
        return { states: [Sn], ys: [sb.einsum('bkv,bk->bv', Sn, q!)] };
      },
    });
    b.output('y', r.ys[0]!);
    return b.build();
  }
  // Floats: S a state, X a sequence's step, Y a y's step.
  const S = B * K * K;
  const X = B * K;
  const Y = B * K;
  const plan = (g: Graph) => planFusedMemory(fuse(optimizeGraph(g)));

  it('halves the peak: T stored states become 16 checkpoints and the sequences\' gradients held for their concat', () => {
    const g = glaLong();
    expect(storedStateBytes(scans(g)[0]!.attrs)).toBe(T * S * 4);
    const segment = recomputeSegment(T);
    expect(segment).toBe(16);
    const store = plan(withGrads(g));
    const recomp = plan(withGrads(recompute(g, segment)));
    // Store, at the backward scan: the ys' and final state's gradients, the saving forward's
    // packed result (ys, final state, T states) and the backward's (λ, four sequences' gradients).
    expect(store.maxLiveBytes).toBe(4 * ((T * Y + S) + (T * Y + S + T * S) + (S + 4 * T * X)));
    // Recompute, at the concat: every segment's backward result (λ, four gradients of 16 steps),
    // and the four concatenated gradients. No state of any step is live there.
    expect(recomp.maxLiveBytes).toBe(4 * (16 * (S + 4 * segment * X) + 4 * T * X));
    expect([store.maxLiveBytes, recomp.maxLiveBytes]).toEqual([727040, 294912]);
    // The pool after best-fit reuse (what `loom stats` reports as the peak).
    expect([store.peakBytes, recomp.peakBytes]).toEqual([729088, 360448]);
    expect(programStats(withGrads(recompute(g, segment))).fused.peakBytes).toBe(360448);
  });
});

describe('the choice (chooseScanMemory)', () => {
  const g = gla(8).build(true);
  const a = scans(g)[0]!.attrs;
  const bytes = storedStateBytes(a);
  const chosen = (o: Parameters<typeof chooseScanMemory>[1]) => scans(chooseScanMemory(g, o))[0]!.attrs.checkpoint;

  it('auto stores up to the budget and recomputes past it, in ⌈√T⌉-step segments', () => {
    // gla: state [2, 2, 3], 8 steps.
    expect(bytes).toBe(8 * 12 * 4);
    expect(chosen({ mode: 'auto', budgetBytes: bytes })).toBeUndefined();
    expect(chosen({ mode: 'auto', budgetBytes: bytes - 1 })).toBe(3);
    expect(chooseScanMemory(g, { mode: 'auto', budgetBytes: bytes })).toBe(g);
    expect(chosen({ mode: 'store' })).toBeUndefined();
    expect(chosen({ mode: 'recompute' })).toBe(3);
    expect(DEFAULT_SCAN_BUDGET_BYTES).toBe(64 * 1024 * 1024);
    expect(() => chooseScanMemory(g, { mode: 'auto', budgetBytes: -1 })).toThrow('scan memory: the budget must be a non-negative number of bytes, got -1');
  });

  it('--scan-memory reads a mode or a budget', () => {
    expect(scanMemoryFlag(undefined)).toBeUndefined();
    expect(scanMemoryFlag('store')).toEqual({ mode: 'store' });
    expect(scanMemoryFlag('recompute')).toEqual({ mode: 'recompute' });
    expect(scanMemoryFlag('16MiB')).toEqual({ mode: 'auto', budgetBytes: 16 * 2 ** 20 });
  });

  it.each(['mamba.loom', 'rwkv.loom', 'gla_recurrent.loom', 'lif_scan.loom', 'spikegpt.loom'])('%s at its defaults stores (auto)', (file) => {
    const m = compileLanguageModel(path.join(EXAMPLES, file), { batch: 1, optimizer: defaultOptimizer });
    const fwd = scans(m.graphs.train).filter((n) => !n.attrs.save);
    expect(fwd.length).toBeGreaterThan(0);
    expect(fwd.every((n) => n.attrs.checkpoint === undefined)).toBe(true);
  });
});
