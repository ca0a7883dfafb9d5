// Every primitive's vjp against central differences in float64, on seeded
// random shapes, plus the reverse-mode driver's own rules.
import { describe, expect, test } from 'vitest';
import { gradients } from '../../compiler/autodiff/grad.ts';
import { GraphBuilder, lit } from '../../compiler/graph/builder.ts';
import type { BinaryOp, NodeId, UnaryOp } from '../../compiler/graph/types.ts';
import { verifyGraph } from '../../compiler/graph/verify.ts';
import { evaluate, gradCheck, randomShape, rng } from '../graph/helpers.ts';

const TOL = 1e-6;
const r = rng(2024);
const shape = (rank = 2) => randomShape(r, rank);
/** Values in ±[lo, hi]: away from zero for abs, recip and friends. */
const awayFromZero = (lo: number, hi: number) => (_: number, g: () => number) => (g() < 0.5 ? -1 : 1) * (lo + (hi - lo) * g());
const positive = (lo: number, hi: number) => (_: number, g: () => number) => lo + (hi - lo) * g();

describe('unary vjps', () => {
  const cases: [UnaryOp, ((i: number, g: () => number) => number) | undefined][] = [
    ['neg', undefined], ['exp', undefined], ['log', positive(0.5, 2)], ['sqrt', positive(0.5, 2)],
    ['rsqrt', positive(0.5, 2)], ['recip', awayFromZero(0.5, 2)], ['sin', undefined], ['cos', undefined],
    ['tanh', undefined], ['erf', awayFromZero(0, 2.5)], ['abs', awayFromZero(0.1, 1)],
  ];
  for (const [op, values] of cases) {
    test(op, () => {
      expect(gradCheck((b, [x]) => b.unary(op, x!), [{ shape: shape(3), values }])).toBeLessThan(TOL);
    });
  }
  test('erf in its continued-fraction range', () => {
    expect(gradCheck((b, [x]) => b.unary('erf', x!), [{ shape: [6], values: awayFromZero(2.9, 4) }])).toBeLessThan(TOL);
  });
  for (const op of ['sign', 'floor'] as const) {
    test(`${op} passes no gradient`, () => {
      const b = new GraphBuilder();
      const x = b.input('x', [3]);
      const loss = b.reshape(b.sum(b.mul(b.unary(op, x), x), [0]), []);
      const [gx] = evaluate(b, [gradients(b, loss, [x]).get(x)!], { x: [1.5, -2.5, 0.25] });
      // d(op(x)·x)/dx = op(x) only: op itself contributes nothing.
      expect([...gx!]).toEqual(op === 'sign' ? [1, -1, 1] : [1, -3, 0]);
    });
  }
});

describe('binary vjps with broadcasting', () => {
  const cases: [BinaryOp, ((i: number, g: () => number) => number) | undefined, ((i: number, g: () => number) => number) | undefined][] = [
    ['add', undefined, undefined], ['sub', undefined, undefined], ['mul', undefined, undefined],
    ['div', undefined, awayFromZero(0.5, 2)], ['pow', positive(0.5, 2), undefined],
    // Distinct values on each side keep max/min away from ties.
    ['max', (i) => (i % 2 ? 1 : -1) * (0.1 + 0.07 * i), (i) => 0.05 + 0.031 * i],
    ['min', (i) => (i % 2 ? 1 : -1) * (0.1 + 0.07 * i), (i) => 0.05 + 0.031 * i],
  ];
  for (const [op, xv, yv] of cases) {
    test(op, () => {
      const [B, T, D] = randomShape(r, 3, 3).map((d) => d + 1);
      // [B, 1, D] against [T, 1]: both sides broadcast (expand, and a rank change).
      const err = gradCheck((b, [x, y]) => b.binary(op, x!, y!), [{ shape: [B!, 1, D!], values: xv }, { shape: [T!, 1], values: yv }]);
      expect(err).toBeLessThan(TOL);
    });
  }
  test('pow of a negative base with a constant integer exponent', () => {
    expect(gradCheck((b, [x]) => b.binary('pow', x!, lit(3)), [{ shape: [5], values: awayFromZero(0.5, 2) }])).toBeLessThan(TOL);
  });
  test('comparisons and logic pass no gradient', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2]);
    const y = b.input('y', [2]);
    const loss = b.reshape(b.sum(b.cast(b.binary('lt', x, y), 'f32'), [0]), []);
    const grads = gradients(b, loss, [x, y]);
    const [gx, gy] = evaluate(b, [grads.get(x)!, grads.get(y)!], { x: [1, 2], y: [2, 1] });
    expect([...gx!, ...gy!]).toEqual([0, 0, 0, 0]);
  });
  test('binary max splits the gradient evenly on ties', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [3]);
    const y = b.input('y', [3]);
    const loss = b.reshape(b.sum(b.binary('max', x, y), [0]), []);
    const grads = gradients(b, loss, [x, y]);
    const [gx, gy] = evaluate(b, [grads.get(x)!, grads.get(y)!], { x: [1, 2, 3], y: [2, 2, 1] });
    expect([...gx!]).toEqual([0, 0.5, 1]);
    expect([...gy!]).toEqual([1, 0.5, 0]);
  });
});

