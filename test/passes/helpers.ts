// Shared helpers for pass and fusion tests: seeded random graphs over most of
// the op set, feeds for any graph, and a numeric comparison of two graphs (or
// a graph and a fused program) on the reference interpreter.
import { GraphBuilder, lit } from '../../compiler/graph/builder.ts';
import type { Arr } from '../../compiler/graph/op.ts';
import type { Graph, NodeId, OpAttrs } from '../../compiler/graph/types.ts';
import { numel } from '../../compiler/graph/types.ts';
import { type RunResult, runGraph } from '../../runtime/reference/interpreter.ts';
import { rng } from '../graph/helpers.ts';

export { rng };

export interface Feeds {
  inputs: Map<string, Arr>;
  params: Map<string, Arr>;
}

/** Values for every input and param: uniform in [-1, 1); index inputs named `idx<V>_…` get valid indices below V. */
export function randomFeeds(g: Graph, seed = 7): Feeds {
  const r = rng(seed);
  const feeds: Feeds = { inputs: new Map(), params: new Map() };
  for (const n of g.nodes) {
    if (n.op !== 'input' && n.op !== 'param') continue;
    const name = (n.attrs as OpAttrs['input']).name;
    const size = numel(n.type.shape);
    const bound = /^idx(\d+)_/.exec(name);
    const values = Float64Array.from({ length: size }, () => (bound ? Math.floor(r() * Number(bound[1])) : n.type.dtype === 'f32' ? 2 * r() - 1 : Math.floor(r() * 5)));
    (n.op === 'input' ? feeds.inputs : feeds.params).set(name, values);
  }
  return feeds;
}

export function run(g: Graph, feeds: Feeds): RunResult {
  return runGraph(g, feeds, { float64: true });
}

/** The largest difference between two results, relative to max(1, |value|). */
export function resultDistance(a: RunResult, b: RunResult): number {
  let worst = 0;
  const compare = (x: Map<string, Arr>, y: Map<string, Arr>) => {
    if (x.size !== y.size) return Infinity;
    for (const [k, v] of x) {
      const w = y.get(k);
      if (!w || w.length !== v.length) return Infinity;
      for (let i = 0; i < v.length; i++) {
        const d = Math.abs(v[i]! - w[i]!) / Math.max(1, Math.abs(v[i]!));
        if (!(d <= worst)) worst = Number.isNaN(d) ? (Object.is(v[i], w[i]) ? worst : Infinity) : d;
      }
    }
    return worst;
  };
  return Math.max(compare(a.outputs, b.outputs), compare(a.updates, b.updates));
}

/**
 * A random graph of `steps` ops over small shapes: elementwise ops with
 * broadcasting, reductions, every movement op, einsum, where, concat,
 * gather, scatter_add, stop_grad, constants and an iota mask; 1–3 outputs
 * and sometimes a param update.
 */
