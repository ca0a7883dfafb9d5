// The scan op on the reference interpreter: values against the unrolled
// recurrence, gradients (backprop through time as a reverse scan) against the
// unrolled graph's autodiff and against finite differences.
import { describe, expect, it } from 'vitest';
import type { Graph, OpAttrs } from '../../compiler/graph/types.ts';
import { verifyGraph } from '../../compiler/graph/verify.ts';
import { runGraph } from '../../runtime/reference/interpreter.ts';
import { randomFeeds, resultDistance } from '../passes/helpers.ts';
import { linear, RECURRENCES, withGrads } from './helpers.ts';

const f64 = (g: Graph, feeds = randomFeeds(g)) => runGraph(g, feeds, { float64: true });

describe('scan: reference evaluation', () => {
  for (const rec of RECURRENCES(5)) {
    it(`${rec.name}: equals the unrolled recurrence`, () => {
      const fused = rec.build(true);
      const unrolled = rec.build(false);
      expect(verifyGraph(fused)).toEqual([]);
      expect(fused.nodes.filter((n) => n.op === 'scan')).toHaveLength(1);
      const feeds = randomFeeds(unrolled);
      expect(resultDistance(f64(fused, feeds), f64(unrolled, feeds))).toBeLessThan(1e-12);
    });
  }

  it('a linear recurrence by hand: h = a·h + x', () => {
    const g = linear(3).build(true);
    const feeds = { inputs: new Map([['h0', Float64Array.from([1, 0, 0, 0, 0, 0])], ['x', Float64Array.from({ length: 18 }, (_, i) => (i % 3 === 0 ? 1 : 0))]]), params: new Map([['a', Float64Array.from([0.5, 1, 1])], ['w', Float64Array.from([2, 1, 1])]]) };
    const y = runGraph(g, feeds, { float64: true }).outputs.get('y0')!;
    // Batch 0, channel 0: h = 0.5·1 + 1 = 1.5, then 1.75, then 1.875; y = 2h.
    expect([y[0], y[3], y[6]]).toEqual([3, 3.5, 3.75]);
  });
});

describe('scan: backprop through time', () => {
  for (const rec of RECURRENCES(4)) {
    it(`${rec.name}: gradients equal the unrolled graph's`, () => {
      const fused = withGrads(rec.build(true));
      const unrolled = withGrads(rec.build(false));
      expect(verifyGraph(fused)).toEqual([]);
      const feeds = randomFeeds(unrolled);
      expect(resultDistance(f64(fused, feeds), f64(unrolled, feeds))).toBeLessThan(1e-10);
      // One forward, one forward that stores its states, one reverse scan.
      const scans = fused.nodes.filter((n) => n.op === 'scan').map((n) => n.attrs as OpAttrs['scan']);
      expect(scans.map((a) => [a.save, a.reverse])).toEqual([[false, rec.name === 'rnn-reverse'], [true, rec.name === 'rnn-reverse'], [false, rec.name !== 'rnn-reverse']]);
    });
  }

  it('rnn-reverse: gradients match central finite differences', () => {
    const base = RECURRENCES(4)[1]!.build(true);
    const g = withGrads(base);
    const feeds = randomFeeds(g);
    const out = f64(g, feeds).outputs;
    const loss = (f: typeof feeds) => f64(g, f).outputs.get('loss')![0]!;
    const eps = 1e-6;
    for (const [name, kind] of [['x', 'inputs'], ['W', 'params'], ['h0', 'inputs']] as const) {
      const v = feeds[kind].get(name)!;
      const d = out.get(`d.${name}`)!;
      for (const i of [0, Math.floor(v.length / 2), v.length - 1]) {
        const plus = Float64Array.from(v);
        const minus = Float64Array.from(v);
        plus[i]! += eps;
        minus[i]! -= eps;
        const fd = (loss({ ...feeds, [kind]: new Map([...feeds[kind], [name, plus]]) }) - loss({ ...feeds, [kind]: new Map([...feeds[kind], [name, minus]]) })) / (2 * eps);
        expect(Math.abs(fd - d[i]!), `d${name}[${i}]`).toBeLessThan(1e-6 * Math.max(1, Math.abs(fd)));
      }
    }
  });
});
