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
//          mean, then variance); element-level values are recomputed in each
//          pass that needs them. After the passes, element-level writes run
//          per element (the normalised output) and row-level writes once per
//          row (statistics kept for the backward pass, per-row partials).
//  totals: the one-row reduction over a row stage's row values (a mean loss,
//          a global gradient norm): its "elements" are the group's rows.
import type { KExpr, Kernel } from '../../kernel/ir.ts';
import { rowKernel, type RowPass } from '../../kernel/templates/rows.ts';
import { Evaluator, rowCount } from '../../kernel/lower/evaluator.ts';
import { Point } from '../../kernel/lower/point.ts';
import { Scope } from '../../kernel/lower/scope.ts';
import { type StageLowering, finishKernel, storeWrites } from '../../kernel/lower/stage-kernel.ts';
import { inputSources, type StageNode, stageNodes } from '../../kernel/lower/stages.ts';
import type { Graph, Node, NodeId, OpAttrs } from '../../graph/types.ts';
import { numel } from '../../graph/types.ts';
import { rowSegments } from '../levels.ts';
import type { AnchorLevels, KernelTemplate, LevelInfo, StageDraft } from '../template.ts';
import type { KernelGroup, Level } from '../types.ts';

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

function lowerRows(s: StageLowering): Kernel {
  const { shape, reduceAxes, kept, rowShape } = rowLayout(s);
  const points = (row: KExpr, col?: KExpr) => ({
    row: Point.of(rowShape, [{ index: row, axes: kept }]),
    ...(col ? { element: Point.of(shape, [{ index: row, axes: kept }, { index: col, axes: [...reduceAxes] }]) } : {}),
  });
  return reductionKernel(s, rowCount(s.stage.group), shape.reduce((a, d, i) => (reduceAxes.includes(i) ? a * d : a), 1), 'element', points);
}

function lowerTotals(s: StageLowering): Kernel {
  const { kept, rowShape } = rowLayout(s);
  const points = (_row: KExpr, col?: KExpr) => ({
    total: Point.origin(),
    ...(col ? { row: Point.of(rowShape, [{ index: col, axes: kept }]) } : {}),
  });
  return reductionKernel(s, 1, rowCount(s.stage.group), 'row', points);
}

type PointsAt = (row: KExpr, col?: KExpr) => Partial<Record<Level, Point>>;

/**
 * A row kernel whose reductions are the stage's reduces that read at
 * `inner` (element for rows, row for totals); `at` gives the evaluator's
 * points for a row, and for an element of it.
 */
function reductionKernel(s: StageLowering, rows: number, cols: number, inner: Level, at: PointsAt): Kernel {
  const passes = schedulePasses(s, inner);
  const reduces = passes.flat();
  const provided = (results: readonly KExpr[]) => new Map(results.map((r, i) => [reduces[i]!.node, r]));
  const rowPasses: RowPass[] = passes.map((pass) => ({
    reductions: pass.map((sn) => ({ op: (s.p.graph.nodes[sn.node]!.attrs as OpAttrs['reduce']).op })),
    values: ({ row, col, results, names }) => {
      const scope = new Scope(names);
      const ev = new Evaluator(s, at(row, col), provided(results));
      return { stmts: scope.stmts, values: pass.map((sn) => ev.input(scope, sn.node, 0)) };
    },
  }));
  const outer = inner === 'element' ? 'row' : 'total';
  const elementWrites = s.stage.writes.filter((w) => w.level === inner && !w.partial);
  const rowWrites = s.stage.writes.filter((w) => w.level === outer || w.partial);
  return finishKernel(s, rowKernel({
    signature: s.signature,
    launch: s.launch,
    limits: s.limits,
    rows,
    cols,
    names: s.names,
    passes: rowPasses,
    ...(elementWrites.length > 0 ? { map: ({ row, col, results }) => storeWrites(s, at(row, col), elementWrites, provided(results)).stmts } : {}),
    ...(rowWrites.length > 0 ? { rowEpilogue: ({ row, results }) => storeWrites(s, at(row), rowWrites, provided(results)).stmts } : {}),
  }));
}

/** The stage's reduces reading at `inner`, grouped into passes by dependence on earlier reductions. */
function schedulePasses(s: StageLowering, inner: Level): StageNode[][] {
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
  return Array.from(passes, (p) => p ?? []).filter((p) => p.length > 0);
}
