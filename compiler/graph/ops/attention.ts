// Scaled dot-product attention as one structured op, so fusion can run it as
// one kernel that never holds the T×S score matrix (FlashAttention: online
// softmax over keys; the backward recomputes scores from the saved row
// log-sum-exp, FlashAttention-2).
//
// Shapes: q [..., H, T, K], k [..., G, S, K], v [..., G, S, V]; H = G·r and
// query head h uses key/value head ⌊h / r⌋ (grouped-query attention). The T
// queries are the last T of the S positions: query i sits at p = i + S − T,
// so a decode step's queries see the cache before them. Key j is visible to
// query i iff (not causal or j ≤ p) and (window = 0 or p − j < window).
//
// One op, five parts, each one kernel:
//   out  (q, k, v)                    → o    [..., H, T, V]   Σ_j P_ij v_j
//   lse  (q, k)                       → L    [..., H, T, 1]   log Σ_j exp(s_ij)
//   dq   (q, k, v, dO, L, D)          → dq   [..., H, T, K]   scale Σ_j dS_ij k_j
//   dk   (q, k, v, dO, L, D)          → dk   [..., G, S, K]   scale Σ_{h∈g, i} dS_ij q_i
//   dv   (q, k, dO, L)                → dv   [..., G, S, V]   Σ_{h∈g, i} P_ij dO_i
// with s_ij = scale · q_i·k_j, P_ij = exp(s_ij − L_i) on visible keys (0
// elsewhere), D_i = Σ_c dO_ic o_ic and dS_ij = P_ij (dO_i·v_j − D_i).
// A query that sees no key gets o = 0 and L = −∞.
//
// Two packed parts hold several of these in one result, because one kernel
// computes them together for less than apart (an op has one result, so it is
// packed f32 and 1-D, sliced back by views, as scan's is):
//   out_lse (q, k, v)                 → [o | L]          the forward keeps its row statistics
//   dqkv    (q, k, v, dO, L, D)       → [dq | dk | dv]   P, dP and dS once per visible pair
// Only the CPU's attention-merge pass (passes/attention-merge.ts) makes them,
// after autodiff; GPU lowerings refuse them.
import type { GraphBuilder } from '../builder.ts';
import type { Arr, EvalContext, OpCost, OpDef } from '../op.ts';
import type { AttentionPart, Node, NodeId, OpAttrs, Shape, TensorType } from '../types.ts';
import { fmtShape, numel } from '../types.ts';
import { fail, requireDType } from './util.ts';

/** The operands of each part, in input order. */
export const ATTENTION_INPUTS: Readonly<Record<AttentionPart, readonly string[]>> = {
  out: ['q', 'k', 'v'],
  lse: ['q', 'k'],
  dq: ['q', 'k', 'v', 'dO', 'lse', 'delta'],
  dk: ['q', 'k', 'v', 'dO', 'lse', 'delta'],
  dv: ['q', 'k', 'dO', 'lse'],
  out_lse: ['q', 'k', 'v'],
  dqkv: ['q', 'k', 'v', 'dO', 'lse', 'delta'],
};

/** A part that computes one tensor. */
export type SinglePart = 'out' | 'lse' | 'dq' | 'dk' | 'dv';

/** An attention node of a single part (what GPU lowerings take). */
export type SingleAttentionNode = Node<'attention'> & { readonly attrs: { readonly part: SinglePart } };

/** The single parts a packed part holds, in packing order. */
export const PACKED_PARTS: Readonly<Partial<Record<AttentionPart, readonly SinglePart[]>>> = {
  out_lse: ['out', 'lse'],
  dqkv: ['dq', 'dk', 'dv'],
};

/** One tensor of a part's result: a single part's whole result, or a piece of a packed one. */
export interface AttentionPiece {
  readonly part: SinglePart;
  /** Offset in the (flat) result. */
  readonly offset: number;
  readonly shape: Shape;
}

/** The sizes every part agrees on, read from q and k (and v where given). */
export interface AttentionDims {
  /** Product of the leading (batch) axes. */
  readonly batch: number;
  readonly lead: readonly number[];
  readonly H: number;
  readonly G: number;
  readonly T: number;
  readonly S: number;
  readonly K: number;
  readonly V: number;
}

/** The visible keys [lo, hi) of query i (0-based among the T queries). */
export function visibleKeys(a: OpAttrs['attention'], d: Pick<AttentionDims, 'T' | 'S'>, i: number): [number, number] {
  const p = i + d.S - d.T;
  const hi = a.causal ? Math.min(d.S, p + 1) : d.S;
  const lo = a.window > 0 ? Math.max(0, p - a.window + 1) : 0;
  return [lo, Math.max(lo, hi)];
}

