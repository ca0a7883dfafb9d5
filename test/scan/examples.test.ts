// The recurrent dsl-examples (Mamba, RWKV-4, GLA in recurrent form, a LIF
// spiking MLP, SpikeGPT): every
// scan is exactly one forward kernel, its prologue and epilogue included (the
// body is the fusion), and a train step adds exactly two (the forward that
// stores its states, the reverse scan); the inference forward stores no state
// per step (no T × state buffer). Their numerics against PyTorch are
// test/parity (fixtures from scripts/torch_parity_scan.py).
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { scanLayout } from '../../compiler/graph/ops/scan.ts';
import { compileLanguageModel } from '../../compiler/model.ts';
import { scanKernelCount, scans } from './helpers.ts';

const EXAMPLES = path.join(import.meta.dirname, '..', '..', 'dsl-examples');

describe.each([
  ['mamba.loom', 2],
  ['rwkv.loom', 2],
  ['gla_recurrent.loom', 2],
  ['lif_scan.loom', 2],
  // SpikeGPT: per block the WKV scan and two multi-step LIF scans.
  ['spikegpt.loom', 6],
])('%s', (file, layers) => {
  const T = 8;
  const m = compileLanguageModel(path.join(EXAMPLES, file), { batch: 2, ctx: T, optimizer: defaultOptimizer });

  it('has one scan per layer, each exactly one forward kernel', () => {
    expect(scans(m.graphs.forward)).toHaveLength(layers);
    expect(scanKernelCount(m.graphs.forward)).toBe(layers);
  });

  it('trains with three scan kernels per layer: forward, forward storing states, reverse scan', () => {
    expect(scanKernelCount(m.graphs.train)).toBe(3 * layers);
  });

  it('stores no per-step state in the inference forward', () => {
    for (const s of scans(m.graphs.forward)) {
      expect(s.attrs.save).toBe(false);
      const layout = scanLayout(s.attrs);
      expect(layout.saved).toEqual([]);
      // The packed result is the per-step outputs and the final states only.
      const ys = layout.ys.reduce((acc, y) => acc + y.shape.reduce((a, d) => a * d, 1), 0);
      const finals = layout.finals.reduce((acc, f) => acc + f.shape.reduce((a, d) => a * d, 1), 0);
      expect(layout.size).toBe(ys + finals);
      expect(layout.ys.every((y) => y.shape[0] === T)).toBe(true);
    }
  });
});
