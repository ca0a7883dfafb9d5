// Scan kernels: one `scan` node (graph/ops/scan.ts) is ONE kernel, the whole
// recurrence inside it: a loop over time, and per step the body's nodes in
// order, each computed over all its elements into kernel scratch, so the
// state never leaves the kernel between steps. The body is the fusion: what a
// program writes inside `scan { ... }` (Mamba's exp(Δ·A) and Δ·B·x before
// the update, y = C·h + D·x after it) runs in this kernel, reading the
// sequences and constants straight from their buffers through their views
// (x[:, t] is a load at t, never a copy).
//
// Serial target (CPU): one invocation; every body node is a plain loop.
// Grid target (GPU): one workgroup of `lanes` invocations; each body node is a
// loop strided over the lanes, with a barrier after it. The workgroup is as
// wide as the largest per-step loop needs, up to the target's limit (1024 on
// CUDA, 256 on WebGPU), never narrower than MIN_LANES: a Mamba state of
// [B, E, N] = 32k elements is 32 elements a lane at 1024 lanes, 512 at 64. Scratch (states and
// body values) is kernel-local arrays on the CPU; on a GPU, workgroup memory
// when it all fits the target's, else a buffer private to the kernel
// (`t<n>_scratch`), and the barriers then order storage memory too.
//
// On a target with a storage-buffer limit, a scan reading more buffers than
// it allows reads the smallest of them from one packed buffer, filled by
// copy kernels (`k<n>a_pack`, …) just before it (scan-pack.ts).
//
// Not done: splitting independent lanes (batch, channels) across workgroups,
// and chunked parallel scans for linear recurrences (docs/scan.md).
import { k } from '../../kernel/build.ts';
import type { KExpr, KStmt, KVar, Kernel } from '../../kernel/ir.ts';
import { Evaluator, inBoundsIndex } from '../../kernel/lower/evaluator.ts';
import { BINARY, UNARY, castValue, constValue, fromStorage, toIndex, toStorage, whereValue } from '../../kernel/lower/ops.ts';
import { Point } from '../../kernel/lower/point.ts';
import { Scope } from '../../kernel/lower/scope.ts';
import { type StageLowering, finishKernel } from '../../kernel/lower/stage-kernel.ts';
import { findLoad, stageNodes } from '../../kernel/lower/stages.ts';
import { STEP_NAME, bodyParts, scanLayout } from '../../graph/ops/scan.ts';
import { type Graph, type Node, type NodeId, type OpAttrs, numel, stridesOf } from '../../graph/types.ts';
import type { TargetSpec } from '../../target.ts';
import type { KernelTemplate } from '../template.ts';
import { type PackPlan, packStages } from './scan-pack.ts';

/** The fewest invocations of a scan's one workgroup on a GPU. */
const MIN_LANES = 64;

/** Invocations of the workgroup: the next power of two ≥ the largest per-step loop, within [MIN_LANES, the target's limit]. */
function scanLanes(a: OpAttrs['scan'], target: TargetSpec): number {
  const { values, states } = scratchLayout(a);
  const outputs = a.body.outputs.map((o) => Math.max(1, numel(a.body.nodes[o.node]!.type.shape)));
  const widest = Math.max(1, ...values.map(([, size]) => size), ...states, ...outputs);
  let lanes = MIN_LANES;
  while (lanes < widest && lanes * 2 <= target.limits.maxInvocationsPerWorkgroup) lanes *= 2;
  return lanes;
}

export const scan: KernelTemplate = {
  kind: 'scan',
  label: () => 'scan',
  anchors: (n) => n.op === 'scan',
  maxAnchors: 1,
  alone: true,
  space: (_g, n) => ({ shape: [...n.type.shape], reduceAxes: [] }),
  anchorLevels: (_g, n) => ({ output: 'element', inputs: n.inputs.map(() => null) }),
  stages: (p, group, target) => {
    const n = p.graph.nodes[group.nodes[0]!.node]! as Node<'scan'>;
    const { plan, stages } = packStages(p, group, n, target, scratchInBuffer(n.attrs, target) ? 1 : 0);
    return [...stages, { nodes: stageNodes(group), lower: (s) => lowerScan(s, plan), fitted: true }];
  },
};

