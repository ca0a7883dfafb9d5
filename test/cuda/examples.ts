// Every dsl-example's forward pass and train step, lowered for the CUDA
// target and rendered as CUDA C++, run on the CPU through emulation.h
// (harness.ts) and compared with the reference interpreter in float64 —
// the numerics of the CUDA text of every example, checked without a GPU.
// And nvcc (when installed, as in CI) accepts each example's train step,
// every kernel, for sm_80 and sm_90. (scripts/gpu-check.ts runs the same
// programs on a real GPU.)
//
// The examples are cut into parts, one test file each (examples-<n>.test.ts):
// vitest runs files, not tests, in parallel, and all of this in one file was
// the suite's longest by far (253 s of g++ and nvcc), started last and
// finished alone on one core.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import type { Graph } from '../../compiler/graph/types.ts';
import { compileLanguageModel } from '../../compiler/model.ts';
import { compileGraph } from '../../compiler/program.ts';
import { CUDA_TARGET } from '../../compiler/target.ts';
import { initialState } from '../../runtime/train.ts';
import { resultDistance, run, type Feeds } from '../passes/helpers.ts';
import { renderCudaModule } from '../../compiler/render/cuda.ts';
import { hasNvcc, nvccPtx, runCudaEmulated } from './harness.ts';

const EXAMPLES = path.join(import.meta.dirname, '..', '..', 'dsl-examples');
const files = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.loom')).sort();

function feedsFor(g: Graph, state: ReadonlyMap<string, Float32Array>, vocab: number): Feeds {
  const inputs = new Map<string, Float64Array>();
  for (const n of g.nodes) {
    if (n.op !== 'input') continue;
    const { name } = n.attrs as { name: string };
    const size = n.type.shape.reduce((a, b) => a * b, 1);
    inputs.set(name, Float64Array.from({ length: size }, (_, i) => (name === 'step' ? 3 : (i * 7 + (name === 'targets' ? 3 : 1)) % vocab)));
  }
  return { inputs, params: new Map([...state].map(([k, v]) => [k, Float64Array.from(v)])) };
}

/** Every `of`-th file from the n-th (0-based): parts of similar size, each example in one. */
const part = <T>(xs: readonly T[], n: number, of: number): T[] => xs.filter((_, i) => i % of === n);

/** Part n of `of`: its examples emulated (forward and train step), and nvcc on their train steps. */
export function examplesPart(n: number, of: number): void {
  describe.each(part(files, n, of))('%s as CUDA C++, emulated on the CPU', (file) => {
    // Compiled in the first test that needs it, not while collecting: sixteen examples compiled
    // back to back would block the worker past vitest's RPC deadline.
    let compiled: ReturnType<typeof compileLanguageModel> | undefined;
    const model = () => (compiled ??= compileLanguageModel(path.join(EXAMPLES, file), { batch: 1, ctx: 8, optimizer: defaultOptimizer }));
    test.each(['forward', 'train step'] as const)('%s matches the interpreter', async (program) => {
      const m = model();
      const g = program === 'forward' ? m.graphs.forward : m.graphs.train;
      const state = initialState(m, 1);
      const vocab = Number(m.config.vocab ?? 256);
      const feeds = feedsFor(g, state, vocab);
      const { lowered } = compileGraph(g, { target: CUDA_TARGET });
      expect(resultDistance(await runCudaEmulated(lowered, feeds), run(g, feeds))).toBeLessThan(1e-4);
    });
  });

  describe.runIf(hasNvcc())('nvcc accepts every example', () => {
    test.each(part(files, n, of).flatMap((f) => ['sm_80', 'sm_90'].map((arch) => [f, arch] as const)))('%s train step for %s', async (file, arch) => {
      const m = compileLanguageModel(path.join(EXAMPLES, file), { batch: 2, optimizer: defaultOptimizer });
      const kernels = compileGraph(m.graphs.train, { target: CUDA_TARGET }).lowered.kernels.map((l) => l.kernel);
      const ptx = await nvccPtx(renderCudaModule(kernels), arch);
      expect(ptx).toContain(`.target ${arch}`);
      expect((ptx.match(/\.entry /g) ?? []).length).toBe(kernels.length);
    });
  });
}

// At batch 2, ctx 16 mamba's scan body outgrows workgroup memory and keeps its values in a
// scratch buffer, and its backward pads with zeros from beyond a buffer's end: shapes where a
// kernel that loads outside its buffers would read a neighbour on the CPU but stop the GPU with
// an illegal address (found so on an H200). Under AddressSanitizer such a load fails the run.
export const mambaSanitized = (): void => test('mamba\'s train step at batch 2, ctx 16 stays inside its buffers (AddressSanitizer) and matches the interpreter', async () => {
  const m = compileLanguageModel(path.join(EXAMPLES, 'mamba.loom'), { batch: 2, ctx: 16, optimizer: defaultOptimizer });
  const feeds = feedsFor(m.graphs.train, initialState(m, 1), Number(m.config.vocab ?? 256));
  const { lowered } = compileGraph(m.graphs.train, { target: CUDA_TARGET });
  expect(resultDistance(await runCudaEmulated(lowered, feeds, { sanitize: true }), run(m.graphs.train, feeds))).toBeLessThan(1e-4);
}, 600_000);
