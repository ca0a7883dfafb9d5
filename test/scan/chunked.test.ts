// Linear recurrences as chunked parallel scans on GPU targets
// (compiler/fusion/templates/scan-linear.ts, scan-chunked.ts): the
// linearity verdicts of the examples' scans, forward and backward; the
// chunked kernel's plan and its numbers against the float64 interpreter on
// the WebGPU lowering (the JS workgroup emulation), on CUDA (the C++
// emulation harness) and on a real WebGPU adapter (lavapipe through Dawn
// here): T not divisible by the chunk length, a reverse scan, a train
// step's backward scan, scratch in a buffer. Still one kernel per scan.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { chunkPlan } from '../../compiler/fusion/templates/scan-chunked.ts';
import { type Linearity, scanLinearity } from '../../compiler/fusion/templates/scan-linear.ts';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import { buildScan } from '../../compiler/graph/ops/scan.ts';
import type { Graph, Node } from '../../compiler/graph/types.ts';
import type { LoweredProgram } from '../../compiler/kernel/lower/types.ts';
import { compileLanguageModel } from '../../compiler/model.ts';
import { compileGraph } from '../../compiler/program.ts';
import { CUDA_TARGET, type TargetSpec, WEBGPU_TARGET } from '../../compiler/target.ts';
import { createWebGpuSession } from '../../runtime/backends/webgpu/session.ts';
import { runCudaEmulated } from '../cuda/harness.ts';
import { compileChecked } from '../lower/helpers.ts';
import { randomFeeds, resultDistance, run } from '../passes/helpers.ts';
import { describeWebGpu } from '../webgpu/require-adapter.ts';
import { type Recurrence, gla, linear, rnnReverse, scans, twoStates, withGrads } from './helpers.ts';

const EXAMPLES = path.join(import.meta.dirname, '..', '..', 'dsl-examples');
const verdict = (n: Node<'scan'>): Linearity => scanLinearity(n.attrs.body, n.attrs.nState);
const scanKernels = (p: LoweredProgram) => p.kernels.map((x) => x.kernel).filter((x) => x.name.endsWith('_scan'));

/** h = σ(x_t) ⊙ h + x_t ⊙ w run right to left, y_t = tanh(h): a linear reverse scan with a constant. */
const reverseLinear = (T: number): Recurrence => ({
  name: 'reverse-linear',
  build() {
    const b = new GraphBuilder();
    const r = buildScan(b, {
      inits: [b.input('h0', [2, 3])],
      seqs: [{ node: b.input('x', [2, T, 3]), axis: 1 }],
      consts: [b.param('w', [3], { kind: 'normal', std: 1, mean: 0 })],
      length: T,
      reverse: true,
      step: (sb, { states: [h], xs: [x], consts: [w] }) => {
        const hn = sb.add(sb.mul(sb.unary('sigmoid', x!), h!), sb.mul(x!, w!));
        return { states: [hn], ys: [sb.unary('tanh', hn)] };
      },
    });
    b.output('y', r.ys[0]!);
    b.output('h', r.finals[0]!);
    return b.build();
  },
});

