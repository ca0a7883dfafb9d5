// Reference kernels against hand-computed values.
import { describe, expect, test } from 'vitest';
import { GraphBuilder, lit } from '../../compiler/graph/builder.ts';
import { erf, erfc, erfReference } from '../../compiler/graph/ops/erf.ts';
import { batchedMatmul } from '../../compiler/graph/ops/matmul.ts';
import { evalContext } from '../../runtime/reference/interpreter.ts';
import { evaluate } from './helpers.ts';

const one = (b: GraphBuilder, id: number, inputs: Record<string, number[]> = {}, float64 = false) => [...evaluate(b, [id], inputs, float64)[0]!];

describe('elementwise', () => {
  test('unary ops', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [4]);
    const v = { x: [-2, -0.5, 0, 1.5] };
    expect(one(b, b.unary('neg', x), v)).toEqual([2, 0.5, -0, -1.5]);
    expect(one(b, b.unary('abs', x), v)).toEqual([2, 0.5, 0, 1.5]);
    expect(one(b, b.unary('sign', x), v)).toEqual([-1, -1, 0, 1]);
    expect(one(b, b.unary('floor', x), v)).toEqual([-2, -1, 0, 1]);
    expect(one(b, b.unary('exp', x), v, true)).toEqual(v.x.map(Math.exp));
    expect(one(b, b.unary('tanh', x), v, true)).toEqual(v.x.map(Math.tanh));
    const p = b.input('p', [3]);
    const pv = { p: [0.25, 1, 4] };
    expect(one(b, b.unary('sqrt', p), pv)).toEqual([0.5, 1, 2]);
    expect(one(b, b.unary('rsqrt', p), pv)).toEqual([2, 1, 0.5]);
    expect(one(b, b.unary('recip', p), pv)).toEqual([4, 1, 0.25]);
    expect(one(b, b.unary('log', p), pv, true)).toEqual([Math.log(0.25), 0, Math.log(4)]);
  });
  test('not on bools', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2]);
    expect(one(b, b.unary('not', b.binary('gt', x, lit(0))), { x: [1, -1] })).toEqual([0, 1]);
  });
  test('binary ops', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [3]);
    const y = b.input('y', [3]);
    const v = { x: [-2, 3, 2], y: [3, 2, 2] };
    expect(one(b, b.binary('pow', x, y), v)).toEqual([-8, 9, 4]);
    expect(one(b, b.binary('max', x, y), v)).toEqual([3, 3, 2]);
    expect(one(b, b.binary('min', x, y), v)).toEqual([-2, 2, 2]);
    expect(one(b, b.div(x, y), v, true)).toEqual([-2 / 3, 1.5, 1]);
    expect(one(b, b.binary('lt', x, y), v)).toEqual([1, 0, 0]);
    expect(one(b, b.binary('le', x, y), v)).toEqual([1, 0, 1]);
    expect(one(b, b.binary('ge', x, y), v)).toEqual([0, 1, 1]);
    expect(one(b, b.binary('eq', x, y), v)).toEqual([0, 0, 1]);
    expect(one(b, b.binary('ne', x, y), v)).toEqual([1, 1, 0]);
    const both = b.binary('and', b.binary('gt', x, lit(0)), b.binary('gt', y, lit(2)));
    expect(one(b, both, v)).toEqual([0, 0, 0]);
    expect(one(b, b.binary('or', b.binary('gt', x, lit(0)), b.binary('gt', y, lit(2))), v)).toEqual([1, 1, 1]);
  });
  test('integer division truncates toward zero', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [3], 'i32');
    expect(one(b, b.div(x, lit(2)), { x: [7, -7, 4] })).toEqual([3, -3, 2]);
  });
  test('where and cast', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [3]);
    const v = { x: [-1.5, 0, 2.7] };
    expect(one(b, b.where(b.binary('gt', x, lit(0)), x, lit(-9)), v)).toEqual([-9, -9, 2.700000047683716]);
    expect(one(b, b.cast(x, 'i32'), v)).toEqual([-1, 0, 2]);
    expect(one(b, b.cast(x, 'bool'), v)).toEqual([1, 0, 1]);
  });
  test('erf against known values', () => {
    const known: [number, number][] = [
      [0.1, 0.1124629160182849], [0.5, 0.5204998778130465], [1, 0.8427007929497149],
      [2, 0.9953222650189527], [3, 0.9999779095030014], [-1.5, -0.9661051464753108], [4, 0.9999999845827421],
    ];
    for (const [x, v] of known) expect(Math.abs(erf(x) - v)).toBeLessThan(1e-15);
    expect(erfc(5) / 1.5374597944280349e-12 - 1).toBeLessThan(1e-13);
    expect(erf(0)).toBe(0);
    // Continuous where the series hands over to the continued fraction.
    expect(Math.abs(erfReference(3 - 1e-12) - erfReference(3 + 1e-12))).toBeLessThan(1e-15);
  });
  test('the fast table-and-Taylor erf agrees with the exact methods', () => {
    let worst = 0;
    for (let i = -70_000; i <= 70_000; i++) {
      const x = i * 1e-4 + 1e-6 * Math.sin(i);
      const exact = erfReference(x);
      if (exact !== 0) worst = Math.max(worst, Math.abs(erf(x) - exact) / Math.abs(exact));
    }
    expect(worst).toBeLessThan(1e-14);
    expect(erf(1e-300)).toBe(1.1283791670955126e-300);
    expect(erf(-7)).toBe(-1);
  });
});

