// Shared recurrences for the scan tests, each built twice: as one `scan` node
// and unrolled step by step with slices and concat (what a `for t in 0..T`
// loop elaborates to), so the two can be compared value for value and
// gradient for gradient.
import { gradients } from '../../compiler/autodiff/grad.ts';
import { GraphBuilder, lit } from '../../compiler/graph/builder.ts';
import { buildScan } from '../../compiler/graph/ops/scan.ts';
import type { Graph, Node, NodeId, OpAttrs } from '../../compiler/graph/types.ts';
import { compileGraph } from '../../compiler/program.ts';
import { JS_TARGET } from '../../compiler/target.ts';

export interface Recurrence {
  readonly name: string;
  /** The graph with outputs `y` (and `h`, the final state) as a scan (`fused`) or unrolled. */
  build(fused: boolean): Graph;
}

/** x[:, t] of x [B, T, ...] as [B, ...]. */
function at(b: GraphBuilder, x: NodeId, axis: number, t: number): NodeId {
  const shape = b.shape(x);
  const starts = shape.map((_, i) => (i === axis ? t : 0));
  const stops = shape.map((d, i) => (i === axis ? t + 1 : d));
  return b.reshape(b.slice(x, starts, stops), shape.filter((_, i) => i !== axis));
}

/** Stacks per-step values [B, ...] along `axis` (in time order). */
function stack(b: GraphBuilder, ys: readonly NodeId[], axis: number): NodeId {
  const withAxis = ys.map((y) => {
    const s = [...b.shape(y)];
    s.splice(axis, 0, 1);
    return b.reshape(y, s);
  });
  return b.concat(withAxis, axis);
}

/** Drives one step function both ways. */
function recurrence(
  name: string,
  T: number,
  inputs: (b: GraphBuilder) => { inits: NodeId[]; seqs: { node: NodeId; axis: number }[]; consts: NodeId[] },
  step: (b: GraphBuilder, s: readonly NodeId[], x: readonly NodeId[], c: readonly NodeId[], t: () => NodeId) => { states: NodeId[]; ys: NodeId[] },
  reverse = false,
): Recurrence {
  return {
    name,
    build(fused) {
      const b = new GraphBuilder();
      const { inits, seqs, consts } = inputs(b);
      let ys: NodeId[];
      let finals: readonly NodeId[];
      if (fused) {
        const r = buildScan(b, { inits, seqs, consts, length: T, reverse, step: (sb, a) => step(sb, a.states, a.xs, a.consts, a.step) });
        ys = r.ys.map((y) => {
          const rank = b.shape(y).length;
          return b.permute(y, [1, 0, ...[...Array(rank - 2).keys()].map((i) => i + 2)]);
        });
        finals = r.finals;
      } else {
        let s: readonly NodeId[] = inits;
        const perStep: NodeId[][] = [];
        for (let k = 0; k < T; k++) {
          const t = reverse ? T - 1 - k : k;
          const out = step(b, s, seqs.map((x) => at(b, x.node, x.axis, t)), consts, () => b.constant(t, [], 'i32'));
          s = out.states;
          perStep[t] = out.ys;
        }
        ys = perStep[0]!.map((_, j) => stack(b, perStep.map((p) => p[j]!), 1));
        finals = s;
      }
      ys.forEach((y, j) => b.output(`y${j}`, y));
      finals.forEach((h, i) => b.output(`h${i}`, h));
      return b.build();
    },
  };
}

const B = 2;
const D = 3;

/** h_t = a ⊙ h_{t−1} + x_t, y_t = h_t · w: a linear recurrence with a per-channel decay. */
export const linear = (T: number): Recurrence => recurrence('linear', T, (b) => ({
  inits: [b.input('h0', [B, D])],
  seqs: [{ node: b.input('x', [B, T, D]), axis: 1 }],
  consts: [b.param('a', [D], { kind: 'uniform', low: 0.5, high: 1 }), b.param('w', [D], { kind: 'normal', std: 1, mean: 0 })],
}), (b, [h], [x], [a, w]) => {
  const hn = b.add(b.mul(h!, a!), x!);
  return { states: [hn], ys: [b.mul(hn, w!)] };
});

