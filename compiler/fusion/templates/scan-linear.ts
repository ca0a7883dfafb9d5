// Which scans are linear recurrences: every new state is a ⊙ s + b, with a
// and b free of EVERY state (transitively), so T steps compose into one
// affine map per chunk of steps and a GPU can run the chunks in parallel
// (scan-chunked.ts). A pure function of the scan's body graph.
//
// The body writes the update in any order (exp(Δ·A) * h + Δ·B·x, S * g + k vᵀ,
// (λ + q dyᵀ) * g in a backward scan), so the state's path to the new state is
// read as an affine expression: each node on it is a sum of terms, each term a
// product of state-free body values (times ±1) and at most one factor of the
// state. Broadcasting needs no special case: binary ops in the IR take equal
// shapes, so a broadcast coefficient (GLA's exp(g)[..., None]) is an `expand`
// node that does not depend on the state, i.e. one factor.
import type { Graph, Node, NodeId, OpAttrs } from '../../graph/types.ts';

/** ±Π factors / Π divisors, each a body node of the state's element count (read at the same flat index). */
export interface Term {
  readonly sign: 1 | -1;
  readonly factors: readonly NodeId[];
  readonly divisors: readonly NodeId[];
}

/** State i's update: new s_i = (Σ a) ⊙ s_i + Σ b, elementwise. An empty sum is 0. */
export interface LinearUpdate {
  readonly a: readonly Term[];
  readonly b: readonly Term[];
}

export type Linearity =
  | { readonly linear: true; readonly states: readonly LinearUpdate[] }
  | { readonly linear: false; readonly reason: string };

/** The affine form of one node in the state s_i: Σ a ⊙ s_i + Σ b. */
interface Affine {
  readonly a: Term[];
  readonly b: Term[];
}

const ONE: Term = { sign: 1, factors: [], divisors: [] };
const negate = (t: Term): Term => ({ ...t, sign: t.sign === 1 ? -1 : 1 });
const scale = (t: Term, by: NodeId, divide: boolean): Term =>
  (divide ? { ...t, divisors: [...t.divisors, by] } : { ...t, factors: [...t.factors, by] });

/** Where a body node comes from in the program, for the reasons. */
function where(n: Node): string {
  return `body node %${n.id} (${n.op})${n.span ? ` at ${n.span.file}:${n.span.line}:${n.span.col}` : ''}`;
}

/**
 * The linearity verdict of a scan body: `nState` states read as input leaves
 * `s<i>` and yielded as the first nState outputs.
 */
export function scanLinearity(body: Graph, nState: number): Linearity {
  const stateOf = new Map<NodeId, number>();
  for (const n of body.nodes) {
    const m = n.op === 'input' ? /^s(\d+)$/.exec((n.attrs as OpAttrs['input']).name) : null;
    if (m) stateOf.set(n.id, Number(m[1]));
  }
  // The states each node depends on, transitively (nodes are in topological order).
  const deps: Set<number>[] = [];
  for (const n of body.nodes) {
    const d = new Set<number>();
    const s = stateOf.get(n.id);
    if (s !== undefined) d.add(s);
    for (const i of n.inputs) for (const x of deps[i]!) d.add(x);
    deps[n.id] = d;
  }
  const states: LinearUpdate[] = [];
  const reasons: string[] = [];
  for (let i = 0; i < nState; i++) {
    const memo = new Map<NodeId, Affine | string>();
    const affine = (id: NodeId): Affine | string => {
      const known = memo.get(id);
      if (known) return known;
      const r = decompose(body, id, i, deps, stateOf, affine);
      memo.set(id, r);
      return r;
    };
    const r = affine(body.outputs[i]!.node);
    if (typeof r === 'string') reasons.push(`state ${i} is not a ⊙ s${i} + b: ${r}`);
    else states.push(r);
  }
  return reasons.length > 0 ? { linear: false, reason: reasons.join('; ') } : { linear: true, states };
}

function decompose(
  body: Graph,
  id: NodeId,
  i: number,
  deps: readonly Set<number>[],
  stateOf: ReadonlyMap<NodeId, number>,
  affine: (id: NodeId) => Affine | string,
): Affine | string {
  const n = body.nodes[id]!;
  if (deps[id]!.size === 0) return { a: [], b: [{ sign: 1, factors: [id], divisors: [] }] };
  const s = stateOf.get(id);
  if (s === i) return { a: [ONE], b: [] };
  if (s !== undefined) return `it reads state ${s} (${where(n)}), so its b is not free of the states`;
  const other = [...deps[id]!].find((x) => x !== i);
  const operand = (j: number) => affine(n.inputs[j]!);
  switch (n.op) {
    case 'reshape': case 'stop_grad': case 'grad_as': return operand(0);
    case 'unary': {
      if ((n.attrs as OpAttrs['unary']).op !== 'neg') break;
      const x = operand(0);
      return typeof x === 'string' ? x : { a: x.a.map(negate), b: x.b.map(negate) };
    }
    case 'binary': {
      const op = (n.attrs as OpAttrs['binary']).op;
      if (op === 'add' || op === 'sub') {
        const x = operand(0);
        if (typeof x === 'string') return x;
        const y = operand(1);
        if (typeof y === 'string') return y;
        const sy = (t: Term) => (op === 'sub' ? negate(t) : t);
        return { a: [...x.a, ...y.a.map(sy)], b: [...x.b, ...y.b.map(sy)] };
      }
      if (op === 'mul' || op === 'div') {
        const [lhs, rhs] = n.inputs as [NodeId, NodeId];
        // One side must be free of the states: it scales the other side's terms.
        const free = deps[rhs]!.size === 0 ? rhs : op === 'mul' && deps[lhs]!.size === 0 ? lhs : undefined;
        if (free === undefined) {
          const on = (x: NodeId) => [...deps[x]!].map((j) => `s${j}`).join(', ');
          return `${where(n)} ${op === 'mul' ? 'multiplies' : 'divides'} a value of ${on(lhs)} by a value of ${on(rhs)}`;
        }
        const x = affine(free === rhs ? lhs : rhs);
        if (typeof x === 'string') return x;
        return { a: x.a.map((t) => scale(t, free, op === 'div')), b: x.b.map((t) => scale(t, free, op === 'div')) };
      }
      break;
    }
    default: break;
  }
  const through = other === undefined ? `s${i}` : `state ${other}`;
  return `it depends on ${through} through ${where(n)}, which is not an add, sub, mul, div by a state-free value, neg or reshape`;
}

/** The body nodes a linear update's coefficients read (the terms' factors and divisors). */
export function coefficientNodes(u: LinearUpdate): NodeId[] {
  return [...new Set([...u.a, ...u.b].flatMap((t) => [...t.factors, ...t.divisors]))];
}
