// View composition: a chain of movement ops composed into one strided index
// map must read exactly what evaluating the chain op by op produces.
import { describe, expect, test } from 'vitest';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import type { Graph, NodeId } from '../../compiler/graph/types.ts';
import { numel } from '../../compiler/graph/types.ts';
import { applyMovement, contiguousView, isIdentityView, readView, type View, viewFootprint } from '../../compiler/fusion/view.ts';
import { runGraph } from '../../runtime/reference/interpreter.ts';
import { rng } from '../passes/helpers.ts';

/** Compose the views of the movement nodes from `source` to `last` (null when a reshape does not compose). */
function compose(g: Graph, source: NodeId, last: NodeId): View | null {
  let view: View | null = contiguousView(g.nodes[source]!.type.shape);
  for (let id = source + 1; id <= last && view; id++) view = applyMovement(view, g.nodes[id]!);
  return view;
}

function check(build: (b: GraphBuilder, x: NodeId) => NodeId, shape: number[]): View | null {
  const b = new GraphBuilder();
  const x = b.input('x', shape);
  const y = build(b, x);
  b.output('y', y);
  const g = b.build();
  const src = Float64Array.from({ length: numel(shape) }, (_, i) => i + 1);
  const expected = runGraph(g, { inputs: new Map([['x', src]]), params: new Map() }, { float64: true }).outputs.get('y')!;
  const view = compose(g, x, y);
  if (view) expect([...readView(src, view, new Float64Array(expected.length))]).toEqual([...expected]);
  return view;
}

describe('views', () => {
  test('permute, expand and slice compose into strides and an offset', () => {
    const v = check((b, x) => b.slice(b.emit('expand', [b.permute(x, [2, 0, 1])], { shape: [4, 2, 3] }), [1, 0, 1], [4, 2, 3], [2, 1, 1]), [2, 1, 4])!;
    expect(v).toEqual({ shape: [2, 2, 2], strides: [2, 4, 0], offset: 1, guards: [] });
  });

  test('pad becomes a guard that survives slicing, permuting and broadcasting', () => {
    const v = check((b, x) => {
      const p = b.pad(x, [1, 0], [2, 1]);
      return b.emit('expand', [b.reshape(b.permute(b.slice(p, [1, 0], [6, 4]), [1, 0]), [4, 1, 5])], { shape: [4, 3, 5] });
    }, [3, 3])!;
    expect(v.guards.length).toBe(2);
    expect(viewFootprint(v, 9)).toBe(9);
  });

  test('reshape merges strided runs and splits axes', () => {
    const v = check((b, x) => b.reshape(b.slice(x, [0, 0, 1], [2, 3, 4], [1, 1, 2]), [6, 2]), [2, 3, 4])!;
    expect(v).toEqual({ shape: [6, 2], strides: [4, 2], offset: 1, guards: [] });
    check((b, x) => b.reshape(b.permute(x, [1, 0]), [2, 3, 2]), [4, 3]);
  });

  test('reshape of a transpose that merges non-adjacent axes does not compose', () => {
    expect(check((b, x) => b.reshape(b.permute(x, [1, 0]), [6]), [2, 3])).toBeNull();
    expect(check((b, x) => b.reshape(b.emit('expand', [x], { shape: [3, 2] }), [6]), [3, 1])).toBeNull();
    expect(check((b, x) => b.reshape(b.pad(x, [1], [1]), [2, 3]), [4])).toBeNull();
  });

  test('a guard moves with its axis through a reshape that leaves it alone', () => {
    const v = check((b, x) => b.reshape(b.pad(x, [0, 1], [0, 1]), [1, 2, 1, 5]), [2, 3])!;
    expect(v.guards).toEqual([{ axis: 3, scale: 1, offset: -1, size: 3 }]);
  });

  test('random chains: whatever composes reads what the ops produce', () => {
    const r = rng(5);
    let composed = 0;
    for (let trial = 0; trial < 300; trial++) {
      const shape = Array.from({ length: 1 + Math.floor(r() * 3) }, () => 1 + Math.floor(r() * 3));
      const v = check((b, x) => {
        let y = x;
        for (let k = 0; k < 4; k++) {
          const s = b.shape(y);
          const choice = Math.floor(r() * 5);
          if (choice === 0) y = b.permute(y, s.map((_, i) => i).sort(() => r() - 0.5));
          else if (choice === 1) y = b.reshape(y, r() < 0.5 ? [numel(s)] : [...s, 1].reverse());
          else if (choice === 2) y = b.slice(y, s.map((d) => Math.floor(r() * d)), s, s.map(() => 1 + Math.floor(r() * 2)));
          else if (choice === 3) y = b.pad(y, s.map(() => Math.floor(r() * 2)), s.map(() => Math.floor(r() * 2)));
          else y = b.emit('expand', [b.reshape(y, [1, ...s])], { shape: [2, ...s] });
        }
        return y;
      }, shape);
      if (v) composed++;
    }
    expect(composed).toBeGreaterThan(150);
  });

  test('identity and footprint', () => {
    expect(isIdentityView(contiguousView([2, 3]), 6)).toBe(true);
    const broadcast = applyMovement(contiguousView([1, 3]), { id: 1, op: 'expand', inputs: [0], attrs: { shape: [4, 3] }, type: { shape: [4, 3], dtype: 'f32' } })!;
    expect(isIdentityView(broadcast, 3)).toBe(false);
    expect(viewFootprint(broadcast, 3)).toBe(3);
  });
});