function dimsOf(a: OpAttrs['attention'], inputs: readonly TensorType[]): AttentionDims {
  const names = ATTENTION_INPUTS[a.part];
  const at = (name: string) => inputs[names.indexOf(name)];
  const q = at('q')!.shape;
  const k = at('k')!.shape;
  const v = at('v')?.shape;
  const dO = at('dO')?.shape;
  const what = `attention (${a.part})`;
  for (const [name, t] of names.map((n) => [n, at(n)!] as const)) requireDType(what, t, ['f32'], name);
  if (q.length < 3) fail(`${what}: q must be [..., heads, T, K], got ${fmtShape(q)}`);
  if (k.length !== q.length) fail(`${what}: k ${fmtShape(k)} must have the rank of q ${fmtShape(q)}`);
  const r = q.length;
  const lead = q.slice(0, r - 3);
  if (k.slice(0, r - 3).some((x, i) => x !== lead[i])) fail(`${what}: the leading axes of k ${fmtShape(k)} differ from q ${fmtShape(q)}`);
  const [H, T, K] = q.slice(r - 3) as [number, number, number];
  const [G, S, Kk] = k.slice(r - 3) as [number, number, number];
  if (Kk !== K) fail(`${what}: q has ${K} features per head but k has ${Kk}`);
  if (G === 0 || H % G !== 0) fail(`${what}: ${H} query heads cannot share ${G} key/value heads (heads must be a multiple of kv heads)`);
  if (T > S) fail(`${what}: ${T} queries but only ${S} keys (the queries are the last T of the S positions)`);
  let V = K;
  if (v) {
    if (v.length !== r || v.slice(0, r - 1).some((x, i) => x !== k[i])) fail(`${what}: v ${fmtShape(v)} must match k ${fmtShape(k)} but in its last axis`);
    V = v[r - 1]!;
  }
  if (dO) {
    V = dO[r - 1]!;
    if (dO.length !== r || dO.slice(0, r - 1).some((x, i) => x !== q[i])) fail(`${what}: dO ${fmtShape(dO)} must match q ${fmtShape(q)} but in its last axis`);
    if (v && v[r - 1] !== V) fail(`${what}: dO has ${V} features but v has ${v[r - 1]}`);
  }
  const rowShape = [...lead, H, T, 1];
  for (const name of ['lse', 'delta'] as const) {
    const t = at(name);
    if (t && fmtShape(t.shape) !== fmtShape(rowShape)) fail(`${what}: ${name} must be ${fmtShape(rowShape)}, got ${fmtShape(t.shape)}`);
  }
  return { batch: numel(lead), lead, H, G, T, S, K, V };
}

function singleShape(part: SinglePart, d: AttentionDims): Shape {
  switch (part) {
    case 'out': return [...d.lead, d.H, d.T, d.V];
    case 'lse': return [...d.lead, d.H, d.T, 1];
    case 'dq': return [...d.lead, d.H, d.T, d.K];
    case 'dk': return [...d.lead, d.G, d.S, d.K];
    case 'dv': return [...d.lead, d.G, d.S, d.V];
  }
}

/** The tensors of a part's result and where they lie in it (one, at offset 0, for a single part). */
export function attentionPieces(part: AttentionPart, d: AttentionDims): AttentionPiece[] {
  let offset = 0;
  return (PACKED_PARTS[part] ?? [part as SinglePart]).map((p) => {
    const shape = singleShape(p, d);
    const piece = { part: p, offset, shape };
    offset += numel(shape);
    return piece;
  });
}

function outputShape(part: AttentionPart, d: AttentionDims): Shape {
  if (!PACKED_PARTS[part]) return singleShape(part as SinglePart, d);
  return [attentionPieces(part, d).reduce((n, p) => n + numel(p.shape), 0)];
}

/**
 * Reference evaluation, in the context's precision: a packed part is its
 * pieces evaluated one by one, each exactly as its single part would be.
 */
function evaluate(node: Node<'attention'>, inputs: readonly Arr[], types: readonly TensorType[], ctx: EvalContext): Arr {
  const d = dimsOf(node.attrs, types);
  const names = ATTENTION_INPUTS[node.attrs.part];
  const get = (name: string) => inputs[names.indexOf(name)]!;
  const out = ctx.alloc(numel(node.type.shape));
  for (const piece of attentionPieces(node.attrs.part, d)) {
    evaluatePiece({ ...node.attrs, part: piece.part }, d, get, out.subarray(piece.offset, piece.offset + numel(piece.shape)));
  }
  return out;
}

