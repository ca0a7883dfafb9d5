// GraphBuilder appends type-checked nodes. Elaboration, autodiff and the
// optimizer all build graphs through it, so every node is checked by its op's
// type rule the moment it is created.
import { CompileError, type SourceSpan } from '../diagnostics.ts';
import { ShapeError } from './op.ts';
import { opDef } from './ops/index.ts';
import {
  type BinaryOp,
  type DType,
  type Graph,
  type GraphOutput,
  type GraphUpdate,
  type InitSpec,
  type Node,
  type NodeId,
  type OpAttrs,
  type OpName,
  type ReduceOp,
  type Shape,
  type TensorType,
  type UnaryOp,
  fmtShape,
  numel,
  shapeEq,
} from './types.ts';

/**
 * A number literal operand, `lit(0.5)`. NodeId is a plain number, so a bare
 * number always means a node; literals are wrapped to tell them apart.
 */
export interface Literal {
  readonly literal: number;
}

export type Operand = NodeId | Literal;

export function lit(value: number): Literal {
  return { literal: value };
}

function isLiteral(v: Operand): v is Literal {
  return typeof v === 'object';
}

export class GraphBuilder {
  readonly nodes: Node[] = [];
  readonly outputs: GraphOutput[] = [];
  readonly updates: GraphUpdate[] = [];
  /** Attached to every node created while it is set: the source expression being elaborated. */
  span: SourceSpan | undefined;

  /** Start from an existing graph (autodiff extends the forward graph in place). */
  static from(g: Graph): GraphBuilder {
    const b = new GraphBuilder();
    b.nodes.push(...g.nodes);
    b.outputs.push(...g.outputs);
    b.updates.push(...g.updates);
    return b;
  }

  node(id: NodeId): Node {
    const n = this.nodes[id];
    if (!n) {
      const hint = Number.isInteger(id) ? '' : '; write a number literal operand as lit(x)';
      throw new Error(`no node %${id}${hint}`);
    }
    return n;
  }

  type(id: NodeId): TensorType {
    return this.node(id).type;
  }

  shape(id: NodeId): Shape {
    return this.node(id).type.shape;
  }

  /** Append one primitive node after checking it with the op's type rule. */
  emit<K extends OpName>(op: K, inputs: readonly NodeId[], attrs: OpAttrs[K]): NodeId {
    const def = opDef(op);
    const [lo, hi] = typeof def.arity === 'number' ? [def.arity, def.arity] : def.arity;
    if (inputs.length < lo || inputs.length > hi) {
      throw new CompileError(`${op}: expected ${lo === hi ? lo : `${lo}..${hi}`} inputs, got ${inputs.length}`, this.span, 'E-shape');
    }
    let type: TensorType;
    try {
      type = def.infer(attrs, inputs.map((i) => this.type(i)));
    } catch (e) {
      if (e instanceof ShapeError) throw new CompileError(e.message, this.span, 'E-shape');
      throw e;
    }
    const node: Node<K> = { id: this.nodes.length, op, inputs: [...inputs], attrs, type, ...(this.span ? { span: this.span } : {}) };
    this.nodes.push(node as Node);
    return node.id;
  }

  output(name: string, id: NodeId): void {
    this.outputs.push({ name, node: id });
  }

  update(target: string, id: NodeId): void {
    this.updates.push({ target, node: id });
  }

  build(): Graph {
    return { nodes: [...this.nodes], outputs: [...this.outputs], updates: [...this.updates] };
  }

  /** Run `f` with `span` as the current source span. */
  at<T>(span: SourceSpan | undefined, f: () => T): T {
    const saved = this.span;
    this.span = span ?? saved;
    try {
      return f();
    } finally {
      this.span = saved;
    }
  }

  // ------------------------------------------------------------ leaves

  input(name: string, shape: Shape, dtype: DType = 'f32'): NodeId {
    return this.emitLeaf('input', { name }, { shape, dtype });
  }

