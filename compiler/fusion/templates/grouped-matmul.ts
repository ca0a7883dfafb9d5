// Grouped (ragged) matmul kernels: one `grouped_matmul` node per kernel
// (graph/ops/grouped-matmul.ts), operands read from memory through their
// views. Only rows inside groups are multiplied, each by its own group's
// matrix, so a mixture of experts costs k/E of its dense equivalent.
//
//  out, dx  CPU: a loop over groups, then over the group's rows
//           (offsets[e] … offsets[e+1] − 1): no search for a row's group;
//           with the gemm intrinsic and operands that are plain strided
//           views, each block of up to 64 rows of a group is one gemm
//           against the group's matrix (transposed for dx).
//           GPU: one output element per invocation; its row's group is the
//           number of group ends at or below the row (E compares, no
//           divergence on data), then one dot product.
//  dw       one (e, d, f) element per invocation (loop on the CPU): a dot
//           product over the group's rows, a contraction whose length is
//           the group's size (a ragged K); with the gemm intrinsic, one
//           gemm per group: xᵀ (D × rows) times dy (rows × F).
import { k } from '../../kernel/build.ts';
import type { KExpr, KStmt, Kernel } from '../../kernel/ir.ts';
import { Evaluator } from '../../kernel/lower/evaluator.ts';
import { toIndex } from '../../kernel/lower/ops.ts';
import { Point } from '../../kernel/lower/point.ts';
import { Scope } from '../../kernel/lower/scope.ts';
import { type StageLowering, finishKernel } from '../../kernel/lower/stage-kernel.ts';
import { findLoad, stageNodes } from '../../kernel/lower/stages.ts';
import { elementwiseKernel } from '../../kernel/templates/elementwise.ts';
import { GROUPED_MATMUL_INPUTS, groupedMatmulDims } from '../../graph/ops/grouped-matmul.ts';
import type { Node } from '../../graph/types.ts';
import type { KernelTemplate } from '../template.ts';

const isGrouped = (n: Node): n is Node<'grouped_matmul'> => n.op === 'grouped_matmul';

export const groupedMatmul: KernelTemplate = {
  kind: 'grouped_matmul',
  label: (g, group) => `gmm_${(g.nodes[group.nodes[0]!.node] as Node<'grouped_matmul'>).attrs.part}`,
  anchors: isGrouped,
  maxAnchors: 1,
  alone: true,
  space: (_g, n) => ({ shape: [...n.type.shape], reduceAxes: [] }),
  anchorLevels: (_g, n) => ({ output: 'element', inputs: n.inputs.map(() => null) }),
  stages: (_p, group) => [{ nodes: stageNodes(group), lower: lowerGroupedMatmul, fitted: true }],
};

type Read = (scope: Scope, name: string, index: readonly KExpr[]) => KExpr;

/** Operand `name` of `n` at a multi-index, through the group's load of it. */
function reader(s: StageLowering, n: Node<'grouped_matmul'>): Read {
  const g = s.p.graph;
  const ev = new Evaluator(s, {});
  const names = GROUPED_MATMUL_INPUTS[n.attrs.part];
  return (scope, name, index) => {
    const input = n.inputs[names.indexOf(name)]!;
    const load = findLoad(s.stage.group, input, 'element');
    if (!load) throw new Error(`lowering: %${n.id} must read its ${name} (%${input}) from memory`);
    const v = ev.loadAt(scope, load, Point.axes(g.nodes[input]!.type.shape, index));
    return name === 'offsets' ? scope.bind('off', toIndex(v)) : v;
  };
}

/** acc = Σ_{t ∈ [lo, hi)} a(t) · b(t), as a loop into a fresh local. */
function dot(s: StageLowering, scope: Scope, lo: KExpr | number, hi: KExpr | number, a: (sc: Scope, t: KExpr) => KExpr, b: (sc: Scope, t: KExpr) => KExpr): KExpr {
  const acc = s.names.variable('acc', 'f32');
  const t = s.names.variable('t', 'i32');
  const inner = scope.child();
  inner.push(k.assign(acc, k.add(acc, k.mul(a(inner, t), b(inner, t)))));
  scope.push(k.let(acc, k.f32(0)), k.for(t, lo, hi, inner.stmts));
  return acc;
}

