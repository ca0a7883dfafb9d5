// Copy kernels: one node each, nothing joins them. They write out what has
// no buffer of its own but must be in memory: a view that does not compose
// with a later reshape (a cut), a graph result that is a strided view or a
// generated value, a strided pad (the VJP of a stepped slice), and concat.
//
// A concat reads every input, so on a target with a storage-buffer limit it
// is cut into several kernels, each writing the output's slab for a run of
// inputs that fits (≤ limit − 1 input buffers plus the output).
import { k } from '../../kernel/build.ts';
import type { KExpr, KStmt, Kernel } from '../../kernel/ir.ts';
import { lowerElementwise } from '../../kernel/lower/elementwise.ts';
import { Evaluator } from '../../kernel/lower/evaluator.ts';
import { constValue, toStorage } from '../../kernel/lower/ops.ts';
import { Point } from '../../kernel/lower/point.ts';
import { Scope } from '../../kernel/lower/scope.ts';
import { type StageLowering, finishKernel, storeWrites } from '../../kernel/lower/stage-kernel.ts';
import { findLoad, inputSources, stageNodes } from '../../kernel/lower/stages.ts';
import { elementwiseKernel } from '../../kernel/templates/elementwise.ts';
import type { Graph, Node, NodeId, OpAttrs } from '../../graph/types.ts';
import type { FusedProgram, KernelGroup } from '../types.ts';
import type { KernelTemplate, StageDraft } from '../template.ts';
import type { TargetSpec } from '../../target.ts';

export const copy: KernelTemplate = {
  kind: 'copy',
  label: (g, group) => (group.nodes.some((n) => g.nodes[n.node]!.op === 'concat') ? 'concat' : 'copy'),
  // A pad is a compute node only when it has steps (a unit-step pad is a view).
  anchors: (n, analysis) => n.op === 'concat' || (n.op === 'pad' && analysis.role[n.id] === 'compute'),
  maxAnchors: 1,
  alone: true,
  copies: true,
  space: (_g, n) => ({ shape: [...n.type.shape], reduceAxes: [] }),
  anchorLevels: (_g, n) => ({ output: 'element', inputs: n.inputs.map(() => null) }),
  flops: () => 0,
  stages: (p, group, target) => {
    const node = p.graph.nodes[group.nodes[0]!.node]!;
    if (node.op === 'concat') return concatStages(p, group, node, target);
    return [{ nodes: stageNodes(group), lower: (s) => lowerElementwise(s, (_flat, at) => copyBody(s, at)), fitted: true }];
  },
};

/** A view or generated value written out (the node's own load), or a strided pad. */
function copyBody(s: StageLowering, at: Point): KStmt[] {
  const [sn] = s.stage.nodes;
  const n = s.p.graph.nodes[sn!.node]!;
  const written = s.stage.writes.some((w) => w.node === n.id);
  if (n.op !== 'pad' || !written || findLoad(s.stage.group, n.id, 'element')) return storeWrites(s, { element: at }, s.stage.writes).stmts;
  const scope = new Scope(s.names);
  const value = scope.bind(`v${n.id}`, padded(s, scope, n, at));
  return storeWrites(s, { element: at }, s.stage.writes, new Map([[n.id, value]]), scope).stmts;
}

/**
 * A strided pad: output coordinate o holds input (o − before) / step where
 * that divides exactly and lies inside the input, else 0.
 */
function padded(s: StageLowering, scope: Scope, n: Node, at: Point): KExpr {
  const { before, steps } = n.attrs as OpAttrs['pad'];
  const [src] = inputSources(s.p, s.stage.group, s.stage.nodes[0]!);
  if (src?.kind !== 'load') throw new Error(`lowering: pad %${n.id} must read its input from memory`);
  const inShape = s.p.graph.nodes[n.inputs[0]!]!.type.shape;
  let valid: KExpr | undefined;
  const index = inShape.map((size, a) => {
    const q = scope.bind('q', k.sub(at.axisIndex(a), before[a]!));
    const step = steps[a]!;
    const holds = k.and(k.and(k.ge(q, 0), k.lt(q, size * step)), step === 1 ? k.bool(true) : k.eq(k.mod(q, step), 0));
    valid = valid ? k.and(valid, holds) : holds;
    // Clamped, so the read stays inside the input whether or not the element is real.
    return k.min(k.max(k.idiv(q, step), 0), size - 1);
  });
  const v = new Evaluator(s, {}).loadAt(scope, src.load, Point.axes(inShape, index));
  return valid ? k.select(valid, v, constValue(0, n.type.dtype)) : v;
}

