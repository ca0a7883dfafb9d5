// Constant folding for `simplify`. A `const` node is a uniform fill, so a node
// whose inputs are all constants folds to a constant exactly when its result
// is uniform too: elementwise ops, movement, sums and maxima. Elementwise
// results are computed by the op's own reference kernel on one f32 element,
// so a folded constant holds the very bits the f32 interpreter would have
// produced (float64 runs may differ in the last bits of a float32 literal).
import type { EvalContext } from '../graph/op.ts';
import { opDef } from '../graph/ops/index.ts';
import type { Node, OpAttrs, TensorType } from '../graph/types.ts';

const F32: EvalContext = { float64: false, alloc: (n) => new Float32Array(n) };

const ELEMENTWISE = new Set(['unary', 'binary', 'where', 'cast']);
const SAME_VALUE = new Set(['reshape', 'permute', 'expand', 'slice', 'stop_grad', 'grad_as']);

/**
 * The uniform value of `node` given its inputs' constant values and types, or
 * undefined when the result is not a uniform fill (or folding does not apply).
 */
export function foldConstant(node: Node, values: readonly number[], types: readonly TensorType[]): number | undefined {
  if (ELEMENTWISE.has(node.op)) {
    const one: TensorType[] = types.map((t) => ({ shape: [1], dtype: t.dtype }));
    const arrays = values.map((v) => Float32Array.of(v));
    const out = opDef(node.op).evaluate({ ...node, type: { shape: [1], dtype: node.type.dtype } } as never, arrays, one, F32);
    return out[0]!;
  }
  if (SAME_VALUE.has(node.op)) return values[0];
  switch (node.op) {
    case 'reduce': {
      const { op, axes } = node.attrs as OpAttrs['reduce'];
      const count = axes.reduce((acc, a) => acc * types[0]!.shape[a]!, 1);
      if (op === 'max') return count > 0 ? values[0] : undefined;
      const sum = values[0]! * count;
      return node.type.dtype === 'f32' ? Math.fround(sum) : sum;
    }
    case 'pad':
      // Padding adds zeros: uniform only when the padded value is zero too.
      return Object.is(values[0], 0) ? 0 : undefined;
    case 'concat':
      return values.every((v) => Object.is(v, values[0])) ? values[0] : undefined;
    default:
      return undefined;
  }
}
