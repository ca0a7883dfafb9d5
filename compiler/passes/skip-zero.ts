// The generation-time rewrite behind sparse dReLU inference (TurboSparse,
// Song et al. 2024): a contraction y = h · W whose left operand h is provably
// zero wherever a ReLU is — max(x, 0), or a product with such a factor, e.g.
// the dReLU FFN's max(0, x W_gate) ⊙ max(0, x W_up) — becomes
//
//   y = skip_zero_matmul(h, W)                  (graph/ops/skip-zero-matmul.ts)
//
// whose kernel reads only the rows of W whose activation is non-zero. The
// value is the same up to summation order (the skipped terms are exact zeros).
//
// Covered: the einsum Linear and BinaryLinear elaborate to,
// einsum("… c, c n -> … n", h, W) with W any f32 [K, N] value. When W is
// BinaryLinear's W̃ = α ⊙ sign(W) + β on f32 weights (matched as
// compiler/quant/binary-rewrite.ts does), the op takes W, α and β and forms
// W̃'s rows in the kernel as it reads them: W̃ is not written at all, and only
// the non-zero rows of W are read. Not covered: packed weights. After `quantizeInference` a binary or q4_0 weight's
// contraction is a sign_matmul / q4_matmul over packed column words, which hold
// 24 (or 32) rows of W per word, so skipping one row saves no memory traffic;
// the rewrite leaves those untouched.
//
// Inference only: the op has no gradient, so a graph that trains (updates a
// weight) or computes a loss or gradients is refused, never rewritten.
import { parseEinsum } from '../graph/ops/einsum.ts';
import type { Graph, Node, NodeId, OpAttrs } from '../graph/types.ts';
import type { InferencePrograms } from '../model.ts';
import { matchBinaryWeight } from '../quant/binary-rewrite.ts';
import { GraphWriter } from './writer.ts';

/** How far a product is followed looking for a ReLU factor (dReLU's is one level: relu · relu). */
const MAX_DEPTH = 4;

/** A constant 0, directly or broadcast (how `maximum(x, 0.0)` elaborates). */
function isZeroConst(g: Graph, id: NodeId): boolean {
  const n = g.nodes[id]!;
  if (n.op === 'expand' || n.op === 'reshape') return isZeroConst(g, n.inputs[0]!);
  return n.op === 'const' && (n.attrs as OpAttrs['const']).value === 0;
}

/** Whether `id` is zero wherever some ReLU in it is: max(x, 0), or a product with such a factor. */
export function isReluSparse(g: Graph, id: NodeId, depth = 0): boolean {
  const n = g.nodes[id]!;
  if (n.op === 'reshape') return isReluSparse(g, n.inputs[0]!, depth);
  if (n.op !== 'binary' || n.type.dtype !== 'f32' || depth > MAX_DEPTH) return false;
  const op = (n.attrs as OpAttrs['binary']).op;
  const [a, b] = n.inputs as [NodeId, NodeId];
  if (op === 'max') return isZeroConst(g, a) || isZeroConst(g, b);
  if (op === 'mul') return isReluSparse(g, a, depth + 1) || isReluSparse(g, b, depth + 1);
  return false;
}

/** The contraction h @ W (h's last axis against W's first, W 2-D, output h's free axes then W's last) with a ReLU-sparse h. */
function matchSparseContraction(g: Graph, n: Node): boolean {
  if (n.op !== 'einsum' || n.inputs.length !== 2 || n.inputs[0] === n.inputs[1]) return false;
  const spec = parseEinsum((n.attrs as OpAttrs['einsum']).spec);
  const [hl, wl] = spec.inputs as [string, string];
  const c = hl[hl.length - 1];
  if (wl.length !== 2 || wl[0] !== c || hl.includes(wl[1]!) || new Set(hl).size !== hl.length) return false;
  if (spec.output !== hl.slice(0, -1) + wl[1]) return false;
  const [h, w] = n.inputs.map((i) => g.nodes[i]!) as [Node, Node];
  return h.type.dtype === 'f32' && w.type.dtype === 'f32' && isReluSparse(g, h.id);
}

/** Throws when `g` trains: it updates a weight, or computes a loss or gradients (`what` names it). */
export function assertInferenceGraph(g: Graph, what: string): void {
  const weights = new Set(g.nodes.filter((n) => n.op === 'param' && (n.attrs as OpAttrs['param']).role === 'weight').map((n) => (n.attrs as OpAttrs['param']).name));
  const trained = g.updates.find((u) => weights.has(u.target));
  const lossy = g.outputs.find((o) => o.name === 'loss' || o.name.startsWith('grad.'));
  if (trained || lossy) {
    const why = trained ? `it updates weight "${trained.target}"` : `it outputs "${lossy!.name}"`;
    throw new Error(`skip-zero: ${what} is a training graph (${why}); zero-skipping matmuls have no gradient and only rewrite inference programs`);
  }
}

/** `g` with every ReLU-sparse contraction done by skip_zero_matmul; `what` names the graph in errors. */
export function skipZeroMatmuls(g: Graph, what = 'the graph'): Graph {
  assertInferenceGraph(g, what);
  const w = new GraphWriter(g);
  for (const n of g.nodes) {
    if (!matchSparseContraction(g, n)) {
      w.copy(n, n.inputs.map((i) => w.mapped(i)));
      continue;
    }
    const binary = matchBinaryWeight(g, n.inputs[1]!);
    const [inputs, weight] = binary ? [[n.inputs[0]!, binary.w, binary.alpha, binary.beta], 'binary' as const] : [n.inputs, 'f32' as const];
    w.forward(n.id, w.emit('skip_zero_matmul', inputs.map((i) => w.mapped(i)), { weight }, n.span));
  }
  return w.finish();
}

/** How many contractions of `g` the rewrite replaces (0: the model has no ReLU-sparse matmul). */
export function countSkipZeroMatmuls(g: Graph): number {
  return g.nodes.filter((n) => matchSparseContraction(g, n)).length;
}

/** Inference programs (prefill, decode, verify) with their ReLU-sparse contractions zero-skipping. */
export function skipZeroInference(p: InferencePrograms): InferencePrograms {
  return {
    ...p,
    prefill: skipZeroMatmuls(p.prefill, 'prefill'),
    decode: skipZeroMatmuls(p.decode, 'decode'),
    ...(p.verify ? { verify: skipZeroMatmuls(p.verify, 'verify') } : {}),
  };
}
