// Reduction kernels ("rows"): one or more reduces over the same rows, with
// the elementwise work before, between and after them. The widest reduce
// defines the rows (of equally wide ones, the one keeping most: a
// whole-tensor sum is then a partial per row plus a total); other reduces
// must reduce the same rows (element → row), or everything (→ the `total`
// level: the mean of a per-position loss, a global norm). Softmax,
// LayerNorm, RMSNorm and cross-entropy are one kernel each.
//
// Stages: a group with a `total` level becomes a row stage and a totals
// stage. The row stage computes every element- and row-level value, writing
// the row values the totals need; an element → total reduce is computed
// there per row (its "partials"). The totals stage is a one-row reduction
// over those row values. One shape serves both targets: on a GPU each stage
// is parallel (one workgroup per row, then one workgroup over the rows), and
// on a CPU the extra write is a vector of row values.
//
//  rows:   one row per point of the space without its reduce axes. Each
//          element → row reduce runs in the first pass after every row
//          statistic its input depends on (softmax: max, then Σexp; LayerNorm:
//          mean, then variance); element-level writes join the first pass
//          that can compute them, or a loop after the passes (the normalised
//          output); element-level values are recomputed in each loop that
//          needs them unless the CPU keeps them per row (reduction-passes.ts).
//          Row-level writes run once per row (statistics kept for the
//          backward pass, per-row partials). On the CPU, a reduction whose
//          kept axes lie inside its reduced ones (a column sum) runs tiled:
//          see innerRowAxes and rows.ts.
//  totals: the one-row reduction over a row stage's row values (a mean loss,
//          a global gradient norm): its "elements" are the group's rows.
import type { KExpr, Kernel } from '../../kernel/ir.ts';
import { k } from '../../kernel/build.ts';
import { type RowContext, rowKernel, type RowPass } from '../../kernel/templates/rows.ts';
import { dedupeLets } from '../../kernel/lower/dedupe-lets.ts';
import { Evaluator, type Points, rowCount } from '../../kernel/lower/evaluator.ts';
import { Point } from '../../kernel/lower/point.ts';
import { Scope } from '../../kernel/lower/scope.ts';
import { type StageLowering, finishKernel, storeWrites } from '../../kernel/lower/stage-kernel.ts';
import { type StageNode, stageNodes } from '../../kernel/lower/stages.ts';
import type { Graph, Node, NodeId, OpAttrs } from '../../graph/types.ts';
import { numel } from '../../graph/types.ts';
import { rowSegments } from '../levels.ts';
import type { AnchorLevels, KernelTemplate, LevelInfo, StageDraft } from '../template.ts';
import type { KernelGroup, Level } from '../types.ts';
import { planRowLoops } from './reduction-passes.ts';

const isReduce = (n: Node) => n.op === 'reduce';
const inputShape = (g: Graph, n: Node) => g.nodes[n.inputs[0]!]!.type.shape;

export const reduction: KernelTemplate = {
  kind: 'reduction',
  label: () => 'reduce',
  anchors: isReduce,
  rows: true,
  siblings: true,
  // The widest reduce defines the rows; of equally wide ones, the one keeping most; then the earlier.
  spaceAnchor: (g, a, b) => {
    const width = (n: Node) => [numel(inputShape(g, n)), numel(n.type.shape)] as const;
    const [wa, ka] = width(a);
    const [wb, kb] = width(b);
    if (wa !== wb) return wa > wb ? a : b;
    if (ka !== kb) return ka > kb ? a : b;
    return a.id < b.id ? a : b;
  },
  space: (g, widest) => ({ shape: [...inputShape(g, widest)], reduceAxes: [...(widest.attrs as OpAttrs['reduce']).axes] }),
  anchorLevels: (g, n, info) => reduceLevels(g, n, info) ?? `%${n.id} does not reduce the kernel's rows`,
  stages: (_p, group) => reductionStages(group),
};

