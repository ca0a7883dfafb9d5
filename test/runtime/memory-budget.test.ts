// The memory budget: a model too big for it fails after compiling, before any
// state is allocated, with its size and the budget.
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultOptimizer } from '../../compiler/autodiff/optimizer.ts';
import { fuse } from '../../compiler/fusion/fuse.ts';
import { formatBytes } from '../../compiler/io/files.ts';
import { planFusedMemory } from '../../compiler/memory/fused.ts';
import { optimizeGraph } from '../../compiler/passes/pipeline.ts';
import {
  checkMemoryBudget, defaultMemoryBudget, estimateMemory, MemoryBudgetError,
} from '../../runtime/memory-budget.ts';
import { compileLanguageModel } from '../../compiler/model.ts';
import { train } from '../../runtime/train.ts';

const gpt = path.join(import.meta.dirname, '..', '..', 'dsl-examples', 'gpt.loom');
const GiB = 2 ** 30;

describe('estimateMemory', () => {
  const m = compileLanguageModel(gpt, { batch: 2, ctx: 16, config: { dim: 16, depth: 1, heads: 2, ctx: 16 }, optimizer: defaultOptimizer });
  const paramCount = m.weights.reduce((a, w) => a + w.shape.reduce((x, d) => x * d, 1), 0);

  it("counts weights and AdamW's two slots once, and takes results and activations from the fused plan", () => {
    const e = estimateMemory([m.graphs.train]);
    expect(e.weights).toBe(4 * paramCount);
    expect(e.optimizerState).toBe(2 * 4 * paramCount);
    const plan = planFusedMemory(fuse(optimizeGraph(m.graphs.train)));
    expect(e.results).toBe(plan.outputBytes);
    // The train step writes a new copy of every weight and slot.
    expect(e.results).toBeGreaterThanOrEqual(3 * 4 * paramCount);
    expect(e.activations).toBe(plan.inputBytes + plan.peakBytes);
    expect(e.total).toBe(e.weights + e.optimizerState + e.results + e.activations);
  });

  it('shares the state between programs and adds up their own buffers', () => {
    const train = estimateMemory([m.graphs.train]);
    const loss = estimateMemory([m.graphs.loss]);
    const both = estimateMemory([m.graphs.train, m.graphs.loss]);
    expect(loss.optimizerState).toBe(0);
    expect(both.weights).toBe(train.weights);
    expect(both.optimizerState).toBe(train.optimizerState);
    expect(both.results).toBe(train.results + loss.results);
    expect(both.activations).toBe(train.activations + loss.activations);
  });
});

describe('checkMemoryBudget', () => {
  const e = { weights: 3 * GiB, optimizerState: 6 * GiB, results: 9 * GiB, activations: GiB / 2, total: 18.5 * GiB };

  it('passes within the budget and names every part, the size and the budget when over it', () => {
    expect(() => checkMemoryBudget(e, 20 * GiB)).not.toThrow();
    expect(() => checkMemoryBudget(e, 8 * GiB)).toThrow(new MemoryBudgetError(
      'the train step needs 18.5 GiB (weights 3.0 GiB, optimizer state 6.0 GiB, results 9.0 GiB, activations 512.0 MiB); ' +
        'the memory budget is 8.0 GiB (--memory-budget); nothing was allocated',
    ));
  });

  it('says when the budget is the default, three quarters of physical memory', () => {
    expect(defaultMemoryBudget()).toBe(Math.floor(os.totalmem() * 0.75));
    const huge = { ...e, weights: 4 * os.totalmem(), total: 4 * os.totalmem() };
    expect(() => checkMemoryBudget(huge, undefined, 'eval')).toThrow(
      new RegExp(`^eval needs .*; the default memory budget is ${formatBytes(defaultMemoryBudget())} \\(75% of this machine's ${formatBytes(os.totalmem())}; --memory-budget sets another\\); nothing was allocated$`),
    );
  });

  it('formats sizes in binary units', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(86.4 * GiB)).toBe('86.4 GiB');
    expect(formatBytes(3 * 2 ** 40)).toBe('3.0 TiB');
  });
});

describe('train with a memory budget', () => {
  it('refuses dim=4096 (1.5 GiB of weights, 3 GiB of AdamW state) against a 1 GiB budget before allocating anything', async () => {
    const before = process.memoryUsage().arrayBuffers;
    const run = train({
      file: gpt, config: { dim: 4096 }, steps: 10, batch: 16, optimizer: defaultOptimizer, seed: 1, backend: 'js',
      evalEvery: 10, evalBatches: 1, memoryBudgetBytes: GiB, log: { write: () => true } as unknown as NodeJS.WritableStream,
    });
    await expect(run).rejects.toThrow(MemoryBudgetError);
    await expect(run).rejects.toThrow(
      /^training \(the train step and validation\) needs [\d.]+ GiB \(weights 1\.5 GiB, optimizer state 3\.0 GiB, results [\d.]+ GiB, activations [\d.]+ GiB\); the memory budget is 1\.0 GiB \(--memory-budget\); nothing was allocated$/,
    );
    // Nothing near the model's size was allocated.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 2 ** 20);
  });

  it('trains when the budget fits', async () => {
    const r = await train({
      file: gpt, config: { dim: 16, depth: 1, heads: 2, ctx: 16 }, data: undefined, steps: 1, batch: 2, optimizer: defaultOptimizer, seed: 1, backend: 'js',
      evalEvery: 1, evalBatches: 1, memoryBudgetBytes: 64 * 2 ** 20, log: { write: () => true } as unknown as NodeJS.WritableStream,
    });
    r.session.dispose();
    expect(r.steps).toBe(1);
  });
});