/** Where the kernel keeps a body value or a state: a workgroup (CPU-local) array, or a range of the scratch buffer. */
interface Cells {
  readonly size: number;
  load(f: KExpr): KExpr;
  store(f: KExpr, v: KExpr): KStmt;
}

/** The body values the kernel keeps (node, elements) and the states' elements. */
function scratchLayout(a: OpAttrs['scan']): { values: [NodeId, number][]; states: number[] } {
  const live = valueNodes(a.body);
  const values = a.body.nodes
    .filter((b) => b.op !== 'input' && b.op !== 'const' && live.has(b.id))
    .map((b): [NodeId, number] => [b.id, Math.max(1, numel(b.type.shape))]);
  const states = a.body.outputs.slice(0, a.nState).map((_, i) => Math.max(1, numel(stateShape(a, i))));
  return { values, states };
}

/** A GPU scan whose state and step values exceed the target's workgroup memory keeps them in a buffer. */
function scratchInBuffer(a: OpAttrs['scan'], target: TargetSpec): boolean {
  if (target.launch !== 'grid') return false;
  const { values, states } = scratchLayout(a);
  const elements = values.reduce((acc, [, size]) => acc + size, 0) + states.reduce((acc, size) => acc + size, 0);
  return 4 * elements > target.limits.maxWorkgroupMemoryBytes;
}

interface ScanLowering {
  readonly s: StageLowering;
  readonly n: Node<'scan'>;
  readonly body: Graph;
  readonly ev: Evaluator;
  /** Scratch per body node that is computed (not an input or constant). */
  readonly scratch: Map<NodeId, Cells>;
  /** The states' cells (the state a step reads). */
  readonly states: Cells[];
  /** The scratch is a storage buffer: barriers order storage memory. */
  readonly inBuffer: boolean;
  /** Inputs read from the packed buffer instead of their own. */
  readonly plan: PackPlan | undefined;
  /** Invocations of the workgroup (grid targets). */
  readonly lanes: number;
  /** Body input leaf → (role, index). */
  readonly roles: Map<NodeId, { role: 's' | 'x' | 'c' | 't'; index: number }>;
  readonly t: KVar;
  readonly grid: boolean;
}

