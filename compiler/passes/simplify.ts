// Local algebraic simplification, one forward sweep. Each node is offered to
// the rules with its inputs already simplified, so chains collapse in one
// pass (reshape∘reshape∘reshape, const → neg → mul). A rule either forwards
// the node to an existing value, or replaces it by another node, which is
// offered to the rules again. Nodes left without consumers (the inner
// reshape of a folded pair, say) are removed by `dce`, which runs after this
// in the pipeline.
//
// The rules:
//   - constant folding of nodes whose inputs are all constants (see fold.ts),
//     `expand` of a constant included; iota over an axis of size 1 is 0
//   - x·1, 1·x, x+0, 0+x, x−0, x/1 → x; a cast to the value's own dtype → x
//   - where with a constant condition, or with equal branches → that branch
//   - reshape∘reshape, permute∘permute, expand∘expand compose; reshape,
//     permute, expand, slice and pad that change nothing → their input
//   - a one-operand einsum → reduce (sum) + reshape + permute, so fusion
//     only ever sees two-operand contractions
//   - permute of an einsum nothing else reads → the einsum writing its output
//     in the permuted order (a transpose would otherwise cost a copy kernel
//     when a reshape follows it)
//   - stop_grad → its input and grad_as → its value input: both are
//     identities in value and only matter to autodiff, so this must only run
//     on graphs that will not be differentiated again (the default; pass
//     keepGradientControl to keep them)
import { parseEinsum } from '../graph/ops/einsum.ts';
import type { Graph, Node, NodeId, OpAttrs, OpName, TensorType } from '../graph/types.ts';
import { shapeEq } from '../graph/types.ts';
import { foldConstant } from './fold.ts';
import { GraphWriter } from './writer.ts';

export interface SimplifyOptions {
  /** Keep stop_grad and grad_as (the graph will be differentiated later). Default false. */
  keepGradientControl?: boolean;
}

/** A node as the rules see it: inputs are ids in the new graph. */
interface NodeCandidate {
  op: OpName;
  attrs: unknown;
  inputs: NodeId[];
  type: TensorType;
  span?: Node['span'];
}

/** What a rule decides: use an existing new node, or try this other candidate instead. */
type RuleOutcome = { forward: NodeId } | { replace: NodeCandidate } | null;

/** The rewrite state: the graph being written, and how many consumers each new node will have. */
interface Rewrite {
  readonly w: GraphWriter;
  /** Readers of each new node: the old readers of every old node mapped to it (outputs and updates count). */
  readonly uses: Map<NodeId, number>;
  readonly opts: SimplifyOptions;
}

type Rule = (c: NodeCandidate, r: Rewrite) => RuleOutcome;

export function simplify(g: Graph, opts: SimplifyOptions = {}): Graph {
  const w = new GraphWriter(g);
  const oldUses = new Array<number>(g.nodes.length).fill(0);
  for (const n of g.nodes) for (const i of n.inputs) oldUses[i]!++;
  for (const r of [...g.outputs, ...g.updates]) oldUses[r.node]!++;
  const rw: Rewrite = { w, uses: new Map(), opts };
  for (const n of g.nodes) {
    let c: NodeCandidate = { op: n.op, attrs: n.attrs, inputs: n.inputs.map((i) => w.mapped(i)), type: n.type, span: n.span };
    let forwarded: NodeId | undefined;
    // Every replacement is strictly simpler (fewer or folded nodes), so this terminates; the bound is a guard.
    for (let round = 0; round < 16 && forwarded === undefined; round++) {
      const out = applyRules(c, rw);
      if (!out) break;
      if ('forward' in out) forwarded = out.forward;
      else c = out.replace;
    }
    const id = forwarded ?? w.append(c.op, c.inputs, c.attrs as never, c.type, c.span);
    w.forward(n.id, id);
    rw.uses.set(id, (rw.uses.get(id) ?? 0) + oldUses[n.id]!);
  }
  return w.finish();
}

function applyRules(c: NodeCandidate, r: Rewrite): RuleOutcome {
  for (const rule of RULES) {
    const out = rule(c, r);
    if (out) return out;
  }
  return null;
}

const constValue = (w: GraphWriter, id: NodeId): number | undefined => {
  const n = w.node(id);
  return n.op === 'const' ? (n.attrs as OpAttrs['const']).value : undefined;
};

const asConst = (c: NodeCandidate, value: number): RuleOutcome => ({ replace: { op: 'const', attrs: { value }, inputs: [], type: c.type, span: c.span } });

const gradientControl: Rule = (c, { opts }) => {
  if (opts.keepGradientControl) return null;
  return c.op === 'stop_grad' || c.op === 'grad_as' ? { forward: c.inputs[0]! } : null;
};

const foldConstants: Rule = (c, { w }) => {
  if (c.op === 'iota') {
    const axis = (c.attrs as OpAttrs['iota']).axis;
    return c.type.shape[axis] === 1 ? asConst(c, 0) : null;
  }
  if (c.inputs.length === 0) return null;
  const values = c.inputs.map((i) => constValue(w, i));
  if (values.some((v) => v === undefined)) return null;
  const node = { id: -1, op: c.op, attrs: c.attrs, inputs: c.inputs, type: c.type } as Node;
  const v = foldConstant(node, values as number[], c.inputs.map((i) => w.node(i).type));
  return v === undefined ? null : asConst(c, v);
};

