// The zero-skipping matmul kernel: one `skip_zero_matmul` node
// (graph/ops/skip-zero-matmul.ts) per kernel, y = h · W with h mostly exact
// zeros (a dReLU FFN's hidden activations). Both operands are read from
// memory through their views; with weight "binary" a row of W̃ = α ⊙ sign(W) + β
// is formed from W's row as it is read (no W̃ is written), h[m, j]·α[j] and
// h[m, j]·β[j] once per non-zero activation.
//
//  CPU (serial): per output row m, the row is cleared, then for each j with
//       h[m, j] ≠ 0 the row gets h[m, j] · W[j, :] added (an axpy over W's
//       contiguous row). W's rows for zero activations are never read: at
//       decode (M = 1) the matmul is memory-bound, so the time scales with
//       the non-zero fraction.
//  GPU (grid): one output element y[m, n] per invocation, a loop over j that
//       branches on h[m, j] ≠ 0. The workgroup spans consecutive n of one row
//       whenever N allows (its size divides N), so the branch is uniform in a
//       workgroup and the skipped rows of W are not fetched by any of its
//       invocations; h[m, j] is the same address across the workgroup (a
//       broadcast load).
import { k } from '../../kernel/build.ts';
import type { KExpr, Kernel } from '../../kernel/ir.ts';
import { Evaluator } from '../../kernel/lower/evaluator.ts';
import { Point } from '../../kernel/lower/point.ts';
import { Scope } from '../../kernel/lower/scope.ts';
import { type StageLowering, finishKernel } from '../../kernel/lower/stage-kernel.ts';
import { findLoad, stageNodes } from '../../kernel/lower/stages.ts';
import { elementwiseKernel } from '../../kernel/templates/elementwise.ts';
import { SKIP_ZERO_INPUTS, skipZeroMatmulDims } from '../../graph/ops/skip-zero-matmul.ts';
import type { Node } from '../../graph/types.ts';
import type { KernelTemplate } from '../template.ts';

const isSkipZero = (n: Node): n is Node<'skip_zero_matmul'> => n.op === 'skip_zero_matmul';

export const skipZeroMatmul: KernelTemplate = {
  kind: 'skip_zero_matmul',
  label: () => 'skipmm',
  anchors: isSkipZero,
  maxAnchors: 1,
  alone: true,
  space: (_g, n) => ({ shape: [...n.type.shape], reduceAxes: [] }),
  anchorLevels: (_g, n) => ({ output: 'element', inputs: n.inputs.map(() => null) }),
  stages: (_p, group) => [{ nodes: stageNodes(group), lower: lowerSkipZero, fitted: true }],
};

/** The largest grid workgroup size that divides N (one row per workgroup), else the default. */
function rowWorkgroup(N: number): number {
  return [256, 128, 64, 32].find((size) => N % size === 0) ?? 256;
}

function lowerSkipZero(s: StageLowering): Kernel {
  const g = s.p.graph;
  const n = g.nodes[s.stage.nodes[0]!.node]!;
  if (!isSkipZero(n)) throw new Error(`lowering: k${s.stage.group.id} is not a skip_zero_matmul kernel`);
  const types = n.inputs.map((i) => g.nodes[i]!.type);
  const { M, K, N } = skipZeroMatmulDims(n.attrs, types);
  const ev = new Evaluator(s, {});
  const names: readonly string[] = SKIP_ZERO_INPUTS[n.attrs.weight];
  const loads = n.inputs.map((input, i) => {
    const load = findLoad(s.stage.group, input, 'element');
    if (!load) throw new Error(`lowering: %${n.id} must read its ${names[i]} (%${input}) from memory`);
    return load;
  });
  const h = (sc: Scope, m: KExpr, j: KExpr) => ev.loadAt(sc, loads[0]!, Point.flat([M, K], k.add(k.mul(m, K), j)));
  const w = (sc: Scope, j: KExpr, col: KExpr) => ev.loadAt(sc, loads[1]!, Point.axes([K, N], [j, col]));
  /** What row j adds to element `col` of the output row, for activation `a` (bound once per non-zero a). */
  const term = (perJ: Scope, a: KExpr): ((sc: Scope, col: KExpr) => KExpr) => {
    if (n.attrs.weight === 'f32') return (sc, col) => k.mul(a, w(sc, j, col));
    // a · (α_j sign(W_jn) + β_j) = (a α_j) · sign(W_jn) + a β_j
    const aAlpha = perJ.bind('aa', k.mul(a, ev.loadAt(perJ, loads[2]!, Point.axes([K], [j]))));
    const aBeta = perJ.bind('ab', k.mul(a, ev.loadAt(perJ, loads[3]!, Point.axes([K], [j]))));
    return (sc, col) => k.add(k.mul(aAlpha, k.sign(w(sc, j, col))), aBeta);
  };
  const out = s.buffers.use(s.table.forNode(n.id), 'write');
  const common = { signature: s.signature, launch: s.launch, limits: s.limits, names: s.names };
  const j = s.names.variable('j', 'i32');

  if (s.launch === 'serial') {
    // Accumulate straight into the output row: it is this kernel's own buffer.
    const acc = s.buffers.use(s.table.forNode(n.id), 'read');
    return finishKernel(s, elementwiseKernel({
      ...common, shape: [M],
      body: ({ flat: m }) => {
        const scope = new Scope(s.names);
        const base = scope.bind('row', k.mul(m, N));
        const col = s.names.variable('n', 'i32');
        scope.push(k.for(col, 0, N, [k.store(out, k.add(base, col), k.f32(0))]));
        const perJ = scope.child();
        const a = perJ.bind('a', h(perJ, m, j));
        const nonZero = perJ.child();
        const add = term(nonZero, a);
        const axpy = nonZero.child();
        const at = k.add(base, col);
        axpy.push(k.store(out, at, k.add(k.load(acc, at), add(axpy, col))));
        nonZero.push(k.for(col, 0, N, axpy.stmts));
        perJ.push(k.if(k.ne(a, k.f32(0)), nonZero.stmts));
        scope.push(k.for(j, 0, K, perJ.stmts));
        return scope.stmts;
      },
    }));
  }

  return finishKernel(s, elementwiseKernel({
    ...common, shape: [M, N], workgroupSize: rowWorkgroup(N),
    body: ({ flat, index: [m, col] }) => {
      const scope = new Scope(s.names);
      const sum = s.names.variable('acc', 'f32');
      const perJ = scope.child();
      const a = perJ.bind('a', h(perJ, m!, j));
      const nonZero = perJ.child();
      nonZero.push(k.assign(sum, k.add(sum, term(nonZero, a)(nonZero, col!))));
      perJ.push(k.if(k.ne(a, k.f32(0)), nonZero.stmts));
      scope.push(k.let(sum, k.f32(0)), k.for(j, 0, K, perJ.stmts), k.store(out, flat, sum));
      return scope.stmts;
    },
  }));
}
