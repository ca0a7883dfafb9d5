// Computes a stage's graph values inside template callbacks. Given the point
// each loop level is at (element, row, total), a node's value is its op
// (ops.ts) over its inputs, each read from where the stage gets it: a load
// through its composed view (or a generated value recomputed from the
// index), a node computed in this stage (through index-preserving movement,
// or a row value broadcast over its row), or a value an earlier stage of the
// group wrote. Anchors (einsum accumulators, reduction results, gathered
// elements) are supplied by the kernel being built as `provided` values.
import { k } from '../build.ts';
import type { KExpr } from '../ir.ts';
import type { FusedProgram, KernelGroup, KernelLoad, Level } from '../../fusion/types.ts';
import { applyMovement, contiguousView } from '../../fusion/view.ts';
import type { DType, NodeId, OpAttrs } from '../../graph/types.ts';
import type { BufferTable, KernelBuffers } from './buffers.ts';
import { generatedAt } from './generated.ts';
import { BINARY, UNARY, castValue, constValue, fromStorage, toStorage, whereValue } from './ops.ts';
import { Point } from './point.ts';
import type { Scope } from './scope.ts';
import { type InputSource, type Stage, type StageNode, type StageWrite, inputSources } from './stages.ts';

export type Points = Partial<Record<Level, Point>>;

/** Everything lowering one stage shares: the program, the stage, and the buffers its kernel binds. */
export interface StageContext {
  readonly p: FusedProgram;
  readonly stage: Stage;
  readonly table: BufferTable;
  readonly buffers: KernelBuffers;
}

export class Evaluator {
  private readonly members: ReadonlyMap<NodeId, StageNode>;

  constructor(
    private readonly ctx: StageContext,
    /** Where each loop level is in the block being generated. */
    private readonly points: Points,
    /** Values the kernel computes itself (anchors, reduction results). */
    private readonly provided: ReadonlyMap<NodeId, KExpr> = new Map(),
  ) {
    this.members = new Map(ctx.stage.nodes.map((n) => [n.node, n]));
  }

  /** The same evaluator at other points, or with more provided values. */
  with(points: Points, provided: ReadonlyMap<NodeId, KExpr> = this.provided): Evaluator {
    return new Evaluator(this.ctx, { ...this.points, ...points }, provided);
  }

  private dtype(id: NodeId): DType {
    return this.ctx.p.graph.nodes[id]!.type.dtype;
  }

  point(level: Level): Point {
    const at = this.points[level];
    if (!at) throw new Error(`lowering: stage of k${this.ctx.stage.group.id} has no ${level} index here`);
    return at;
  }

  /** The value of stage node `id` at its level. */
  value(scope: Scope, id: NodeId): KExpr {
    const given = this.provided.get(id);
    if (given) return given;
    const sn = this.members.get(id);
    if (!sn) throw new Error(`lowering: %${id} is not computed by this stage of k${this.ctx.stage.group.id}`);
    return scope.cached(`v${id}`, `v${id}`, () => this.compute(scope, sn));
  }

  private compute(scope: Scope, sn: StageNode): KExpr {
    const n = this.ctx.p.graph.nodes[sn.node]!;
    const sources = inputSources(this.ctx.p, this.ctx.stage.group, sn);
    // A copy kernel's node is its own (view or generated) access: a load of the node's own value.
    const [own] = sources;
    if (own?.kind === 'load' && own.load.value === sn.node) return this.read(scope, own, sn.level);
    const args = () => sources.map((src) => this.read(scope, src, sn.readsAt));
    const inDtype = n.inputs.length > 0 ? this.dtype(n.inputs[0]!) : n.type.dtype;
    switch (n.op) {
      case 'unary': {
        const [x] = args();
        return UNARY[(n.attrs as OpAttrs['unary']).op](x!, inDtype);
      }
      case 'binary': {
        const [x, y] = args();
        return BINARY[(n.attrs as OpAttrs['binary']).op](x!, y!, inDtype);
      }
      case 'where': {
        const [c, x, y] = args();
        return whereValue(c!, x!, y!);
      }
      case 'cast':
        return castValue(args()[0]!, inDtype, (n.attrs as OpAttrs['cast']).to);
      default:
        // Anchors (einsum, reduce, gather, a strided pad, …) are computed by their template and provided.
        throw new Error(`lowering: %${sn.node} (${n.op}) has no value outside its anchor kernel`);
    }
  }

