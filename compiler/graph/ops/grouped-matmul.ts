// A grouped (ragged) matmul: the rows of x are split into E consecutive
// groups by `offsets` (E + 1 ascending row indices, offsets[0] = 0,
// offsets[E] = rows), and group e is multiplied by its own matrix W_e. With
// the rows being tokens sorted by expert (group_sort), this is the expert
// layer of a mixture of experts computing only the experts each token chose.
//
// One op, three parts, each one kernel (fusion/templates/grouped-matmul.ts):
//   out (x [M, D], w [E, D, F], offsets)   → y  [M, F]     y_j  = x_j · W_e(j)
//   dx  (dy [M, F], w [E, D, F], offsets)  → dx [M, D]     dx_j = dy_j · W_e(j)ᵀ
//   dw  (x [M, D], dy [M, F], offsets)     → dw [E, D, F]  dW_e = Σ_{j ∈ e} x_jᵀ dy_j
// dw is a contraction whose length (the group's rows) differs per expert.
// A row in no group (past offsets[E]) gives zeros and contributes nothing.
import type { Arr, OpCost, OpDef } from '../op.ts';
import type { GroupedMatmulPart, Node, TensorType } from '../types.ts';
import { BYTES_PER_ELEMENT, fmtShape, numel } from '../types.ts';
import { fail, requireDType } from './util.ts';

/** The operands of each part, in input order. */
export const GROUPED_MATMUL_INPUTS: Readonly<Record<GroupedMatmulPart, readonly string[]>> = {
  out: ['x', 'w', 'offsets'],
  dx: ['dy', 'w', 'offsets'],
  dw: ['x', 'dy', 'offsets'],
};

export interface GroupedMatmulDims {
  /** Rows (tokens × chosen experts). */
  readonly M: number;
  readonly E: number;
  readonly D: number;
  readonly F: number;
}

export function groupedMatmulDims(part: GroupedMatmulPart, inputs: readonly TensorType[]): GroupedMatmulDims {
  const what = `grouped_matmul (${part})`;
  const names = GROUPED_MATMUL_INPUTS[part];
  if (!names) fail(`grouped_matmul: unknown part "${String(part)}"`);
  if (inputs.length !== 3) fail(`${what} takes 3 inputs (${names.join(', ')}), got ${inputs.length}`);
  names.forEach((name, i) => requireDType(what, inputs[i]!, name === 'offsets' ? ['i32'] : ['f32'], name));
  const [a, b, off] = inputs.map((t) => t.shape) as [number[], number[], number[]];
  if (a.length !== 2) fail(`${what}: ${names[0]} must be [rows, features], got ${fmtShape(a)}`);
  if (off.length !== 1 || off[0]! < 2) fail(`${what}: offsets must be [experts + 1], got ${fmtShape(off)}`);
  const E = off[0]! - 1;
  const M = a[0]!;
  if (part === 'dw') {
    if (b.length !== 2 || b[0] !== M) fail(`${what}: dy ${fmtShape(b)} must be [${M}, features] like x ${fmtShape(a)}`);
    return { M, E, D: a[1]!, F: b[1]! };
  }
  if (b.length !== 3 || b[0] !== E) fail(`${what}: w ${fmtShape(b)} must be [${E}, in, out] (one matrix per group of offsets ${fmtShape(off)})`);
  const inner = part === 'out' ? b[1]! : b[2]!;
  if (a[1] !== inner) fail(`${what}: ${names[0]} has ${a[1]} features but w ${fmtShape(b)} expects ${inner}`);
  return { M, E, D: b[1]!, F: b[2]! };
}

/** Checked group boundaries: ascending, from 0, within the rows. */
export function groupBounds(offsets: ArrayLike<number>, rows: number): number[] {
  const b = Array.from(offsets, Number);
  b.forEach((v, e) => {
    const lo = e === 0 ? 0 : b[e - 1]!;
    if (!Number.isInteger(v) || v < lo || v > rows || (e === 0 && v !== 0)) {
      throw new Error(`grouped_matmul: offsets must ascend from 0 to at most ${rows}; offsets[${e}] = ${v}`);
    }
  });
  return b;
}

function evaluate(node: Node<'grouped_matmul'>, [a, b, off]: readonly Arr[], types: readonly TensorType[], ctx: { alloc(n: number): Arr }): Arr {
  const part = node.attrs.part;
  const { M, E, D, F } = groupedMatmulDims(part, types);
  const bounds = groupBounds(off!, M);
  const out = ctx.alloc(numel(node.type.shape));
  for (let e = 0; e < E; e++) {
    for (let j = bounds[e]!; j < bounds[e + 1]!; j++) {
      for (let d = 0; d < D; d++) {
        for (let f = 0; f < F; f++) {
          if (part === 'out') out[j * F + f] += a![j * D + d]! * b![(e * D + d) * F + f]!;
          else if (part === 'dx') out[j * D + d] += a![j * F + f]! * b![(e * D + d) * F + f]!;
          else out[(e * D + d) * F + f] += a![j * D + d]! * b![j * F + f]!;
        }
      }
    }
  }
  return out;
}

/** Only the rows in groups are multiplied: M·D·F multiply-adds for every part, whatever E is. */
function cost(node: Node<'grouped_matmul'>, types: readonly TensorType[]): OpCost {
  const { M, D, F } = groupedMatmulDims(node.attrs.part, types);
  const read = types.reduce((acc, t) => acc + numel(t.shape), 0);
  return { flops: 2 * M * D * F, bytesRead: read * BYTES_PER_ELEMENT, bytesWritten: numel(node.type.shape) * BYTES_PER_ELEMENT };
}

export const groupedMatmulDef: OpDef<'grouped_matmul'> = {
  name: 'grouped_matmul',
  arity: 3,
  infer(attrs, inputs) {
    const { M, E, D, F } = groupedMatmulDims(attrs.part, inputs);
    const shape = { out: [M, F], dx: [M, D], dw: [E, D, F] }[attrs.part];
    return { shape, dtype: 'f32' };
  },
  evaluate,
  vjp(node, g, b) {
    if (node.attrs.part !== 'out') throw new Error(`grouped_matmul (${node.attrs.part}) has no gradient: it is itself part of the backward`);
    const [x, w, off] = node.inputs as [number, number, number];
    return [b.groupedMatmul('dx', [g, w, off]), b.groupedMatmul('dw', [x, g, off]), null];
  },
  cost,
};