describe('linearity analysis', () => {
  const model = (file: string) => compileLanguageModel(path.join(EXAMPLES, file), { batch: 2, ctx: 8, optimizer: defaultOptimizer });
  const forward = (file: string) => scans(model(file).graphs.train).filter((n) => !n.attrs.reverse);
  const backward = (file: string) => scans(model(file).graphs.train).filter((n) => n.attrs.reverse);

  it("mamba's selective scan is exp(Δ·A) ⊙ h + Δ·B·x; its backward is not linear (dA sums λ over the batch)", () => {
    for (const n of forward('mamba.loom')) {
      const v = verdict(n);
      if (!v.linear) throw new Error(v.reason);
      const [{ a, b }] = v.states as [(typeof v.states)[number]];
      expect(a).toHaveLength(1);
      expect(b).toHaveLength(1);
      expect(a[0]!.factors.map((id) => n.attrs.body.nodes[id]!.attrs)).toEqual([{ op: 'exp' }]);
    }
    for (const n of backward('mamba.loom')) {
      expect(verdict(n)).toEqual({ linear: false, reason: expect.stringMatching(/^state 2 is not a ⊙ s2 \+ b: it depends on state 0 through body node %\d+ \(reduce\), which is not an add, sub, mul, div by a state-free value, neg or reshape$/) });
    }
  });

  it("GLA-recurrent is diag(exp g)·S + k vᵀ, and so is its backward λ = exp(g) ⊙ (λ + q dyᵀ)", () => {
    for (const n of scans(model('gla_recurrent.loom').graphs.train)) {
      const v = verdict(n);
      if (!v.linear) throw new Error(v.reason);
      // The decay broadcast over V: one factor, the expand of exp(g)[..., None].
      const { a, b } = v.states[0]!;
      expect(a).toHaveLength(1);
      expect(b).toHaveLength(1);
      expect(a[0]!.factors.length).toBe(n.attrs.reverse ? 2 : 1);
      expect(n.attrs.body.nodes[a[0]!.factors.at(-1)!]!.op).toBe('expand');
    }
  });

  it('LIF is not linear: the reset reads the spike state, and the spike is a step of u', () => {
    const [n] = forward('lif_scan.loom');
    const v = verdict(n!);
    expect(v.linear).toBe(false);
    expect(!v.linear && v.reason.split('; ')).toEqual([
      expect.stringMatching(/^state 0 is not a ⊙ s0 \+ b: it reads state 1 \(body node %\d+ \(input\) at \S*dsl-examples\/lif_scan\.loom:14:60\), so its b is not free of the states$/),
      expect.stringMatching(/^state 1 is not a ⊙ s1 \+ b: it depends on state 0 through body node %\d+ \(cast\) at \S*dsl-examples\/lif_scan\.loom:16:11, /),
    ]);
  });

  it("RWKV-4's WKV is not linear: its max-trick scale exp(p − w − q) depends on the state p", () => {
    const [n] = forward('rwkv.loom');
    const v = verdict(n!);
    expect(!v.linear && v.reason.split('; ').slice(0, 2)).toEqual([
      expect.stringMatching(/^state 0 is not a ⊙ s0 \+ b: body node %\d+ \(binary\) at compiler\/std\/ssm\.loom:71:9 multiplies a value of s2 by a value of s0$/),
      expect.stringMatching(/^state 1 is not a ⊙ s1 \+ b: body node %\d+ \(binary\) at compiler\/std\/ssm\.loom:72:9 multiplies a value of s2 by a value of s1$/),
    ]);
  });

  it('the test recurrences: linear, gla, two-states (a = 1) and reverse-linear are linear; the tanh RNN is not', () => {
    const linearity = (r: Recurrence) => verdict(scans(r.build(true))[0]!).linear;
    expect([linear(5), gla(5), twoStates(5), reverseLinear(5)].map(linearity)).toEqual([true, true, true, true]);
    expect(verdict(scans(rnnReverse(5).build(true))[0]!)).toEqual({ linear: false, reason: expect.stringMatching(/^state 0 is not a ⊙ s0 \+ b: it depends on s0 through body node %\d+ \(unary\)/) });
  });
});

describe('the chunked kernel on the WebGPU lowering (JS workgroup emulation)', () => {
  // [recurrence, T, width, chunks, steps]: T = chunks·steps − k, so the last chunk is short.
  const cases: [Recurrence, number, number, number][] = [
    [linear(45), 8, 23, 2], // [2, 3] state: 8 lanes a chunk, 256 / 8 = 32 chunks at most → 2-step chunks, the last 1 step
    [gla(37), 16, 13, 3], // [2, 2, 3] state: 16 lanes, 16 chunks at most → 3-step chunks, the last 1 step
    [twoStates(45), 8, 23, 2],
    [reverseLinear(45), 8, 23, 2],
  ];
  for (const [rec, width, chunks, steps] of cases) {
    it(`${rec.name}: ${chunks} chunks of ${steps} steps × ${width} lanes, one kernel, equal to the interpreter and to the sequential form`, () => {
      const g = rec.build(true);
      const plan = chunkPlan(scans(g)[0]!.attrs, WEBGPU_TARGET)!;
      expect({ width: plan.width, chunks: plan.chunks, steps: plan.steps, inBuffer: plan.inBuffer }).toEqual({ width, chunks, steps, inBuffer: false });
      const feeds = randomFeeds(g);
      const chunked = compileChecked(g, WEBGPU_TARGET, 1e-5, feeds);
      const [kernel] = scanKernels(chunked);
      expect(scanKernels(chunked)).toHaveLength(1);
      expect(kernel!.name).toMatch(/^k\d+_chunked_scan$/);
      expect(kernel!.launch).toMatchObject({ kind: 'grid', workgroupSize: [width * chunks, 1, 1] });
      const sequential = compileChecked(g, { ...WEBGPU_TARGET, chunkedScans: false }, 1e-5, feeds);
      expect(scanKernels(sequential).map((x) => x.name)).toEqual([kernel!.name.replace('_chunked_scan', '_scan')]);
    });
  }

  it("a train step: GLA's forward, saving forward and backward scans are all chunked", () => {
    const lowered = compileChecked(withGrads(gla(37).build(true)), WEBGPU_TARGET, 1e-4);
    expect(scanKernels(lowered).map((x) => x.name.replace(/^k\d+/, ''))).toEqual(['_chunked_scan', '_chunked_scan', '_chunked_scan']);
  });

  it("a train step with a constant: reverse-linear's backward accumulates dw (not linear), so it runs sequentially", () => {
    const g = withGrads(reverseLinear(45).build(true));
    const lowered = compileChecked(g, WEBGPU_TARGET, 1e-4);
    expect(scanKernels(lowered).map((x) => x.name.replace(/^k\d+/, ''))).toEqual(['_chunked_scan', '_chunked_scan', '_scan']);
    const back = scans(lowered.graph).find((n) => n.attrs.reverse === false && n.attrs.nState > 1);
    expect(back && verdict(back)).toMatchObject({ linear: false });
  });

  it('past workgroup memory (64 bytes): the chunks\' scratch in the kernel\'s buffer, equal to the interpreter', () => {
    const tight: TargetSpec = { ...WEBGPU_TARGET, limits: { ...WEBGPU_TARGET.limits, maxWorkgroupMemoryBytes: 64 } };
    const g = gla(37).build(true);
    expect(chunkPlan(scans(g)[0]!.attrs, tight)).toMatchObject({ chunks: 13, inBuffer: true });
    const lowered = compileChecked(g, tight, 1e-5);
    const [kernel] = scanKernels(lowered);
    expect(kernel!.name).toMatch(/_chunked_scan$/);
    expect(kernel!.body.some((s) => s.kind === 'wg_decl')).toBe(false);
    expect(kernel!.buffers.some((b) => b.name.endsWith('_scratch'))).toBe(true);
  });

  it('caps the chunks at what workgroup memory holds when the sequential form fits there', () => {
    // gla's scratch: 66 body values + a 12-float state = 312 bytes sequential; a chunk needs 66 + 2 × 12 floats (the state, A) = 360.
    const limited = (bytes: number): TargetSpec => ({ ...WEBGPU_TARGET, limits: { ...WEBGPU_TARGET.limits, maxWorkgroupMemoryBytes: bytes } });
    const g = gla(37).build(true);
    const attrs = scans(g)[0]!.attrs;
    // 700 bytes: one chunk fits, not two, so sequential (in workgroup memory) rather than chunked in the buffer.
    expect(chunkPlan(attrs, limited(700))).toBeUndefined();
    expect(scanKernels(compileChecked(g, limited(700), 1e-5)).map((x) => x.name)).toEqual([expect.stringMatching(/^k\d+_scan$/)]);
    // 2000 bytes: 5 chunks (1800 bytes) of 8 steps, the last 5.
    expect(chunkPlan(attrs, limited(2000))).toMatchObject({ chunks: 5, steps: 8, inBuffer: false });
    expect(scanKernels(compileChecked(g, limited(2000), 1e-5))[0]!.body.filter((s) => s.kind === 'wg_decl')).not.toHaveLength(0);
  });
});

