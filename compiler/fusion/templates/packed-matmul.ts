// What the packed-weight matmul kernels (q4-matmul.ts, sign-matmul.ts) share:
// a kernel of one anchor node y = x · W with W held packed in f32 words,
// computed one output element y[row, n] per invocation (a loop on the CPU).
// Each template supplies only the body that reads column n's words.
import { k } from '../../kernel/build.ts';
import type { KExpr, Kernel, KStmt } from '../../kernel/ir.ts';
import { Evaluator } from '../../kernel/lower/evaluator.ts';
import { Point } from '../../kernel/lower/point.ts';
import type { Scope } from '../../kernel/lower/scope.ts';
import { type StageLowering, finishKernel } from '../../kernel/lower/stage-kernel.ts';
import { findLoad } from '../../kernel/lower/stages.ts';
import { elementwiseKernel } from '../../kernel/templates/elementwise.ts';
import type { Node, TensorType } from '../../graph/types.ts';

/** One output element's operands: x[rows…, k], word w of W's column, and the store of its value. */
export interface PackedOperands {
  readonly types: readonly TensorType[];
  /** x at the element's row and contraction index `k`. */
  x(scope: Scope, k: KExpr): KExpr;
  /** Word `w` of the element's column of the packed weight (an f32 holding an exact integer). */
  word(scope: Scope, w: KExpr): KExpr;
  /** The statement storing the element's value. */
  store(value: KExpr): KStmt;
}

/** The kernel of a packed matmul stage (its anchor checked with `is`): `body` per output element. */
export function packedMatmulKernel(s: StageLowering, what: string, is: (n: Node) => boolean, body: (o: PackedOperands) => readonly KStmt[]): Kernel {
  const g = s.p.graph;
  const n = g.nodes[s.stage.nodes[0]!.node]!;
  if (!is(n)) throw new Error(`lowering: k${s.stage.group.id} is not a ${what} kernel`);
  const [xId, wId] = n.inputs as [number, number];
  const types = n.inputs.map((i) => g.nodes[i]!.type);
  const ev = new Evaluator(s, {});
  const loadOf = (input: number, which: string) => {
    const load = findLoad(s.stage.group, input, 'element');
    if (!load) throw new Error(`lowering: %${n.id} must read its ${which} (%${input}) from memory`);
    return load;
  };
  const xLoad = loadOf(xId, 'x');
  const wLoad = loadOf(wId, 'packed weights');
  const out = s.buffers.use(s.table.forNode(n.id), 'write');
  return finishKernel(s, elementwiseKernel({
    signature: s.signature, launch: s.launch, limits: s.limits, names: s.names,
    shape: [...n.type.shape],
    body: ({ flat, index }) => {
      const rows = index.slice(0, -1);
      const col = index[index.length - 1]!;
      return body({
        types,
        x: (sc, kk) => ev.loadAt(sc, xLoad, Point.axes(types[0]!.shape, [...rows, kk])),
        word: (sc, w) => ev.loadAt(sc, wLoad, Point.axes(types[1]!.shape, [col, w])),
        store: (value) => k.store(out, flat, value),
      });
    },
  }));
}