function lowerScan(s: StageLowering, plan: PackPlan | undefined): Kernel {
  const g = s.p.graph;
  const n = g.nodes[s.stage.nodes[0]!.node]!;
  if (n.op !== 'scan') throw new Error(`lowering: k${s.stage.group.id} is not a scan kernel`);
  const node = n as Node<'scan'>;
  const a = node.attrs;
  const body = a.body;
  const grid = s.launch === 'grid';
  const roles = new Map<NodeId, { role: 's' | 'x' | 'c' | 't'; index: number }>();
  for (const [name, leaf] of bodyParts(a).inputs) {
    roles.set(leaf.id, name === STEP_NAME ? { role: 't', index: 0 } : { role: name[0] as 's' | 'x' | 'c', index: Number(name.slice(1)) });
  }
  const { values, states: stateSizes } = scratchLayout(a);
  const inBuffer = scratchInBuffer(a, s.target);
  const stmts: KStmt[] = [];
  let cells: (name: string, size: number) => Cells;
  if (inBuffer) {
    // One buffer, each value at its own offset; written before it is read, like the workgroup arrays.
    const total = [...values.map(([, size]) => size), ...stateSizes].reduce((x, y) => x + y, 0);
    const entry = s.table.forKernel(node.id, 'scratch', total);
    let next = 0;
    cells = (_name, size) => {
      const offset = next;
      next += size;
      return { size, load: (f) => k.load(s.buffers.use(entry, 'read'), k.add(offset, f)), store: (f, v) => k.store(s.buffers.use(entry, 'write'), k.add(offset, f), v) };
    };
  } else {
    cells = (name, size) => {
      const arr = k.workgroupArray(s.names.fresh(name), 'f32', size);
      stmts.push(arr);
      return { size, load: (f) => k.wgLoad(arr, f), store: (f, v) => k.wgStore(arr, f, v) };
    };
  }
  const scratch = new Map(values.map(([id, size]) => [id, cells(`v${id}`, size)]));
  const states = stateSizes.map((size, i) => cells(`state${i}`, size));
  const lanes = grid ? scanLanes(a, s.target) : 1;
  const c: ScanLowering = { s, n: node, body, ev: new Evaluator(s, {}), scratch, states, roles, t: s.names.variable('t', 'i32'), grid, inBuffer, plan, lanes };
  const layout = scanLayout(a);
  const out = s.buffers.use(s.table.forNode(node.id), 'write');

  // The initial states, read from their buffers.
  states.forEach((arr, i) => stmts.push(...each(c, arr.size, (sc, f) => [arr.store(f, readOuter(c, sc, node.inputs[i]!, unflatten(stateShape(a, i), f)))])));
  stmts.push(...sync(c));

  const loop = new Scope(s.names);
  const step = s.names.variable('step', 'i32');
  loop.push(k.let(c.t, a.reverse ? k.sub(a.length - 1, step) : step));
  // The state each step reads, for a backward pass (the `save` form).
  layout.saved.forEach((piece, i) => loop.push(...each(c, states[i]!.size, (_sc, f) => [k.store(out, k.add(k.add(piece.offset, k.mul(c.t, states[i]!.size)), f), states[i]!.load(f))])));
  for (const b of body.nodes) {
    const arr = scratch.get(b.id);
    if (!arr) continue;
    loop.push(...each(c, arr.size, (sc, f) => [arr.store(f, toStorage(compute(c, sc, b, f), b.type.dtype))]), ...sync(c));
  }
  const outs = body.outputs.map((o) => o.node);
  outs.slice(a.nState).forEach((id, j) => {
    const piece = layout.ys[j]!;
    const size = numel(body.nodes[id]!.type.shape);
    loop.push(...each(c, size, (sc, f) => [k.store(out, k.add(k.add(piece.offset, k.mul(c.t, size)), f), toStorage(read(c, sc, id, f), 'f32'))]));
  });
  // The new states become the states (every value of this step is complete: the barriers above).
  states.forEach((arr, i) => loop.push(...each(c, arr.size, (sc, f) => [arr.store(f, read(c, sc, outs[i]!, f))])));
  loop.push(...sync(c));
  stmts.push(k.for(step, 0, a.length, loop.stmts));
  layout.finals.forEach((piece, i) => stmts.push(...each(c, states[i]!.size, (_sc, f) => [k.store(out, k.add(piece.offset, f), states[i]!.load(f))])));

  const launch = grid ? k.grid([lanes, 1, 1], [1, 1, 1]) : k.serial();
  return finishKernel(s, { ...s.signature, buffers: [], uniforms: [], launch, body: stmts });
}

/**
 * The body nodes whose values the kernel reads: everything the outputs reach,
 * except what only a grad_as's gradient operand reads (spike's surrogate
 * derivative, before `simplify` has run on the body): grad_as's value is its
 * first operand, and a scratch array computed but never read is dead code.
 */
function valueNodes(body: Graph): Set<NodeId> {
  const live = new Set<NodeId>(body.outputs.map((o) => o.node));
  for (let id = body.nodes.length - 1; id >= 0; id--) {
    if (!live.has(id)) continue;
    const n = body.nodes[id]!;
    (n.op === 'grad_as' ? n.inputs.slice(0, 1) : n.inputs).forEach((i) => live.add(i));
  }
  return live;
}

function stateShape(a: OpAttrs['scan'], i: number): readonly number[] {
  return a.body.nodes[a.body.outputs[i]!.node]!.type.shape;
}

/** `f(element)` for every element < size: a loop (CPU) or a loop strided over the lanes (GPU). */
function each(c: ScanLowering, size: number, f: (sc: Scope, flat: KExpr) => KStmt[]): KStmt[] {
  const v = c.s.names.variable('e', 'i32');
  const sc = new Scope(c.s.names);
  sc.push(...f(sc, v));
  if (!c.grid) return [k.for(v, 0, size, sc.stmts)];
  return [k.for(v, k.cast('i32', k.localId(0)), size, sc.stmts, c.lanes)];
}

