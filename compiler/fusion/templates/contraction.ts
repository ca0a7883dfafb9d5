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
// it with pointer arithmetic; otherwise an index expression per element. An
// operand computed from the index alone (a causal mask built from iota) has
// no buffer: it is evaluated per element inside the tiles. Anything else
// (one operand, an axis summed within one operand) runs as a plain loop per
// output element over the summed axes.
import { k } from '../../kernel/build.ts';
import type { KExpr, Kernel } from '../../kernel/ir.ts';
import { lowerElementwise } from '../../kernel/lower/elementwise.ts';
import { Evaluator } from '../../kernel/lower/evaluator.ts';
import { generatedAt } from '../../kernel/lower/generated.ts';
import { toStorage } from '../../kernel/lower/ops.ts';
import { type AxisGroup, Point } from '../../kernel/lower/point.ts';
import { Scope } from '../../kernel/lower/scope.ts';
import { type StageLowering, finishKernel, storeWrites } from '../../kernel/lower/stage-kernel.ts';
import { findLoad, stageNodes } from '../../kernel/lower/stages.ts';
import { elementwiseKernel } from '../../kernel/templates/elementwise.ts';
import type { MatrixOperand } from '../../kernel/templates/common.ts';
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
    const strides = [batch, rows, cols].map((axes) => mergedStride(load, positions(spec, axes)));
    if (load.view.guards.length === 0 && strides.every((x) => x !== undefined)) {
      return { kind: 'strided', buffer, offset: load.view.offset, batchStride: strides[0]!, rowStride: strides[1]!, colStride: strides[2]! };
    }
    return {
      kind: 'computed',
      load: (row, col, bt) => {
        const addr = Point.of(shape, groups(row, col, bt)).address(load.view);
        const v = k.load(buffer, addr.index);
        return addr.valid ? k.select(addr.valid, v, k.f32(0)) : v;
      },
    };
  };
  const shape = s.p.graph.nodes[e.id]!.type.shape;
  return matmulKernel({
    signature: s.signature,
    launch: s.launch,
    limits: s.limits,
    cpuGemm: s.target.gemmIntrinsic,
    names: s.names,
    batch: product(e, batch),
    M: product(e, m),
    N: product(e, nAxes),
    K: product(e, kAxes),
    a: operand(e.loads[0]!, a, m, kAxes),
    b: operand(e.loads[1]!, b, kAxes, nAxes),
    epilogue: (acc, i, j, bt) => {
      const at = Point.of(shape, [
        { index: bt, axes: positions(out, batch) },
        { index: i, axes: positions(out, m) },
        { index: j, axes: positions(out, nAxes) },
      ]);
      return storeWrites(s, { element: at }, s.stage.writes, new Map([[e.id, acc]])).stmts;
    },
  });
}

/** The one stride that walks `axes` (row-major, size-1 axes ignored) in the load's view, if there is one. */
function mergedStride(load: KernelLoad, axes: readonly number[]): number | undefined {
  const { shape, strides } = load.view;
  const live = axes.filter((a) => shape[a] !== 1);
  if (live.length === 0) return 0;
  for (let t = 0; t + 1 < live.length; t++) {
    if (strides[live[t]!] !== strides[live[t + 1]!]! * shape[live[t + 1]!]!) return undefined;
  }
  return strides[live[live.length - 1]!]!;
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

