// Common-subexpression elimination by hash-consing.
import { describe, expect, test } from 'vitest';
import { GraphBuilder, lit } from '../../compiler/graph/builder.ts';
import { verifyGraph } from '../../compiler/graph/verify.ts';
import { cse } from '../../compiler/passes/cse.ts';
import { dce } from '../../compiler/passes/dce.ts';
import { randomFeeds, randomGraph, resultDistance, run } from './helpers.ts';

describe('cse', () => {
  test('merges identical ops over identical inputs, transitively', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [3]);
    const a1 = b.unary('exp', x);
    const a2 = b.unary('exp', x);
    const s1 = b.add(a1, x);
    const s2 = b.add(a2, x);
    b.output('s', b.mul(s1, s2));
    const g = dce(cse(b.build()));
    expect(verifyGraph(g)).toEqual([]);
    expect(g.nodes.map((n) => n.op)).toEqual(['input', 'unary', 'binary', 'binary']);
    const mul = g.nodes[3]!;
    expect(mul.inputs).toEqual([2, 2]);
  });

  test('leaves are compared by attributes and type', () => {
    const b = new GraphBuilder();
    const c1 = b.constant(0.5, [2]);
    const c2 = b.constant(0.5, [2]);
    const c3 = b.constant(0.5, [3]);
    const z1 = b.constant(0, [2]);
    const z2 = b.constant(-0, [2]);
    const r1 = b.random([2], 1, 2, 'normal');
    const r2 = b.random([2], 1, 2, 'normal');
    const r3 = b.random([2], 1, 3, 'normal');
    b.output('a', b.add(c1, c2));
    b.output('b', c3);
    b.output('c', b.sub(z1, z2));
    b.output('d', b.add(r1, r2));
    b.output('e', r3);
    const g = cse(b.build());
    const out = (name: string) => g.nodes[g.outputs.find((o) => o.name === name)!.node]!;
    expect(out('a').inputs[0]).toBe(out('a').inputs[1]);
    expect(out('c').inputs[0]).not.toBe(out('c').inputs[1]); // 0 and -0 differ
    expect(out('d').inputs[0]).toBe(out('d').inputs[1]);
    expect(g.nodes.filter((n) => n.op === 'const')).toHaveLength(4);
    expect(g.nodes.filter((n) => n.op === 'random')).toHaveLength(2);
  });

  test('ops with different attributes stay apart', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 3]);
    b.output('a', b.sum(x, [0]));
    b.output('b', b.sum(x, [1]));
    b.output('c', b.reduce('max', x, [0]));
    b.output('d', b.mul(x, lit(2)));
    const g = cse(b.build());
    expect(g.nodes.filter((n) => n.op === 'reduce')).toHaveLength(3);
  });

  test('keeps numerics on random graphs', () => {
    for (let seed = 100; seed < 140; seed++) {
      const g = randomGraph(seed);
      const merged = cse(g);
      expect(verifyGraph(merged)).toEqual([]);
      const feeds = randomFeeds(g);
      expect(resultDistance(run(g, feeds), run(merged, feeds))).toBe(0);
    }
  });
});
