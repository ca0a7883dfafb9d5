// The graph rewrite behind packed binary inference: BinaryLinear's weight
// W̃ = α ⊙ sign(W) + β (std/lowbit.loom; α, β per input row, broadcast along
// the outputs) read by a contraction y = x · W̃ becomes
//
//   y = sign_matmul(x ⊙ α, packed sign(W)) + (x · β)     (x · β summed over K, broadcast over N)
//
// so W is stored and read as one bit per weight (compiler/quant/sign1.ts) and
// no f32 W̃ is ever formed. The pattern is recognised structurally, on the
// graph elaboration gives (before the pass pipeline):
//   add(mul(expand(reshape(α → [K, 1])), S), expand(reshape(β → [K, 1])))
// with S = sign(W) or grad_as(sign(W), W). The weight keeps its name; its
// state tensor is the packed words [N, ⌈K/24⌉]. α and β stay f32 params.
import { parseEinsum } from '../graph/ops/einsum.ts';
import type { Graph, Node, NodeId, OpAttrs } from '../graph/types.ts';
import { GraphWriter } from '../passes/writer.ts';
import { signWords } from './sign1.ts';

/** A binary weight as the graph builds it: the W, α and β params and the nodes that form W̃. */
export interface BinaryWeight {
  readonly name: string;
  readonly w: NodeId;
  readonly alpha: NodeId;
  readonly beta: NodeId;
  /** The nodes of W̃ = α ⊙ S + β that read W (sign, grad_as, mul, add): replaced, never copied. */
  readonly chain: readonly NodeId[];
  /** The add node: W̃ itself. */
  readonly value: NodeId;
  readonly K: number;
  readonly N: number;
}

const paramName = (n: Node): string => (n.attrs as OpAttrs['param']).name;

/** The 1-D param [K] that `id` broadcasts as [K, 1] → [K, N] (expand of reshape of param), if that is what it is. */
function columnParam(g: Graph, id: NodeId, K: number): NodeId | undefined {
  const e = g.nodes[id]!;
  if (e.op !== 'expand') return undefined;
  const r = g.nodes[e.inputs[0]!]!;
  if (r.op !== 'reshape' || r.type.shape.length !== 2 || r.type.shape[0] !== K || r.type.shape[1] !== 1) return undefined;
  const p = g.nodes[r.inputs[0]!]!;
  return p.op === 'param' && p.type.shape.length === 1 && p.type.shape[0] === K ? p.id : undefined;
}

/** W̃ at node `id`, if it is BinaryLinear's α ⊙ sign(W) + β. */
export function matchBinaryWeight(g: Graph, id: NodeId): BinaryWeight | undefined {
  const add = g.nodes[id]!;
  if (add.op !== 'binary' || (add.attrs as OpAttrs['binary']).op !== 'add' || add.type.shape.length !== 2) return undefined;
  const [K, N] = add.type.shape as [number, number];
  const mul = g.nodes[add.inputs[0]!]!;
  if (mul.op !== 'binary' || (mul.attrs as OpAttrs['binary']).op !== 'mul') return undefined;
  const alpha = columnParam(g, mul.inputs[0]!, K);
  const beta = columnParam(g, add.inputs[1]!, K);
  let s = g.nodes[mul.inputs[1]!]!;
  const chain: NodeId[] = [add.id, mul.id];
  if (s.op === 'grad_as') {
    chain.push(s.id);
    s = g.nodes[s.inputs[0]!]!;
  }
  if (alpha === undefined || beta === undefined || s.op !== 'unary' || (s.attrs as OpAttrs['unary']).op !== 'sign') return undefined;
  const w = g.nodes[s.inputs[0]!]!;
  if (w.op !== 'param' || w.type.shape[0] !== K || w.type.shape[1] !== N) return undefined;
  chain.push(s.id);
  return { name: paramName(w), w: w.id, alpha, beta, chain, value: add.id, K, N };
}

/** The binary weights of `g` (name → [K, N]): what `loom quantize --format binary` packs. */
export function binaryWeights(g: Graph): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const n of g.nodes) {
    const m = matchBinaryWeight(g, n.id);
    if (m) out.set(m.name, [m.K, m.N]);
  }
  return out;
}

