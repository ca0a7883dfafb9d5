// The new elementwise ops and spike on a real WebGPU device (Dawn; lavapipe
// without a GPU): per-element accuracy of atan, log1p, expm1, softplus and
// sigmoid where naive formulas lose digits (WGSL has no log1p or expm1: the
// helpers in compiler/render/helpers.ts), and whole programs (the new ops
// forward and backward, a LIF layer's gradients) against the interpreter.
import { expect, it } from 'vitest';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import { unaryScalar } from '../../compiler/graph/ops/elementwise.ts';
import type { Graph } from '../../compiler/graph/types.ts';
import { createWebGpuSession } from '../../runtime/backends/webgpu/session.ts';
import { referenceBackend } from '../../runtime/backends/reference.ts';
import { relativeError } from '../backends/webgpu/examples.ts';
import { describeWebGpu } from '../webgpu/require-adapter.ts';
import { randomFeeds } from '../passes/helpers.ts';
import { lifGrads, NEW_OPS, newOpsGraph } from './graphs.ts';

const X = [1e-10, -1e-10, 3e-8, 1e-5, -1e-5, 1e-3, -0.3, 0.3, -0.49, 0.49, 0.51, -0.6, 0.99, 1.01, 3, -3, 12, -12, 40, -40, 87, -87];

async function compare(gpu: Parameters<typeof createWebGpuSession>[0], g: Graph): Promise<number> {
  const feeds = randomFeeds(g);
  const f32 = (m: Map<string, ArrayLike<number>>) => new Map([...m].map(([k, v]) => [k, Float32Array.from(v)]));
  const session = createWebGpuSession(gpu, { g }, f32(feeds.params));
  const reference = await referenceBackend.createSession({ g }, f32(feeds.params));
  try {
    const got = await session.run('g', f32(feeds.inputs));
    const want = await reference.run('g', f32(feeds.inputs));
    expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
    return Math.max(...[...want].map(([name, w]) => relativeError(got.get(name)!, w)));
  } finally {
    session.dispose();
    reference.dispose();
  }
}

describeWebGpu('new elementwise ops on WebGPU', (gpu) => {
  it('each op is within a few f32 ulps of the exact value, element by element', async () => {
    const b = new GraphBuilder();
    const x = b.input('x', [X.length]);
    for (const op of NEW_OPS) b.output(op, b.unary(op, x));
    const session = createWebGpuSession(gpu(), { g: b.build() }, new Map());
    try {
      const xs = Float32Array.from(X);
      const got = await session.run('g', new Map([['x', xs]]));
      for (const op of NEW_OPS) {
        const y = got.get(op)!;
        xs.forEach((x, i) => {
          const want = unaryScalar(op)(x);
          if (Number.isNaN(want)) return expect(y[i], `${op}(${x})`).toBeNaN(); // log1p below −1
          // WGSL's exp and log promise 3 ulps or so; expm1 and log1p near 0 get the same relative bound.
          const err = Math.abs(y[i]! - want) / Math.max(Math.abs(want), 1e-37);
          expect(err, `${op}(${x}) = ${y[i]}, exact ${want}`).toBeLessThan(op === 'log1p' || op === 'expm1' || op === 'softplus' ? 3e-6 : 1e-6);
        });
      }
    } finally {
      session.dispose();
    }
  });

  it('the new ops forward and backward match the interpreter', async () => {
    expect(await compare(gpu(), newOpsGraph(true))).toBeLessThan(1e-5);
  });

  it.each(['snntorch', 'spikingjelly'])('a %s LIF layer: loss and every gradient match the interpreter', async (neuron) => {
    expect(await compare(gpu(), lifGrads(neuron))).toBeLessThan(1e-5);
  });
});