/** The operand that survives x·1, x+0, x−0, x/1 (and 1·x, 0+x), if any. */
const neutralOperands: Rule = (c, { w }) => {
  if (c.op === 'cast') return w.node(c.inputs[0]!).type.dtype === c.type.dtype ? { forward: c.inputs[0]! } : null;
  if (c.op !== 'binary') return null;
  const op = (c.attrs as OpAttrs['binary']).op;
  const [x, y] = c.inputs as [NodeId, NodeId];
  const cx = constValue(w, x);
  const cy = constValue(w, y);
  const neutral = op === 'mul' || op === 'div' ? 1 : op === 'add' || op === 'sub' ? 0 : undefined;
  if (neutral === undefined) return null;
  if (cy === neutral) return { forward: x };
  if (cx === neutral && (op === 'mul' || op === 'add')) return { forward: y };
  return null;
};

const selectBranch: Rule = (c, { w }) => {
  if (c.op !== 'where') return null;
  const [cond, x, y] = c.inputs as [NodeId, NodeId, NodeId];
  if (x === y) return { forward: x };
  const v = constValue(w, cond);
  return v === undefined ? null : { forward: v !== 0 ? x : y };
};

const movement: Rule = (c, { w }) => {
  const x = c.inputs[0]!;
  const inner = x === undefined ? undefined : w.node(x);
  switch (c.op) {
    case 'reshape':
      if (shapeEq(inner!.type.shape, c.type.shape)) return { forward: x };
      if (inner!.op === 'reshape') return { replace: { ...c, inputs: [inner!.inputs[0]!] } };
      return null;
    case 'permute': {
      const perm = (c.attrs as OpAttrs['permute']).perm;
      if (perm.every((p, i) => p === i)) return { forward: x };
      if (inner!.op !== 'permute') return null;
      // Output axis k is the inner permute's axis perm[k], which is x's axis innerPerm[perm[k]].
      const innerPerm = (inner!.attrs as OpAttrs['permute']).perm;
      return { replace: { ...c, attrs: { perm: perm.map((p) => innerPerm[p]!) }, inputs: [inner!.inputs[0]!] } };
    }
    case 'expand':
      if (shapeEq(inner!.type.shape, c.type.shape)) return { forward: x };
      // An axis the outer expand broadcasts is size 1 in the inner result, hence in its input too.
      if (inner!.op === 'expand') return { replace: { ...c, inputs: [inner!.inputs[0]!] } };
      return null;
    case 'slice': {
      const { starts, steps } = c.attrs as OpAttrs['slice'];
      const whole = starts.every((s) => s === 0) && shapeEq(inner!.type.shape, c.type.shape) && steps.every((s, i) => s === 1 || c.type.shape[i]! <= 1);
      return whole ? { forward: x } : null;
    }
    case 'pad':
      return shapeEq(inner!.type.shape, c.type.shape) ? { forward: x } : null;
    default:
      return null;
  }
};

/** A one-operand einsum is a sum over the axes it drops, then a transpose. */
const singleOperandEinsum: Rule = (c, { w }) => {
  if (c.op !== 'einsum' || c.inputs.length !== 1) return null;
  const spec = parseEinsum((c.attrs as OpAttrs['einsum']).spec);
  const letters = spec.inputs[0]!;
  let x = c.inputs[0]!;
  const summed = [...letters].flatMap((l, i) => (spec.output.includes(l) ? [] : [i]));
  if (summed.length > 0) {
    const reduced = w.emit('reduce', [x], { op: 'sum', axes: summed }, c.span);
    const kept = w.node(reduced).type.shape.filter((_, i) => !summed.includes(i));
    x = w.emit('reshape', [reduced], { shape: kept }, c.span);
  }
  const remaining = [...letters].filter((l) => spec.output.includes(l));
  const perm = [...spec.output].map((l) => remaining.indexOf(l));
  return { replace: { op: 'permute', attrs: { perm }, inputs: [x], type: c.type, span: c.span } };
};

/** permute(einsum(...)) → einsum(...) with the output letters permuted, when the permute is the einsum's only reader. */
const transposedContraction: Rule = (c, { w, uses }) => {
  if (c.op !== 'permute') return null;
  const e = w.node(c.inputs[0]!);
  if (e.op !== 'einsum' || uses.get(e.id) !== 1) return null;
  const spec = parseEinsum((e.attrs as OpAttrs['einsum']).spec);
  const output = (c.attrs as OpAttrs['permute']).perm.map((p) => spec.output[p]!).join('');
  return { replace: { op: 'einsum', attrs: { spec: `${spec.inputs.join(',')}->${output}` }, inputs: [...e.inputs], type: c.type, span: c.span } };
};

const RULES: readonly Rule[] = [gradientControl, foldConstants, neutralOperands, selectBranch, movement, singleOperandEinsum, transposedContraction];