/** What a reduce reads and produces: a row reduction, a final one over rows, or a whole-tensor one. */
function reduceLevels(g: Graph, n: Node, info: LevelInfo): AnchorLevels | undefined {
  const input = inputShape(g, n);
  const axes = (n.attrs as OpAttrs['reduce']).axes;
  const all = numel(n.type.shape) === 1;
  const levels = (inputLevel: Level, output: Level): AnchorLevels => ({ output, inputs: [inputLevel], readsAt: inputLevel });
  if (rowSegments(input, (k) => axes.includes(k)) === info.segments) return levels('element', 'row');
  if (all && numel(input) === info.rowNumel) return levels('row', 'total');
  if (all && numel(input) === info.elementNumel) return levels('element', 'total');
  return undefined;
}

function reductionStages(group: KernelGroup): StageDraft[] {
  const nodes = stageNodes(group);
  if (!group.space.total) return [{ nodes, lower: lowerRows }];
  const rows: StageNode[] = [];
  const totals: StageNode[] = [];
  for (const n of nodes) {
    if (n.level !== 'total') rows.push(n);
    else if (n.readsAt === 'element') {
      // A whole-tensor reduce: per-row partials in the row stage, combined in the totals stage.
      rows.push({ ...n, level: 'row', partial: true });
      totals.push({ ...n, readsAt: 'row', combinesPartials: true });
    } else totals.push(n);
  }
  return [{ nodes: rows, lower: lowerRows }, { nodes: totals, lower: lowerTotals }];
}

/** The group's space split into rows: the kept axes, and the row-level shape (reduce axes as 1). */
function rowLayout(s: StageLowering) {
  const { shape, reduceAxes } = s.stage.group.space;
  const kept = shape.map((_, a) => a).filter((a) => !reduceAxes.includes(a));
  return { shape, reduceAxes, kept, rowShape: shape.map((d, a) => (reduceAxes.includes(a) ? 1 : d)) };
}

/**
 * When the reduced axes (size-1 axes aside) are one run with kept axes
 * after it — a column sum [rows, C] over rows, a mean over T of [B, T, D] —
 * the kept axes before the run (outer) and after it (inner, neighbours in
 * memory); undefined when the reduced axes are innermost or not one run.
 */
export function innerRowAxes(shape: readonly number[], reduceAxes: readonly number[]): { outer: number[]; inner: number[]; innerRows: number } | undefined {
  const live = shape.map((_, a) => a).filter((a) => shape[a] !== 1);
  const first = live.findIndex((a) => reduceAxes.includes(a));
  if (first < 0) return undefined;
  let end = first;
  while (end < live.length && reduceAxes.includes(live[end]!)) end++;
  const inner = live.slice(end);
  if (inner.length === 0 || inner.some((a) => reduceAxes.includes(a))) return undefined;
  return { outer: live.slice(0, first), inner, innerRows: inner.reduce((p, a) => p * shape[a]!, 1) };
}

function lowerRows(s: StageLowering): Kernel {
  const { shape, reduceAxes, kept, rowShape } = rowLayout(s);
  // On the CPU a column-wise reduction walks memory in order through tiled loops (rows.ts); a GPU keeps a workgroup per row.
  const tile = s.launch === 'serial' ? innerRowAxes(shape, reduceAxes) : undefined;
  const points: PointsAt = ({ row, rowParts }, col) => {
    const rowAt = tile && rowParts
      ? [{ index: rowParts.outer, axes: tile.outer }, { index: rowParts.inner, axes: tile.inner }]
      : [{ index: row, axes: kept }];
    return {
      row: Point.of(rowShape, rowAt),
      ...(col ? { element: Point.of(shape, [...rowAt, { index: col, axes: [...reduceAxes] }]) } : {}),
    };
  };
  const cols = shape.reduce((a, d, i) => (reduceAxes.includes(i) ? a * d : a), 1);
  return reductionKernel(s, rowCount(s.stage.group), cols, 'element', points, tile?.innerRows);
}

function lowerTotals(s: StageLowering): Kernel {
  const { kept, rowShape } = rowLayout(s);
  const points: PointsAt = (_row, col) => ({
    total: Point.origin(),
    ...(col ? { row: Point.of(rowShape, [{ index: col, axes: kept }]) } : {}),
  });
  return reductionKernel(s, 1, rowCount(s.stage.group), 'row', points);
}

