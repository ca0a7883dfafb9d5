// A matmul by packed signs (compiler/quant/sign1.ts): y = x · S with S ∈
// {−1, +1}^[K, N] held as 24 signs per f32 word. Inputs: x f32 [..., K],
// packed f32 [N, ⌈K/24⌉]; output [..., N]. The kernel
// (fusion/templates/sign-matmul.ts) unpacks the bits in registers: no ±1
// matrix is ever written. Inference only: binary weights train through
// BinaryLinear's straight-through sign, not through this op.
import type { Arr, OpDef } from '../op.ts';
import type { TensorType } from '../types.ts';
import { BYTES_PER_ELEMENT, fmtShape, numel } from '../types.ts';
import { signWords, unpackSigns } from '../../quant/sign1.ts';
import { fail, requireDType } from './util.ts';

export interface SignMatmulDims {
  readonly M: number;
  readonly K: number;
  readonly N: number;
}

export function signMatmulDims(inputs: readonly TensorType[]): SignMatmulDims {
  if (inputs.length !== 2) fail(`sign_matmul takes 2 inputs (x, packed), got ${inputs.length}`);
  const [x, w] = inputs as [TensorType, TensorType];
  requireDType('sign_matmul', x, ['f32'], 'x');
  requireDType('sign_matmul', w, ['f32'], 'packed');
  if (x.shape.length < 1) fail('sign_matmul: x must have a contraction axis, got a scalar');
  const K = x.shape[x.shape.length - 1]!;
  if (w.shape.length !== 2 || w.shape[1] !== signWords(K)) {
    fail(`sign_matmul: x has ${K} features, so packed must be [out, ${signWords(K)}] (24 signs per word), got ${fmtShape(w.shape)}`);
  }
  return { M: numel(x.shape) / K, K, N: w.shape[0]! };
}

export const signMatmulDef: OpDef<'sign_matmul'> = {
  name: 'sign_matmul',
  arity: 2,
  infer(_attrs, inputs) {
    const { N } = signMatmulDims(inputs);
    return { shape: [...inputs[0]!.shape.slice(0, -1), N], dtype: 'f32' };
  },
  // The reference: unpack to ±1, then an ordinary matmul (what the kernel must equal).
  evaluate(_node, [x, packed], types, ctx): Arr {
    const { M, K, N } = signMatmulDims(types);
    const s = unpackSigns(packed!, K, N);
    const out = ctx.alloc(M * N);
    for (let m = 0; m < M; m++) {
      for (let kk = 0; kk < K; kk++) {
        const a = x![m * K + kk]!;
        for (let n = 0; n < N; n++) out[m * N + n] += a * s[kk * N + n]!;
      }
    }
    return out;
  },
  vjp() {
    throw new Error('sign_matmul has no gradient: packed binary weights are for inference (BinaryLinear trains them)');
  },
  cost(node, types) {
    const { M, K, N } = signMatmulDims(types);
    const read = numel(types[0]!.shape) + numel(types[1]!.shape);
    return { flops: 2 * M * K * N, bytesRead: read * BYTES_PER_ELEMENT, bytesWritten: numel(node.type.shape) * BYTES_PER_ELEMENT };
  },
};
