// The train step with `nanCheck`: every update is where(ok, new, old), so a
// step that would make any weight or AdamW slot non-finite leaves the whole
// state exactly as it was, and `update_nonfinite` says which tensors went bad.
import { describe, expect, it } from 'vitest';
import { defaultOptimizer, type OptimizerConfig } from '../../compiler/autodiff/optimizer.ts';
import { buildTrainStep, UPDATE_CHECK_OUTPUT } from '../../compiler/autodiff/train-step.ts';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import type { Graph } from '../../compiler/graph/types.ts';
import { verifyGraph } from '../../compiler/graph/verify.ts';
import { referenceBackend } from '../../runtime/backends/reference.ts';
import { loadBackend, type StateMap } from '../../runtime/backend.ts';
import { firstNonFinite } from '../../runtime/train.ts';
import { fuse } from '../../compiler/fusion/fuse.ts';
import { runFused } from '../../compiler/fusion/reference.ts';
import { validateProgram } from '../../compiler/fusion/validate.ts';
import { optimizeGraph } from '../../compiler/passes/pipeline.ts';
import { runGraph } from '../../runtime/reference/interpreter.ts';
import { gptFeeds, gptLoss } from '../fusion/models.ts';
import { resultDistance } from '../passes/helpers.ts';

/** loss = mean((x·w + b − y)²) for x [4, 3], w [3, 2], b [2]. */
function regressionLoss(): Graph {
  const b = new GraphBuilder();
  const x = b.input('x', [4, 3]);
  const y = b.input('y', [4, 2]);
  const w = b.param('w', [3, 2], { kind: 'normal', std: 1, mean: 0 });
  const bias = b.param('b', [2], { kind: 'zeros' });
  const d = b.sub(b.add(b.einsum('nk,km->nm', x, w), bias), y);
  b.output('loss', b.reshape(b.mean(b.mul(d, d), [0, 1]), []));
  return b.build();
}

const opt: OptimizerConfig = { ...defaultOptimizer, lr: 0.05, minLr: 0.005, warmupSteps: 0, totalSteps: 10 };
const x = Float32Array.from({ length: 12 }, (_, i) => Math.sin(i + 1));
const y = Float32Array.from({ length: 8 }, (_, i) => Math.cos(2 * i));

function initialState(): StateMap {
  return new Map([
    ['w', Float32Array.from([0.3, -0.2, 0.5, 0.1, -0.4, 0.25])],
    ['b', Float32Array.from([0.05, -0.05])],
    ['optim.m.w', Float32Array.from([0.01, 0.02, -0.01, 0, 0.03, 0.01])],
    ['optim.v.w', Float32Array.from([1e-4, 2e-4, 1e-4, 3e-4, 1e-4, 2e-4])],
    ['optim.m.b', Float32Array.from([0.01, -0.02])],
    ['optim.v.b', Float32Array.from([1e-4, 1e-4])],
  ]);
}

const copy = (s: StateMap): StateMap => new Map([...s].map(([k, v]) => [k, v.slice()]));
const bits = (a: Float32Array): number[] => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length));

/** One step on the reference backend: the outputs and the state afterwards. */
async function step(graph: Graph, state: StateMap, feeds: { x?: Float32Array; step?: number } = {}) {
  const session = await referenceBackend.createSession({ train: graph }, copy(state));
  const out = await session.run('train', new Map([['x', feeds.x ?? x], ['y', y], ['step', Float32Array.of(feeds.step ?? 3)]]));
  return { out, state: await session.readState() };
}