/** One single part's result into `out` (zeroed), its operands by name. */
function evaluatePiece(a: OpAttrs['attention'], d: AttentionDims, get: (name: string) => Arr, out: Arr): void {
  const q = get('q');
  const k = get('k');
  const { H, G, T, S, K, V } = d;
  const r = H / G;
  const s = new Float64Array(S);
  for (let b = 0; b < d.batch; b++) {
    for (let h = 0; h < H; h++) {
      const g = Math.floor(h / r);
      for (let i = 0; i < T; i++) {
        const qo = ((b * H + h) * T + i) * K;
        const [lo, hi] = visibleKeys(a, d, i);
        let m = -Infinity;
        for (let j = lo; j < hi; j++) {
          const ko = ((b * G + g) * S + j) * K;
          let dot = 0;
          for (let c = 0; c < K; c++) dot += q[qo + c]! * k[ko + c]!;
          s[j] = a.scale * dot;
          if (s[j]! > m) m = s[j]!;
        }
        let sum = 0;
        for (let j = lo; j < hi; j++) sum += Math.exp(s[j]! - m);
        const row = (b * H + h) * T + i;
        const lse = a.part === 'out' || a.part === 'lse' ? (hi > lo ? m + Math.log(sum) : -Infinity) : get('lse')[row]!;
        if (a.part === 'lse') {
          out[row] = lse;
          continue;
        }
        for (let j = lo; j < hi; j++) {
          const p = Math.exp(s[j]! - lse);
          const kv = (b * G + g) * S + j;
          if (a.part === 'out') {
            const v = get('v');
            for (let c = 0; c < V; c++) out[row * V + c] += p * v[kv * V + c]!;
            continue;
          }
          const dO = get('dO');
          if (a.part === 'dv') {
            for (let c = 0; c < V; c++) out[kv * V + c] += p * dO[row * V + c]!;
            continue;
          }
          const v = get('v');
          let dp = 0;
          for (let c = 0; c < V; c++) dp += dO[row * V + c]! * v[kv * V + c]!;
          const ds = p * (dp - get('delta')[row]!) * a.scale;
          if (a.part === 'dq') for (let c = 0; c < K; c++) out[row * K + c] += ds * k[kv * K + c]!;
          else for (let c = 0; c < K; c++) out[kv * K + c] += ds * q[qo + c]!;
        }
      }
    }
  }
}

/** Visible (query, key) pairs per head, summed over the T queries. */
function visiblePairs(a: OpAttrs['attention'], d: AttentionDims): number {
  let n = 0;
  for (let i = 0; i < d.T; i++) {
    const [lo, hi] = visibleKeys(a, d, i);
    n += hi - lo;
  }
  return n;
}

function cost(node: Node<'attention'>, types: readonly TensorType[]): OpCost {
  const d = dimsOf(node.attrs, types);
  const pairs = visiblePairs(node.attrs, d) * d.batch * d.H;
  // Multiply-adds per visible pair: the score (K), then the part's own products; exp counts as one.
  // dqkv: the score, dP (V), one exp, dS, then dq and dk (K each) and dv (V).
  const perPair = {
    out: d.K + d.V + 2, lse: d.K + 1, dq: 2 * d.K + d.V + 2, dk: 2 * d.K + d.V + 2, dv: d.K + d.V + 1, out_lse: d.K + d.V + 2, dqkv: 3 * d.K + 2 * d.V + 3,
  }[node.attrs.part];
  const bytesRead = types.reduce((acc, t) => acc + numel(t.shape) * 4, 0);
  return { flops: 2 * pairs * perPair, bytesRead, bytesWritten: numel(node.type.shape) * 4 };
}

/**
 * The backward of `o = attention(q, k, v)`: the row log-sum-exp is
 * recomputed (one more pass over the scores, as cheap as the forward's
 * softmax), D = rowsum(dO ⊙ o), then one kernel per gradient. On the CPU the
 * attention merge then packs lse with the forward (out_lse) and the three
 * gradients into dqkv (passes/attention-merge.ts).
 */
function vjp(node: Node<'attention'>, grad: NodeId, b: GraphBuilder): (NodeId | null)[] {
  const a = node.attrs;
  if (a.part !== 'out') throw new Error(`attention (${a.part}) has no gradient: it is itself part of attention's backward`);
  const [q, k, v] = node.inputs as [NodeId, NodeId, NodeId];
  const lse = b.attention({ ...a, part: 'lse' }, [q, k]);
  const rank = b.shape(grad).length;
  const delta = b.sum(b.mul(grad, node.id), [rank - 1], true);
  return [
    b.attention({ ...a, part: 'dq' }, [q, k, v, grad, lse, delta]),
    b.attention({ ...a, part: 'dk' }, [q, k, v, grad, lse, delta]),
    b.attention({ ...a, part: 'dv' }, [q, k, grad, lse]),
  ];
}

export const attentionDef: OpDef<'attention'> = {
  name: 'attention',
  arity: [2, 6],
  infer(attrs, inputs) {
    const want = ATTENTION_INPUTS[attrs.part];
    if (!want) fail(`attention: unknown part "${String(attrs.part)}"`);
    if (inputs.length !== want.length) fail(`attention (${attrs.part}) takes ${want.length} inputs (${want.join(', ')}), got ${inputs.length}`);
    if (!(attrs.window >= 0 && Number.isInteger(attrs.window))) fail(`attention: window must be a non-negative integer, got ${attrs.window}`);
    if (!Number.isFinite(attrs.scale)) fail(`attention: scale must be finite, got ${attrs.scale}`);
    return { shape: outputShape(attrs.part, dimsOf(attrs, inputs)), dtype: 'f32' };
  },
  evaluate,
  vjp,
  cost,
};

/** Sizes of an attention node, for lowering and cost. */
export function attentionDims(node: Node<'attention'>, inputTypes: readonly TensorType[]): AttentionDims {
  return dimsOf(node.attrs, inputTypes);
}
