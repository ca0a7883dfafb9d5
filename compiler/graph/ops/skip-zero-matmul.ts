// A matmul whose left operand is mostly exact zeros: y = h · W with h f32
// [..., K] (a dReLU FFN's max(0, x W_gate) ⊙ max(0, x W_up), TurboSparse) and
// W f32 [K, N]. With weight "binary" the inputs are (h, W, α, β) and the
// matrix is BinaryLinear's W̃ = α ⊙ sign(W) + β (α, β [K], one per row;
// std/lowbit.loom), formed in the kernel from the rows it reads: no W̃ is
// written. The value is the plain matmul's; the kernel
// (fusion/templates/skip-zero-matmul.ts) walks h's row, skips every h[m, j]
// that is 0, and adds h[m, j] · W[j, :] into the output row, so it reads only
// the rows of W whose activation is non-zero. Created by a generation-time
// rewrite (compiler/passes/skip-zero.ts) on inference programs only, so it has
// no gradient.
import type { Arr, OpDef } from '../op.ts';
import type { OpAttrs, TensorType } from '../types.ts';
import { BYTES_PER_ELEMENT, fmtShape, numel } from '../types.ts';
import { fail, requireDType } from './util.ts';

export interface SkipZeroMatmulDims {
  readonly M: number;
  readonly K: number;
  readonly N: number;
}

/** The operands each weight form takes, in order. */
export const SKIP_ZERO_INPUTS = { f32: ['h', 'w'], binary: ['h', 'w', 'alpha', 'beta'] } as const;

export function skipZeroMatmulDims(attrs: OpAttrs['skip_zero_matmul'], inputs: readonly TensorType[]): SkipZeroMatmulDims {
  const names = SKIP_ZERO_INPUTS[attrs.weight];
  if (!names) fail(`skip_zero_matmul: weight must be "f32" or "binary", got ${JSON.stringify(attrs.weight)}`);
  if (inputs.length !== names.length) fail(`skip_zero_matmul (${attrs.weight}) takes ${names.length} inputs (${names.join(', ')}), got ${inputs.length}`);
  inputs.forEach((t, i) => requireDType('skip_zero_matmul', t, ['f32'], names[i]));
  const [h, w] = inputs as [TensorType, TensorType];
  if (h.shape.length < 1) fail('skip_zero_matmul: h must have a contraction axis, got a scalar');
  const K = h.shape[h.shape.length - 1]!;
  if (w.shape.length !== 2 || w.shape[0] !== K) {
    fail(`skip_zero_matmul: h has ${K} features, so w must be [${K}, out], got ${fmtShape(w.shape)}`);
  }
  for (const [i, t] of inputs.slice(2).entries()) {
    if (t.shape.length !== 1 || t.shape[0] !== K) fail(`skip_zero_matmul: ${names[i + 2]} must be [${K}] (one per row of w), got ${fmtShape(t.shape)}`);
  }
  return { M: numel(h.shape) / K, K, N: w.shape[1]! };
}

export const skipZeroMatmulDef: OpDef<'skip_zero_matmul'> = {
  name: 'skip_zero_matmul',
  arity: [2, 4],
  infer(attrs, inputs) {
    const { N } = skipZeroMatmulDims(attrs, inputs);
    return { shape: [...inputs[0]!.shape.slice(0, -1), N], dtype: 'f32' };
  },
  // The reference is the kernel's own order: per row, zero activations skipped, row axpys.
  evaluate(node, [h, w, alpha, beta], types, ctx): Arr {
    const { M, K, N } = skipZeroMatmulDims(node.attrs, types);
    const binary = node.attrs.weight === 'binary';
    const out = ctx.alloc(M * N);
    for (let m = 0; m < M; m++) {
      for (let j = 0; j < K; j++) {
        const a = h![m * K + j]!;
        if (a === 0) continue;
        for (let n = 0; n < N; n++) {
          const v = w![j * N + n]!;
          out[m * N + n] += a * (binary ? alpha![j]! * Math.sign(v) + beta![j]! : v);
        }
      }
    }
    return out;
  },
  vjp() {
    throw new Error('skip_zero_matmul has no gradient: it only exists in inference programs (compiler/passes/skip-zero.ts never rewrites a training graph)');
  },
  // Cost of the dense worst case (no zeros): the skipped share depends on the data.
  cost(node, types) {
    const { M, K, N } = skipZeroMatmulDims(node.attrs, types);
    const read = types.reduce((sum, t) => sum + numel(t.shape), 0);
    return { flops: 2 * M * K * N, bytesRead: read * BYTES_PER_ELEMENT, bytesWritten: numel(node.type.shape) * BYTES_PER_ELEMENT };
  },
};