describe('reductions', () => {
  test('sum and max over axes', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 3]);
    const v = { x: [1, 5, 2, -1, -4, 0] };
    expect(one(b, b.sum(x, [1]), v)).toEqual([8, -5]);
    expect(one(b, b.sum(x, [0]), v)).toEqual([0, 1, 2]);
    expect(one(b, b.sum(x, [0, 1]), v)).toEqual([3]);
    expect(one(b, b.reduce('max', x, [1]), v)).toEqual([5, 0]);
    expect(one(b, b.reduce('max', x, [0]), v)).toEqual([1, 5, 2]);
  });
  test('a middle axis of a rank-3 tensor', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 2, 2]);
    expect(one(b, b.sum(x, [1]), { x: [1, 2, 3, 4, 5, 6, 7, 8] })).toEqual([4, 6, 12, 14]);
  });
});

describe('movement', () => {
  const v = { x: [0, 1, 2, 3, 4, 5] };
  test('permute, expand, reshape', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 3]);
    expect(one(b, b.permute(x, [1, 0]), v)).toEqual([0, 3, 1, 4, 2, 5]);
    expect(one(b, b.broadcastTo(b.slice(x, [0, 0], [2, 1]), [2, 2]), v)).toEqual([0, 0, 3, 3]);
    expect(one(b, b.reshape(x, [3, 2]), v)).toEqual([0, 1, 2, 3, 4, 5]);
  });
  test('slice with steps, pad with steps', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 3]);
    expect(one(b, b.slice(x, [0, 0], [2, 3], [1, 2]), v)).toEqual([0, 2, 3, 5]);
    expect(one(b, b.slice(x, [1, 1], [2, 3]), v)).toEqual([4, 5]);
    const y = b.input('y', [2]);
    expect(one(b, b.pad(y, [1], [2], [3]), { y: [7, 8] })).toEqual([0, 7, 0, 0, 8, 0, 0]);
  });
  test('concat', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 3]);
    const y = b.input('y', [2, 1]);
    expect(one(b, b.concat([y, x], 1), { ...v, y: [9, 8] })).toEqual([9, 0, 1, 2, 8, 3, 4, 5]);
    expect(one(b, b.concat([x, x], 0), v)).toEqual([...v.x, ...v.x]);
  });
});