function sync(c: ScanLowering): KStmt[] {
  return c.grid ? [k.barrier(c.inBuffer ? 'storage' : 'workgroup')] : [];
}

/** The multi-index of flat element `f` of `shape`. */
function unflatten(shape: readonly number[], f: KExpr): KExpr[] {
  const strides = stridesOf(shape);
  return shape.map((d, a) => (d === 1 ? k.i32(0) : k.mod(k.idiv(f, strides[a]!), d)));
}

function flatten(shape: readonly number[], idx: readonly KExpr[]): KExpr {
  const strides = stridesOf(shape);
  return idx.reduce<KExpr>((acc, i, a) => (shape[a] === 1 ? acc : k.add(acc, k.mul(i, strides[a]!))), k.i32(0));
}

/** Element `idx` of an outer input of the scan node, through the view the group loads it with. */
function readOuter(c: ScanLowering, sc: Scope, input: NodeId, idx: readonly KExpr[]): KExpr {
  const load = findLoad(c.s.stage.group, input, 'element');
  if (!load) throw new Error(`lowering: scan %${c.n.id} must read %${input} from memory`);
  const at = Point.axes(c.s.p.graph.nodes[input]!.type.shape, idx);
  const packed = c.plan?.offsets.get(load.source);
  if (packed === undefined) return c.ev.loadAt(sc, load, at);
  // The source buffer's elements start at `packed` in the packed buffer: the same view, shifted.
  const dtype = c.s.p.graph.nodes[load.value]!.type.dtype;
  const addr = at.address(load.view);
  const v = fromStorage(k.load(c.s.buffers.use(c.plan!.entry(c.s.table), 'read'), k.add(packed, inBoundsIndex(addr))), dtype);
  return sc.bind(`l${load.value}`, addr.valid ? k.select(addr.valid, sc.bind('g', v), constValue(0, dtype)) : v);
}

/** Body value `id` at flat element `f`, as a value of its dtype. */
function read(c: ScanLowering, sc: Scope, id: NodeId, f: KExpr): KExpr {
  const b = c.body.nodes[id]!;
  const a = c.n.attrs;
  if (b.op === 'const') return constValue((b.attrs as OpAttrs['const']).value, b.type.dtype);
  const arr = c.scratch.get(id);
  if (arr) return fromStorage(arr.load(f), b.type.dtype);
  const role = c.roles.get(id);
  if (!role) throw new Error(`lowering: scan body node %${id} (${b.op}) has no value`);
  switch (role.role) {
    case 's': return c.states[role.index]!.load(f);
    case 't': return k.cast('f32', c.t);
    case 'c': return fromStorage(readOuter(c, sc, c.n.inputs[a.nState + a.nSeq + role.index]!, unflatten(b.type.shape, f)), b.type.dtype);
    case 'x': {
      const idx = unflatten(b.type.shape, f);
      idx.splice(a.seqAxes[role.index]!, 0, c.t);
      return fromStorage(readOuter(c, sc, c.n.inputs[a.nState + role.index]!, idx), b.type.dtype);
    }
  }
}