export function randomGraph(seed: number, steps = 14): Graph {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const dim = () => 1 + Math.floor(r() * 4);
  const b = new GraphBuilder();
  const pool: NodeId[] = [];
  const f32 = () => pool.filter((id) => b.type(id).dtype === 'f32');
  for (let k = 0; k < 2; k++) pool.push(b.input(`x${k}`, Array.from({ length: 1 + Math.floor(r() * 3) }, dim)));
  pool.push(b.param('w0', [dim(), dim()], { kind: 'normal', std: 1, mean: 0 }));
  let params = 1;
  const shapeOf = (id: NodeId) => b.shape(id);

  const ops: (() => NodeId | undefined)[] = [
    () => b.unary(pick(['exp', 'tanh', 'neg', 'sin', 'abs'] as const), b.unary('tanh', pick(f32()))),
    () => {
      const x = pick(f32());
      return b.binary(pick(['add', 'sub', 'mul', 'max'] as const), x, pick(f32().filter((y) => broadcasts(shapeOf(y), shapeOf(x)))) ?? x);
    },
    () => {
      const x = pick(f32());
      return b.binary(pick(['add', 'mul', 'sub', 'div'] as const), pick([x, lit(1), lit(0)]), pick([lit(1), lit(0), lit(0.5), lit(2)]));
    },
    () => {
      const x = pick(f32());
      const y = pick(f32().filter((z) => broadcasts(shapeOf(z), shapeOf(x))));
      return y === undefined ? undefined : b.div(x, b.add(b.unary('abs', y), lit(1)));
    },
    () => {
      const x = pick(f32());
      const rank = shapeOf(x).length;
      if (rank === 0) return undefined;
      const axes = [...new Set([Math.floor(r() * rank), Math.floor(r() * rank)])];
      return b.reduce(pick(['sum', 'max'] as const), x, axes, r() < 0.7);
    },
    () => {
      const x = pick(f32());
      const s = shapeOf(x);
      const n = numel(s);
      const options = [[n], [1, n], ...(n % 2 === 0 ? [[2, n / 2], [n / 2, 1, 2]] : []), [...s, 1]];
      return b.reshape(x, pick(options));
    },
    () => {
      const x = pick(f32());
      const perm = shapeOf(x).map((_, i) => i).sort(() => r() - 0.5);
      return b.permute(x, perm);
    },
    () => {
      const x = pick(f32());
      const s = shapeOf(x);
      const starts = s.map((d) => Math.floor(r() * Math.min(d, 2)));
      const steps = s.map(() => (r() < 0.3 ? 2 : 1));
      return b.slice(x, starts, s, steps);
    },
    () => {
      const x = pick(f32());
      const s = shapeOf(x);
      return b.pad(x, s.map(() => Math.floor(r() * 2)), s.map(() => Math.floor(r() * 2)), s.map(() => (r() < 0.2 ? 2 : 1)));
    },
    () => {
      const x = pick(f32().filter((z) => shapeOf(z).length > 0));
      if (x === undefined) return undefined;
      const s = shapeOf(x);
      const w = b.param(`w${params++}`, [s[s.length - 1]!, dim()], { kind: 'normal', std: 1, mean: 0 });
      const letters = 'abcd'.slice(0, s.length - 1);
      return b.einsum(`${letters}k,kn->${pick([`${letters}n`, `n${letters}`])}`, x, w);
    },
    () => {
      const x = pick(f32());
      return b.where(b.binary('gt', x, b.constant(0, shapeOf(x))), x, lit(-1));
    },
    () => {
      const x = pick(f32().filter((z) => shapeOf(z).length > 0));
      if (x === undefined) return undefined;
      return b.concat([x, b.unary('neg', x)], Math.floor(r() * shapeOf(x).length));
    },
    () => b.stopGrad(pick(f32())),
    () => {
      // Transpose or broadcast, then flatten: a reshape no strided view can express (a copy).
      const x = pick(f32());
      const s = shapeOf(x);
      const moved = r() < 0.5 ? b.permute(x, s.map((_, i) => s.length - 1 - i)) : b.broadcastTo(b.reshape(x, [...s, 1]), [...s, 3]);
      return b.reshape(moved, [numel(shapeOf(moved))]);
    },
    () => {
      const x = pick(f32().filter((z) => shapeOf(z).length === 2));
      if (x === undefined) return undefined;
      const [m, n] = shapeOf(x) as [number, number];
      const causal = b.binary('ge', b.reshape(b.iota([m], 0), [m, 1]), b.reshape(b.iota([n], 0), [1, n]));
      return b.where(causal, x, lit(0));
    },
    () => {
      const x = pick(f32().filter((z) => shapeOf(z).length === 2));
      if (x === undefined) return undefined;
      const [m] = shapeOf(x) as [number];
      const idx = b.input(`idx${m}_${pool.length}`, [3], 'i32');
      const g = b.gather(x, idx, 0);
      return r() < 0.5 ? g : b.scatterAdd(b.unary('tanh', g), idx, 0, m);
    },
  ];
  for (let k = 0; k < steps; k++) {
    const id = pick(ops)();
    if (id !== undefined && !pool.includes(id)) pool.push(id);
  }
  const computed = pool.filter((id) => b.node(id).op !== 'input' && b.node(id).op !== 'param');
  const outs = [...new Set([computed[computed.length - 1] ?? pool[0]!, pick(computed) ?? pool[0]!])];
  outs.forEach((id, k) => b.output(`out${k}`, id));
  const w0 = pool[2]!;
  if (r() < 0.5) b.update('w0', b.sub(w0, b.mul(w0, lit(0.1))));
  return b.build();
}

function broadcasts(from: readonly number[], to: readonly number[]): boolean {
  if (from.length > to.length) return false;
  const lead = to.length - from.length;
  return from.every((d, i) => d === 1 || d === to[lead + i]);
}