/** Inputs [first, last) of a concat, starting at `offset` along its axis. */
interface ConcatRun {
  readonly first: number;
  readonly last: number;
  readonly offset: number;
}

/** One kernel for the whole concat, or, past the storage-buffer limit, one per run of inputs that fits. */
function concatStages(p: FusedProgram, group: KernelGroup, n: Node, target: TargetSpec): StageDraft[] {
  const nodes = stageNodes(group);
  const max = target.limits.maxStorageBuffers;
  const axis = (n.attrs as OpAttrs['concat']).axis;
  const whole: ConcatRun = { first: 0, last: n.inputs.length, offset: 0 };
  const buffersOf = (i: number) => {
    const load = findLoad(group, n.inputs[i]!, 'element');
    return load && !load.generated ? load.source : undefined;
  };
  const runs: ConcatRun[] = [];
  let run = { first: 0, offset: 0, buffers: new Set<NodeId>() };
  let offset = 0;
  n.inputs.forEach((v, i) => {
    const b = buffersOf(i);
    // The output takes one binding; a run holds as many distinct input buffers as the rest allows.
    if (max !== undefined && b !== undefined && !run.buffers.has(b) && run.buffers.size + 2 > max && i > run.first) {
      runs.push({ first: run.first, last: i, offset: run.offset });
      run = { first: i, offset, buffers: new Set() };
    }
    if (b !== undefined) run.buffers.add(b);
    offset += p.graph.nodes[v]!.type.shape[axis]!;
  });
  runs.push({ first: run.first, last: n.inputs.length, offset: run.offset });
  if (runs.length === 1) return [{ nodes, lower: (s) => lowerConcat(s, n, whole), fitted: true }];
  return runs.map((r) => ({ nodes, lower: (s) => lowerConcat(s, n, r), fitted: true }));
}

/** The concat's output slab for a run of inputs: one `if` per input, on the coordinate along the axis. */
function lowerConcat(s: StageLowering, n: Node, run: ConcatRun): Kernel {
  const g = s.p.graph;
  const axis = (n.attrs as OpAttrs['concat']).axis;
  const shape = n.type.shape;
  if (run.first === 0 && run.last === n.inputs.length) return lowerElementwise(s, (_flat, at) => concatBody(s, g, n, at, run, shape));
  // A slab: iterate its own shape, and address the output at coordinate + offset along the axis.
  const width = n.inputs.slice(run.first, run.last).reduce((w, v) => w + g.nodes[v]!.type.shape[axis]!, 0);
  const slab = shape.map((d, a) => (a === axis ? width : d));
  return finishKernel(s, elementwiseKernel({
    signature: s.signature,
    launch: s.launch,
    limits: s.limits,
    shape: slab,
    names: s.names,
    body: ({ flat }) => {
      const local = Point.flat(slab, flat);
      const at = Point.axes(shape, shape.map((_, a) => (a === axis ? k.add(local.axisIndex(a), run.offset) : local.axisIndex(a))));
      return concatBody(s, g, n, at, run, shape);
    },
  }));
}

/** out[.., c, ..] = input i at c − offset_i for the input whose range holds c: if (c < o1) {…} else if (c < o2) {…} … else {last}. */
function concatBody(s: StageLowering, g: Graph, n: Node, at: Point, run: ConcatRun, shape: readonly number[]): KStmt[] {
  const axis = (n.attrs as OpAttrs['concat']).axis;
  const coord = at.axisIndex(axis);
  const out = s.table.forNode(n.id);
  const ev = new Evaluator(s, {});
  const branches: { cond: KExpr; stmts: KStmt[] }[] = [];
  let offset = run.offset;
  for (const input of n.inputs.slice(run.first, run.last)) {
    const inShape = g.nodes[input]!.type.shape;
    const load = findLoad(s.stage.group, input, 'element');
    if (!load) throw new Error(`lowering: concat %${n.id} has no load for %${input}`);
    const scope = new Scope(s.names);
    const index = shape.map((_, a) => (a === axis ? k.sub(coord, offset) : at.axisIndex(a)));
    const v = ev.loadAt(scope, load, Point.axes(inShape, index));
    scope.push(k.store(s.buffers.use(out, 'write'), at.flatIndex(), toStorage(v, n.type.dtype)));
    offset += inShape[axis]!;
    branches.push({ cond: k.lt(coord, offset), stmts: scope.stmts });
  }
  let chain: KStmt[] = branches[branches.length - 1]!.stmts;
  for (let i = branches.length - 2; i >= 0; i--) chain = [k.if(branches[i]!.cond, branches[i]!.stmts, chain)];
  return chain;
}
