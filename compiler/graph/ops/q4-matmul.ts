// A matmul by a q4_0-quantised weight (compiler/quant/q4_0.ts): y = x · W
// with W [K, N] held as ggml blocks of 32 along K, three block bytes per f32
// word. Inputs: x f32 [..., K], packed f32 [N, K/32 · 6]; output [..., N].
// The kernel (fusion/templates/q4-matmul.ts) decodes each block's scale and
// codes in registers: no dequantised copy of W is ever written. Inference
// only: quantised weights are not trained.
import type { Arr, OpDef } from '../op.ts';
import type { TensorType } from '../types.ts';
import { BYTES_PER_ELEMENT, fmtShape, numel } from '../types.ts';
import { dequantizeMatrix, Q4_BLOCK, Q4_BLOCK_WORDS, q4Bytes } from '../../quant/q4_0.ts';
import { fail, requireDType } from './util.ts';

export interface Q4MatmulDims {
  /** Rows of x (the product of its leading axes). */
  readonly M: number;
  readonly K: number;
  readonly N: number;
}

export function q4MatmulDims(inputs: readonly TensorType[]): Q4MatmulDims {
  if (inputs.length !== 2) fail(`q4_matmul takes 2 inputs (x, packed), got ${inputs.length}`);
  const [x, w] = inputs as [TensorType, TensorType];
  requireDType('q4_matmul', x, ['f32'], 'x');
  requireDType('q4_matmul', w, ['f32'], 'packed');
  if (x.shape.length < 1) fail('q4_matmul: x must have a contraction axis, got a scalar');
  if (w.shape.length !== 2 || w.shape[1]! % Q4_BLOCK_WORDS !== 0) {
    fail(`q4_matmul: packed must be [out, blocks · ${Q4_BLOCK_WORDS}] (q4_0 blocks, ${Q4_BLOCK_WORDS} words each), got ${fmtShape(w.shape)}`);
  }
  const K = x.shape[x.shape.length - 1]!;
  const [N, words] = w.shape as [number, number];
  if (K !== (words / Q4_BLOCK_WORDS) * Q4_BLOCK) {
    fail(`q4_matmul: x has ${K} features but packed ${fmtShape(w.shape)} holds ${(words / Q4_BLOCK_WORDS) * Q4_BLOCK} per output`);
  }
  return { M: numel(x.shape) / K, K, N };
}

export const q4MatmulDef: OpDef<'q4_matmul'> = {
  name: 'q4_matmul',
  arity: 2,
  infer(_attrs, inputs) {
    const { N } = q4MatmulDims(inputs);
    return { shape: [...inputs[0]!.shape.slice(0, -1), N], dtype: 'f32' };
  },
  // The reference: dequantise W, then an ordinary matmul (what the kernel must equal).
  evaluate(node, [x, packed], types, ctx): Arr {
    const { M, K, N } = q4MatmulDims(types);
    const w = dequantizeMatrix(q4Bytes(packed!), K, N);
    const out = ctx.alloc(M * N);
    for (let m = 0; m < M; m++) {
      for (let kk = 0; kk < K; kk++) {
        const a = x![m * K + kk]!;
        for (let n = 0; n < N; n++) out[m * N + n] += a * w[kk * N + n]!;
      }
    }
    return out;
  },
  vjp() {
    throw new Error('q4_matmul has no gradient: quantised weights are for inference');
  },
  cost(node, types) {
    const { M, K, N } = q4MatmulDims(types);
    const read = numel(types[0]!.shape) + numel(types[1]!.shape);
    return { flops: 2 * M * K * N, bytesRead: read * BYTES_PER_ELEMENT, bytesWritten: numel(node.type.shape) * BYTES_PER_ELEMENT };
  },
};