  param(name: string, shape: Shape, init: InitSpec, role: 'weight' | 'state' = 'weight'): NodeId {
    return this.emitLeaf('param', { name, init, role }, { shape, dtype: 'f32' });
  }

  constant(value: number, shape: Shape = [], dtype: DType = 'f32'): NodeId {
    return this.emitLeaf('const', { value }, { shape, dtype });
  }

  iota(shape: Shape, axis: number, dtype: DType = 'i32'): NodeId {
    return this.emitLeaf('iota', { axis }, { shape, dtype });
  }

  random(shape: Shape, seed: number, stream: number, dist: 'uniform' | 'normal'): NodeId {
    return this.emitLeaf('random', { seed, stream, dist }, { shape, dtype: 'f32' });
  }

  /** Leaves take their type from the caller: the op's rule reads it back from attrs-less inputs. */
  private emitLeaf<K extends 'input' | 'param' | 'const' | 'iota' | 'random'>(op: K, attrs: OpAttrs[K], type: TensorType): NodeId {
    for (const d of type.shape) {
      if (!Number.isInteger(d) || d < 0) throw new CompileError(`${op}: bad dimension ${d} in ${fmtShape(type.shape)}`, this.span, 'E-shape');
    }
    const node: Node<K> = { id: this.nodes.length, op, inputs: [], attrs, type: { shape: [...type.shape], dtype: type.dtype }, ...(this.span ? { span: this.span } : {}) };
    this.nodes.push(node as Node);
    return node.id;
  }

  // ------------------------------------------------------------ elementwise with numpy-style broadcasting

  unary(op: UnaryOp, x: NodeId): NodeId {
    return this.emit('unary', [x], { op });
  }

  binary(op: BinaryOp, x: Operand, y: Operand): NodeId {
    const [a, b] = this.broadcastPair(x, y);
    return this.emit('binary', [a, b], { op });
  }

  add(x: Operand, y: Operand): NodeId { return this.binary('add', x, y); }
  sub(x: Operand, y: Operand): NodeId { return this.binary('sub', x, y); }
  mul(x: Operand, y: Operand): NodeId { return this.binary('mul', x, y); }
  div(x: Operand, y: Operand): NodeId { return this.binary('div', x, y); }
  neg(x: NodeId): NodeId { return this.unary('neg', x); }

  where(cond: NodeId, x: Operand, y: Operand): NodeId {
    const xs = isLiteral(x) ? null : this.shape(x);
    const ys = isLiteral(y) ? null : this.shape(y);
    const shape = broadcastShapes([this.shape(cond), ...(xs ? [xs] : []), ...(ys ? [ys] : [])], this.span);
    const dtype = !isLiteral(x) ? this.type(x).dtype : !isLiteral(y) ? this.type(y).dtype : 'f32';
    const lift = (v: Operand) => (isLiteral(v) ? this.constant(v.literal, shape, dtype) : this.broadcastTo(v, shape));
    return this.emit('where', [this.broadcastTo(cond, shape), lift(x), lift(y)], {});
  }

  cast(x: NodeId, to: DType): NodeId {
    return this.type(x).dtype === to ? x : this.emit('cast', [x], { to });
  }

  /** Bring `x` to `shape` by numpy rules: prepend size-1 axes, then expand. */
  broadcastTo(x: NodeId, shape: Shape): NodeId {
    const t = this.type(x);
    if (shapeEq(t.shape, shape)) return x;
    const n = this.node(x);
    if (n.op === 'const') return this.constant((n.attrs as OpAttrs['const']).value, shape, t.dtype);
    if (t.shape.length > shape.length) {
      throw new CompileError(`cannot broadcast ${fmtShape(t.shape)} to ${fmtShape(shape)}`, this.span, 'E-shape');
    }
    const padded = [...new Array<number>(shape.length - t.shape.length).fill(1), ...t.shape];
    padded.forEach((d, i) => {
      if (d !== 1 && d !== shape[i]) throw new CompileError(`cannot broadcast ${fmtShape(t.shape)} to ${fmtShape(shape)}`, this.span, 'E-shape');
    });
    const r = padded.length === t.shape.length ? x : this.reshape(x, padded);
    return shapeEq(padded, shape) ? r : this.emit('expand', [r], { shape: [...shape] });
  }

