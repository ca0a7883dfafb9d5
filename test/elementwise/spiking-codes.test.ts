// std.spiking's scan-based multi-step LIF (lif_scan) and SpikingBrain's
// adaptive-threshold spike counts (AdaptiveSpikes), against their formulas on
// the reference interpreter: values, statistics and gradients.
import { describe, expect, test } from 'vitest';
import { buildLossAndGrads } from '../../compiler/autodiff/train-step.ts';
import { graphOf, run } from '../elaborate/helpers.ts';

const f32 = (...shape: number[]) => ({ shape, dtype: 'f32' as const });

describe('AdaptiveSpikes', () => {
  const src = 'import std.spiking\nmodel M() {\n  sp = AdaptiveSpikes(k=2.0)\n  forward(x: [N, 4]) = sp(x)\n}\n';
  const x = [0.9, -0.3, 0.05, 2.2, -1, 0.5, 0.25, 0];

  test('each row: V_th = mean|x|/k, n = round(x / V_th), the value n · V_th; |n| and the silent share reported', () => {
    const out = run(graphOf(src, 'forward', { x: f32(2, 4) }), { x });
    const y = out.get('output')!;
    let spikes = 0;
    let silent = 0;
    for (let r = 0; r < 2; r++) {
      const row = x.slice(4 * r, 4 * r + 4);
      const vth = row.reduce((a, v) => a + Math.abs(v), 0) / 4 / 2 + 1e-6;
      row.forEach((v, j) => {
        const n = Math.floor(v / vth + 0.5);
        expect(y[4 * r + j]).toBeCloseTo(n * vth, 6);
        spikes += Math.abs(n);
        if (n === 0) silent++;
      });
    }
    const stats = [...out.keys()].filter((k) => k.startsWith('stat.'));
    expect(stats.sort()).toEqual(['stat.sp.silent', 'stat.sp.spikes_per_neuron']);
    expect(out.get('stat.sp.spikes_per_neuron')![0]).toBeCloseTo(spikes / 8, 6);
    expect(out.get('stat.sp.silent')![0]).toBeCloseTo(silent / 8, 6);
  });

  test('the gradient is straight through: each input gets the upstream gradient', () => {
    const wsrc = 'import std.spiking\nmodel M() {\n  param w: [4] = ones\n  sp = AdaptiveSpikes(k=2.0)\n  loss(x: [N, 4]) = sum(sp(x * w[None, :]) * arange(1, 5)[None, :])\n}\n';
    const gw = run(buildLossAndGrads(graphOf(wsrc, 'loss', { x: f32(2, 4) })), { x }, { w: [1, 1, 1, 1] }).get('grad.w')!;
    // d/dw_j Σ_n c_j · STE(x_nj w_j) = c_j Σ_n x_nj, with c = 1 … 4.
    [0, 1, 2, 3].forEach((j) => expect(gw[j]).toBeCloseTo((j + 1) * (x[j]! + x[4 + j]!), 6));
  });
});

describe('lif_scan (SpikingJelly MultiStepLIFNode as a scan)', () => {
  test('H_t = V + (X − V)/τ, S = H(H − θ) with H(0) = 1, V = H·(1 − S): equal to the unrolled lif_hard_reset', () => {
    const T = 6;
    const xs = Array.from({ length: 2 * T * 3 }, (_, i) => 1.6 * Math.sin(0.9 * i + 0.2) + 0.8);
    const scanSrc = 'import std.spiking\nmodel M() {\n  forward(x: [B, T, D]) = lif_scan(x, tau=2.0, threshold=1.0)\n}\n';
    const unrolled = 'import std.spiking\nmodel M() {\n  forward(x: [B, T, D]) = lif_hard_reset(x, tau=2.0, threshold=1.0)\n}\n';
    const a = run(graphOf(scanSrc, 'forward', { x: f32(2, T, 3) }), { x: xs }).get('output')!;
    const b = run(graphOf(unrolled, 'forward', { x: f32(2, T, 3) }), { x: xs }).get('output')!;
    expect([...a]).toEqual([...b]);
    // By hand for one neuron (b = 0, d = 0).
    let v = 0;
    for (let t = 0; t < T; t++) {
      const h = v + (xs[t * 3]! - v) / 2;
      const s = h - 1 >= 0 ? 1 : 0;
      expect(a[t * 3]).toBe(s);
      v = h * (1 - s);
    }
    expect(a.some((s) => s === 1) && a.some((s) => s === 0)).toBe(true);
  });
});
