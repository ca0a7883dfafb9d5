// The reference interpreter: feeds, output selection, precision, liveness and
// param initialisation.
import { describe, expect, test } from 'vitest';
import { GraphBuilder, lit } from '../../compiler/graph/builder.ts';
import type { Arr } from '../../compiler/graph/op.ts';
import { normalAt, hashString, uniformAt } from '../../compiler/graph/random.ts';
import { initParams, runGraph } from '../../runtime/reference/interpreter.ts';

function linear() {
  const b = new GraphBuilder();
  const x = b.input('x', [2, 3]);
  const w = b.param('w', [3, 2], { kind: 'normal', mean: 0, std: 1 });
  const y = b.einsum('ij,jk->ik', x, w);
  b.output('y', y);
  b.output('sum', b.sum(y, [0, 1]));
  b.update('w', b.mul(w, lit(0.5)));
  return b.build();
}

const feeds = (x: number[], w: number[]) => ({
  inputs: new Map<string, Arr>([['x', Float32Array.from(x)]]),
  params: new Map<string, Arr>([['w', Float32Array.from(w)]]),
});

describe('runGraph', () => {
  const X = [1, 2, 3, 4, 5, 6];
  const W = [1, 0, 0, 1, 1, 1];
  test('outputs and updates', () => {
    const r = runGraph(linear(), feeds(X, W));
    expect([...r.outputs.get('y')!]).toEqual([4, 5, 10, 11]);
    expect([...r.outputs.get('sum')!]).toEqual([30]);
    expect([...r.updates.get('w')!]).toEqual([0.5, 0, 0, 0.5, 0.5, 0.5]);
    expect(r.outputs.get('y')).toBeInstanceOf(Float32Array);
  });
  test('a subset of outputs; updates are still computed', () => {
    const r = runGraph(linear(), feeds(X, W), { outputs: ['sum'] });
    expect([...r.outputs.keys()]).toEqual(['sum']);
    expect(r.updates.has('w')).toBe(true);
  });
  test('float64 mode', () => {
    const r = runGraph(linear(), feeds(X, W), { float64: true });
    expect(r.outputs.get('y')).toBeInstanceOf(Float64Array);
  });
  test('a missing input or param names it with its type', () => {
    const g = linear();
    expect(() => runGraph(g, { inputs: new Map(), params: feeds(X, W).params })).toThrow('runGraph: missing input "x" (f32[2, 3])');
    expect(() => runGraph(g, { inputs: feeds(X, W).inputs, params: new Map() })).toThrow('runGraph: missing param "w" (f32[3, 2])');
  });
  test('a feed of the wrong length names it with the expected shape', () => {
    expect(() => runGraph(linear(), feeds([1, 2, 3], W))).toThrow('runGraph: input "x" has 3 elements but its type is f32[2, 3] (6 elements)');
  });
  test('an unknown output name', () => {
    expect(() => runGraph(linear(), feeds(X, W), { outputs: ['z'] })).toThrow('runGraph: no output named "z" (have "y", "sum")');
  });
  test('results never alias the caller\'s arrays', () => {
    const b = new GraphBuilder();
    const w = b.param('w', [2], { kind: 'zeros' });
    b.output('same', b.reshape(w, [2, 1]));
    b.update('w', w);
    const fed = Float32Array.from([1, 2]);
    const r = runGraph(b.build(), { inputs: new Map(), params: new Map([['w', fed]]) });
    expect(r.outputs.get('same')).not.toBe(fed);
    expect(r.updates.get('w')).not.toBe(fed);
    expect([...r.updates.get('w')!]).toEqual([1, 2]);
  });
  test('nodes no root needs are not evaluated', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [1]);
    const i = b.input('i', [1], 'i32');
    b.gather(b.input('t', [1, 1]), i, 0); // would need feeds "t" and "i", but nothing uses it
    b.output('y', b.mul(x, lit(2)));
    const r = runGraph(b.build(), { inputs: new Map([['x', Float32Array.from([3])]]), params: new Map() });
    expect([...r.outputs.get('y')!]).toEqual([6]);
  });
  test('a long chain runs with intermediates freed (smoke)', () => {
    const b = new GraphBuilder();
    let x = b.input('x', [1000]);
    for (let k = 0; k < 200; k++) x = b.unary('tanh', b.add(x, lit(0.01)));
    b.output('y', x);
    const r = runGraph(b.build(), { inputs: new Map([['x', new Float32Array(1000)]]), params: new Map() });
    expect(r.outputs.get('y')![0]).toBeGreaterThan(0);
  });
});

describe('initParams', () => {
  test('every InitSpec', () => {
    const b = new GraphBuilder();
    b.param('z', [2], { kind: 'zeros' });
    b.param('o', [2], { kind: 'ones' });
    b.param('c', [2], { kind: 'const', value: 0.25 });
    b.param('n', [3], { kind: 'normal', mean: 1, std: 0.5 });
    b.param('u', [3], { kind: 'uniform', low: -2, high: 2 });
    const v = initParams(b.build(), 11);
    expect([...v.get('z')!]).toEqual([0, 0]);
    expect([...v.get('o')!]).toEqual([1, 1]);
    expect([...v.get('c')!]).toEqual([0.25, 0.25]);
    const n = hashString('n');
    expect([...v.get('n')!]).toEqual([0, 1, 2].map((i) => Math.fround(1 + 0.5 * normalAt(11, n, i))));
    expect([...v.get('u')!]).toEqual([0, 1, 2].map((i) => Math.fround(-2 + 4 * uniformAt(11, hashString('u'), i))));
    expect(v.get('n')).toBeInstanceOf(Float32Array);
  });
  test('adding a param leaves the others unchanged; the seed changes them', () => {
    const b1 = new GraphBuilder();
    b1.param('a', [4], { kind: 'normal', mean: 0, std: 1 });
    const b2 = new GraphBuilder();
    b2.param('new', [4], { kind: 'normal', mean: 0, std: 1 });
    b2.param('a', [4], { kind: 'normal', mean: 0, std: 1 });
    expect(initParams(b2.build(), 5).get('a')).toEqual(initParams(b1.build(), 5).get('a'));
    expect(initParams(b1.build(), 6).get('a')).not.toEqual(initParams(b1.build(), 5).get('a'));
  });
});