describe('examples: one kernel per scan, chunked where linear and narrow', () => {
  it('mamba (dim 16, state 4) and gla_recurrent on CUDA: every forward scan is one chunked kernel; the train step keeps 3 a layer', () => {
    for (const [file, config] of [['mamba.loom', { dim: 16, state: 4 }], ['gla_recurrent.loom', { dim: 16 }]] as const) {
      const m = compileLanguageModel(path.join(EXAMPLES, file), { batch: 1, ctx: 64, config, optimizer: defaultOptimizer });
      const layers = scans(m.graphs.forward).length;
      expect(scanKernels(compileGraph(m.graphs.forward, { target: CUDA_TARGET }).lowered).map((x) => x.name.replace(/^k\d+/, ''))).toEqual(Array(layers).fill('_chunked_scan'));
      expect(scanKernels(compileGraph(m.graphs.train, { target: CUDA_TARGET }).lowered)).toHaveLength(3 * layers);
    }
  });
});

describe('the chunked kernel rendered for CUDA (C++ emulation)', () => {
  it('linear (T = 151): chunked, equal to the interpreter', async () => {
    const g = linear(151).build(true);
    const { lowered } = compileGraph(g, { target: CUDA_TARGET });
    expect(scanKernels(lowered).map((x) => x.name)).toEqual([expect.stringMatching(/_chunked_scan$/)]);
    // 8 lanes a chunk, 1024 / 8 = 128 chunks at most → 2-step chunks, 76 of them, the last 1 step.
    expect(chunkPlan(scans(g)[0]!.attrs, CUDA_TARGET)).toMatchObject({ width: 8, chunks: 76, steps: 2 });
    const feeds = randomFeeds(g);
    expect(resultDistance(await runCudaEmulated(lowered, feeds), run(g, feeds))).toBeLessThan(1e-5);
  }, 120_000);
});

describeWebGpu('the chunked kernel on a real WebGPU adapter', (gpu) => {
  const onDevice = async (g: Graph) => {
    const feeds = randomFeeds(g);
    const f32 = (m: Map<string, ArrayLike<number>>) => new Map([...m].map(([k, v]) => [k, Float32Array.from(v)]));
    const session = createWebGpuSession(gpu(), { g }, f32(feeds.params));
    try {
      const outputs = await session.run('g', f32(feeds.inputs));
      return resultDistance({ outputs, updates: new Map() }, run(g, feeds));
    } finally {
      session.dispose();
    }
  };
  for (const [rec, tolerance] of [[linear(45), 1e-5], [reverseLinear(45), 1e-5], [gla(37), 1e-5]] as const) {
    it(`${rec.name}: equal to the interpreter`, async () => {
      expect(scanKernels(compileGraph(rec.build(true), { target: WEBGPU_TARGET }).lowered)[0]!.name).toMatch(/_chunked_scan$/);
      expect(await onDevice(rec.build(true))).toBeLessThan(tolerance);
    });
  }
  it("gla's train step (its backward scan chunked): equal to the interpreter", async () => {
    expect(await onDevice(withGrads(gla(37).build(true)))).toBeLessThan(1e-4);
  });
});