function lowerGroupedMatmul(s: StageLowering): Kernel {
  const g = s.p.graph;
  const n = g.nodes[s.stage.nodes[0]!.node]!;
  if (!isGrouped(n)) throw new Error(`lowering: k${s.stage.group.id} is not a grouped_matmul kernel`);
  const part = n.attrs.part;
  const { M, E, D, F } = groupedMatmulDims(part, n.inputs.map((i) => g.nodes[i]!.type));
  if (s.launch === 'serial' && s.target.gemmIntrinsic) {
    const tiled = lowerWithGemm(s, n);
    if (tiled) return tiled;
  }
  const read = reader(s, n);
  const out = s.buffers.use(s.table.forNode(n.id), 'write');
  const common = { signature: s.signature, launch: s.launch, limits: s.limits, names: s.names };

  if (part === 'dw') {
    return finishKernel(s, elementwiseKernel({
      ...common, shape: [E, D, F],
      body: ({ flat, index: [e, d, f] }) => {
        const scope = new Scope(s.names);
        const lo = read(scope, 'offsets', [e!]);
        const hi = read(scope, 'offsets', [k.add(e!, 1)]);
        const acc = dot(s, scope, lo, hi, (sc, j) => read(sc, 'x', [j, d!]), (sc, j) => read(sc, 'dy', [j, f!]));
        scope.push(k.store(out, flat, acc));
        return scope.stmts;
      },
    }));
  }

  // out: y[j, f] = Σ_d x[j, d] w[e, d, f];  dx: dx[j, d] = Σ_f dy[j, f] w[e, d, f].
  const [lhs, width, inner] = part === 'out' ? ['x', F, D] as const : ['dy', D, F] as const;
  const element = (scope: Scope, e: KExpr, j: KExpr, col: KExpr): KExpr =>
    dot(s, scope, 0, inner, (sc, t) => read(sc, lhs, [j, t]), (sc, t) => read(sc, 'w', part === 'out' ? [e, t, col] : [e, col, t]));

  if (s.launch === 'serial') {
    const end = s.names.variable('end', 'i32');
    const zero = s.names.variable('z', 'i32');
    const kernel = elementwiseKernel({
      ...common, shape: [E],
      body: ({ index: [e] }) => {
        const scope = new Scope(s.names);
        const lo = read(scope, 'offsets', [e!]);
        const hi = read(scope, 'offsets', [k.add(e!, 1)]);
        const j = s.names.variable('j', 'i32');
        const col = s.names.variable('col', 'i32');
        const cell = scope.child();
        cell.push(k.store(out, k.add(k.mul(j, width), col), element(cell, e!, j, col)));
        scope.push(k.for(j, lo, hi, [k.for(col, 0, width, cell.stmts)]));
        return scope.stmts;
      },
    });
    // Rows past the last group are zeros.
    const tail = new Scope(s.names);
    const last = read(tail, 'offsets', [k.i32(E)]);
    const clear: KStmt[] = [...tail.stmts, k.let(end, last), k.for(zero, k.mul(end, width), M * width, [k.store(out, zero, k.f32(0))])];
    return finishKernel(s, { ...kernel, body: [...kernel.body, ...clear] });
  }

  return finishKernel(s, elementwiseKernel({
    ...common, shape: [M, width],
    body: ({ flat, index: [j, col] }) => {
      const scope = new Scope(s.names);
      const e = s.names.variable('e', 'i32');
      const q = s.names.variable('q', 'i32');
      const search = scope.child();
      const endOf = read(search, 'offsets', [k.add(q, 1)]);
      search.push(k.if(k.le(endOf, j!), [k.assign(e, k.add(e, 1))]));
      scope.push(k.let(e, k.i32(0)), k.for(q, 0, E, search.stmts));
      const inGroup = scope.child();
      inGroup.push(k.store(out, flat, element(inGroup, e, j!, col!)));
      scope.push(k.if(k.lt(e, E), inGroup.stmts, [k.store(out, flat, k.f32(0))]));
      return scope.stmts;
    },
  }));
}

/** Rows of a group multiplied per gemm call (the scratch tile's height). */
const BM = 64;

/** A 2-D or 3-D operand as a strided view of an f32 buffer. */
interface Strided {
  readonly buffer: { readonly name: string; readonly dtype: 'f32' };
  readonly offset: number;
  readonly strides: readonly number[];
}

function strided(s: StageLowering, n: Node<'grouped_matmul'>, name: string): Strided | undefined {
  const input = n.inputs[GROUPED_MATMUL_INPUTS[n.attrs.part].indexOf(name)]!;
  const load = findLoad(s.stage.group, input, 'element');
  if (!load || load.generated || load.view.guards.length > 0) return undefined;
  const buffer = s.buffers.use(s.table.forNode(load.source), 'read');
  if (buffer.dtype !== 'f32') return undefined;
  return { buffer: { name: buffer.name, dtype: 'f32' }, offset: load.view.offset, strides: load.view.strides };
}