/** `g` with every contraction by a binary weight in `weights` done by sign_matmul on its packed signs. */
export function packBinaryMatmuls(g: Graph, weights: ReadonlyMap<string, readonly [number, number]>): Graph {
  const matches = g.nodes.map((n) => matchBinaryWeight(g, n.id)).filter((m): m is BinaryWeight => m !== undefined && weights.has(m.name));
  const byValue = new Map(matches.map((m) => [m.value, m]));
  const weightOf = new Map(matches.flatMap((m) => [m.w, ...m.chain].map((id) => [id, m.name] as const)));
  const readers = new Map<NodeId, NodeId[]>();
  for (const n of g.nodes) for (const i of n.inputs) readers.set(i, [...(readers.get(i) ?? []), n.id]);
  const found = new Set(matches.map((m) => m.name));
  const missing = [...weights.keys()].filter((name) => !found.has(name));
  if (missing.length) throw new Error(`binary: the model has no binary weight ${missing.map((m) => `"${m}"`).join(', ')} (α ⊙ sign(W) + β, std.lowbit BinaryLinear)`);
  const w = new GraphWriter(g);
  const packed = new Map<NodeId, NodeId>();
  for (const n of g.nodes) {
    const name = weightOf.get(n.id);
    if (name !== undefined) {
      const m = matches.find((x) => x.w === n.id);
      if (m) packed.set(m.w, w.append('param', [], n.attrs as OpAttrs['param'], { shape: [m.N, signWords(m.K)], dtype: 'f32' }, n.span));
      // W, its sign and W̃ are not in the rewritten graph: only W̃'s contraction may read them from outside.
      for (const r of readers.get(n.id) ?? []) {
        if (!weightOf.has(r) && !(byValue.has(n.id) && g.nodes[r]!.op === 'einsum')) {
          throw new Error(`binary: weight "${name}" is read by ${g.nodes[r]!.op} %${r}, not only through α ⊙ sign(W) + β by a contraction`);
        }
      }
      continue;
    }
    const m = n.op === 'einsum' ? n.inputs.map((i) => byValue.get(i)).find((x) => x !== undefined) : undefined;
    if (!m) {
      w.copy(n, n.inputs.map((i) => w.mapped(i)));
      continue;
    }
    w.forward(n.id, rewriteContraction(w, n, m, packed.get(m.w)!));
  }
  return w.finish();
}

/** y = sign_matmul(x ⊙ α, packed) + (x · β) for einsum("… c, c n -> … n", x, W̃). */
function rewriteContraction(w: GraphWriter, n: Node, m: BinaryWeight, packed: NodeId): NodeId {
  const spec = parseEinsum((n.attrs as OpAttrs['einsum']).spec);
  const at = n.inputs.indexOf(m.value);
  const [c, out] = [...spec.inputs[at]!] as [string, string];
  const xl = spec.inputs[1 - at]!;
  const free = xl.slice(0, -1);
  if (at !== 1 || xl[xl.length - 1] !== c || spec.output !== free + out) {
    throw new Error(`binary: weight "${m.name}" is contracted as "${(n.attrs as OpAttrs['einsum']).spec}"; packing needs the form "… ${c}, ${c}${out} -> … ${out}" (x @ W̃)`);
  }
  const x = w.mapped(n.inputs[0]!);
  const alpha = w.mapped(m.alpha);
  const beta = w.mapped(m.beta);
  const xa = w.emit('einsum', [x, alpha], { spec: `${xl},${c}->${xl}` }, n.span);
  const ys = w.emit('sign_matmul', [xa, packed], {}, n.span);
  const xb = w.emit('einsum', [x, beta], { spec: `${xl},${c}->${free}` }, n.span);
  const shape = w.node(ys).type.shape;
  const col = w.emit('reshape', [xb], { shape: [...shape.slice(0, -1), 1] }, n.span);
  return w.emit('binary', [ys, w.emit('expand', [col], { shape: [...shape] }, n.span)], { op: 'add' }, n.span);
}
