// What a scan kernel does with its body, shared by the sequential form
// (scan.ts) and the chunked one (scan-chunked.ts): where body values live
// (Cells), reading a body value or an outer input at a flat element, and
// computing one body node at a flat element. Both forms evaluate the body
// the same way; they differ in which steps run where.
import { k } from '../../kernel/build.ts';
import type { KExpr, KStmt, KVar } from '../../kernel/ir.ts';
import { Evaluator, inBoundsIndex } from '../../kernel/lower/evaluator.ts';
import { BINARY, UNARY, castValue, constValue, fromStorage, toIndex, toStorage, whereValue } from '../../kernel/lower/ops.ts';
import { Point } from '../../kernel/lower/point.ts';
import { Scope } from '../../kernel/lower/scope.ts';
import type { StageLowering } from '../../kernel/lower/stage-kernel.ts';
import { findLoad } from '../../kernel/lower/stages.ts';
import { saveStride, scanLayout } from '../../graph/ops/scan.ts';
import { type Graph, type Node, type NodeId, type OpAttrs, numel, stridesOf } from '../../graph/types.ts';
import type { PackPlan } from './scan-pack.ts';

/**
 * Where the kernel keeps a body value or a state: a workgroup (CPU-local)
 * array, or a range of the scratch buffer. The chunked form keeps one copy
 * per chunk: `chunk` picks it (default: the invocation's own chunk).
 */
export interface Cells {
  readonly size: number;
  load(f: KExpr, chunk?: KExpr): KExpr;
  store(f: KExpr, v: KExpr, chunk?: KExpr): KStmt;
}

/** The body values the kernel keeps (node, elements), the states' elements, and the floats of each kind in all. */
export function scratchLayout(a: OpAttrs['scan']): { values: [NodeId, number][]; states: number[]; valueFloats: number; stateFloats: number } {
  const live = valueNodes(a.body);
  const values = a.body.nodes
    .filter((b) => b.op !== 'input' && b.op !== 'const' && live.has(b.id))
    .map((b): [NodeId, number] => [b.id, Math.max(1, numel(b.type.shape))]);
  const states = a.body.outputs.slice(0, a.nState).map((_, i) => Math.max(1, numel(stateShape(a, i))));
  const total = (xs: readonly number[]) => xs.reduce((x, y) => x + y, 0);
  return { values, states, valueFloats: total(values.map(([, size]) => size)), stateFloats: total(states) };
}

/** The largest per-step loop: a body value, a state or a per-step output. */
export function widestLoop(a: OpAttrs['scan']): number {
  const { values, states } = scratchLayout(a);
  const outputs = a.body.outputs.map((o) => Math.max(1, numel(a.body.nodes[o.node]!.type.shape)));
  return Math.max(1, ...values.map(([, size]) => size), ...states, ...outputs);
}

export interface ScanLowering {
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
  /** Grid targets: the first element an invocation takes in `each`, and the stride (the invocations sharing a loop). */
  readonly lane: KExpr;
  readonly lanes: number;
  /** Elements are computed only where this holds (the chunked form's steps past T). */
  readonly guard?: KExpr;
  /** Body input leaf → (role, index). */
  readonly roles: Map<NodeId, { role: 's' | 'x' | 'c' | 't'; index: number }>;
  readonly t: KVar;
  readonly grid: boolean;
}

/**
 * A factory of Cells, `copies` of each (one per chunk), in workgroup arrays or
 * at successive offsets of the scratch buffer of `total` elements; copy
 * `own` (the invocation's chunk) unless a load or store names another.
 */
export function cellFactory(s: StageLowering, node: Node<'scan'>, stmts: KStmt[], inBuffer: boolean, total: number, copies: number, own: KExpr): (name: string, size: number) => Cells {
  const at = (size: number, f: KExpr, chunk: KExpr | undefined) => (copies === 1 ? f : k.add(k.mul(chunk ?? own, size), f));
  if (inBuffer) {
    // One buffer, each value at its own offset; written before it is read, like the workgroup arrays.
    const entry = s.table.forKernel(node.id, 'scratch', total);
    let next = 0;
    return (_name, size) => {
      const offset = next;
      next += size * copies;
      return {
        size,
        load: (f, chunk) => k.load(s.buffers.use(entry, 'read'), k.add(offset, at(size, f, chunk))),
        store: (f, v, chunk) => k.store(s.buffers.use(entry, 'write'), k.add(offset, at(size, f, chunk)), v),
      };
    };
  }
  return (name, size) => {
    const arr = k.workgroupArray(s.names.fresh(name), 'f32', size * copies);
    stmts.push(arr);
    return { size, load: (f, chunk) => k.wgLoad(arr, at(size, f, chunk)), store: (f, v, chunk) => k.wgStore(arr, at(size, f, chunk), v) };
  };
}

/**
 * One step at c.t, from the states in c.states: the state saved (a saving
 * scan), every body value, the ys written at t, the new states, each
 * followed by a barrier on a GPU.
 */
