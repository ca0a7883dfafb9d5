// The CPU's attention merge: attention parts that read the same operands
// become one packed part, so one kernel computes what several recomputed
// (graph/ops/attention.ts):
//
//   dq, dk, dv on the same q, k, dO, L (and v, D)  →  dqkv   [dq | dk | dv]
//   out and lse on the same q, k                    →  out_lse [o | L]
//
// Each merged part becomes a view of the packed result (slice + reshape, no
// copy), so every reader is unchanged. Any two of dq, dk, dv merge (the
// packed kernel computes the third too: one more small product per tile);
// a lone part stays as is, and so does a forward without its lse (inference).
//
// Run by compileGraph after optimizeGraph, after autodiff, and only for a
// target with the `gemm` intrinsic (the CPU): the packed kernels are the
// tiled CPU ones (fusion/templates/attention-tiled*.ts); GPU lowerings keep
// one kernel per part and refuse packed parts.
//
// The merged node sits where the first of its parts was; an operand the
// other parts read but that comes later (a D computed after dv) is emitted
// before it, with everything it needs. Parts where one feeds another's
// operands cannot merge (that would be a cycle) and are left apart; so is
// every part when two merges would feed each other (dv of one attention the
// values of another whose lse feeds the first's D: only a graph that
// differentiates through a gradient could), which the ordering detects.
import { ATTENTION_INPUTS, attentionDims, attentionPieces } from '../graph/ops/attention.ts';
import type { AttentionPart, Graph, Node, NodeId, OpAttrs } from '../graph/types.ts';
import { numel } from '../graph/types.ts';
import type { TargetSpec } from '../target.ts';
import { GraphWriter, attrKey } from './writer.ts';

type Attention = Node<'attention'>;

interface Merge {
  readonly part: Extract<AttentionPart, 'out_lse' | 'dqkv'>;
  readonly members: readonly Attention[];
  /** The packed part's operands (ATTENTION_INPUTS order), from the member that reads them all. */
  readonly inputs: readonly NodeId[];
}

const isAttention = (n: Node): n is Attention => n.op === 'attention';

/** Operand `name` of attention node n. */
const operandOf = (n: Attention, name: string): NodeId => n.inputs[ATTENTION_INPUTS[n.attrs.part].indexOf(name)]!;

/** The attributes and named operands that parts must share to merge, as one key. */
function shareKey(n: Attention, names: readonly string[]): string {
  const { causal, window, scale } = n.attrs;
  return `${attrKey({ causal, window, scale })}|${names.map((x) => operandOf(n, x)).join(',')}`;
}

/** The groups of `g`'s attention parts that merge (members in node order). */
export function findAttentionMerges(g: Graph): Merge[] {
  const backward = new Map<string, Partial<Record<'dq' | 'dk' | 'dv', Attention>>>();
  const forward = new Map<string, Partial<Record<'out' | 'lse', Attention>>>();
  for (const n of g.nodes) {
    if (!isAttention(n)) continue;
    const part = n.attrs.part;
    if (part === 'dq' || part === 'dk' || part === 'dv') {
      const key = shareKey(n, ['q', 'k', 'dO', 'lse']);
      const group = backward.get(key) ?? {};
      // dq and dk read v and D too: one on other ones than the other's stays apart.
      const other = part === 'dv' ? undefined : group.dq ?? group.dk;
      const clash = other !== undefined && shareKey(n, ['v', 'delta']) !== shareKey(other, ['v', 'delta']);
      if (!group[part] && !clash) group[part] = n;
      backward.set(key, group);
    } else if (part === 'out' || part === 'lse') {
      const key = shareKey(n, ['q', 'k']);
      const group = forward.get(key) ?? {};
      if (!group[part]) group[part] = n;
      forward.set(key, group);
    }
  }
  const merges: Merge[] = [];
  for (const group of backward.values()) {
    const members = [group.dq, group.dk, group.dv].filter((x): x is Attention => x !== undefined);
    const full = group.dq ?? group.dk;
    if (members.length < 2 || !full) continue;
    merges.push({ part: 'dqkv', members, inputs: full.inputs });
  }
  for (const group of forward.values()) {
    if (!group.out || !group.lse) continue;
    merges.push({ part: 'out_lse', members: [group.out, group.lse], inputs: group.out.inputs });
  }
  return merges.filter((m) => !feedsItself(g, m)).map((m) => ({ ...m, members: [...m.members].sort((a, b) => a.id - b.id) }));
}

