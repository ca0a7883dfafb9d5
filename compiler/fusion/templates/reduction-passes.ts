// The loops of a row kernel (reduction.ts): which reduces run in which pass
// over a row, which pass each per-element write joins, and which per-element
// values one loop keeps for a later one.
//
//  passes: a reduce runs in the first pass after every row statistic its
//          input depends on (softmax: max, then Σexp; LayerNorm: mean, then
//          variance). Reduces that do not depend on one another share a pass.
//  writes: an element-level write runs in the first loop where everything it
//          reads is known — often a pass that walks the row anyway (LayerNorm
//          writes x − mean during the variance pass; a bias gradient's input
//          is written while it is summed) — and only otherwise in the map
//          after the last pass. A loop over the row is then saved whenever
//          every write finds a pass.
//  kept:   element-level values are recomputed in each loop that needs them
//          (they are not stored). When a later loop needs a value an earlier
//          one computed, for the same column, and recomputing it costs more
//          than reading it back (an exp: cross-entropy's exp(x − max), summed
//          in one pass and needed again by the gradient), the earlier loop
//          stores it in a per-row scratch array and the later one reads it.
//          Decided on the stage's nodes and their op costs, for any kernel.
import type { KExpr } from '../../kernel/ir.ts';
import { walkExpr } from '../../kernel/ir.ts';
import { k } from '../../kernel/build.ts';
import { BINARY, UNARY, castValue, valueType, whereValue } from '../../kernel/lower/ops.ts';
import type { StageLowering } from '../../kernel/lower/stage-kernel.ts';
import { inputSources, type StageNode, type StageWrite } from '../../kernel/lower/stages.ts';
import type { Node, NodeId, OpAttrs } from '../../graph/types.ts';
import type { Level } from '../types.ts';
import { reshapeView, type View } from '../view.ts';

/** A value one loop computes and stores per column for later loops to read. */
export interface KeptValue {
  readonly node: NodeId;
  /** The loop that computes and stores it. */
  readonly from: number;
  /** The later loops that read it instead of recomputing it. */
  readonly readers: readonly number[];
}

export interface RowLoops {
  /** The reduces of each pass, in order. */
  readonly passes: readonly StageNode[][];
  /** The element-level writes of each loop: the passes, then the map after them (index passes.length). */
  readonly writes: readonly StageWrite[][];
  readonly kept: readonly KeptValue[];
}

/** Recompute cost (see exprCost) from which a value is kept rather than recomputed: a load and three operations. */
export const KEEP_MIN_COST = 4;
/** Longest row (elements) whose values are kept: beyond it the scratch arrays leave the caches. */
export const KEEP_MAX_COLS = 1 << 16;

/**
 * The loops of a reduction stage whose reduces read at `inner`; `keep`
 * allows per-row scratch (serial launches with rows of `cols` elements).
 */
export function planRowLoops(s: StageLowering, inner: Level, keep: boolean, cols: number): RowLoops {
  const { passes, ready } = schedulePasses(s, inner);
  const elementWrites = s.stage.writes.filter((w) => w.level === inner && !w.partial);
  const writes: StageWrite[][] = Array.from({ length: passes.length + 1 }, () => []);
  for (const w of elementWrites) writes[Math.min(ready.get(w.node) ?? 0, passes.length)]!.push(w);
  const loops = passes.length + (writes[passes.length]!.length > 0 ? 1 : 0);
  const kept = keep && loops > 1 && cols <= KEEP_MAX_COLS ? keptValues(s, inner, passes, writes) : [];
  return { passes, writes, kept };
}

/** The stage's reduces reading at `inner`, grouped into passes by dependence on earlier reductions. */
function schedulePasses(s: StageLowering, inner: Level): { passes: StageNode[][]; ready: Map<NodeId, number> } {
  // ready: how many passes must have run before a node's value is known.
  const ready = new Map<NodeId, number>();
  const passes: StageNode[][] = [];
  for (const sn of s.stage.nodes) {
    let after = 0;
    for (const src of inputSources(s.p, s.stage.group, sn)) {
      if (src.kind === 'internal' && ready.has(src.source)) after = Math.max(after, ready.get(src.source)!);
    }
    const isReduce = s.p.graph.nodes[sn.node]!.op === 'reduce' && sn.readsAt === inner;
    if (isReduce) (passes[after] ??= []).push(sn);
    ready.set(sn.node, isReduce ? after + 1 : after);
  }
  // A reduce's pass is one past the latest pass it depends on, so no pass is empty; keep the check cheap and explicit.
  if (passes.some((p) => p === undefined)) throw new Error(`lowering: k${s.stage.group.id} has an empty pass`);
  return { passes, ready };
}

/**
 * Walks the loops in order, each from what it must produce (its reduces'
 * inputs, its writes) down through the element-level values of the stage;
 * a value an earlier loop computed and that costs at least KEEP_MIN_COST to
 * recompute is read back from that loop's scratch instead, and the walk
 * stops there.
 */