  private broadcastPair(x: Operand, y: Operand): [NodeId, NodeId] {
    if (isLiteral(x) && isLiteral(y)) return [this.constant(x.literal), this.constant(y.literal)];
    if (isLiteral(x)) {
      const t = this.type(y as NodeId);
      return [this.constant(x.literal, t.shape, t.dtype === 'bool' ? 'f32' : t.dtype), y as NodeId];
    }
    if (isLiteral(y)) {
      const t = this.type(x);
      return [x, this.constant(y.literal, t.shape, t.dtype === 'bool' ? 'f32' : t.dtype)];
    }
    const shape = broadcastShapes([this.shape(x), this.shape(y)], this.span);
    return [this.broadcastTo(x, shape), this.broadcastTo(y, shape)];
  }

  // ------------------------------------------------------------ reductions

  /** Reduce over `axes` (negative allowed); with keep=false the reduced axes are dropped. */
  reduce(op: ReduceOp, x: NodeId, axes: readonly number[], keep = true): NodeId {
    const rank = this.shape(x).length;
    const norm = [...new Set(axes.map((a) => normAxis(a, rank, this.span)))].sort((a, b) => a - b);
    const r = this.emit('reduce', [x], { op, axes: norm });
    if (keep) return r;
    return this.reshape(r, this.shape(x).filter((_, i) => !norm.includes(i)));
  }

  sum(x: NodeId, axes: readonly number[], keep = true): NodeId { return this.reduce('sum', x, axes, keep); }

  mean(x: NodeId, axes: readonly number[], keep = true): NodeId {
    const shape = this.shape(x);
    const rank = shape.length;
    const n = axes.reduce((acc, a) => acc * shape[normAxis(a, rank, this.span)]!, 1);
    return this.mul(this.sum(x, axes, keep), lit(1 / n));
  }

  // ------------------------------------------------------------ movement

  reshape(x: NodeId, shape: readonly number[]): NodeId {
    const src = this.shape(x);
    const holes = shape.filter((d) => d === -1).length;
    let target = [...shape];
    if (holes > 1) throw new CompileError(`reshape: at most one -1 in ${fmtShape(shape)}`, this.span, 'E-shape');
    if (holes === 1) {
      const known = numel(shape.filter((d) => d !== -1));
      if (known === 0 || numel(src) % known !== 0) {
        throw new CompileError(`reshape: cannot reshape ${fmtShape(src)} to ${fmtShape(shape)}`, this.span, 'E-shape');
      }
      target = shape.map((d) => (d === -1 ? numel(src) / known : d));
    }
    if (shapeEq(src, target)) return x;
    return this.emit('reshape', [x], { shape: target });
  }

  permute(x: NodeId, perm: readonly number[]): NodeId {
    if (perm.every((p, i) => p === i)) return x;
    return this.emit('permute', [x], { perm: [...perm] });
  }

  slice(x: NodeId, starts: readonly number[], stops: readonly number[], steps?: readonly number[]): NodeId {
    const shape = this.shape(x);
    const st = steps ? [...steps] : shape.map(() => 1);
    if (shape.every((d, i) => starts[i] === 0 && stops[i] === d && st[i] === 1)) return x;
    return this.emit('slice', [x], { starts: [...starts], stops: [...stops], steps: st });
  }

  pad(x: NodeId, before: readonly number[], after: readonly number[], steps?: readonly number[]): NodeId {
    const st = steps ? [...steps] : before.map(() => 1);
    return this.emit('pad', [x], { before: [...before], after: [...after], steps: st });
  }