/** Whether a member of `m` is among the ancestors of the packed part's operands (merging would make a cycle). */
function feedsItself(g: Graph, m: Merge): boolean {
  const members = new Set(m.members.map((n) => n.id));
  const first = Math.min(...members);
  const seen = new Set<NodeId>();
  const stack = [...m.inputs];
  while (stack.length) {
    const id = stack.pop()!;
    // Node ids are topological: nothing before the first member descends from one.
    if (id < first || seen.has(id)) continue;
    if (members.has(id)) return true;
    seen.add(id);
    stack.push(...g.nodes[id]!.inputs);
  }
  return false;
}

/** The graph `target`'s kernels are fused from: merged where the target renders the `gemm` intrinsic (the CPU), else `g`. */
export function mergeAttentionFor(g: Graph, target: Pick<TargetSpec, 'gemmIntrinsic'>): Graph {
  return target.gemmIntrinsic ? mergeAttention(g) : g;
}

/** `g` with the attention parts that share operands merged into packed parts (see the header). */
export function mergeAttention(g: Graph): Graph {
  const merges = findAttentionMerges(g);
  if (merges.length === 0) return g;
  const mergeOf = new Map<NodeId, Merge>();
  for (const m of merges) for (const n of m.members) mergeOf.set(n.id, m);
  const w = new GraphWriter(g);
  /** What must be emitted before `id`: its inputs, or for a member every operand of its packed part. */
  const deps = (id: NodeId): readonly NodeId[] => mergeOf.get(id)?.inputs ?? g.nodes[id]!.inputs;

  const emitOne = (id: NodeId): void => {
    const m = mergeOf.get(id);
    if (!m) {
      const n = g.nodes[id]!;
      w.copy(n, n.inputs.map((i) => w.mapped(i)));
      return;
    }
    const first = m.members[0]!;
    const attrs: OpAttrs['attention'] = { ...first.attrs, part: m.part };
    const packed = w.emit('attention', m.inputs.map((i) => w.mapped(i)), attrs, first.span);
    const d = attentionDims(w.node(packed) as Attention, m.inputs.map((i) => g.nodes[i]!.type));
    const pieces = attentionPieces(m.part, d);
    for (const n of m.members) {
      const piece = pieces.find((p) => p.part === n.attrs.part)!;
      const slice = w.emit('slice', [packed], { starts: [piece.offset], stops: [piece.offset + numel(piece.shape)], steps: [1] }, n.span);
      w.forward(n.id, w.emit('reshape', [slice], { shape: [...piece.shape] }, n.span));
    }
  };

  // In node order; a node whose dependencies are not all written yet has them written first.
  // A node met again while its own dependencies are being written closes a cycle of merges.
  const open = new Uint8Array(g.nodes.length);
  for (const n of g.nodes) {
    const stack: NodeId[] = [n.id];
    while (stack.length) {
      const id = stack[stack.length - 1]!;
      if (w.isMapped(id)) {
        stack.pop();
        continue;
      }
      const missing = deps(id).filter((i) => !w.isMapped(i));
      if (missing.length === 0) {
        stack.pop();
        emitOne(id);
        continue;
      }
      if (open[id] || missing.some((i) => open[i])) return g;
      open[id] = 1;
      stack.push(...missing);
    }
  }
  return w.finish();
}