function keptValues(s: StageLowering, inner: Level, passes: readonly StageNode[][], writes: readonly StageWrite[][]): KeptValue[] {
  const g = s.p.graph;
  const members = new Map(s.stage.nodes.map((sn) => [sn.node, sn]));
  const elementInputs = (id: NodeId): { deps: NodeId[]; loads: number } => {
    const deps: NodeId[] = [];
    let loads = 0;
    for (const src of inputSources(s.p, s.stage.group, members.get(id)!)) {
      const m = src.kind === 'internal' ? members.get(src.source) : undefined;
      // A load that changes along the row costs one; a generated value (an iota: the column) or one the row
      // broadcasts (a target index, a scalar) is computed once per row or costs next to nothing.
      if (!m) loads += src.kind === 'load' && (src.load.generated || rowInvariant(src.load.view)) ? 0 : 1;
      else if (m.level === inner && g.nodes[m.node]!.op !== 'reduce') deps.push(m.node);
      // else a row value (a statistic, or a value computed once per row): free per element
    }
    return { deps, loads };
  };
  const { shape, reduceAxes } = s.stage.group.space;
  const rowInvariant = (view: View) => {
    const onSpace = reshapeView(view, shape);
    return onSpace !== null && reduceAxes.every((a) => onSpace.strides[a] === 0 || shape[a] === 1);
  };
  const costs = new Map<NodeId, number>();
  const cost = (id: NodeId): number => {
    let c = costs.get(id);
    if (c === undefined) {
      const { deps, loads } = elementInputs(id);
      c = opCost(g.nodes[id]!, (v) => g.nodes[v]!.type.dtype) + loads + deps.reduce((acc, d) => acc + cost(d), 0);
      costs.set(id, c);
    }
    return c;
  };
  const worthKeeping = (id: NodeId) => g.nodes[id]!.type.dtype === 'f32' && cost(id) >= KEEP_MIN_COST;

  // What each loop produces: its reduces' inputs and its writes (the map: writes only, when it has any).
  const loops = writes[passes.length]!.length > 0 ? passes.length + 1 : passes.length;
  const roots = Array.from({ length: loops }, (_, loop) => [
    ...(passes[loop] ?? []).flatMap((sn) => elementInputs(sn.node).deps),
    ...writes[loop]!.map((w) => w.node),
  ]);
  const firstLoop = new Map<NodeId, number>();
  const readers = new Map<NodeId, number[]>();
  roots.forEach((list, loop) => {
    const seen = new Set<NodeId>();
    const visit = (id: NodeId) => {
      if (seen.has(id)) return;
      seen.add(id);
      const from = firstLoop.get(id);
      if (from !== undefined && from < loop && worthKeeping(id)) {
        readers.set(id, [...(readers.get(id) ?? []), loop]);
        return;
      }
      if (from === undefined) firstLoop.set(id, loop);
      for (const d of elementInputs(id).deps) visit(d);
    };
    for (const id of list) visit(id);
  });
  return [...readers].map(([node, r]) => ({ node, from: firstLoop.get(node)!, readers: r }));
}

/**
 * The cost of a node's own operation, from the kernel expression it lowers
 * to (ops.ts, the one op table): one per operation, more for the slow ones.
 */
function opCost(n: Node, dtypeOf: (id: NodeId) => Node['type']['dtype']): number {
  const arg = (i: number) => k.variable(`a${i}`, valueType(dtypeOf(n.inputs[i]!)));
  const inDtype = n.inputs.length > 0 ? dtypeOf(n.inputs[0]!) : n.type.dtype;
  switch (n.op) {
    case 'unary': return exprCost(UNARY[(n.attrs as OpAttrs['unary']).op](arg(0), inDtype));
    case 'binary': return exprCost(BINARY[(n.attrs as OpAttrs['binary']).op](arg(0), arg(1), inDtype));
    case 'where': return exprCost(whereValue(arg(0), arg(1), arg(2)));
    case 'cast': return exprCost(castValue(arg(0), inDtype, (n.attrs as OpAttrs['cast']).to));
    default: return 1;
  }
}

/** Relative cost of evaluating an expression: transcendental functions ≈ 8 simple operations, divisions and roots 4. */
const SLOW: Readonly<Record<string, number>> = {
  exp: 8, log: 8, sin: 8, cos: 8, tanh: 8, erf: 8, atan: 8, log1p: 8, expm1: 8, pow: 8,
  sqrt: 4, rsqrt: 4, recip: 4, div: 4,
};

export function exprCost(e: KExpr): number {
  let c = 0;
  walkExpr(e, (x) => {
    if (x.kind === 'unary' || x.kind === 'binary') c += SLOW[x.op] ?? 1;
    else if (x.kind === 'select' || x.kind === 'cast' || x.kind === 'load' || x.kind === 'wg_load') c += 1;
  });
  return c;
}