  concat(xs: readonly NodeId[], axis: number): NodeId {
    if (xs.length === 1) return xs[0]!;
    const rank = this.shape(xs[0]!).length;
    return this.emit('concat', xs, { axis: normAxis(axis, rank, this.span) });
  }

  gather(table: NodeId, indices: NodeId, axis = 0): NodeId {
    return this.emit('gather', [table, indices], { axis: normAxis(axis, this.shape(table).length, this.span) });
  }

  scatterAdd(updates: NodeId, indices: NodeId, axis: number, size: number): NodeId {
    return this.emit('scatter_add', [updates, indices], { axis, size });
  }

  einsum(spec: string, ...xs: NodeId[]): NodeId {
    return this.emit('einsum', xs, { spec });
  }

  /** One part of scaled dot-product attention (ops/attention.ts): the output, or a piece of its backward. */
  attention(attrs: OpAttrs['attention'], inputs: readonly NodeId[]): NodeId {
    return this.emit('attention', [...inputs], { ...attrs });
  }

  /** One part of top-k over the last axis (ops/topk.ts). */
  topk(x: NodeId, k: number, part: OpAttrs['topk']['part']): NodeId {
    return this.emit('topk', [x], { k, part });
  }

  /** One part of a stable counting sort of keys in [0, groups) (ops/topk.ts). */
  groupSort(keys: NodeId, groups: number, part: OpAttrs['group_sort']['part']): NodeId {
    return this.emit('group_sort', [keys], { groups, part });
  }

  /** One part of a grouped matmul over ragged row groups (ops/grouped-matmul.ts). */
  groupedMatmul(part: OpAttrs['grouped_matmul']['part'], inputs: readonly NodeId[]): NodeId {
    return this.emit('grouped_matmul', [...inputs], { part });
  }

  /** x [..., K] times a q4_0 weight held as packed blocks [N, K/32 · 6] (ops/q4-matmul.ts). */
  q4Matmul(x: NodeId, packed: NodeId): NodeId {
    return this.emit('q4_matmul', [x, packed], {});
  }

  stopGrad(x: NodeId): NodeId {
    return this.emit('stop_grad', [x], {});
  }

  /** The value of `value` with the gradient of `surrogate`. */
  gradAs(value: NodeId, surrogate: NodeId): NodeId {
    return this.emit('grad_as', [value, surrogate], {});
  }

  /** Sum `grad` down to `shape`: the adjoint of numpy broadcasting. */
  unbroadcast(grad: NodeId, shape: Shape): NodeId {
    const g = this.shape(grad);
    if (shapeEq(g, shape)) return grad;
    const lead = g.length - shape.length;
    const axes: number[] = [];
    g.forEach((d, i) => {
      if (i < lead || (shape[i - lead] === 1 && d !== 1)) axes.push(i);
    });
    const summed = axes.length ? this.sum(grad, axes, true) : grad;
    return this.reshape(summed, shape);
  }
}

export function normAxis(axis: number, rank: number, span?: SourceSpan): number {
  const a = axis < 0 ? axis + rank : axis;
  if (!Number.isInteger(a) || a < 0 || a >= rank) throw new CompileError(`axis ${axis} is out of range for rank ${rank}`, span, 'E-shape');
  return a;
}

/** Numpy broadcasting of several shapes; a clear error when two sizes disagree. */
export function broadcastShapes(shapes: readonly Shape[], span?: SourceSpan): number[] {
  const rank = Math.max(...shapes.map((s) => s.length));
  const out = new Array<number>(rank).fill(1);
  for (const s of shapes) {
    const lead = rank - s.length;
    s.forEach((d, i) => {
      const o = out[lead + i]!;
      if (o === 1) out[lead + i] = d;
      else if (d !== 1 && d !== o) {
        throw new CompileError(`shapes ${shapes.map(fmtShape).join(' and ')} do not broadcast: axis ${i - s.length} is ${o} and ${d}`, span, 'E-shape');
      }
    });
  }
  return out;
}
