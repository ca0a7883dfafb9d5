// The CUDA executor and its driver binding, end to end without a GPU: the
// real koffi binding (runtime/exec/cuda-driver.ts) loads a CPU stand-in for
// libcuda (fake-driver.c) whose modules are loom's rendered CUDA C++
// compiled against emulation.h. So the FFI signatures, the executor's
// buffers, slots, kernel parameters, updates and outputs, and the CUDA text
// are checked together against the reference interpreter.
import { describe, expect, test } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { buildTrainStep } from '../../compiler/autodiff/train-step.ts';
import { GraphBuilder } from '../../compiler/graph/builder.ts';
import type { Graph } from '../../compiler/graph/types.ts';
import { planProgram } from '../../compiler/plan.ts';
import { compileGraph } from '../../compiler/program.ts';
import { CUDA_TARGET } from '../../compiler/target.ts';
import { cudaKernelEntries } from '../../runtime/backends/cuda/session.ts';
import { openCudaDriver } from '../../runtime/exec/cuda-driver.ts';
import { CudaExecutor } from '../../runtime/exec/cuda.ts';
import { loadBackend } from '../../runtime/backend.ts';
import { crossEntropy, layerNorm, linear } from '../fusion/helpers.ts';
import { gptTrainStep } from '../fusion/models.ts';
import { randomFeeds, resultDistance, run } from '../passes/helpers.ts';
import { fakeDriverLibrary, fakeModuleImage } from './harness.ts';

const normal = { kind: 'normal', std: 0.5, mean: 0 } as const;
const ones = { kind: 'ones' } as const;

const f32 = (m: ReadonlyMap<string, ArrayLike<number>>) => new Map([...m].map(([k, v]) => [k, Float32Array.from(v)]));

async function executorFor(g: Graph) {
  const driver = await openCudaDriver(0, { driverPath: fakeDriverLibrary(), nvrtcPaths: false });
  const { lowered } = compileGraph(g, { target: CUDA_TARGET });
  const executor = new CudaExecutor(driver);
  return { driver, lowered, plan: planProgram(lowered), executor, image: await fakeModuleImage(lowered.kernels.map((k) => k.kernel)), kernels: cudaKernelEntries(lowered) };
}

describe('CUDA executor over the driver API (CPU stand-in driver)', () => {
  test('the device as the driver describes it', async () => {
    const driver = await openCudaDriver(0, { driverPath: fakeDriverLibrary(), nvrtcPaths: false });
    expect(driver.deviceName).toBe('loom fake CUDA device 0 (CPU emulation)');
    expect(driver.computeCapability).toEqual([9, 0]);
    expect(driver.totalMemoryBytes).toBe(2 ** 30);
    expect(driver.compilePtx).toBeUndefined();
    driver.close();
  });

  test('a train step: outputs, updates in place, and a second step from the updated state', async () => {
    const b = new GraphBuilder();
    const x = b.input('x', [4, 6]);
    const h = layerNorm(b, linear(b, x, b.param('w', [6, 5], normal), b.param('bias', [5], normal)), b.param('g', [5], ones), b.param('beta', [5], normal));
    b.output('loss', crossEntropy(b, h, b.input('idx5_targets', [4], 'i32')));
    const g = buildTrainStep(b.build(), defaultOptimizer);
    const feeds = randomFeeds(g);
    // Optimizer slots start at zero (a random second moment could be negative: NaN on both sides).
    for (const [name, v] of feeds.params) if (name.startsWith('optim.')) v.fill(0);
    const { driver, plan, executor, image, kernels } = await executorFor(g);
    try {
      executor.upload(f32(feeds.params));
      executor.load('train', plan, { ptx: image, kernels });
      const inputs = f32(feeds.inputs);
      const first = executor.run('train', inputs);
      const want = run(g, feeds);
      expect(resultDistance({ outputs: new Map(Object.entries(first)), updates: new Map(Object.entries(executor.read([...want.updates.keys()]))) }, want)).toBeLessThan(1e-4);
      // The second step starts from the updated state, as the interpreter's would.
      const second = executor.run('train', inputs, ['loss']);
      const want2 = run(g, { inputs: feeds.inputs, params: new Map([...feeds.params].map(([k, v]) => [k, want.updates.get(k) ?? v])) });
      expect(Math.abs(second.loss![0]! - (want2.outputs.get('loss')![0] as number))).toBeLessThan(1e-4);
      expect(executor.stats()).toMatchObject({ modules: 1, launches: 2 * plan.launches.length });
    } finally {
      executor.dispose();
      driver.close();
    }
  });

  test('the GPT train step matches the interpreter', async () => {
    const g = gptTrainStep(1, 8);
    const feeds = randomFeeds(g);
    const { driver, plan, executor, image, kernels } = await executorFor(g);
    try {
      executor.upload(f32(feeds.params));
      executor.load('train', plan, { ptx: image, kernels });
      const out = executor.run('train', f32(feeds.inputs));
      const want = run(g, feeds);
      const updates = new Map(Object.entries(executor.read([...want.updates.keys()])));
      expect(resultDistance({ outputs: new Map(Object.entries(out)), updates }, want)).toBeLessThan(1e-4);
      const timing = executor.time('train', 2, 1);
      expect(timing.runs).toBe(2);
      expect(timing.medianMs).toBeGreaterThanOrEqual(0);
      const profile = executor.profile('train', 1);
      expect(profile.map((x) => x.kernel)).toEqual(plan.launches.map((l) => l.kernel));
      expect(profile.every((x) => x.ms >= 0)).toBe(true);
    } finally {
      executor.dispose();
      driver.close();
    }
  });

  test('errors name the call, the kernel and what CUDA said', async () => {
    const b = new GraphBuilder();
    b.output('y', b.unary('exp', b.input('x', [8])));
    const { driver, plan, executor, image, kernels } = await executorFor(b.build());
    try {
      expect(() => executor.load('p', plan, { ptx: '.version 9.0 (not a fake image)', kernels }))
        .toThrow(/program "p": the driver could not load its PTX: cuModuleLoadData failed: CUDA_ERROR_INVALID_IMAGE: device kernel image is invalid/);
      const renamed = Object.fromEntries(Object.entries(kernels).map(([k, v]) => [k, { ...v, entryPoint: `${v.entryPoint}_missing` }]));
      expect(() => executor.load('p', plan, { ptx: image, kernels: renamed })).toThrow(/cuModuleGetFunction\(\w+_missing\) failed: CUDA_ERROR_NOT_FOUND/);
      executor.load('p', plan, { ptx: image, kernels });
      expect(() => executor.run('p', new Map([['x', new Float32Array(3)]]))).toThrow('input "x" has 3 elements; program "p" needs 8 ([8])');
      expect(executor.run('p', new Map([['x', Float32Array.of(0, 1, 2, 3, 4, 5, 6, 7)]])).y![7]).toBeCloseTo(Math.exp(7), 2);
    } finally {
      executor.dispose();
      driver.close();
    }
  });
});

describe('the cuda backend without a GPU', () => {
  test('creating a session says what is missing', async () => {
    const backend = await loadBackend('cuda');
    await expect(backend.createSession({}, new Map())).rejects.toThrow(/^the cuda backend needs an NVIDIA GPU with its driver: no CUDA driver: none of libcuda\.so\.1, libcuda\.so, nvcuda\.dll could be loaded/);
  });
});