describe('other elementwise vjps', () => {
  test('where', () => {
    const s = shape(2);
    const err = gradCheck((b, [c, x, y]) => b.where(b.binary('gt', c!, lit(0)), x!, y!), [{ shape: s, values: awayFromZero(0.2, 1) }, { shape: s }, { shape: [s[1]!] }]);
    expect(err).toBeLessThan(TOL);
  });
  test('cast through an integer stops the gradient', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2]);
    const loss = b.reshape(b.sum(b.mul(b.cast(b.cast(x, 'i32'), 'f32'), x), [0]), []);
    const [gx] = evaluate(b, [gradients(b, loss, [x]).get(x)!], { x: [1.5, -2.5] });
    expect([...gx!]).toEqual([1, -2]);
  });
});

describe('reductions', () => {
  test('sum over several axes', () => {
    expect(gradCheck((b, [x]) => b.sum(x!, [0, 2]), [{ shape: shape(3) }])).toBeLessThan(TOL);
  });
  test('sum without keeping axes', () => {
    expect(gradCheck((b, [x]) => b.sum(x!, [1, 3], false), [{ shape: shape(4) }])).toBeLessThan(TOL);
  });
  test('max over several axes (distinct values)', () => {
    const s = shape(3);
    expect(gradCheck((b, [x]) => b.reduce('max', x!, [1, 2]), [{ shape: s, values: (i) => Math.sin(i * 1.7) + 0.01 * i }])).toBeLessThan(TOL);
  });
  test('max splits the gradient evenly among tied maxima', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 3]);
    const loss = b.reshape(b.sum(b.reduce('max', x, [1]), [0]), []);
    const [gx] = evaluate(b, [gradients(b, loss, [x]).get(x)!], { x: [1, 3, 3, 5, 4, 0] });
    expect([...gx!]).toEqual([0, 0.5, 0.5, 1, 0, 0]);
  });
  test('mean', () => {
    expect(gradCheck((b, [x]) => b.mean(x!, [-1]), [{ shape: shape(2) }])).toBeLessThan(TOL);
  });
});

describe('movement', () => {
  test('reshape', () => {
    expect(gradCheck((b, [x]) => b.reshape(x!, [6, 2]), [{ shape: [3, 4] }])).toBeLessThan(TOL);
  });
  test('permute', () => {
    expect(gradCheck((b, [x]) => b.permute(x!, [2, 0, 1]), [{ shape: shape(3) }])).toBeLessThan(TOL);
  });
  test('expand (broadcastTo)', () => {
    expect(gradCheck((b, [x]) => b.broadcastTo(x!, [3, 2, 4]), [{ shape: [2, 1] }])).toBeLessThan(TOL);
  });
  test('slice with steps', () => {
    expect(gradCheck((b, [x]) => b.slice(x!, [1, 0, 2], [6, 3, 7], [2, 1, 3]), [{ shape: [7, 3, 8] }])).toBeLessThan(TOL);
  });
  test('pad with steps', () => {
    expect(gradCheck((b, [x]) => b.pad(x!, [1, 0], [2, 3], [2, 1]), [{ shape: [3, 2] }])).toBeLessThan(TOL);
  });
  test('concat of three along a middle axis', () => {
    const err = gradCheck((b, xs) => b.concat(xs, 1), [{ shape: [2, 1, 3] }, { shape: [2, 3, 3] }, { shape: [2, 2, 3] }]);
    expect(err).toBeLessThan(TOL);
  });
});

describe('indexing', () => {
  test('gather with repeated indices (axis 0)', () => {
    const err = gradCheck((b, [t, i]) => b.gather(t!, i!, 0), [{ shape: [5, 3] }, { shape: [2, 3], dtype: 'i32', values: (i) => [0, 4, 0, 2, 4, 4][i]! }]);
    expect(err).toBeLessThan(TOL);
  });
  test('gather along a middle axis', () => {
    const err = gradCheck((b, [t, i]) => b.gather(t!, i!, 1), [{ shape: [2, 4, 3] }, { shape: [5], dtype: 'i32', values: (i) => [3, 1, 3, 0, 1][i]! }]);
    expect(err).toBeLessThan(TOL);
  });
  test('scatter_add', () => {
    const err = gradCheck((b, [u, i]) => b.scatterAdd(u!, i!, 1, 4), [{ shape: [2, 3, 2] }, { shape: [3], dtype: 'i32', values: (i) => [2, 0, 2][i]! }]);
    expect(err).toBeLessThan(TOL);
  });
});