describe('guarded updates (nanCheck)', () => {
  const plain = buildTrainStep(regressionLoss(), opt);
  const guarded = buildTrainStep(regressionLoss(), { ...opt, nanCheck: true });

  it('adds one non-finite count per update, in update order, and keeps every update', () => {
    expect(verifyGraph(guarded)).toEqual([]);
    expect(guarded.outputs.map((o) => o.name)).toEqual(['loss', 'grad_norm', 'lr', UPDATE_CHECK_OUTPUT]);
    expect(guarded.updates.map((u) => u.target)).toEqual(plain.updates.map((u) => u.target));
    const counts = guarded.outputs.find((o) => o.name === UPDATE_CHECK_OUTPUT)!;
    expect(guarded.nodes[counts.node]!.type.shape).toEqual([guarded.updates.length]);
    expect(plain.outputs.map((o) => o.name)).not.toContain(UPDATE_CHECK_OUTPUT);
  });

  it('changes nothing about a good step: the same state, bit for bit, and all counts 0', async () => {
    const a = await step(plain, initialState());
    const b = await step(guarded, initialState());
    for (const [name, v] of a.state) expect(bits(b.state.get(name)!), name).toEqual(bits(v));
    expect(Array.from(b.out.get(UPDATE_CHECK_OUTPUT)!)).toEqual(new Array(guarded.updates.length).fill(0));
    expect(firstNonFinite(guarded, b.out.get(UPDATE_CHECK_OUTPUT)!)).toBeUndefined();
    // The good state did move.
    expect(bits(b.state.get('w')!)).not.toEqual(bits(initialState().get('w')!));
  });

  it('a huge learning rate leaves the whole state exactly as it was and names the first bad tensor', async () => {
    const huge = buildTrainStep(regressionLoss(), { ...opt, lr: 1e39, minLr: 1e38, nanCheck: true });
    const before = initialState();
    const r = await step(huge, before);
    for (const [name, v] of before) expect(bits(r.state.get(name)!), name).toEqual(bits(v));
    const counts = r.out.get(UPDATE_CHECK_OUTPUT)!;
    // w and b blow up (every element); their AdamW slots do not.
    const byTarget = Object.fromEntries(huge.updates.map((u, i) => [u.target, counts[i]]));
    expect(byTarget).toEqual({ w: 6, 'optim.m.w': 0, 'optim.v.w': 0, b: 2, 'optim.m.b': 0, 'optim.v.b': 0 });
    expect(firstNonFinite(huge, counts)).toEqual({ target: 'w', count: 6, size: 6 });
    // Without the check the same step writes non-finite weights.
    const unguarded = await step(buildTrainStep(regressionLoss(), { ...opt, lr: 1e39, minLr: 1e38 }), before);
    expect(Array.from(unguarded.state.get('w')!).some((v) => !Number.isFinite(v))).toBe(true);
  });

  it('the fused kernels of the js backend guard the same way', async () => {
    const js = await loadBackend('js');
    const huge = buildTrainStep(regressionLoss(), { ...opt, lr: 1e39, minLr: 1e38, nanCheck: true });
    const before = initialState();
    const session = await js.createSession({ train: huge, good: guarded }, copy(before));
    const feeds = new Map([['x', x], ['y', y], ['step', Float32Array.of(3)]]);
    const out = await session.run('train', feeds);
    expect(firstNonFinite(huge, out.get(UPDATE_CHECK_OUTPUT)!)).toEqual({ target: 'w', count: 6, size: 6 });
    const after = await session.readState();
    for (const [name, v] of before) expect(bits(after.get(name)!), name).toEqual(bits(v));
    // A good step then moves the state exactly as the reference does.
    await session.run('good', feeds);
    const ref = await step(guarded, before);
    const moved = await session.readState();
    for (const [name, v] of ref.state) expect(Array.from(moved.get(name)!), name).toEqual(Array.from(v).map((e) => expect.closeTo(e, 6)));
    session.dispose();
  });

  it('a NaN in the data (NaN loss and gradients) commits nothing', async () => {
    const bad = x.slice();
    bad[5] = Number.NaN;
    const before = initialState();
    const r = await step(guarded, before, { x: bad });
    expect(Number.isNaN(r.out.get('loss')![0])).toBe(true);
    for (const [name, v] of before) expect(bits(r.state.get(name)!), name).toEqual(bits(v));
    expect(firstNonFinite(guarded, r.out.get(UPDATE_CHECK_OUTPUT)!)?.target).toBe('w');
  });

  it('a non-finite slot is caught even when the weight stays finite', async () => {
    // v holds the square of a huge gradient: an overflow to +Inf in v alone.
    const before = initialState();
    before.get('optim.v.b')![0] = 3.4e38;
    const r = await step(guarded, before, { step: 0 });
    const bad = firstNonFinite(guarded, r.out.get(UPDATE_CHECK_OUTPUT)!);
    expect(bad).toBeUndefined(); // 0.95 · 3.4e38 + … is still finite: no false alarm
    const worse = initialState();
    worse.get('optim.v.b')![0] = Infinity;
    const r2 = await step(guarded, worse);
    expect(firstNonFinite(guarded, r2.out.get(UPDATE_CHECK_OUTPUT)!)?.target).toBe('optim.v.b');
    for (const [name, v] of worse) expect(bits(r2.state.get(name)!), name).toEqual(bits(v));
  });

  it('GPT: the guarded step fuses soundly, computes what the interpreter computes, and costs at most one kernel per update', () => {
    const loss = gptLoss();
    const plainStep = fuse(optimizeGraph(buildTrainStep(loss, defaultOptimizer)));
    const g = optimizeGraph(buildTrainStep(loss, { ...defaultOptimizer, nanCheck: true }));
    const p = fuse(g);
    expect(validateProgram(p)).toEqual([]);
    const feeds = gptFeeds(g);
    const fused = runFused(p, feeds);
    expect(resultDistance(runGraph(g, feeds), { outputs: fused.outputs, updates: fused.updates })).toBe(0);
    // The counts fuse into the AdamW kernels; what is left is the guard (at most one small kernel
    // per update, fewer when fusion merges them) and the reduction of the counts to ok.
    console.info(`[guard] GPT train step (B=2, T=16): ${plainStep.kernels.length} kernels plain, ${p.kernels.length} guarded, ${p.updates.length} updates`);
    expect(p.kernels.length).toBeLessThanOrEqual(plainStep.kernels.length + p.updates.length + 2);
  });
});