export function runStep(c: ScanLowering): KStmt[] {
  const a = c.n.attrs;
  const layout = scanLayout(a);
  const out = c.s.buffers.use(c.s.table.forNode(c.n.id), 'write');
  const loop = new Scope(c.s.names);
  // The state each step reads, for a backward pass (the `save` form); with
  // saveEvery > 1 only on entering each segment, at slot ⌊t / k⌋ (ops/scan.ts savesAt).
  const every = saveStride(a);
  const slot = every === 1 ? c.t : k.idiv(c.t, every);
  const saving = layout.saved.flatMap((piece, i) => each(c, c.states[i]!.size, (_sc, f) => [k.store(out, k.add(k.add(piece.offset, k.mul(slot, c.states[i]!.size)), f), c.states[i]!.load(f))]));
  const phase = k.mod(c.t, every);
  if (every === 1) loop.push(...saving);
  else if (saving.length > 0) loop.push(k.if(a.reverse ? k.or(k.eq(phase, every - 1), k.eq(c.t, a.length - 1)) : k.eq(phase, 0), saving));
  for (const b of c.body.nodes) {
    const arr = c.scratch.get(b.id);
    if (!arr) continue;
    loop.push(...each(c, arr.size, (sc, f) => [arr.store(f, toStorage(compute(c, sc, b, f), b.type.dtype))]), ...sync(c));
  }
  const outs = c.body.outputs.map((o) => o.node);
  outs.slice(a.nState).forEach((id, j) => {
    const piece = layout.ys[j]!;
    const size = numel(c.body.nodes[id]!.type.shape);
    loop.push(...each(c, size, (sc, f) => [k.store(out, k.add(k.add(piece.offset, k.mul(c.t, size)), f), toStorage(read(c, sc, id, f), 'f32'))]));
  });
  // The new states become the states (every value of this step is complete: the barriers above).
  c.states.forEach((arr, i) => loop.push(...each(c, arr.size, (sc, f) => [arr.store(f, read(c, sc, outs[i]!, f))])));
  loop.push(...sync(c));
  return loop.stmts;
}

/**
 * The body nodes whose values the kernel reads to compute `roots` (default:
 * the outputs), themselves included: everything they reach, except what only
 * a grad_as's gradient operand reads (spike's surrogate derivative, before
 * `simplify` has run on the body): grad_as's value is its first operand, and
 * a scratch array computed but never read is dead code.
 */
export function valueNodes(body: Graph, roots: readonly NodeId[] = body.outputs.map((o) => o.node)): Set<NodeId> {
  const live = new Set<NodeId>(roots);
  for (let id = body.nodes.length - 1; id >= 0; id--) {
    if (!live.has(id)) continue;
    const n = body.nodes[id]!;
    (n.op === 'grad_as' ? n.inputs.slice(0, 1) : n.inputs).forEach((i) => live.add(i));
  }
  return live;
}

export function stateShape(a: OpAttrs['scan'], i: number): readonly number[] {
  return a.body.nodes[a.body.outputs[i]!.node]!.type.shape;
}

/** `f(element)` for every element < size: a loop (CPU) or a loop strided over the lanes (GPU), under the guard if any. */
export function each(c: ScanLowering, size: number, f: (sc: Scope, flat: KExpr) => KStmt[]): KStmt[] {
  const v = c.s.names.variable('e', 'i32');
  const sc = new Scope(c.s.names);
  sc.push(...f(sc, v));
  const stmts = c.guard ? [k.if(c.guard, sc.stmts)] : sc.stmts;
  if (!c.grid) return [k.for(v, 0, size, stmts)];
  return [k.for(v, c.lane, size, stmts, c.lanes)];
}

export function sync(c: ScanLowering): KStmt[] {
  return c.grid ? [k.barrier(c.inBuffer ? 'storage' : 'workgroup')] : [];
}

/** The multi-index of flat element `f` of `shape`. */
export function unflatten(shape: readonly number[], f: KExpr): KExpr[] {
  const strides = stridesOf(shape);
  return shape.map((d, a) => (d === 1 ? k.i32(0) : k.mod(k.idiv(f, strides[a]!), d)));
}

export function flatten(shape: readonly number[], idx: readonly KExpr[]): KExpr {
  const strides = stridesOf(shape);
  return idx.reduce<KExpr>((acc, i, a) => (shape[a] === 1 ? acc : k.add(acc, k.mul(i, strides[a]!))), k.i32(0));
}

/** Element `idx` of an outer input of the scan node, through the view the group loads it with. */
export function readOuter(c: ScanLowering, sc: Scope, input: NodeId, idx: readonly KExpr[]): KExpr {
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
export function read(c: ScanLowering, sc: Scope, id: NodeId, f: KExpr): KExpr {
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
export function compute(c: ScanLowering, sc: Scope, b: Node, f: KExpr): KExpr {
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
