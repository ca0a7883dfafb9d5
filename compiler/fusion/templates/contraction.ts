// Contraction kernels: one two-operand einsum with its epilogue (bias,
// activation, residual, scale, and any other element-level work of the
// group). Operands are read from memory, never from a producer in the same
// kernel (that would recompute the producer for every output tile); the
// iteration space is the einsum's output.
//
// A two-operand einsum whose axes split into batch (in both operands and the
// output), M (first operand and output), N (second operand and output) and K
// (both operands, summed) is a batched matmul on the tiled templates. Each
// operand is read through its load's view: when each axis class of the
// operand merges into one stride (the usual case: contiguous, transposed,
// broadcast over the batch), the template gets a strided operand and walks
// it with pointer arithmetic; when it does not (an attention output's heads
// and head size feeding one K), the class is a list of (size, stride)
// levels, which the gemm path packs through offset tables and the other
// paths address with an index expression per element. A guarded view
// (padding) is read through an index expression per element. An
// operand computed from the index alone (a causal mask built from iota) has
// no buffer: it is evaluated per element inside the tiles. Anything else
// (one operand, an axis summed within one operand) runs as a plain loop per
// output element over the summed axes.
import { k } from '../../kernel/build.ts';
import type { KExpr, Kernel } from '../../kernel/ir.ts';
import { lowerElementwise } from '../../kernel/lower/elementwise.ts';
import { Evaluator, inBoundsIndex } from '../../kernel/lower/evaluator.ts';
import { generatedAt } from '../../kernel/lower/generated.ts';
import { toStorage } from '../../kernel/lower/ops.ts';
import { type AxisGroup, Point } from '../../kernel/lower/point.ts';
import { Scope } from '../../kernel/lower/scope.ts';
import { type StageLowering, finishKernel, storeWrites } from '../../kernel/lower/stage-kernel.ts';
import { findLoad, stageNodes } from '../../kernel/lower/stages.ts';
import { elementwiseKernel } from '../../kernel/templates/elementwise.ts';
import type { MatrixOperand, Stride } from '../../kernel/templates/common.ts';
import { mergeLevels } from '../../kernel/templates/common.ts';
import { matmulKernel } from '../../kernel/templates/matmul.ts';
import { einsumAxisSizes, parseEinsum } from '../../graph/ops/einsum.ts';
import type { Node, NodeId, OpAttrs } from '../../graph/types.ts';
import type { KernelLoad } from '../types.ts';
import type { KernelTemplate } from '../template.ts';

const isEinsum = (n: Node) => n.op === 'einsum';

export const contraction: KernelTemplate = {
  kind: 'contraction',
  label: () => 'einsum',
  anchors: isEinsum,
  maxAnchors: 1,
  space: (_g, einsum) => ({ shape: [...einsum.type.shape], reduceAxes: [] }),
  anchorLevels: (_g, n) => ({ output: 'element', inputs: n.inputs.map(() => null) }),
  stages: (p, group) => [{
    nodes: stageNodes(group),
    lower: lowerContraction,
    // A piece cut off for the storage-buffer limit without the einsum is plain epilogue work.
    piece: (nodes) => (nodes.some((sn) => isEinsum(p.graph.nodes[sn.node]!)) ? undefined : (s) => lowerElementwise(s)),
  }],
};

interface Einsum {
  readonly id: NodeId;
  readonly inputs: readonly string[];
  readonly output: string;
  readonly size: ReadonlyMap<string, number>;
  readonly loads: readonly KernelLoad[];
}

function lowerContraction(s: StageLowering): Kernel {
  const g = s.p.graph;
  const anchor = s.stage.nodes.find((n) => g.nodes[n.node]!.op === 'einsum');
  if (!anchor) throw new Error(`lowering: contraction stage of k${s.stage.group.id} has no einsum`);
  const n = g.nodes[anchor.node]!;
  const spec = parseEinsum((n.attrs as OpAttrs['einsum']).spec);
  const loads = n.inputs.map((v) => {
    const l = findLoad(s.stage.group, v, 'element');
    if (!l) throw new Error(`lowering: einsum %${n.id} must read operand %${v} from memory`);
    return l;
  });
  const e: Einsum = { id: n.id, ...spec, size: einsumAxisSizes(spec, n.inputs.map((v) => g.nodes[v]!.type)), loads };
  return finishKernel(s, matmulShaped(s, e) ?? loopContraction(s, e));
}

const letters = (of: string, keep: (c: string) => boolean) => [...of].filter(keep);
const positions = (of: string, axes: readonly string[]) => axes.map((c) => of.indexOf(c));
const product = (e: Einsum, axes: readonly string[]) => axes.reduce((a, c) => a * e.size.get(c)!, 1);

