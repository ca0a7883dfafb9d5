// Scatter kernels: one scatter_add with the elementwise producers of its
// updates; the iteration space is the updates' shape. Nothing in the kernel
// may read the scatter's result (it is complete only when the kernel ends),
// and its indices come from memory.
//
//  serial (CPU): zero the output, then one pass over the updates (with their
//         fused producers) adding each into the row its index selects: the
//         reference's order, so sums round alike.
//  grid (GPU): WGSL has no float atomics, so each output element is owned by
//         one invocation, which walks every index and adds the updates whose
//         index selects it — deterministic, no races. That form visits each
//         update once per output row it could land in, so it cannot also
//         store per-update values: a group that writes other values runs as
//         two stages, everything else first (writing the updates), then the
//         scatter reading them.
import { k } from '../../kernel/build.ts';
import type { KStmt, Kernel } from '../../kernel/ir.ts';
import { lowerElementwise } from '../../kernel/lower/elementwise.ts';
import { Evaluator } from '../../kernel/lower/evaluator.ts';
import { toIndex, toStorage } from '../../kernel/lower/ops.ts';
import { Point, splicedAxes } from '../../kernel/lower/point.ts';
import { Scope } from '../../kernel/lower/scope.ts';
import { type StageLowering, finishKernel, storeWrites } from '../../kernel/lower/stage-kernel.ts';
import { type StageNode, findLoad, stageNodes } from '../../kernel/lower/stages.ts';
import { elementwiseKernel } from '../../kernel/templates/elementwise.ts';
import type { Node, OpAttrs } from '../../graph/types.ts';
import { numel } from '../../graph/types.ts';
import type { KernelTemplate, StageDraft } from '../template.ts';

const isScatter = (n: Node) => n.op === 'scatter_add';

export const scatter: KernelTemplate = {
  kind: 'scatter',
  label: () => 'scatter',
  anchors: isScatter,
  maxAnchors: 1,
  space: (g, n) => ({ shape: [...g.nodes[n.inputs[0]!]!.type.shape], reduceAxes: [] }),
  // Updates may be computed in the kernel; indices come from memory; the result is read by no one inside.
  anchorLevels: () => ({ output: 'element', inputs: ['element', null], sealed: true, anySize: true }),
  stages: (p, group, target) => {
    const nodes = stageNodes(group);
    const anchored = (list: readonly StageNode[]) => list.some((sn) => isScatter(p.graph.nodes[sn.node]!));
    const piece = (list: readonly StageNode[]) => (anchored(list) ? undefined : (s: StageLowering) => lowerElementwise(s));
    const whole: StageDraft = { nodes, lower: lowerScatter, piece };
    if (target.launch !== 'grid') return [whole];
    const rest = nodes.filter((n) => !isScatter(p.graph.nodes[n.node]!));
    // Producers only feeding the scatter stay fused into it.
    if (rest.length === 0 || !group.outputs.some((o) => rest.some((n) => n.node === o))) return [whole];
    return [
      { nodes: rest, lower: (s) => lowerElementwise(s) },
      { nodes: nodes.filter((n) => isScatter(p.graph.nodes[n.node]!)), lower: lowerScatter, piece },
    ];
  },
};

function lowerScatter(s: StageLowering): Kernel {
  const g = s.p.graph;
  const anchor = s.stage.nodes.find((n) => isScatter(g.nodes[n.node]!));
  if (!anchor) throw new Error(`lowering: scatter stage of k${s.stage.group.id} has no scatter_add`);
  const n = g.nodes[anchor.node]!;
  const { axis } = n.attrs as OpAttrs['scatter_add'];
  const updShape = g.nodes[n.inputs[0]!]!.type.shape;
  const ixShape = g.nodes[n.inputs[1]!]!.type.shape;
  const outShape = n.type.shape;
  const ixLoad = findLoad(s.stage.group, n.inputs[1]!, 'element');
  if (!ixLoad) throw new Error(`lowering: %${n.id} must read operand %${n.inputs[1]} from memory`);
  const others = s.stage.writes.filter((w) => w.node !== n.id);
  const out = s.buffers.use(s.table.forNode(n.id), 'write');

  if (s.launch === 'serial') {
    const zero = s.names.variable('z', 'i32');
    const kernel = elementwiseKernel({
      signature: s.signature,
      launch: s.launch,
      limits: s.limits,
      shape: updShape,
      names: s.names,
      body: ({ flat }) => {
        const scope = new Scope(s.names);
        const at = Point.flat(updShape, flat);
        const ev = new Evaluator(s, { element: at });
        const value = toStorage(ev.input(scope, n.id, 0), n.type.dtype);
        const ix = ev.loadAt(scope, ixLoad, Point.axes(ixShape, ixShape.map((_, t) => at.axisIndex(axis + t))));
        const target = scope.bind('to', Point.axes(outShape, splicedAxes(at, updShape.length, axis, ixShape.length, [toIndex(ix)])).flatIndex());
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
    limits: s.limits,
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
      const updAt = Point.axes(updShape, splicedAxes(at, outShape.length, axis, 1, middle));
      const value = toStorage(ev.with({ element: updAt }).input(hit, n.id, 0), n.type.dtype);
      hit.push(k.assign(acc, k.add(acc, value)));
      loop.push(k.if(k.eq(ix, at.axisIndex(axis)), hit.stmts));
      return [k.let(acc, k.f32(0)), k.for(j, 0, numel(ixShape), loop.stmts), k.store(out, at.flatIndex(), acc)];
    },
  }));
}
