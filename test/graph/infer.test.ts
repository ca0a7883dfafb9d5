// Type rules: the shapes they produce and the exact errors they report.
import { describe, expect, test } from 'vitest';
import { GraphBuilder, lit } from '../../compiler/graph/builder.ts';
import { ShapeError } from '../../compiler/graph/op.ts';
import { opDef } from '../../compiler/graph/ops/index.ts';
import type { DType, OpAttrs, OpName, Shape, TensorType } from '../../compiler/graph/types.ts';

const t = (shape: Shape, dtype: DType = 'f32'): TensorType => ({ shape, dtype });

function infer<K extends OpName>(op: K, attrs: OpAttrs[K], ...inputs: TensorType[]): TensorType {
  return opDef(op).infer(attrs, inputs);
}

function inferError<K extends OpName>(op: K, attrs: OpAttrs[K], ...inputs: TensorType[]): string {
  try {
    infer(op, attrs, ...inputs);
  } catch (e) {
    expect(e).toBeInstanceOf(ShapeError);
    return (e as Error).message;
  }
  throw new Error('expected a ShapeError');
}

describe('result types', () => {
  test('elementwise', () => {
    expect(infer('unary', { op: 'exp' }, t([2, 3]))).toEqual(t([2, 3]));
    expect(infer('binary', { op: 'lt' }, t([2]), t([2]))).toEqual(t([2], 'bool'));
    expect(infer('binary', { op: 'add' }, t([2], 'i32'), t([2], 'i32'))).toEqual(t([2], 'i32'));
    expect(infer('where', {}, t([2], 'bool'), t([2], 'i32'), t([2], 'i32'))).toEqual(t([2], 'i32'));
    expect(infer('cast', { to: 'bool' }, t([4]))).toEqual(t([4], 'bool'));
  });
  test('reduce keeps reduced axes', () => {
    expect(infer('reduce', { op: 'sum', axes: [0, 2] }, t([2, 3, 4]))).toEqual(t([1, 3, 1]));
  });
  test('movement', () => {
    expect(infer('permute', { perm: [2, 0, 1] }, t([2, 3, 4]))).toEqual(t([4, 2, 3]));
    expect(infer('slice', { starts: [1, 0], stops: [7, 3], steps: [2, 1] }, t([8, 3]))).toEqual(t([3, 3]));
    expect(infer('pad', { before: [1, 0], after: [2, 0], steps: [2, 1] }, t([3, 3]))).toEqual(t([8, 3]));
    expect(infer('concat', { axis: 1 }, t([2, 1]), t([2, 3]))).toEqual(t([2, 4]));
  });
  test('indexing', () => {
    expect(infer('gather', { axis: 0 }, t([256, 64]), t([2, 8], 'i32'))).toEqual(t([2, 8, 64]));
    expect(infer('gather', { axis: 1 }, t([4, 5, 6]), t([3], 'i32'))).toEqual(t([4, 3, 6]));
    expect(infer('scatter_add', { axis: 0, size: 256 }, t([2, 8, 64]), t([2, 8], 'i32'))).toEqual(t([256, 64]));
  });
  test('einsum', () => {
    expect(infer('einsum', { spec: 'btd,dhk->bhtk' }, t([2, 8, 32]), t([32, 4, 8]))).toEqual(t([2, 4, 8, 8]));
    expect(infer('einsum', { spec: 'ij->' }, t([2, 3]))).toEqual(t([]));
  });
  test('grad_as and stop_grad', () => {
    expect(infer('grad_as', {}, t([2]), t([2]))).toEqual(t([2]));
    expect(infer('stop_grad', {}, t([2], 'i32'))).toEqual(t([2], 'i32'));
  });
});

