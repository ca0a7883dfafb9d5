// The CUDA renderer: golden text for a few kernels, nvcc acceptance of every
// kernel of the examples, and the numerics of the CUDA text itself, run on
// the CPU through emulation.h and compared with the float64 interpreter.
import { describe, expect, test } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { buildTrainStep } from '../../compiler/autodiff/train-step.ts';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import type { Graph } from '../../compiler/graph/types.ts';
import { k } from '../../compiler/kernel/build.ts';
import { compileGraph } from '../../compiler/program.ts';
import { renderCuda, renderCudaModule } from '../../compiler/render/cuda.ts';
import { CUDA_TARGET } from '../../compiler/target.ts';
import { crossEntropy, layerNorm, linear, softmax } from '../fusion/helpers.ts';
import { gptTrainStep } from '../fusion/models.ts';
import { randomFeeds, randomGraph, resultDistance, run } from '../passes/helpers.ts';
import { hasNvcc, nvccPtx, runCudaEmulated } from './harness.ts';

const normal = { kind: 'normal', std: 0.5, mean: 0 } as const;
const ones = { kind: 'ones' } as const;

// Lowered for the CUDA target (its limits: 1024 threads a block, 48 KiB shared memory).
const lower = (g: Graph) => compileGraph(g, { target: CUDA_TARGET }).lowered;

async function checkEmulated(g: Graph, tolerance = 1e-4): Promise<void> {
  const lowered = lower(g);
  const feeds = randomFeeds(g);
  expect(resultDistance(await runCudaEmulated(lowered, feeds), run(g, feeds))).toBeLessThan(tolerance);
}

describe('CUDA text', () => {
  test('an elementwise kernel', () => {
    const x = k.buffer('x', 'f32', 64, 'read');
    const y = k.buffer('y', 'f32', 64, 'write');
    const i = k.variable('i', 'u32');
    const kernel = k.kernel({
      name: 'scale',
      buffers: [x, y],
      launch: k.grid([64, 1, 1], [1, 1, 1]),
      body: [
        k.let(i, k.globalId(0)),
        k.if(k.lt(i, k.u32(64)), [k.store(y, k.cast('i32', i), k.mul(k.exp(k.load(x, k.cast('i32', i))), k.f32(0.5)))]),
      ],
    });
    expect(renderCuda(kernel).code).toBe([
      '// kernel scale',
      'extern "C" __global__ void __launch_bounds__(64) scale(const float* x, float* y) {',
      '  const unsigned int i = blockIdx.x * 64u + threadIdx.x;',
      '  if (i < 64u) {',
      '    y[(int)i] = expf(x[(int)i]) * 0.5f;',
      '  }',
      '}',
      '',
    ].join('\n'));
  });

  test('shared memory is zeroed before use, barriers are __syncthreads', () => {
    const g = new GraphBuilder();
    const x = g.input('x', [3, 300]);
    g.output('y', softmax(g, x));
    const text = renderCudaModule(lower(g.build()).kernels.map((l) => l.kernel));
    expect(text).toContain('__shared__ float');
    expect(text).toMatch(/__shared__ float (\w+)\[\d+\];\n  for \(unsigned int loom_i = .*\n    if \(loom_i < \d+u\) \1\[loom_i\] = 0\.0f;\n  }\n  __syncthreads\(\);/);
  });
});

describe('CUDA numerics on the CPU (emulated blocks and threads)', () => {
  test('layer norm, linear and cross-entropy train step', async () => {
    const b = new GraphBuilder();
    const x = b.input('x', [4, 6]);
    const h = layerNorm(b, linear(b, x, b.param('w', [6, 5], normal), b.param('bias', [5], normal)), b.param('g', [5], ones), b.param('beta', [5], normal));
    b.output('loss', crossEntropy(b, h, b.input('idx5_targets', [4], 'i32')));
    await checkEmulated(buildTrainStep(b.build(), defaultOptimizer));
  });

  test('softmax over rows wider than a workgroup (tree reductions through shared memory)', async () => {
    const b = new GraphBuilder();
    b.output('y', softmax(b, b.input('x', [3, 700])));
    await checkEmulated(b.build());
  });

  for (const seed of [1, 2, 3, 4, 5, 6]) {
    test(`random graph ${seed}`, () => checkEmulated(randomGraph(seed)));
  }

  test('the GPT train step', () => checkEmulated(gptTrainStep(1, 8)));
});

describe.runIf(hasNvcc())('nvcc accepts every kernel', () => {
  test.each(['sm_80', 'sm_90'])('GPT train step for %s', async (arch) => {
    const module = renderCudaModule(lower(gptTrainStep(1, 8)).kernels.map((l) => l.kernel));
    const ptx = await nvccPtx(module, arch);
    expect(ptx).toContain(`.target ${arch}`);
    expect((ptx.match(/\.entry /g) ?? []).length).toBe(lower(gptTrainStep(1, 8)).kernels.length);
  });
});