/** Body node `b` at flat element `f`, from its inputs' values. */
function compute(c: ScanLowering, sc: Scope, b: Node, f: KExpr): KExpr {
  const ins = b.inputs.map((i) => c.body.nodes[i]!);
  const arg = (j: number, flat: KExpr = f) => sc.bind('a', read(c, sc, b.inputs[j]!, flat));
  const shape = b.type.shape;
  const at = (j: number, idx: readonly KExpr[]) => arg(j, flatten(ins[j]!.type.shape, idx));
  switch (b.op) {
    case 'unary': return UNARY[(b.attrs as OpAttrs['unary']).op](arg(0), ins[0]!.type.dtype);
    case 'binary': return BINARY[(b.attrs as OpAttrs['binary']).op](arg(0), arg(1), ins[0]!.type.dtype);
    case 'where': return whereValue(arg(0), arg(1), arg(2));
    case 'cast': return castValue(arg(0), ins[0]!.type.dtype, b.type.dtype);
    case 'reshape': case 'stop_grad': case 'grad_as': return arg(0);
    case 'iota': return k.cast('f32', unflatten(shape, f)[(b.attrs as OpAttrs['iota']).axis]!);
    case 'expand': return at(0, unflatten(shape, f).map((i, ax) => (ins[0]!.type.shape[ax] === 1 ? k.i32(0) : i)));
    case 'permute': {
      const perm = (b.attrs as OpAttrs['permute']).perm;
      const o = unflatten(shape, f);
      const idx: KExpr[] = [];
      perm.forEach((p, ax) => (idx[p] = o[ax]!));
      return at(0, idx);
    }
    case 'slice': {
      const { starts, steps } = b.attrs as OpAttrs['slice'];
      return at(0, unflatten(shape, f).map((i, ax) => k.add(k.mul(i, steps[ax]!), starts[ax]!)));
    }
    case 'reduce': return reduce(c, sc, b, f);
    case 'einsum': return einsum(c, sc, b, f);
    case 'gather': {
      const axis = (b.attrs as OpAttrs['gather']).axis;
      const o = unflatten(shape, f);
      const ir = ins[1]!.type.shape.length;
      const index = toIndex(at(1, o.slice(axis, axis + ir)));
      return at(0, [...o.slice(0, axis), index, ...o.slice(axis + ir)]);
    }
    default:
      throw new Error(`scan kernel ${c.s.signature.name}: a scan body with ${b.op} is not lowered yet (body node %${b.id}${b.span ? ` at ${b.span.file}:${b.span.line}:${b.span.col}` : ''})`);
  }
}

/** A loop over the reduced axes into an accumulator. */
function reduce(c: ScanLowering, sc: Scope, b: Node, f: KExpr): KExpr {
  const { op, axes } = b.attrs as OpAttrs['reduce'];
  const inShape = c.body.nodes[b.inputs[0]!]!.type.shape;
  const sizes = axes.map((ax) => inShape[ax]!);
  const acc = c.s.names.variable('acc', 'f32');
  const r = c.s.names.variable('r', 'i32');
  const inner = sc.child();
  const sub = unflatten(sizes, r);
  const idx = unflatten(b.type.shape, f).map((i, ax) => (axes.includes(ax) ? sub[axes.indexOf(ax)]! : i));
  const v = inner.bind('a', read(c, inner, b.inputs[0]!, flatten(inShape, idx)));
  inner.push(k.assign(acc, op === 'sum' ? k.add(acc, v) : k.max(acc, v)));
  sc.push(k.let(acc, k.f32(op === 'sum' ? 0 : -3.0e38)), k.for(r, 0, numel(sizes), inner.stmts));
  return acc;
}

/** A loop over the contracted letters of a one- or two-operand einsum. */
function einsum(c: ScanLowering, sc: Scope, b: Node, f: KExpr): KExpr {
  const spec = (b.attrs as OpAttrs['einsum']).spec.replace(/\s+/g, '');
  const [lhs, outLetters] = spec.split('->') as [string, string];
  const operands = lhs.split(',');
  const size = new Map<string, number>();
  operands.forEach((letters, j) => [...letters].forEach((ch, ax) => size.set(ch, c.body.nodes[b.inputs[j]!]!.type.shape[ax]!)));
  const summed = [...size.keys()].filter((ch) => !outLetters.includes(ch));
  const o = unflatten(b.type.shape, f);
  const acc = c.s.names.variable('acc', 'f32');
  const r = c.s.names.variable('r', 'i32');
  const inner = sc.child();
  const sub = unflatten(summed.map((ch) => size.get(ch)!), r);
  const letter = (ch: string): KExpr => (outLetters.includes(ch) ? o[outLetters.indexOf(ch)]! : sub[summed.indexOf(ch)]!);
  let term: KExpr | undefined;
  operands.forEach((letters, j) => {
    const shape = c.body.nodes[b.inputs[j]!]!.type.shape;
    const v = inner.bind('a', read(c, inner, b.inputs[j]!, flatten(shape, [...letters].map(letter))));
    term = term ? k.mul(term, v) : v;
  });
  inner.push(k.assign(acc, k.add(acc, term!)));
  sc.push(k.let(acc, k.f32(0)), k.for(r, 0, Math.max(1, numel(summed.map((ch) => size.get(ch)!))), inner.stmts));
  return acc;
}