describe('indexing', () => {
  test('gather rows with repeats, and along axis 1', () => {
    const b = new GraphBuilder();
    const t = b.input('t', [3, 2]);
    const i = b.input('i', [4], 'i32');
    const v = { t: [0, 1, 10, 11, 20, 21], i: [2, 0, 2, 1] };
    expect(one(b, b.gather(t, i, 0), v)).toEqual([20, 21, 0, 1, 20, 21, 10, 11]);
    const j = b.input('j', [3], 'i32');
    expect(one(b, b.gather(t, j, 1), { ...v, j: [1, 1, 0] })).toEqual([1, 1, 0, 11, 11, 10, 21, 21, 20]);
  });
  test('scatter_add adds updates at repeated indices', () => {
    const b = new GraphBuilder();
    const u = b.input('u', [3, 2]);
    const i = b.input('i', [3], 'i32');
    expect(one(b, b.scatterAdd(u, i, 0, 4), { u: [1, 2, 3, 4, 5, 6], i: [3, 0, 3] })).toEqual([3, 4, 0, 0, 0, 0, 6, 8]);
  });
  test('an index out of range is an error', () => {
    const b = new GraphBuilder();
    const t = b.input('t', [3, 2]);
    const i = b.input('i', [1], 'i32');
    expect(() => one(b, b.gather(t, i, 0), { t: [0, 0, 0, 0, 0, 0], i: [3] })).toThrow('gather: index 3 is out of range for an axis of size 3');
  });
});

describe('einsum', () => {
  test('matmul', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 3]);
    const w = b.input('w', [3, 2]);
    expect(one(b, b.einsum('ij,jk->ik', x, w), { x: [1, 2, 3, 4, 5, 6], w: [1, 0, 0, 1, 1, 1] })).toEqual([4, 5, 10, 11]);
  });
  test('batched, with a permuted output and a one-operand sum', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 1, 2]);
    const y = b.input('y', [2, 2, 1]);
    const v = { x: [1, 2, 3, 4], y: [1, 1, 2, 0] };
    // out[n, t, b] = Σ_k x[b, t, k] · y[b, k, n], with t and n of size 1.
    expect(one(b, b.einsum('btk,bkn->ntb', x, y), v)).toEqual([3, 6]);
    expect(one(b, b.einsum('abc->ca', x), v)).toEqual([1, 3, 2, 4]);
    expect(one(b, b.einsum('abc,abc->', x, x), v)).toEqual([30]);
    expect(one(b, b.einsum('abc,d->ad', x, b.input('z', [2])), { ...v, z: [1, -1] })).toEqual([3, -3, 7, -7]);
  });
  test('the batched matmul kernel: B is [batch, n, k]', () => {
    const A = Float64Array.from([1, 2, 3, 4, 1, 0, 0, 1]); // two 2×2
    const B = Float64Array.from([5, 7, 6, 8, 2, 4, 3, 5]); // [[5, 6], [7, 8]] and [[2, 3], [4, 5]], transposed
    expect([...batchedMatmul(A, B, 2, 2, 2, 2, evalContext(true))]).toEqual([19, 22, 43, 50, 2, 3, 4, 5]);
  });
  test('the 4×4 blocks and ragged edges agree with plain sums', () => {
    const [batch, m, k, n] = [2, 9, 5, 7];
    const A = Float64Array.from({ length: batch * m * k }, (_, i) => Math.sin(i));
    const B = Float64Array.from({ length: batch * n * k }, (_, i) => Math.cos(i));
    const C = batchedMatmul(A, B, batch, m, k, n, evalContext(true));
    for (let t = 0; t < batch; t++) {
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
          let s = 0;
          for (let p = 0; p < k; p++) s += A[(t * m + i) * k + p]! * B[(t * n + j) * k + p]!;
          expect(C[(t * m + i) * n + j]).toBeCloseTo(s, 12);
        }
      }
    }
  });
});

describe('leaves', () => {
  test('const and iota', () => {
    const b = new GraphBuilder();
    expect(one(b, b.constant(2.5, [2]))).toEqual([2.5, 2.5]);
    expect(one(b, b.iota([2, 3], 1))).toEqual([0, 1, 2, 0, 1, 2]);
    expect(one(b, b.iota([2, 3], 0))).toEqual([0, 0, 0, 1, 1, 1]);
  });
  test('random matches the generator element for element', () => {
    const b = new GraphBuilder();
    const a = one(b, b.random([4], 1, 2, 'uniform'));
    const c = one(b, b.random([8], 1, 2, 'uniform'));
    expect(c.slice(0, 4)).toEqual(a);
    expect(a.every((u) => u >= 0 && u < 1)).toBe(true);
  });
});
