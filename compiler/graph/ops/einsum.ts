// einsum over single-letter axes with one or two operands. Evaluation reduces
// every case to a batched matmul: sum away axes that only one operand has,
// permute the operands to [batch, m, k] and [batch, n, k] (contracted axes
// last in both, see matmul.ts), multiply, and permute the [batch, m, n]
// result to the output's axis order. Permutes are skipped when the layout
// already fits.
import type { GraphBuilder } from '../builder.ts';
import type { Arr, EvalContext, OpDef } from '../op.ts';
import { type NodeId, type Shape, type TensorType, fmtShape, numel } from '../types.ts';
import { batchedMatmul } from './matmul.ts';
import { permuteArray } from './movement.ts';
import { reducedShape, sumAxes } from './reduce.ts';
import { fail, trafficCost } from './util.ts';

export interface EinsumSpec {
  /** Axis letters of each operand. */
  readonly inputs: readonly string[];
  readonly output: string;
}

const SPEC = /^([a-zA-Z]*)(?:,([a-zA-Z]*))?->([a-zA-Z]*)$/;

export function parseEinsum(spec: string): EinsumSpec {
  const m = SPEC.exec(spec);
  if (!m) fail(`einsum: bad spec "${spec}"; expected one or two operands of single-letter axes, e.g. "btd,dv->btv"`);
  return { inputs: m[2] === undefined ? [m[1]!] : [m[1]!, m[2]], output: m[3]! };
}

function checkUnique(letters: string, where: string): void {
  for (let i = 0; i < letters.length; i++) {
    if (letters.indexOf(letters[i]!) !== i) fail(`einsum: axis ${letters[i]} appears twice in ${where}`);
  }
}

/** The size of every axis letter, checking that operands agree. */
export function einsumAxisSizes(spec: EinsumSpec, types: readonly TensorType[]): Map<string, number> {
  const sizes = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  spec.inputs.forEach((letters, k) => {
    const shape = types[k]!.shape;
    if (letters.length !== shape.length) fail(`einsum: operand ${k + 1} has shape ${fmtShape(shape)} but "${letters}" names ${letters.length} axes`);
    checkUnique(letters, `operand ${k + 1}`);
    [...letters].forEach((l, i) => {
      const known = sizes.get(l);
      if (known === undefined) {
        sizes.set(l, shape[i]!);
        firstSeen.set(l, k);
      } else if (known !== shape[i]) {
        fail(`einsum: axis ${l} is ${known} in operand ${firstSeen.get(l)! + 1} but ${shape[i]} in operand ${k + 1}`);
      }
    });
  });
  return sizes;
}

export const einsumDef: OpDef<'einsum'> = {
  name: 'einsum',
  arity: [1, 2],
  infer(attrs, types) {
    const spec = parseEinsum(attrs.spec);
    if (spec.inputs.length !== types.length) {
      fail(`einsum: spec "${attrs.spec}" names ${spec.inputs.length} operand${spec.inputs.length > 1 ? 's' : ''} but got ${types.length}`);
    }
    const dtype = types[0]!.dtype;
    types.forEach((t, k) => {
      if (t.dtype === 'bool') fail(`einsum: operand ${k + 1} must be f32 or i32, got bool`);
      if (t.dtype !== dtype) fail(`einsum: operand ${k + 1} is ${t.dtype} but operand 1 is ${dtype}`);
    });
    const sizes = einsumAxisSizes(spec, types);
    checkUnique(spec.output, 'the output');
    for (const l of spec.output) if (!sizes.has(l)) fail(`einsum: output axis ${l} appears in no operand`);
    return { shape: [...spec.output].map((l) => sizes.get(l)!), dtype };
  },
  evaluate(node, xs, types, ctx) {
    const spec = parseEinsum(node.attrs.spec);
    const sizes = einsumAxisSizes(spec, types);
    return spec.inputs.length === 1
      ? arrange(xs[0]!, types[0]!.shape, spec.inputs[0]!, [...spec.output], ctx)
      : contract(spec, xs[0]!, xs[1]!, types, sizes, ctx);
  },
  vjp(node, g, b) {
    const spec = parseEinsum(node.attrs.spec);
    const [x, y] = node.inputs;
    if (spec.inputs.length === 1) return [operandGrad(b, g, spec.output, spec.inputs[0]!, x!)];
    return [
      operandGrad(b, g, spec.output, spec.inputs[0]!, x!, { letters: spec.inputs[1]!, node: y! }),
      operandGrad(b, g, spec.output, spec.inputs[1]!, y!, { letters: spec.inputs[0]!, node: x! }),
    ];
  },
  cost(node, types) {
    const spec = parseEinsum(node.attrs.spec);
    const sizes = einsumAxisSizes(spec, types);
    let flops: number;
    if (spec.inputs.length === 2) {
      // A multiply and an add for every point of the full index space.
      flops = 2 * numel([...sizes.values()]);
    } else {
      // One operand: a pure transpose moves data; a reduction adds each input element once.
      const summing = [...spec.inputs[0]!].some((l) => !spec.output.includes(l));
      flops = summing ? numel(types[0]!.shape) : 0;
    }
    return trafficCost(types, node.type, flops);
  },
};