describe('einsum', () => {
  const specs: [string, number[], number[]?][] = [
    ['btd,dv->btv', [2, 3, 4], [4, 5]], // a linear layer
    ['bhtk,bhsk->bhts', [2, 2, 3, 4], [2, 2, 5, 4]], // attention scores: batch, outer and contracted axes
    ['bhts,bhsk->bthk', [2, 2, 3, 5], [2, 2, 5, 4]], // output in a permuted order
    ['i,j->ij', [3], [4]], // outer product
    ['ij,j->', [3, 4], [4]], // down to a scalar
    ['abc,cd->ad', [2, 3, 4], [4, 5]], // b appears only in operand 1: summed first
    ['ab->ba', [3, 4]], // transpose
    ['abc->ca', [2, 3, 4]], // transpose and sum
  ];
  for (const [spec, s1, s2] of specs) {
    test(spec, () => {
      const inputs = s2 ? [{ shape: s1 }, { shape: s2 }] : [{ shape: s1 }];
      expect(gradCheck((b, xs) => b.einsum(spec, ...xs), inputs)).toBeLessThan(TOL);
    });
  }
});

describe('gradient control', () => {
  test('stop_grad: x · stop_grad(x) has gradient x, not 2x', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [3]);
    const loss = b.reshape(b.sum(b.mul(x, b.stopGrad(x)), [0]), []);
    const [gx] = evaluate(b, [gradients(b, loss, [x]).get(x)!], { x: [1, -2, 3] });
    expect([...gx!]).toEqual([1, -2, 3]);
  });
  test('grad_as: the value of floor(x), the gradient of x (straight-through)', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [3]);
    const st = b.gradAs(b.unary('floor', x), x);
    const loss = b.reshape(b.sum(b.mul(st, st), [0]), []);
    const [value, gx] = evaluate(b, [st, gradients(b, loss, [x]).get(x)!], { x: [1.5, -2.5, 3] });
    expect([...value!]).toEqual([1, -3, 3]);
    expect([...gx!]).toEqual([2, -6, 6]); // 2·floor(x) · d(x)/dx
  });
});

describe('the reverse-mode driver', () => {
  test('a composite: softmax cross-entropy of a linear layer', () => {
    const err = gradCheck((b, [x, w]) => {
      const logits = b.einsum('td,dv->tv', x!, w!);
      const shifted = b.sub(logits, b.stopGrad(b.reduce('max', logits, [1])));
      return b.sub(shifted, b.unary('log', b.sum(b.unary('exp', shifted), [1])));
    }, [{ shape: [3, 4] }, { shape: [4, 5] }]);
    expect(err).toBeLessThan(TOL);
  });
  test('a value used twice sums both contributions', () => {
    expect(gradCheck((b, [x]) => b.mul(b.unary('sin', x!), b.unary('exp', x!)), [{ shape: [4] }])).toBeLessThan(TOL);
  });
  test('wrt with no path to the output gets zeros', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2]);
    const unused = b.input('u', [3, 1]);
    const loss = b.reshape(b.sum(x, [0]), []);
    const g = gradients(b, loss, [unused]).get(unused)!;
    expect(b.node(g).op).toBe('const');
    expect(b.shape(g)).toEqual([3, 1]);
  });
  test('gradient nodes nothing uses are removed', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2]);
    const c = b.constant(3, [2]);
    const loss = b.reshape(b.sum(b.mul(x, c), [0]), []);
    const before = b.nodes.length;
    const gx = gradients(b, loss, [x]).get(x)!;
    expect(verifyGraph(b.build())).toEqual([]);
    // The gradient of a constant operand (g · x) is never built into the graph.
    const added = b.nodes.slice(before);
    expect(added.every((n) => !n.inputs.includes(x) || n.id === gx)).toBe(true);
    expect([...evaluate(b, [gx], { x: [1, 2] })[0]!]).toEqual([3, 3]);
  });
  test('a seed gradient for a non-scalar output', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2]);
    const y = b.mul(x, x);
    const seed = b.constant(0.5, [2]);
    const [gx] = evaluate(b, [gradients(b, y, [x], seed).get(x)!], { x: [3, -1] });
    expect([...gx!]).toEqual([3, -1]);
  });
  test('a non-scalar output without a seed is an error', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2]);
    expect(() => gradients(b, b.mul(x, x), [x])).toThrow('gradients: the output %1 has shape [2]; give a seed gradient for a non-scalar output');
  });
  test('the wrt node itself gets the seed', () => {
    const b = new GraphBuilder();
    const x = b.input('x', []);
    const g: NodeId = gradients(b, x, [x]).get(x)!;
    expect([...evaluate(b, [g], { x: [4] })[0]!]).toEqual([1]);
  });
});
