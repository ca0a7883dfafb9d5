// Dead-code elimination: reachability from outputs and updates, dense
// renumbering, leaves kept only when referenced (update targets always).
import { describe, expect, test } from 'vitest';
import { GraphBuilder, lit } from '../../compiler/graph/builder.ts';
import type { OpAttrs } from '../../compiler/graph/types.ts';
import { verifyGraph } from '../../compiler/graph/verify.ts';
import { dce } from '../../compiler/passes/dce.ts';
import { randomFeeds, randomGraph, resultDistance, run } from './helpers.ts';

const names = (g: ReturnType<GraphBuilder['build']>) =>
  g.nodes.filter((n) => n.op === 'input' || n.op === 'param').map((n) => (n.attrs as OpAttrs['input']).name);

describe('dce', () => {
  test('drops unreachable nodes and renumbers the rest densely', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [4]);
    b.unary('exp', x); // dead
    const y = b.unary('tanh', x);
    b.mul(y, y); // dead
    const z = b.add(y, lit(1));
    b.output('z', z);
    const g = dce(b.build());
    expect(verifyGraph(g)).toEqual([]);
    expect(g.nodes.map((n) => n.op)).toEqual(['input', 'unary', 'const', 'binary']);
    expect(g.nodes.map((n) => n.id)).toEqual([0, 1, 2, 3]);
    expect(g.outputs).toEqual([{ name: 'z', node: 3 }]);
  });

  test('keeps referenced leaves, drops unreferenced ones, keeps params that updates write', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2]);
    b.input('unused', [2]);
    const w = b.param('w', [2], { kind: 'ones' });
    b.param('idle', [2], { kind: 'zeros' });
    b.param('written', [2], { kind: 'zeros' });
    b.output('y', b.mul(x, w));
    b.update('written', b.add(x, lit(1)));
    const g = dce(b.build());
    expect(verifyGraph(g)).toEqual([]);
    expect(names(g)).toEqual(['x', 'w', 'written']);
    expect(g.updates).toEqual([{ target: 'written', node: g.nodes.findIndex((n) => n.op === 'binary' && (n.attrs as OpAttrs['binary']).op === 'add') }]);
  });

  test('is the identity on graphs without dead code, and keeps numerics on random graphs', () => {
    for (let seed = 0; seed < 40; seed++) {
      const g = randomGraph(seed);
      const once = dce(g);
      expect(verifyGraph(once)).toEqual([]);
      expect(dce(once)).toEqual(once);
      const feeds = randomFeeds(g);
      expect(resultDistance(run(g, feeds), run(once, feeds))).toBe(0);
    }
  });
});
