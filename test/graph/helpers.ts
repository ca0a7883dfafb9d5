// Shared test helpers: a seeded PRNG for shapes and values, evaluation of a
// builder's graph, and a central-difference gradient check in float64.
import { gradients } from '../../compiler/autodiff/grad.ts';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import type { Arr } from '../../compiler/graph/op.ts';
import type { DType, NodeId, Shape } from '../../compiler/graph/types.ts';
import { numel } from '../../compiler/graph/types.ts';
import { verifyGraph } from '../../compiler/graph/verify.ts';
import { runGraph } from '../../runtime/reference/interpreter.ts';

/** mulberry32: a tiny seeded PRNG for test data (not the graph RNG). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomShape(r: () => number, rank: number, max = 4): number[] {
  return Array.from({ length: rank }, () => 1 + Math.floor(r() * max));
}

export function fill(n: number, f: (i: number) => number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => f(i));
}

/** Evaluate the nodes `ids` of the graph in `b` with the given input values. */
export function evaluate(b: GraphBuilder, ids: NodeId[], inputs: Record<string, ArrayLike<number>> = {}, float64 = true): Arr[] {
  const g = { nodes: b.nodes, updates: [], outputs: ids.map((node, i) => ({ name: `out${i}`, node })) };
  const feeds = new Map(Object.entries(inputs).map(([k, v]) => [k, Float64Array.from(v) as Arr]));
  const r = runGraph(g, { inputs: feeds, params: new Map() }, { float64 });
  return ids.map((_, i) => r.outputs.get(`out${i}`)!);
}

export interface GradInput {
  shape: Shape;
  /** Values; default uniform in [-1, 1). */
  values?: (i: number, r: () => number) => number;
  dtype?: DType;
}

/**
 * Build f over the inputs, take loss = Σ f(x) · w with fixed random weights w
 * (so every output element matters differently), and compare the analytic
 * gradient of every f32 input with central differences. Returns the worst
 * relative error ‖analytic − numeric‖ / max(‖analytic‖, ‖numeric‖).
 */
export function gradCheck(build: (b: GraphBuilder, xs: NodeId[]) => NodeId, specs: GradInput[], seed = 1): number {
  const r = rng(seed);
  const b = new GraphBuilder();
  const values = specs.map((s) => fill(numel(s.shape), (i) => (s.values ? s.values(i, r) : 2 * r() - 1)));
  const xs = specs.map((s, k) => b.input(`x${k}`, s.shape, s.dtype ?? 'f32'));
  const y = build(b, xs);
  const w = b.random(b.shape(y), 7, 3, 'normal');
  const prod = b.mul(y, w);
  const loss = b.reshape(b.sum(prod, b.shape(y).map((_, i) => i)), []);
  const diffable = xs.filter((_, k) => (specs[k]!.dtype ?? 'f32') === 'f32');
  const grads = gradients(b, loss, diffable);
  b.output('loss', loss);
  diffable.forEach((x) => b.output(`grad${x}`, grads.get(x)!));
  const g = b.build();
  const problems = verifyGraph(g);
  if (problems.length) throw new Error(problems.join('\n'));
  const feeds = (vals: Float64Array[]) => ({ inputs: new Map(vals.map((v, k) => [`x${k}`, v as Arr])), params: new Map<string, Arr>() });
  const analytic = runGraph(g, feeds(values), { float64: true }).outputs;
  const lossAt = (vals: Float64Array[]) => runGraph(g, feeds(vals), { float64: true, outputs: ['loss'] }).outputs.get('loss')![0]!;
  let worst = 0;
  diffable.forEach((x) => {
    const k = xs.indexOf(x);
    const a = analytic.get(`grad${x}`)!;
    let diff2 = 0, a2 = 0, n2 = 0;
    for (let i = 0; i < values[k]!.length; i++) {
      const h = 1e-5 * Math.max(1, Math.abs(values[k]![i]!));
      const plus = values.map((v) => v.slice());
      const minus = values.map((v) => v.slice());
      plus[k]![i]! += h;
      minus[k]![i]! -= h;
      const numeric = (lossAt(plus) - lossAt(minus)) / (2 * h);
      diff2 += (a[i]! - numeric) ** 2;
      a2 += a[i]! ** 2;
      n2 += numeric ** 2;
    }
    const scale = Math.sqrt(Math.max(a2, n2));
    const rel = scale === 0 ? 0 : Math.sqrt(diff2) / scale;
    worst = Math.max(worst, rel);
  });
  return worst;
}