/** A tanh RNN, run right to left: h = tanh(h W + x_t), y_t = h. */
export const rnnReverse = (T: number): Recurrence => recurrence('rnn-reverse', T, (b) => ({
  inits: [b.input('h0', [B, D])],
  seqs: [{ node: b.input('x', [B, T, D]), axis: 1 }],
  consts: [b.param('W', [D, D], { kind: 'normal', std: 0.5, mean: 0 })],
}), (b, [h], [x], [W]) => {
  const hn = b.unary('tanh', b.add(b.einsum('bd,de->be', h!, W!), x!));
  return { states: [hn], ys: [hn] };
}, true);

/** Gated linear attention, recurrent form: S = diag(exp(g_t)) S + k_t v_tᵀ, o_t = S_tᵀ q_t: a matrix state [B, K, V]. */
export const gla = (T: number): Recurrence => recurrence('gla', T, (b) => ({
  inits: [b.constant(0, [B, 2, 3])],
  seqs: ['q', 'k', 'g'].map((n) => ({ node: b.input(n, [B, T, 2]), axis: 1 })).concat([{ node: b.input('v', [B, T, 3]), axis: 1 }]),
  consts: [],
}), (b, [S], [q, k, g, v]) => {
  const decay = b.broadcastTo(b.reshape(b.unary('exp', b.mul(g!, lit(-1))), [B, 2, 1]), [B, 2, 3]);
  const Sn = b.add(b.mul(S!, decay), b.einsum('bk,bv->bkv', k!, v!));
  return { states: [Sn], ys: [b.einsum('bkv,bk->bv', Sn, q!)] };
});

/** Two states and the step index: a running sum and a position-weighted sum (t read inside the body). */
export const twoStates = (T: number): Recurrence => recurrence('two-states', T, (b) => ({
  inits: [b.input('h0', [B, D]), b.constant(0, [B])],
  seqs: [{ node: b.input('x', [T, B, D]), axis: 0 }],
  consts: [],
}), (b, [h, m], [x], _c, t) => {
  const hn = b.add(h!, b.mul(x!, b.broadcastTo(b.cast(t(), 'f32'), [B, D])));
  const mn = b.add(m!, b.sum(b.mul(x!, x!), [1], false));
  return { states: [hn, mn], ys: [b.unary('tanh', hn), b.reshape(mn, [B])] };
});

export const RECURRENCES = (T: number): Recurrence[] => [linear(T), rnnReverse(T), gla(T), twoStates(T)];

/** The top-level scan nodes of `g`. */
export const scans = (g: Graph): Node<'scan'>[] => g.nodes.filter((n): n is Node<'scan'> => n.op === 'scan');

/** How many scan kernels (`k<n>_scan`, `k<n>_chunked_scan`) `g` compiles to on `target`. */
export const scanKernelCount = (g: Graph, target = JS_TARGET): number => compileGraph(g, { target }).lowered.kernels.filter((k) => k.kernel.name.endsWith('_scan')).length;

/**
 * `g` with a scalar loss Σ_o Σ o ⊙ r_o (r_o normal noise from `seed`) and the
 * gradient of every f32 input and param as outputs `d.<name>`: every output's
 * backward exercised at once.
 */
export function withGrads(g: Graph, seed = 3): Graph {
  const b = GraphBuilder.from({ ...g, outputs: [] });
  let loss: NodeId | undefined;
  g.outputs.forEach((o, j) => {
    const rank = b.shape(o.node).length;
    const term = b.sum(b.mul(o.node, b.random(b.shape(o.node), seed, j, 'normal')), [...Array(rank).keys()], false);
    loss = loss === undefined ? term : b.add(loss, term);
  });
  const leaves = g.nodes.filter((n) => (n.op === 'input' || n.op === 'param') && n.type.dtype === 'f32');
  const grads = gradients(b, loss!, leaves.map((n) => n.id));
  b.output('loss', loss!);
  leaves.forEach((n) => b.output(`d.${(n.attrs as OpAttrs['input']).name}`, grads.get(n.id)!));
  return b.build();
}
