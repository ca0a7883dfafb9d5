// The `scan` construct: parsing, elaboration into one scan node (sequences
// recognised from `x[:, t]`, constants captured), values against the same
// recurrence unrolled with `for`, and diagnostics with file:line:col.
import { describe, expect, it } from 'vitest';
import type { OpAttrs } from '../../compiler/graph/types.ts';
import { elab, errors, f32, graphOf, run } from '../elaborate/helpers.ts';

const rnd = (n: number, seed: number) => Array.from({ length: n }, (_, i) => Math.sin(seed * 13.7 + i * 1.3));

/** A leaky integrator with a per-channel decay, two ways: `scan` and an unrolled `for` loop. */
const LEAKY = `
block Leaky(dim: int) {
  param a: [dim] = uniform(0.5, 1.0)
  forward(x: [B, T, dim]) = scan t over T along 1 with h: [B, dim] = 0 {
    h = a * h + x[:, t]
    yield tanh(h)
  }
  unrolled(x: [B, T, dim]) {
    h = 0.0 * x[:, 0]
    ys = []
    for t in 0..T {
      h = a * h + x[:, t]
      ys = ys + [tanh(h)[:, None]]
    }
    return concat(ys, axis=1)
  }
}
model M(dim: int = 3) {
  leaky = Leaky(dim)
  forward(x: [B, T, dim]) = leaky(x)
  unrolled(x: [B, T, dim]) = leaky.unrolled(x)
}
`;

describe('scan: the language construct', () => {
  it('elaborates to one scan node with x a sequence and the param a constant', () => {
    const g = graphOf(LEAKY, 'forward', { x: f32(2, 5, 3) });
    const scans = g.nodes.filter((n) => n.op === 'scan');
    expect(scans).toHaveLength(1);
    const a = scans[0]!.attrs as OpAttrs['scan'];
    expect([a.nState, a.nSeq, a.nConst, a.length, a.reverse, a.seqAxes]).toEqual([1, 1, 1, 5, false, [1]]);
    expect(g.nodes[g.outputs[0]!.node]!.type.shape).toEqual([2, 5, 3]);
  });

  it('equals the same recurrence unrolled with for', () => {
    const x = rnd(30, 1);
    const fused = run(graphOf(LEAKY, 'forward', { x: f32(2, 5, 3) }), { x }).get('output')!;
    const unrolled = run(graphOf(LEAKY, 'unrolled', { x: f32(2, 5, 3) }), { x }).get('unrolled')!;
    expect(fused.length).toBe(30);
    fused.forEach((v, i) => expect(v).toBeCloseTo(unrolled[i]!, 12));
  });

  it('LIF with subtractive reset, two states, reverse and several yields', () => {
    const src = `
model M(beta: float = 0.9, theta: float = 1.0) {
  forward(x: [B, T, D]) {
    r = scan t over T along 1 with u: [B, D] = 0, s: [B, D] = 0 {
      u = beta * u + x[:, t] - theta * stop_grad(s)
      s = where(u > theta, 1.0, 0.0)
      yield s, u
    }
    back = scan t over T reverse with acc: [B, D] = 0 {
      acc = acc + r[0][:, t]
      yield acc
    }
    return r[0] + r[1] + transpose(back, [1, 0, 2])
  }
}`;
    const g = graphOf(src, 'forward', { x: f32(1, 4, 2) });
    expect(g.nodes.filter((n) => n.op === 'scan')).toHaveLength(2);
    const x = [0.6, 0.2, 0.7, 0.9, 0.5, 0.1, 0.8, 0.3];
    const out = run(g, { x }).get('output')!;
    // By hand (β = 0.9, θ = 1): channel 0: u = 0.6, 1.24 (spike), 0.616, 1.3544 (spike).
    const u0 = [0.6, 1.24, 0.9 * 1.24 + 0.5 - 1, 0.9 * (0.9 * 1.24 + 0.5 - 1) + 0.8];
    const s0 = [0, 1, 0, 1];
    const suffix = (k: number) => s0.slice(k).reduce((p, q) => p + q, 0);
    [0, 1, 2, 3].forEach((t) => expect(out[t * 2]).toBeCloseTo(s0[t]! + u0[t]! + suffix(t), 12));
  });

  it('reports a state whose shape the body changes, at the yield', () => {
    const src = [
      'model M() {',
      '  forward(x: [B, T, D]) = scan t over T with h: [B, D] = 0 {',
      '    h = sum(h + x[:, t], axis=1)',
      '    yield h',
      '  }',
      '}',
    ].join('\n');
    expect(errors(src, 'forward', { x: f32(2, 3, 5) })).toContain(
      "main.loom:4:5: error: scan: state 'h' is f32[2, 5] but one step of the body makes it f32[2]; a state keeps its shape from step to step",
    );
  });

  it('reports yield outside the end of a scan body, and a number state without a type', () => {
    const misplaced = errors(['model M() {', '  forward(x: [B, D]) {', '    yield x', '    return x', '  }', '}'].join('\n'), 'forward', { x: f32(2, 3) });
    expect(misplaced).toContain("main.loom:3:5: error: 'yield' ends the body of a scan: it may only be the last statement of 'scan t over T with ... { ... }'");
    const untyped = errors(['model M() {', '  forward(x: [B, T]) = scan t over T with h = 0 {', '    h = h + x[:, t]', '    yield h', '  }', '}'].join('\n'), 'forward', { x: f32(2, 3) });
    expect(untyped).toContain("main.loom:2:43: error: scan: state 'h' starts from a number; give its type, e.g. h: [B, D] = 0");
  });

  it('reports a misspelt over at its place', () => {
    const r = elab(['model M() {', '  forward(x: [B, T]) = scan t upto T with h: [B] = 0 {', '    h = h + x[:, t]', '    yield h', '  }', '}'].join('\n'), 'forward', { x: f32(2, 3) });
    expect(r.text).toContain("main.loom:2:31: error: scan: expected 'over' after the step variable, got 'upto' (scan t over T with h = h0 { ... })");
  });
});