describe('errors', () => {
  const cases: [string, () => string][] = [
    ['binary add: shapes [2, 3] and [3, 2] differ', () => inferError('binary', { op: 'add' }, t([2, 3]), t([3, 2]))],
    ['binary mul: dtypes f32 and i32 differ', () => inferError('binary', { op: 'mul' }, t([2]), t([2], 'i32'))],
    ['binary and: operands must be bool, got f32', () => inferError('binary', { op: 'and' }, t([2]), t([2]))],
    ['unary exp: input must be f32, got i32', () => inferError('unary', { op: 'exp' }, t([2], 'i32'))],
    ['where: condition must be bool, got f32', () => inferError('where', {}, t([2]), t([2]), t([2]))],
    ['reduce sum: axis 3 is out of range for [2, 3]', () => inferError('reduce', { op: 'sum', axes: [3] }, t([2, 3]))],
    ['reshape: cannot reshape [2, 3] (6 elements) to [4, 2] (8 elements)', () => inferError('reshape', { shape: [4, 2] }, t([2, 3]))],
    ['permute: [0, 0] is not a permutation of 2 axes', () => inferError('permute', { perm: [0, 0] }, t([2, 3]))],
    ['expand: cannot expand [2, 3] to [4, 3]: axis 0 is 2, not 1 or 4', () => inferError('expand', { shape: [4, 3] }, t([2, 3]))],
    ['slice: 2:9 is out of range for axis 0 of [8]', () => inferError('slice', { starts: [2], stops: [9], steps: [1] }, t([8]))],
    ['slice: step 0 on axis 0 must be a positive integer', () => inferError('slice', { starts: [0], stops: [2], steps: [0] }, t([8]))],
    ['concat: input 2 has shape [3, 5] but input 1 has [2, 4]; only axis 1 may differ', () => inferError('concat', { axis: 1 }, t([2, 4]), t([3, 5]))],
    ['gather: indices must be i32, got f32', () => inferError('gather', { axis: 0 }, t([5, 2]), t([3]))],
    ['scatter_add: updates [2, 5] do not hold indices [4] at axis 0', () => inferError('scatter_add', { axis: 0, size: 9 }, t([2, 5]), t([4], 'i32'))],
    ['einsum: axis d is 64 in operand 1 but 32 in operand 2', () => inferError('einsum', { spec: 'btd,dv->btv' }, t([2, 8, 64]), t([32, 10]))],
    ['einsum: operand 2 has shape [3] but "dv" names 2 axes', () => inferError('einsum', { spec: 'btd,dv->btv' }, t([2, 8, 3]), t([3]))],
    ['einsum: output axis z appears in no operand', () => inferError('einsum', { spec: 'ab->az' }, t([2, 3]))],
    ['einsum: axis a appears twice in operand 1', () => inferError('einsum', { spec: 'aa->a' }, t([2, 2]))],
    ['einsum: spec "ab,bc->ac" names 2 operands but got 1', () => inferError('einsum', { spec: 'ab,bc->ac' }, t([2, 3]))],
    ['einsum: bad spec "a b->a"; expected one or two operands of single-letter axes, e.g. "btd,dv->btv"', () => inferError('einsum', { spec: 'a b->a' }, t([2, 3]))],
    ['grad_as: shapes [2] and [3] differ', () => inferError('grad_as', {}, t([2]), t([3]))],
  ];
  for (const [message, run] of cases) test(message, () => expect(run()).toBe(message));

  test('leaves report misuse of their type rule', () => {
    expect(inferError('const', { value: 1 })).toBe('const: a leaf has no inputs; its type is set when the builder creates it');
  });

  test('the builder turns them into E-shape diagnostics', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 3]);
    const w = b.input('w', [4, 5]);
    expect(() => b.einsum('td,dv->tv', x, w)).toThrow('einsum: axis d is 3 in operand 1 but 4 in operand 2');
    try {
      b.einsum('td,dv->tv', x, w);
    } catch (e) {
      expect((e as { code: string }).code).toBe('E-shape');
    }
  });

  test('builder literals broadcast to the other operand', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 3], 'i32');
    const y = b.add(x, lit(1));
    expect(b.type(y)).toEqual(t([2, 3], 'i32'));
  });
});