function matmulShaped(s: StageLowering, e: Einsum): Kernel | undefined {
  if (e.inputs.length !== 2) return undefined;
  const [a, b] = e.inputs as [string, string];
  const out = e.output;
  if ([...a].some((c) => !b.includes(c) && !out.includes(c)) || [...b].some((c) => !a.includes(c) && !out.includes(c))) return undefined;
  const batch = letters(out, (c) => a.includes(c) && b.includes(c));
  const m = letters(out, (c) => a.includes(c) && !b.includes(c));
  const nAxes = letters(out, (c) => b.includes(c) && !a.includes(c));
  const kAxes = letters(a, (c) => b.includes(c) && !out.includes(c));
  const operand = (load: KernelLoad, spec: string, rows: readonly string[], cols: readonly string[]): MatrixOperand => {
    const groups = (row: KExpr, col: KExpr, bt: KExpr): AxisGroup[] => [
      { index: bt, axes: positions(spec, batch) },
      { index: row, axes: positions(spec, rows) },
      { index: col, axes: positions(spec, cols) },
    ];
    const shape = s.p.graph.nodes[load.value]!.type.shape;
    if (load.generated) {
      // No buffer: the value at each element, from its index (an expression: tiles stage it without statements).
      const dtype = s.p.graph.nodes[load.value]!.type.dtype;
      return {
        kind: 'computed',
        load: (row, col, bt) => {
          const addr = Point.of(shape, groups(row, col, bt)).address(load.view);
          const v = toStorage(generatedAt(s.p, Scope.inline(s.names), load.source, addr.index), dtype);
          return addr.valid ? k.select(addr.valid, v, k.f32(0)) : v;
        },
      };
    }
    const buffer = s.buffers.use(s.table.forNode(load.source), 'read');
    if (load.view.guards.length === 0) {
      const [batchStride, rowStride, colStride] = [batch, rows, cols].map((axes) => strideLevels(load, positions(spec, axes))) as [Stride, Stride, Stride];
      return { kind: 'strided', buffer, offset: load.view.offset, batchStride, rowStride, colStride };
    }
    return {
      kind: 'computed',
      load: (row, col, bt) => {
        const addr = Point.of(shape, groups(row, col, bt)).address(load.view);
        const v = k.load(buffer, inBoundsIndex(addr));
        return addr.valid ? k.select(addr.valid, v, k.f32(0)) : v;
      },
    };
  };
  const shape = s.p.graph.nodes[e.id]!.type.shape;
  // The epilogue walks C row by row (j innermost). When the output's innermost axis is an M axis
  // (a weight gradient xᵀ·dy stored as [d_out, d_in]) that would store with a stride per element:
  // compute Cᵀ = Bᵀ·Aᵀ instead (the operands swap roles; the same sums, in the same order).
  const innermost = [...out].reverse().find((c) => m.includes(c) || nAxes.includes(c));
  const swap = innermost !== undefined && m.includes(innermost);
  const [rowAxes, colAxes] = swap ? [nAxes, m] : [m, nAxes];
  const [first, second] = swap ? [1, 0] : [0, 1];
  return matmulKernel({
    signature: s.signature,
    launch: s.launch,
    limits: s.limits,
    cpuGemm: s.target.gemmIntrinsic,
    names: s.names,
    batch: product(e, batch),
    M: product(e, rowAxes),
    N: product(e, colAxes),
    K: product(e, kAxes),
    a: operand(e.loads[first]!, e.inputs[first]!, rowAxes, kAxes),
    b: operand(e.loads[second]!, e.inputs[second]!, kAxes, colAxes),
    epilogue: (acc, i, j, bt) => {
      const at = Point.of(shape, [
        { index: bt, axes: positions(out, batch) },
        { index: i, axes: positions(out, rowAxes) },
        { index: j, axes: positions(out, colAxes) },
      ]);
      return storeWrites(s, { element: at }, s.stage.writes, new Map([[e.id, acc]])).stmts;
    },
  });
}

/**
 * How the load's view walks `axes` (row-major: the index class's flat index
 * over them): the (size, stride) levels of the axes, adjacent mergeable
 * levels merged, size-1 axes dropped; usually one stride.
 */
function strideLevels(load: KernelLoad, axes: readonly number[]): Stride {
  const { shape, strides } = load.view;
  return mergeLevels(axes.map((a) => ({ size: shape[a]!, stride: strides[a]! })));
}

/** out[o] = Σ_s Π operands at (o, s): a loop over the summed axes per output element. */
function loopContraction(s: StageLowering, e: Einsum): Kernel {
  const outShape = s.p.graph.nodes[e.id]!.type.shape;
  const summed = [...new Set(e.inputs.join(''))].filter((c) => !e.output.includes(c));
  const sumShape = summed.map((c) => e.size.get(c)!);
  const total = sumShape.reduce((x, d) => x * d, 1);
  return elementwiseKernel({
    signature: s.signature,
    launch: s.launch,
    limits: s.limits,
    shape: outShape,
    names: s.names,
    body: ({ flat }) => {
      const at = Point.flat(outShape, flat);
      const acc = s.names.variable('acc', 'f32');
      const j = s.names.variable('s', 'i32');
      const inner = new Scope(s.names);
      const ev = new Evaluator(s, {});
      const sumAt = Point.flat(sumShape, j);
      const coord = (c: string): KExpr => {
        const o = e.output.indexOf(c);
        return o >= 0 ? at.axisIndex(o) : sumAt.axisIndex(summed.indexOf(c));
      };
      const factors = e.loads.map((load, i) => {
        const spec = e.inputs[i]!;
        return ev.loadAt(inner, load, Point.axes(s.p.graph.nodes[load.value]!.type.shape, [...spec].map(coord)));
      });
      const term = factors.reduce((x, y) => k.mul(x, y));
      inner.push(k.assign(acc, k.add(acc, term)));
      const scope = new Scope(s.names);
      scope.push(k.let(acc, k.f32(0)), k.for(j, 0, total, inner.stmts));
      return storeWrites(s, { element: at }, s.stage.writes, new Map([[e.id, acc]]), scope).stmts;
    },
  });
}

