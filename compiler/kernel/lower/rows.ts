// Reduction stages on the multi-pass row template.
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
import type { KExpr, Kernel } from '../ir.ts';
import { rowKernel, type RowPass } from '../templates/rows.ts';
import type { Level } from '../../fusion/types.ts';
import type { NodeId, OpAttrs } from '../../graph/types.ts';
import { Evaluator, rowCount } from './evaluator.ts';
import { Point } from './point.ts';
import { Scope } from './scope.ts';
import { inputSources, type StageNode } from './stages.ts';
import { type StageLowering, finishKernel, storeWrites } from './stage-kernel.ts';

/** The group's space split into rows: the kept axes, and the row-level shape (reduce axes as 1). */
function rowLayout(s: StageLowering) {
  const { shape, reduceAxes } = s.stage.group.space;
  const kept = shape.map((_, a) => a).filter((a) => !reduceAxes.includes(a));
  return { shape, reduceAxes, kept, rowShape: shape.map((d, a) => (reduceAxes.includes(a) ? 1 : d)) };
}

export function lowerRows(s: StageLowering): Kernel {
  const { shape, reduceAxes, kept, rowShape } = rowLayout(s);
  const points = (row: KExpr, col?: KExpr) => ({
    row: Point.of(rowShape, [{ index: row, axes: kept }]),
    ...(col ? { element: Point.of(shape, [{ index: row, axes: kept }, { index: col, axes: [...reduceAxes] }]) } : {}),
  });
  return reductionKernel(s, rowCount(s.stage.group), shape.reduce((a, d, i) => (reduceAxes.includes(i) ? a * d : a), 1), 'element', points);
}

export function lowerTotals(s: StageLowering): Kernel {
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