/** The serial kernel with one gemm per block of a group's rows, or undefined when an operand is not a strided view. */
function lowerWithGemm(s: StageLowering, n: Node<'grouped_matmul'>): Kernel | undefined {
  const g = s.p.graph;
  const part = n.attrs.part;
  const { M, E, D, F } = groupedMatmulDims(part, n.inputs.map((i) => g.nodes[i]!.type));
  const [aName, bName] = { out: ['x', 'w'], dx: ['dy', 'w'], dw: ['x', 'dy'] }[part];
  const A = strided(s, n, aName!);
  const B = strided(s, n, bName!);
  if (!A || !B) return undefined;
  const read = reader(s, n);
  const out = s.buffers.use(s.table.forNode(n.id), 'write');
  const i32 = (base: string) => s.names.variable(base, 'i32');
  const top = new Scope(s.names);
  const e = i32('e');
  const perGroup = top.child();
  const lo = perGroup.bind('lo', read(perGroup, 'offsets', [e]));
  const hi = perGroup.bind('hi', read(perGroup, 'offsets', [k.add(e, 1)]));
  const [r, c] = [i32('r'), i32('c')];

  if (part === 'dw') {
    // dW_e = xᵀ dy over the group's rows: element (d, j) of xᵀ is x[lo + j, d].
    const tile = k.workgroupArray(s.names.fresh('tile'), 'f32', D * F);
    const base = k.mul(e, D * F);
    const copy = k.for(r, 0, D * F, [k.store(out, k.add(base, r), k.wgLoad(tile, r))]);
    const zero = k.for(r, 0, D * F, [k.store(out, k.add(base, r), k.f32(0))]);
    perGroup.push(k.if(k.gt(hi, lo), [k.gemm({
      out: tile, M: k.i32(D), N: k.i32(F), K: k.sub(hi, lo),
      a: { buffer: A.buffer, offset: k.add(A.offset, k.mul(lo, A.strides[0]!)), rowStride: k.i32(A.strides[1]!), colStride: k.i32(A.strides[0]!) },
      b: { buffer: B.buffer, offset: k.add(B.offset, k.mul(lo, B.strides[0]!)), rowStride: k.i32(B.strides[0]!), colStride: k.i32(B.strides[1]!) },
    }), copy], [zero]));
    top.push(k.for(e, 0, E, perGroup.stmts));
    return finishGemm(s, tile, top);
  }

  // out: rows × F = x rows (· D) · W_e (D × F);  dx: rows × D = dy rows (· F) · W_eᵀ (F × D).
  const [width, inner] = part === 'out' ? [F, D] : [D, F];
  const [wRow, wCol] = part === 'out' ? [B.strides[1]!, B.strides[2]!] : [B.strides[2]!, B.strides[1]!];
  const tile = k.workgroupArray(s.names.fresh('tile'), 'f32', BM * width);
  const r0 = i32('r0');
  const block = perGroup.child();
  const rows = block.bind('rows', k.min(k.i32(BM), k.sub(hi, r0)));
  block.push(k.gemm({
    out: tile, M: rows, N: k.i32(width), K: k.i32(inner),
    a: { buffer: A.buffer, offset: k.add(A.offset, k.mul(r0, A.strides[0]!)), rowStride: k.i32(A.strides[0]!), colStride: k.i32(A.strides[1]!) },
    b: { buffer: B.buffer, offset: k.add(B.offset, k.mul(e, B.strides[0]!)), rowStride: k.i32(wRow), colStride: k.i32(wCol) },
  }));
  block.push(k.for(r, 0, k.mul(rows, width), [k.store(out, k.add(k.mul(r0, width), r), k.wgLoad(tile, r))]));
  perGroup.push(k.for(r0, lo, hi, block.stmts, BM));
  top.push(k.for(e, 0, E, perGroup.stmts));
  // Rows past the last group are zeros.
  const end = top.bind('end', read(top, 'offsets', [k.i32(E)]));
  top.push(k.for(c, k.mul(end, width), M * width, [k.store(out, c, k.f32(0))]));
  return finishGemm(s, tile, top);
}

function finishGemm(s: StageLowering, tile: ReturnType<typeof k.workgroupArray>, top: Scope): Kernel {
  const sig = s.signature;
  return finishKernel(s, k.kernel({ name: sig.name, buffers: [], launch: k.serial(), body: [tile, ...top.stmts], ...(sig.loc ? { loc: sig.loc } : {}) }));
}
