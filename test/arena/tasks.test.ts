// The arena's synthetic tasks: what each sequence holds, what is scored and
// how, and the runner end to end on a tiny budget (runtime/arena/).
import { describe, expect, test } from 'vitest';
import { ARENA_MODELS, argmaxRows, paramCount, runArena, sizeModel } from '../../runtime/arena/arena.ts';
import { arenaReport } from '../../runtime/arena/report.ts';
import { FILLER, scoreBatch, taskBatches } from '../../runtime/arena/tasks.ts';

const B = 4;
const T = 32;
const row = (a: Float32Array | Uint8Array, b: number) => [...a.subarray(b * T, (b + 1) * T)];

describe('arena tasks', () => {
  test('mqar: pairs, then query keys scored with the value they were paired with (the next token)', () => {
    const batch = taskBatches('mqar', B, T, 3)();
    for (let b = 0; b < B; b++) {
      const tokens = row(batch.tokens, b);
      const targets = row(batch.targets, b);
      const scored = row(batch.scored, b);
      const pairs = T / 4;
      const value = new Map<number, number>();
      for (let i = 0; i < pairs; i++) value.set(tokens[2 * i]!, tokens[2 * i + 1]!);
      expect(value.size).toBe(pairs); // distinct keys
      expect(scored.slice(0, 2 * pairs).every((s) => s === 0)).toBe(true);
      let queries = 0;
      for (let p = 2 * pairs; p < T; p++) {
        if (!scored[p]) {
          expect(targets[p]).toBe(FILLER);
          continue;
        }
        queries++;
        expect(targets[p]).toBe(value.get(tokens[p]!));
        expect(tokens[p + 1]).toBe(targets[p]);
      }
      expect(queries).toBe((T - 2 * pairs) / 2);
    }
  });

  test('copy: the string, a separator, the string again; scored from the separator on, each target the next token', () => {
    const batch = taskBatches('copy', B, T, 4)();
    const L = (T - 1) / 2 | 0;
    for (let b = 0; b < B; b++) {
      const tokens = row(batch.tokens, b);
      expect(tokens[L]).toBe(255);
      expect(tokens.slice(L + 1, 2 * L + 1)).toEqual(tokens.slice(0, L));
      for (let p = 0; p < T; p++) {
        const s = p >= L && p < 2 * L;
        expect(batch.scored[b * T + p]).toBe(s ? 1 : 0);
        if (s) expect(batch.targets[b * T + p]).toBe(tokens[p - L]);
      }
    }
  });

  test('regular: trained on the next token; every scored target is among the letters allowed there', () => {
    const batch = taskBatches('regular', B, T, 5)();
    let scored = 0;
    for (let p = 0; p < B * T; p++) {
      if ((p + 1) % T !== 0) expect(batch.targets[p]).toBe(batch.tokens[p + 1]);
      if (!batch.scored[p]) continue;
      scored++;
      const allowed = batch.candidates(p);
      expect(allowed.length).toBeGreaterThanOrEqual(2);
      expect(allowed.length).toBeLessThanOrEqual(3);
      expect(allowed).toContain(batch.targets[p]);
    }
    expect(scored).toBeGreaterThan(B * T / 2);
  });

  test('scoring: the targets score 1, a constant wrong guess 0; batches are reproducible from the seed', () => {
    for (const task of ['mqar', 'copy', 'regular'] as const) {
      const a = taskBatches(task, B, T, 9)();
      const [right, total] = scoreBatch(a, a.targets);
      expect(right).toBe(total);
      expect(total).toBeGreaterThan(0);
      expect(scoreBatch(a, new Float32Array(B * T).fill(7))[0]).toBe(0);
      expect(taskBatches(task, B, T, 9)().tokens).toEqual(a.tokens);
    }
    expect(() => taskBatches('mqar', 1, 6, 1)).toThrow('arena: task mqar needs a context of at least 8 tokens, got 6');
  });

  test('argmaxRows picks the first largest of each row', () => {
    expect([...argmaxRows(Float32Array.of(1, 3, 3, -1, -2, -0.5), 3)]).toEqual([1, 2]);
  });
});

describe('arena runs', () => {
  const gpt = ARENA_MODELS.find((m) => m.name === 'gpt')!;

  test('sizing picks the width whose parameter count is closest to the budget', () => {
    const { width, params } = sizeModel(gpt, 60_000, 32);
    expect(params).toBe(paramCount(gpt, width, 32));
    for (const w of [width - 16, width + 16].filter((x) => x >= 16)) {
      expect(Math.abs(paramCount(gpt, w, 32) - 60_000)).toBeGreaterThanOrEqual(Math.abs(params - 60_000));
    }
  });

  test('a tiny run trains, scores and reports: accuracy in [0, 1], cost = step FLOPs × steps, a table and two charts per task', async () => {
    const o = { models: [gpt], tasks: ['copy' as const], lengths: [16], params: 12_000, steps: 3, batch: 2, evalBatches: 1, seed: 1, backend: 'js', log: { write: () => true } };
    const runs = await runArena(o);
    expect(runs).toHaveLength(1);
    const r = runs[0]!;
    expect(r).toMatchObject({ model: 'gpt', task: 'copy', ctx: 16, scored: 2 * 7 });
    expect(r.accuracy).toBeGreaterThanOrEqual(0);
    expect(r.accuracy).toBeLessThanOrEqual(1);
    expect(Number.isFinite(r.finalLoss)).toBe(true);
    expect(r.trainFlops % 3).toBe(0);
    expect(r.trainFlops).toBeGreaterThan(0);
    const report = arenaReport(runs, o, ['test']);
    expect(report.markdown).toContain('| model | weights | ctx 16 | GFLOP 16 | ms/step 16 |');
    expect(report.markdown).toMatch(/\| gpt {3}\| +[\d,]+ \| +\d+\.\d% \|/);
    expect([...report.charts.keys()]).toEqual(['arena-copy-length.svg', 'arena-copy-cost.svg']);
    expect(report.charts.get('arena-copy-length.svg')).toContain('<svg');
    // Data-parallel over 2 threads: the same training, up to summation order.
    const [threaded] = await runArena({ ...o, threads: 2 });
    expect(threaded!.finalLoss).toBeCloseTo(r.finalLoss, 4);
    expect(threaded!.trainFlops).toBe(r.trainFlops);
  });
});
