// simplify: each rule on a small graph, then numerics on random graphs.
import { describe, expect, test } from 'vitest';
import { GraphBuilder, lit } from '../../compiler/graph/builder.ts';
import type { Graph, OpAttrs } from '../../compiler/graph/types.ts';
import { verifyGraph } from '../../compiler/graph/verify.ts';
import { dce } from '../../compiler/passes/dce.ts';
import { simplify, type SimplifyOptions } from '../../compiler/passes/simplify.ts';
import { randomFeeds, randomGraph, resultDistance, run } from './helpers.ts';

/** simplify then dce, checked by the verifier and against the original's numerics. */
function simplified(b: GraphBuilder, opts: SimplifyOptions = {}): Graph {
  const before = b.build();
  const after = dce(simplify(before, opts));
  expect(verifyGraph(after)).toEqual([]);
  const feeds = randomFeeds(before);
  expect(resultDistance(run(before, feeds), run(after, feeds))).toBeLessThan(1e-7);
  return after;
}

const ops = (g: Graph): string[] => g.nodes.map((n) => (n.op === 'unary' || n.op === 'binary' ? (n.attrs as OpAttrs['unary']).op : n.op));
const outputNode = (g: Graph, name = 'y') => g.nodes[g.outputs.find((o) => o.name === name)!.node]!;

describe('simplify', () => {
  test('folds constant-only subgraphs into one constant', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 3]);
    const c = b.unary('neg', b.mul(b.constant(2, [3]), lit(0.25)));
    const s = b.reshape(b.sum(b.constant(1, [2, 4]), [1]), [2, 1]);
    b.output('y', b.add(b.add(x, c), b.broadcastTo(s, [2, 3])));
    const g = simplified(b);
    expect(ops(g)).toEqual(['input', 'const', 'add', 'const', 'add']);
    expect((g.nodes[1]!.attrs as OpAttrs['const']).value).toBe(-0.5);
    expect(g.nodes[1]!.type.shape).toEqual([2, 3]);
    expect((g.nodes[3]!.attrs as OpAttrs['const']).value).toBe(4);
  });

  test('expand of a constant is a constant; iota over a size-1 axis is 0', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 3]);
    const c = b.emit('expand', [b.constant(3, [1, 3])], { shape: [2, 3] });
    b.output('y', b.mul(b.add(x, c), b.cast(b.iota([2, 1], 1), 'f32')));
    const g = simplified(b);
    expect(ops(g)).toEqual(['input', 'const', 'add', 'const', 'mul']);
    expect((g.nodes[3]!.attrs as OpAttrs['const']).value).toBe(0);
  });

  test('x·1, 1·x, x+0, 0+x, x−0 and x/1 are x; 0−x and 1/x are not', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [4]);
    let y = b.mul(x, lit(1));
    y = b.mul(lit(1), y);
    y = b.add(y, lit(0));
    y = b.add(lit(0), y);
    y = b.sub(y, lit(0));
    y = b.div(y, lit(1));
    b.output('y', b.unary('exp', y));
    b.output('z', b.add(b.sub(lit(0), x), b.div(lit(1), x)));
    const g = simplified(b);
    expect(outputNode(g).inputs).toEqual([0]);
    expect(ops(g).filter((o) => o === 'sub' || o === 'div')).toEqual(['sub', 'div']);
  });

  test('casts to the same dtype and selects with constant conditions vanish', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [3]);
    const y = b.input('y', [3]);
    const t = b.where(b.binary('lt', b.constant(0, [3]), b.constant(1, [3])), x, y);
    b.output('y', b.add(b.cast(t, 'f32'), b.where(b.binary('gt', x, y), y, y)));
    const g = simplified(b);
    expect(ops(g)).toEqual(['input', 'input', 'add']);
    expect(outputNode(g).inputs).toEqual([0, 1]);
  });

  test('reshape∘reshape, permute∘permute and expand∘expand compose; identities vanish', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 3, 4]);
    const r = b.reshape(b.reshape(b.reshape(x, [6, 4]), [24]), [4, 6]);
    const p = b.permute(b.permute(x, [1, 2, 0]), [2, 0, 1]); // identity overall
    const q = b.permute(b.permute(x, [2, 0, 1]), [0, 2, 1]); // = permute [2, 1, 0]
    const e = b.emit('expand', [b.emit('expand', [b.input('v', [1, 1, 4])], { shape: [1, 3, 4] })], { shape: [2, 3, 4] });
    b.output('y', b.add(b.reshape(r, [2, 3, 4]), b.add(p, e)));
    b.output('z', q);
    const g = simplified(b);
    expect(ops(g)).toEqual(['input', 'permute', 'input', 'expand', 'add', 'add']);
    expect(outputNode(g).inputs[0]).toBe(0);
    expect(g.nodes[3]!.inputs).toEqual([2]);
    expect((outputNode(g, 'z').attrs as OpAttrs['permute']).perm).toEqual([2, 1, 0]);
  });

  test('whole-tensor slices and empty pads are their input', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 3]);
    const s = b.emit('slice', [x], { starts: [0, 0], stops: [2, 3], steps: [1, 1] });
    const p = b.pad(s, [0, 0], [0, 0]);
    b.output('y', b.unary('exp', p));
    expect(outputNode(simplified(b)).inputs).toEqual([0]);
  });

  test('stop_grad and grad_as forward their value unless gradient control is kept', () => {
    const build = () => {
      const b = new GraphBuilder();
      const x = b.input('x', [3]);
      const s = b.input('s', [3]);
      b.output('y', b.add(b.stopGrad(x), b.gradAs(x, b.unary('tanh', s))));
      return b;
    };
    expect(ops(simplified(build()))).toEqual(['input', 'add']);
    expect(ops(simplified(build(), { keepGradientControl: true }))).toEqual(['input', 'input', 'stop_grad', 'tanh', 'grad_as', 'add']);
  });

  test('a one-operand einsum becomes reduce + reshape + permute', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 3, 4]);
    b.output('y', b.einsum('abc->ca', x));
    b.output('z', b.einsum('abc->cab', x));
    const g = simplified(b);
    expect(ops(g)).toEqual(['input', 'reduce', 'reshape', 'permute', 'permute']);
    expect((g.nodes[1]!.attrs as OpAttrs['reduce']).axes).toEqual([1]);
    expect((g.nodes[3]!.attrs as OpAttrs['permute']).perm).toEqual([1, 0]);
  });

  test('a permute of an einsum read by nothing else is folded into its output order', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 3, 4]);
    const w = b.input('w', [4, 5]);
    b.output('y', b.permute(b.einsum('abk,kn->abn', x, w), [0, 2, 1]));
    const shared = b.einsum('abk,kn->abn', x, w);
    b.output('z', b.add(b.permute(shared, [1, 0, 2]), lit(1)));
    b.output('z2', shared);
    const g = simplified(b);
    expect((outputNode(g).attrs as OpAttrs['einsum']).spec).toBe('abk,kn->anb');
    expect(g.nodes.filter((n) => n.op === 'permute')).toHaveLength(1);
  });

  test('keeps numerics on random graphs and leaves nothing to simplify', () => {
    for (let seed = 200; seed < 260; seed++) {
      const g = randomGraph(seed);
      const once = dce(simplify(g));
      expect(verifyGraph(once)).toEqual([]);
      const feeds = randomFeeds(g);
      expect(resultDistance(run(g, feeds), run(once, feeds))).toBeLessThan(1e-7);
      expect(dce(simplify(once)).nodes.length).toBe(once.nodes.length);
    }
  });
});
