// The graph rewrite behind q4_0 inference: every contraction that reads a
// quantised weight becomes a `q4_matmul` on the packed blocks, so the weight
// is never dequantised into an f32 copy. A weight `name` [K, N] (listed by
// compiler/quant/select.ts: each reader contracts all of its axes but the
// last, possibly through reshapes such as `(h k) d` read as [h, k, d])
// becomes a param of the same name holding the kernel words [N, K/32 · 6]
// (q4_0.ts). A reader
//
//   einsum("x-letters, c1 … cm n -> out", x, view of W)
//
// becomes
//
//   x' = einsum("x-letters -> f1 … fp c1 … cm", x)     (only if not already in that order)
//   y  = q4_matmul(reshape(x', [f…, K]), packed)      → [f…, N]
//   einsum("f1 … fp n -> out", y)                     (only if not already in that order)
//
// where f… are x's letters that are not contracted, in x's order, and the
// contracted letters c… follow the weight view's order, which is the
// row-major order of K. The graph's other nodes are copied unchanged.
import { parseEinsum } from '../graph/ops/einsum.ts';
import type { Graph, Node, NodeId, OpAttrs } from '../graph/types.ts';
import type { InferencePrograms } from '../model.ts';
import { GraphWriter } from '../passes/writer.ts';
import { packBinaryMatmuls } from './binary-rewrite.ts';
import type { QuantizedWeights } from './checkpoint.ts';
import { SIGN1_FORMAT, signWords } from './sign1.ts';
import { q4WordsShape } from './q4_0.ts';

/** A quantised weight as a reader sees it: the packed param and the shape it is viewed in (last axis N). */
interface WeightView {
  readonly packed: NodeId;
  readonly name: string;
  readonly K: number;
  readonly N: number;
}

/**
 * `g` with every contraction by a weight in `weights` (name → [K, N]) done by
 * q4_matmul on the weight's packed words. Throws, naming the weight and the
 * node, when a weight is read some other way (select.ts never picks one).
 */
export function quantizeMatmuls(g: Graph, weights: ReadonlyMap<string, readonly [number, number]>): Graph {
  const w = new GraphWriter(g);
  const views = new Map<NodeId, WeightView>();
  const found = new Set<string>();
  const refuse = (view: WeightView, n: Node, why: string): never => {
    throw new Error(`q4_0: weight "${view.name}" is read by ${n.op} %${n.id}${n.span ? ` (${n.span.file}:${n.span.line}:${n.span.col})` : ''}, ${why}`);
  };
  for (const n of g.nodes) {
    if (n.op === 'param') {
      const a = n.attrs as OpAttrs['param'];
      const dims = weights.get(a.name);
      if (dims) {
        const [K, N] = dims;
        if (n.type.shape.length !== 2 || n.type.shape[0] !== K || n.type.shape[1] !== N) {
          throw new Error(`q4_0: weight "${a.name}" is [${n.type.shape.join(', ')}] in the model but [${K}, ${N}] in the checkpoint`);
        }
        const packed = w.append('param', [], a, { shape: q4WordsShape(K, N), dtype: 'f32' }, n.span);
        views.set(n.id, { packed, name: a.name, K, N });
        found.add(a.name);
        continue;
      }
    }
    const viewed = n.inputs.map((i) => views.get(i));
    const at = viewed.findIndex((v) => v !== undefined);
    if (at < 0) {
      w.copy(n, n.inputs.map((i) => w.mapped(i)));
      continue;
    }
    const view = viewed[at]!;
    if (n.op === 'reshape') {
      const shape = n.type.shape;
      if (shape[shape.length - 1] !== view.N) refuse(view, n, `reshaped to [${shape.join(', ')}]: the output axis ${view.N} must stay last`);
      views.set(n.id, view);
      continue;
    }
    if (n.op !== 'einsum' || n.inputs.length !== 2 || n.inputs[0] === n.inputs[1]) refuse(view, n, 'not as the second factor of a two-operand contraction');
    w.forward(n.id, rewriteContraction(w, n, at, view, refuse));
  }
  const missing = [...weights.keys()].filter((name) => !found.has(name));
  if (missing.length) throw new Error(`q4_0: the model has no weight ${missing.map((m) => `"${m}"`).join(', ')}`);
  return w.finish();
}

function rewriteContraction(
  w: GraphWriter,
  n: Node,
  at: number,
  view: WeightView,
  refuse: (view: WeightView, n: Node, why: string) => never,
): NodeId {
  const spec = parseEinsum((n.attrs as OpAttrs['einsum']).spec);
  const weightLetters = spec.inputs[at]!;
  const xLetters = spec.inputs[1 - at]!;
  const nLetter = weightLetters[weightLetters.length - 1]!;
  const contracted = weightLetters.slice(0, -1);
  if (!spec.output.includes(nLetter) || xLetters.includes(nLetter) || [...contracted].some((c) => spec.output.includes(c) || !xLetters.includes(c))) {
    refuse(view, n, `as "${weightLetters}" in "${(n.attrs as OpAttrs['einsum']).spec}": every axis but the last must be contracted with x`);
  }
  const free = [...xLetters].filter((c) => !contracted.includes(c)).join('');
  const x = w.mapped(n.inputs[1 - at]!);
  const ordered = free + contracted;
  const xp = ordered === xLetters ? x : w.emit('einsum', [x], { spec: `${xLetters}->${ordered}` }, n.span);
  const freeShape = w.node(xp).type.shape.slice(0, free.length);
  const flat = w.emit('reshape', [xp], { shape: [...freeShape, view.K] }, n.span);
  const y = w.emit('q4_matmul', [flat, view.packed], {}, n.span);
  const yLetters = free + nLetter;
  return yLetters === spec.output ? y : w.emit('einsum', [y], { spec: `${yLetters}->${spec.output}` }, n.span);
}

/** Inference programs (prefill, decode, verify) with their contractions by the quantised weights on their packed form. */
export function quantizeInference(p: InferencePrograms, q: QuantizedWeights): InferencePrograms {
  const rewrite = (g: Graph) => (q.format === SIGN1_FORMAT ? packBinaryMatmuls(g, q.weights) : quantizeMatmuls(g, q.weights));
  return { ...p, prefill: rewrite(p.prefill), decode: rewrite(p.decode), ...(p.verify ? { verify: rewrite(p.verify) } : {}) };
}

/** The state shapes a model's weights take when `q`'s are quantised (their kernel words). */
export function quantizedWeightShapes(model: readonly { name: string; shape: readonly number[] }[], q: QuantizedWeights): Map<string, number[]> {
  return new Map(model.map((w) => {
    const d = q.weights.get(w.name);
    if (!d) return [w.name, [...w.shape]];
    return [w.name, q.format === SIGN1_FORMAT ? [d[1], signWords(d[0])] : q4WordsShape(d[0], d[1])];
  }));
}