  /** Input `index` of stage node `id`. */
  input(scope: Scope, id: NodeId, index: number): KExpr {
    const sn = this.members.get(id)!;
    return this.read(scope, inputSources(this.ctx.p, this.ctx.stage.group, sn)[index]!, sn.readsAt);
  }

  /** Reads a value from where the stage gets it, at `level`. */
  read(scope: Scope, src: InputSource, level: Level): KExpr {
    switch (src.kind) {
      case 'load':
        return this.load(scope, src.load, level);
      case 'partials': {
        const entry = this.ctx.table.forPartials(src.source, rowCount(this.ctx.stage.group));
        return scope.cached(`p${src.source}@${level}`, 'part', () =>
          k.load(this.ctx.buffers.use(entry, 'read'), this.point(level).flatIndex()));
      }
      case 'internal':
        // Fusion only lets a kernel pass values through index-preserving movement or a row broadcast,
        // so a node of this stage is read at its own point; one of an earlier stage, through its buffer.
        return this.members.has(src.source) ? this.value(scope, src.source) : this.crossing(scope, src.source, src.via, level);
    }
  }

  /** A value written by an earlier stage of the group, read through the movement between. */
  private crossing(scope: Scope, source: NodeId, via: readonly NodeId[], level: Level): KExpr {
    const g = this.ctx.p.graph;
    const dtype = this.dtype(via.length > 0 ? via[via.length - 1]! : source);
    return scope.cached(`x${source}:${via.join(',')}@${level}`, `x${source}`, () => {
      let view = contiguousView(g.nodes[source]!.type.shape);
      for (const m of via) view = applyMovement(view, g.nodes[m]!)!;
      const addr = this.point(level).address(view);
      const v = fromStorage(k.load(this.ctx.buffers.use(this.ctx.table.forNode(source), 'read'), inBoundsIndex(addr)), dtype);
      return addr.valid ? k.select(addr.valid, v, constValue(0, dtype)) : v;
    });
  }

  /** A group load at `level`: memory through its view, or a generated value at the view's index. */
  load(scope: Scope, load: KernelLoad, level: Level): KExpr {
    const key = `l${load.value}@${level}`;
    return scope.lookup(key) ?? scope.remember(key, this.loadAt(scope, load, this.point(level)));
  }

  /** A load read at an explicit point over its value's shape (a gather's table row, a scatter's index). */
  loadAt(scope: Scope, load: KernelLoad, at: Point): KExpr {
    const dtype = this.dtype(load.value);
    const addr = at.address(load.view);
    const v = load.generated
      ? generatedAt(this.ctx.p, scope, load.source, addr.index)
      : fromStorage(k.load(this.ctx.buffers.use(this.ctx.table.forNode(load.source), 'read'), inBoundsIndex(addr)), dtype);
    return scope.bind(`l${load.value}`, addr.valid ? k.select(addr.valid, scope.bind('g', v), constValue(0, dtype)) : v);
  }

  /** Stores a stage write at the point of its level. */
  store(scope: Scope, w: StageWrite): void {
    const entry = w.partial ? this.ctx.table.forPartials(w.node, rowCount(this.ctx.stage.group)) : this.ctx.table.forNode(w.node);
    const value = toStorage(this.value(scope, w.node), this.dtype(w.node));
    scope.push(k.store(this.ctx.buffers.use(entry, 'write'), this.point(w.level).flatIndex(), value));
  }
}

/** Rows of a reduction group: its space without the reduce axes. */
export function rowCount(group: KernelGroup): number {
  const { shape, reduceAxes } = group.space;
  return shape.reduce((acc, d, a) => (reduceAxes.includes(a) ? acc : acc * d), 1);
}

/**
 * The index a padded view's load reads: where the point is outside the source
 * (`valid` false, the value is the pad's zero) element 0 instead, so the load
 * itself never leaves its buffer. The select after it picks the zero; the load
 * still runs unconditionally (no branch per element), and on CUDA an
 * out-of-bounds read is an illegal address, not a value to discard.
 */
export function inBoundsIndex(addr: { index: KExpr; valid?: KExpr }): KExpr {
  return addr.valid ? k.select(addr.valid, addr.index, k.i32(0)) : addr.index;
}