type PointsAt = (row: Pick<RowContext, 'row' | 'rowParts'>, col?: KExpr) => Points;

/**
 * A row kernel whose reductions are the stage's reduces that read at
 * `inner` (element for rows, row for totals), in the loops planRowLoops
 * gives; `at` gives the evaluator's points for a row, and for an element of
 * it; `innerRows` tiles the CPU loops (rows.ts).
 */
function reductionKernel(s: StageLowering, rows: number, cols: number, inner: Level, at: PointsAt, innerRows?: number): Kernel {
  const tiled = innerRows !== undefined && innerRows > 1;
  const { passes, writes, kept } = planRowLoops(s, inner, s.launch === 'serial' && !tiled, cols);
  const reduces = passes.flat();
  // Per kept value, indexed by column and reused by every row: the value as f32 (`high`) and what that
  // rounding lost (`low`, 0 where arithmetic is f32). JS computes in doubles, so high + low gives back the
  // value a recomputation would, and results stay those of the loops that recompute (to ~2⁻⁴⁸).
  const scratch = kept.map((v) => ({
    ...v,
    high: k.workgroupArray(s.names.fresh(`row${v.node}`), 'f32', cols),
    low: k.workgroupArray(s.names.fresh(`row${v.node}_low`), 'f32', cols),
  }));
  /** The reductions' results so far, as the evaluator's provided values. */
  const provided = (results: readonly KExpr[]) => new Map<NodeId, KExpr>(results.map((r, i) => [reduces[i]!.node, r]));
  /** The statements of loop `loop` at (row, col), and the values its reductions accumulate. */
  const loopBody = (loop: number, ctx: RowContext, col: KExpr) => {
    const scope = new Scope(ctx.names);
    const given = provided(ctx.results);
    for (const v of scratch) {
      if (v.readers.includes(loop)) given.set(v.node, scope.bind(`kept${v.node}`, k.add(k.wgLoad(v.high, col), k.wgLoad(v.low, col))));
    }
    const ev = new Evaluator(s, at(ctx, col), given);
    const values = (passes[loop] ?? []).map((sn) => ev.input(scope, sn.node, 0));
    for (const w of writes[loop]!) ev.store(scope, w);
    for (const v of scratch) {
      if (v.from !== loop) continue;
      const value = ev.value(scope, v.node);
      scope.push(k.wgStore(v.high, col, value), k.wgStore(v.low, col, k.sub(value, k.wgLoad(v.high, col))));
    }
    return { stmts: scope.stmts, values };
  };
  const rowPasses: RowPass[] = passes.map((pass, p) => ({
    reductions: pass.map((sn) => ({ op: (s.p.graph.nodes[sn.node]!.attrs as OpAttrs['reduce']).op })),
    values: (ctx) => loopBody(p, ctx, ctx.col),
  }));
  const outer = inner === 'element' ? 'row' : 'total';
  const rowWrites = s.stage.writes.filter((w) => w.level === outer || w.partial);
  const kernel = finishKernel(s, rowKernel({
    signature: s.signature,
    launch: s.launch,
    limits: s.limits,
    rows,
    cols,
    names: s.names,
    passes: rowPasses,
    ...(tiled ? { innerRows } : {}),
    ...(scratch.length > 0 ? { scratch: scratch.flatMap((v) => [v.high, v.low]) } : {}),
    ...(writes[passes.length]!.length > 0 ? { map: (ctx) => loopBody(passes.length, ctx, ctx.col).stmts } : {}),
    ...(rowWrites.length > 0 ? { rowEpilogue: (ctx) => storeWrites(s, at(ctx), rowWrites, provided(ctx.results)).stmts } : {}),
  }));
  // Each pass and lane derives its row statistics itself; on the CPU, hoisting leaves them side by side in the row's block.
  return kernel.launch.kind === 'serial' ? dedupeLets(kernel) : kernel;
}