// ------------------------------------------------------------------ evaluation

/** Sum `x` over the axes whose letters are not in `order`, then lay it out in `order`. */
function arrange(x: Arr, shape: Shape, letters: string, order: readonly string[], ctx: EvalContext): Arr {
  const summed: number[] = [];
  [...letters].forEach((l, i) => {
    if (!order.includes(l)) summed.push(i);
  });
  let arr = x;
  let cur = shape;
  if (summed.length > 0) {
    arr = sumAxes(x, shape, summed, ctx);
    cur = reducedShape(shape, summed);
  }
  // Summed axes are now size 1; parking them last changes no offsets.
  const perm = [...order.map((l) => letters.indexOf(l)), ...summed];
  // Size-1 axes can sit anywhere; data moves only if the others change order.
  const real = perm.filter((p) => cur[p] !== 1);
  const moves = real.some((p, i) => i > 0 && p < real[i - 1]!);
  return moves ? permuteArray(arr, cur, perm, ctx.alloc(arr.length)) : arr;
}

function contract(spec: EinsumSpec, x: Arr, y: Arr, types: readonly TensorType[], sizes: Map<string, number>, ctx: EvalContext): Arr {
  const [a, b] = spec.inputs as [string, string];
  const o = spec.output;
  const outLetters = [...o];
  const batch = outLetters.filter((l) => a.includes(l) && b.includes(l));
  const rows = outLetters.filter((l) => a.includes(l) && !b.includes(l));
  const cols = outLetters.filter((l) => b.includes(l) && !a.includes(l));
  const inner = [...a].filter((l) => b.includes(l) && !o.includes(l));
  const size = (ls: readonly string[]) => numel(ls.map((l) => sizes.get(l)!));
  const lhs = arrange(x, types[0]!.shape, a, [...batch, ...rows, ...inner], ctx);
  const rhs = arrange(y, types[1]!.shape, b, [...batch, ...cols, ...inner], ctx);
  const product = batchedMatmul(lhs, rhs, size(batch), size(rows), size(inner), size(cols), ctx);
  const produced = [...batch, ...rows, ...cols];
  return arrange(product, produced.map((l) => sizes.get(l)!), produced.join(''), outLetters, ctx);
}

// ------------------------------------------------------------------ gradient

/**
 * The gradient of the operand with axes `target`: contract g (axes `out`) with
 * the other operand, keeping the target's axes that g or the other operand
 * has; axes only the target had were summed in the forward pass, so their
 * gradient is broadcast back.
 */
function operandGrad(
  b: GraphBuilder, g: NodeId, out: string, target: string, targetNode: NodeId,
  other?: { letters: string; node: NodeId },
): NodeId {
  const available = out + (other?.letters ?? '');
  const kept = [...target].filter((l) => available.includes(l)).join('');
  let grad: NodeId;
  if (other) grad = b.einsum(`${out},${other.letters}->${kept}`, g, other.node);
  else grad = kept === out ? g : b.einsum(`${out}->${kept}`, g);
  if (kept.length === target.length) return grad;
  const shape = b.shape(targetNode);
  const withOnes = [...target].map((l, i) => (kept.includes(l) ? shape[i]! : 1));
  return b.broadcastTo(b.reshape(grad, withOnes), shape);
}
