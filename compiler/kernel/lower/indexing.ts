// Gather and scatter stages.
//
// gather: one pass over the output; each element reads its index, then the
//         table element it selects, and the group's elementwise consumers
//         run on that value (an embedding lookup plus the positional add).
// scatter_add, serial (CPU): zero the output, then one pass over the updates
//         (with their fused producers) adding each into the row its index
//         selects: the reference's order, so sums round alike.
// scatter_add, grid (GPU): WGSL has no float atomics, so each output element
//         is owned by one invocation, which walks every index and adds the
//         updates whose index selects it — deterministic, no races.
import { k } from '../build.ts';
import type { KExpr, KStmt, Kernel } from '../ir.ts';
import { elementwiseKernel } from '../templates/elementwise.ts';
import type { KernelLoad } from '../../fusion/types.ts';
import type { NodeId, OpAttrs } from '../../graph/types.ts';
import { numel } from '../../graph/types.ts';
import { Evaluator } from './evaluator.ts';
import { toIndex, toStorage } from './ops.ts';
import { Point } from './point.ts';
import { Scope } from './scope.ts';
import { findLoad } from './stages.ts';
import { type StageLowering, finishKernel, storeWrites } from './stage-kernel.ts';

function indexLoad(s: StageLowering, id: NodeId, input: number): KernelLoad {
  const v = s.p.graph.nodes[id]!.inputs[input]!;
  const load = findLoad(s.stage.group, v, 'element');
  if (!load) throw new Error(`lowering: %${id} must read operand %${v} from memory`);
  return load;
}

/** Coordinates of a tensor whose axes [axis, axis + count) are replaced by `middle`, from a point over the other tensor. */
function spliced(at: Point, rank: number, axis: number, count: number, middle: readonly KExpr[]): KExpr[] {
  const before = Array.from({ length: axis }, (_, a) => at.axisIndex(a));
  const after = Array.from({ length: rank - axis - count }, (_, q) => at.axisIndex(axis + count + q));
  return [...before, ...middle, ...after];
}

export function lowerGather(s: StageLowering): Kernel {
  const g = s.p.graph;
  const shape = s.stage.group.space.shape;
  const gathers = s.stage.nodes.filter((n) => g.nodes[n.node]!.op === 'gather').map((n) => n.node);
  return finishKernel(s, elementwiseKernel({
    signature: s.signature,
    launch: s.launch,
    shape,
    names: s.names,
    body: ({ flat }) => {
      const scope = new Scope(s.names);
      const ev = new Evaluator(s, {});
      const provided = new Map<NodeId, KExpr>();
      for (const id of gathers) {
        const n = g.nodes[id]!;
        const axis = (n.attrs as OpAttrs['gather']).axis;
        const table = g.nodes[n.inputs[0]!]!.type.shape;
        const ixShape = g.nodes[n.inputs[1]!]!.type.shape;
        const at = Point.flat(n.type.shape, flat);
        const ix = ev.loadAt(scope, indexLoad(s, id, 1), Point.axes(ixShape, ixShape.map((_, t) => at.axisIndex(axis + t))));
        const row = scope.bind('ix', toIndex(ix));
        const tableAt = Point.axes(table, spliced(at, n.type.shape.length, axis, ixShape.length, [row]));
        provided.set(id, ev.loadAt(scope, indexLoad(s, id, 0), tableAt));
      }
      return storeWrites(s, { element: Point.flat(shape, flat) }, s.stage.writes, provided, scope).stmts;
    },
  }));
}

export function lowerScatter(s: StageLowering): Kernel {
  const g = s.p.graph;
  const anchor = s.stage.nodes.find((n) => g.nodes[n.node]!.op === 'scatter_add');
  if (!anchor) throw new Error(`lowering: scatter stage of k${s.stage.group.id} has no scatter_add`);
  const n = g.nodes[anchor.node]!;
  const { axis } = n.attrs as OpAttrs['scatter_add'];
  const updShape = g.nodes[n.inputs[0]!]!.type.shape;
  const ixShape = g.nodes[n.inputs[1]!]!.type.shape;
  const outShape = n.type.shape;
  const ixLoad = indexLoad(s, n.id, 1);
  const others = s.stage.writes.filter((w) => w.node !== n.id);
  const out = s.buffers.use(s.table.forNode(n.id), 'write');

  if (s.launch === 'serial') {
    const zero = s.names.variable('z', 'i32');
    const kernel = elementwiseKernel({
      signature: s.signature,
      launch: s.launch,
      shape: updShape,
      names: s.names,
      body: ({ flat }) => {
        const scope = new Scope(s.names);
        const at = Point.flat(updShape, flat);
        const ev = new Evaluator(s, { element: at });
        const value = toStorage(ev.input(scope, n.id, 0), n.type.dtype);
        const ix = ev.loadAt(scope, ixLoad, Point.axes(ixShape, ixShape.map((_, t) => at.axisIndex(axis + t))));
        const target = scope.bind('to', Point.axes(outShape, spliced(at, updShape.length, axis, ixShape.length, [toIndex(ix)])).flatIndex());
        scope.push(k.store(s.buffers.use(s.table.forNode(n.id), 'read'), target, k.add(k.load(out, target), value)));
        return storeWrites(s, { element: at }, others, new Map(), scope).stmts;
      },
    });
    const clear: KStmt = k.for(zero, 0, numel(outShape), [k.store(out, zero, k.f32(0))]);
    return finishKernel(s, { ...kernel, body: [clear, ...kernel.body] });
  }

  if (others.length > 0) throw new Error(`lowering: the GPU scatter k${s.stage.group.id} also writes %${others.map((w) => w.node).join(', %')}`);
  return finishKernel(s, elementwiseKernel({
    signature: s.signature,
    launch: s.launch,
    shape: outShape,
    names: s.names,
    body: ({ flat }) => {
      const at = Point.flat(outShape, flat);
      const acc = s.names.variable('acc', 'f32');
      const j = s.names.variable('j', 'i32');
      const loop = new Scope(s.names);
      const ev = new Evaluator(s, {});
      const ixAt = Point.flat(ixShape, j);
      const ix = toIndex(ev.loadAt(loop, ixLoad, ixAt));
      const hit = new Scope(s.names);
      const middle = ixShape.map((_, t) => ixAt.axisIndex(t));
      const updAt = Point.axes(updShape, spliced(at, outShape.length, axis, 1, middle));
      const value = toStorage(ev.with({ element: updAt }).input(hit, n.id, 0), n.type.dtype);
      hit.push(k.assign(acc, k.add(acc, value)));
      loop.push(k.if(k.eq(ix, at.axisIndex(axis)), hit.stmts));
      return [k.let(acc, k.f32(0)), k.for(j, 0, numel(ixShape), loop.stmts), k.store(out, at.flatIndex(), acc)];
    },
  }));
}
