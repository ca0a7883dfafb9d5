// Data-parallel training on the js backend (runtime/backends/js/data-parallel.ts):
// worker threads run the loss and gradients of shares of the batch, the main
// thread averages them and applies the update. The steps must equal the
// single-thread train step (up to summation order); a loss that is not a mean
// over sequences is detected on the first step and trained on one thread.
import { describe, expect, test } from 'vitest';
import { defaultOptimizer } from '../../../compiler/autodiff/optimizer.ts';
import { compileLanguageModel } from '../../../compiler/model.ts';
import { DataParallelSession } from '../../../runtime/backends/js/data-parallel.ts';
import { createJsSession } from '../../../runtime/backends/js/session.ts';
import { initialState } from '../../../runtime/train.ts';

const feedsFor = (n: number, step: number) => new Map([
  ['tokens', Float32Array.from({ length: n }, (_, i) => (i * 37 + 5) % 256)],
  ['targets', Float32Array.from({ length: n }, (_, i) => (i * 11 + 3) % 256)],
  ['step', Float32Array.of(step)],
]);

const maxDiff = (a: Map<string, Float32Array>, b: Map<string, Float32Array>): number => {
  let worst = 0;
  for (const [k, v] of a) {
    const w = b.get(k)!;
    for (let i = 0; i < v.length; i++) worst = Math.max(worst, Math.abs(v[i]! - w[i]!));
  }
  return worst;
};

describe('data-parallel train step (js)', () => {
  test('gpt, 8 sequences on 2 threads: every step equals the single-thread step', async () => {
    const opt = { ...defaultOptimizer, nanCheck: true };
    const m = compileLanguageModel('dsl-examples/gpt.loom', { batch: 8, ctx: 32, optimizer: opt, dataParallel: 2, config: { dim: 32 } });
    expect(m.dataParallel!.microBatch).toBe(4);
    const state = initialState(m, 2);
    const one = createJsSession(m.graphs, state);
    const dp = await DataParallelSession.create(m.graphs, state, m.dataParallel!);
    try {
      for (let step = 0; step < 3; step++) {
        const feeds = feedsFor(8 * 32, step);
        const a = await one.run('train', feeds);
        const b = await dp.run('train', feeds);
        expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
        expect(b.get('loss')![0]).toBeCloseTo(a.get('loss')![0]!, 5);
        expect(b.get('grad_norm')![0]).toBeCloseTo(a.get('grad_norm')![0]!, 5);
        expect([...b.get('update_nonfinite')!]).toEqual([...a.get('update_nonfinite')!]);
      }
      expect(dp.fallback).toBeUndefined();
      expect(maxDiff(await one.readState(), await dp.readState())).toBeLessThan(1e-5);
      // The other programs run on the main thread over the same (updated) state.
      const feeds = feedsFor(8 * 32, 0);
      feeds.delete('step');
      const la = (await one.run('loss', feeds, ['loss'])).get('loss')![0]!;
      expect((await dp.run('loss', feeds, ['loss'])).get('loss')![0]).toBeCloseTo(la, 5);
    } finally {
      dp.dispose();
    }
  });

  test('a loss that is not a mean over sequences: the first step notices and the session trains on one thread', async () => {
    const file = 'test/fixtures/models/sum_loss.loom';
    const m = compileLanguageModel(file, { batch: 4, optimizer: defaultOptimizer, dataParallel: 2 });
    const state = initialState(m, 1);
    const one = createJsSession(m.graphs, state);
    const dp = await DataParallelSession.create(m.graphs, state, m.dataParallel!);
    try {
      const feeds = feedsFor(4 * 8, 0);
      const a = await one.run('train', feeds);
      const b = await dp.run('train', feeds);
      expect(dp.fallback).toMatch(/^the loss of the whole batch \(\S+\) is not the mean of its 2 shares' losses \(\S+\): the loss is not a mean over sequences, so the train step runs on one thread$/);
      expect(b.get('loss')![0]).toBe(a.get('loss')![0]);
      expect(maxDiff(await one.readState(), await dp.readState())).toBe(0);
    } finally {
      dp.dispose();
    }
  });

  test('a batch that does not divide, or a loss that updates weights itself, is refused with the reason', () => {
    expect(() => compileLanguageModel('dsl-examples/gpt.loom', { batch: 5, optimizer: defaultOptimizer, dataParallel: 2 })).toThrow(
      'dsl-examples/gpt.loom: 2 data-parallel threads need a batch that divides evenly among them, got batch 5',
    );
    expect(() => compileLanguageModel('dsl-examples/moe_gpt.loom', { batch: 4, optimizer: defaultOptimizer, dataParallel: 2 })).toThrow(
      /train step: the loss updates "[^"]+"(, "[^"]+")* itself \(update_state\), which a data-parallel step cannot split/,
    );
  });
});
