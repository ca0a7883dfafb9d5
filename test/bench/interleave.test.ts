// The bookkeeping of the interleaved benchmark (bench/interleave.ts) and the
// PyTorch comparison's pure helpers: medians, round order, turn sizing,
// summaries and ratios, on fake contestants and a fake clock. Nothing here
// times anything or needs python3-torch.
import { describe, expect, it } from 'vitest';
import {
  median, quantile, roundOrder, runInterleaved, samplesOf, speedRatio, stepsPerTurn, summarize, type Contestant, type InterleavedRun,
} from '../../bench/interleave.ts';
import { blasName } from '../../bench/peers/torch.ts';
import { peerName, vsTorchMarkdown } from '../../bench/vs-torch.ts';

describe('median and quantile', () => {
  it('odd and even counts, unsorted input, no input', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5])).toBe(5);
    expect(median([])).toBeNaN();
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75);
    expect(quantile([7, 1], 0)).toBe(1);
    expect(quantile([7, 1], 1)).toBe(7);
  });

  it('does not reorder its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('round order and turn sizing', () => {
  it('rotates, so every contestant starts a round in turn', () => {
    expect(roundOrder(3, 0)).toEqual([0, 1, 2]);
    expect(roundOrder(3, 1)).toEqual([1, 2, 0]);
    expect(roundOrder(3, 2)).toEqual([2, 0, 1]);
    expect(roundOrder(3, 3)).toEqual([0, 1, 2]);
    expect(roundOrder(1, 5)).toEqual([0]);
  });

  it('a turn is about turnMs of steps, at least one', () => {
    expect(stepsPerTurn(100, 400)).toBe(4);
    expect(stepsPerTurn(30, 400)).toBe(13);
    expect(stepsPerTurn(900, 400)).toBe(1);
    expect(stepsPerTurn(0, 400)).toBe(1);
    expect(stepsPerTurn(NaN, 400)).toBe(1);
  });
});

/** A contestant whose steps "take" `ms` on a fake clock, logging each step. */
function fake(name: string, ms: number, clock: { t: number }, log: string[]): Contestant {
  return {
    name,
    async step() {
      clock.t += ms;
      log.push(name);
      return ms;
    },
  };
}

describe('runInterleaved', () => {
  it('warms up, sizes turns, rotates rounds until the budget, with at least minRounds', async () => {
    const clock = { t: 0 };
    const log: string[] = [];
    const sleeps: number[] = [];
    const contestants = [fake('a', 100, clock, log), fake('b', 40, clock, log)];
    const run = await runInterleaved(contestants, {
      budgetMs: 2000, turnMs: 200, warmupSteps: 2, settleMs: 10, now: () => clock.t,
      sleep: async (ms) => { sleeps.push(ms); clock.t += ms; },
    });
    expect(run.names).toEqual(['a', 'b']);
    expect(run.warmupMs).toEqual([[100, 100], [40, 40]]);
    expect(run.stepsPerTurn).toEqual([2, 5]);
    // A round: 2×100 + 5×40 + 2 settles of 10 = 420 ms; rounds start while < 2000 ms have passed.
    expect(run.rounds.length).toBe(5);
    expect(run.rounds.map((r) => r.order)).toEqual([[0, 1], [1, 0], [0, 1], [1, 0], [0, 1]]);
    for (const r of run.rounds) expect(r.samples.map((s) => s.length)).toEqual([2, 5]);
    expect(samplesOf(run, 0)).toHaveLength(10);
    expect(samplesOf(run, 1)).toHaveLength(25);
    // Warm-up first (a then b), then round 1 in order a, b; round 2 starts with b.
    expect(log.slice(0, 4)).toEqual(['a', 'a', 'b', 'b']);
    expect(log.slice(4, 11)).toEqual(['a', 'a', 'b', 'b', 'b', 'b', 'b']);
    expect(log[11]).toBe('b');
    // One settle after every warm-up and every turn.
    expect(sleeps).toHaveLength(2 + 5 * 2);
    expect(run.elapsedMs).toBe(5 * 420);
  });

  it('minRounds past the budget, maxRounds before it', async () => {
    const clock = { t: 0 };
    const opts = { now: () => clock.t, sleep: async () => {}, settleMs: 0 };
    const slow = [fake('x', 1000, clock, [])];
    expect((await runInterleaved(slow, { ...opts, budgetMs: 1, minRounds: 4 })).rounds).toHaveLength(4);
    expect((await runInterleaved(slow, { ...opts, budgetMs: 1e9, minRounds: 1, maxRounds: 2 })).rounds).toHaveLength(2);
    await expect(runInterleaved([], { ...opts, budgetMs: 1 })).rejects.toThrow(/no contestants/);
  });

  it('calls onRound after every round', async () => {
    const clock = { t: 0 };
    const seen: number[] = [];
    await runInterleaved([fake('x', 10, clock, [])], { budgetMs: 0, minRounds: 3, now: () => clock.t, sleep: async () => {}, onRound: (r) => seen.push(r) });
    expect(seen).toEqual([1, 2, 3]);
  });
});

describe('summaries and ratios', () => {
  // loom: 100 ms steps except one slow round; peer: 50 ms; a second peer at 200 ms.
  const run: InterleavedRun = {
    names: ['loom', 'peer', 'slow'],
    warmupMs: [[100], [50], [200]],
    stepsPerTurn: [2, 2, 1],
    rounds: [
      { order: [0, 1, 2], samples: [[100, 100], [50, 50], [200]] },
      { order: [1, 2, 0], samples: [[300, 300], [150, 150], [600]] },
      { order: [2, 0, 1], samples: [[100, 100], [50, 50], [200]] },
    ],
    elapsedMs: 3000,
  };

  it('medians, quartiles and tokens/s per contestant', () => {
    const s = summarize(run, 1000);
    expect(s.map((c) => c.name)).toEqual(['loom', 'peer', 'slow']);
    expect(s.map((c) => c.samples)).toEqual([6, 6, 3]);
    expect(s[0]!.medianMs).toBe(100);
    expect(s[0]!.tokensPerSecond).toBe(10_000);
    expect(s[1]!.tokensPerSecond).toBe(20_000);
    expect(s[2]!.medianMs).toBe(200);
    expect(s[0]!.p75Ms).toBe(250);
  });

  it('speed ratios: of the medians, and paired per round', () => {
    const vsPeer = speedRatio(run, 0, 1);
    expect(vsPeer.ofMedians).toBe(0.5);
    expect(vsPeer.pairedMedian).toBe(0.5);
    const vsSlow = speedRatio(run, 0, 2);
    expect(vsSlow.ofMedians).toBe(2);
    expect(vsSlow.pairedMedian).toBe(2);
  });

  it('the Markdown report has a row per size and contestant, and names the BLAS', () => {
    const md = vsTorchMarkdown({
      date: '2026-01-01T00:00:00.000Z',
      command: 'npm run bench -- --peers torch',
      machine: { cpu: 'CPU', cores: 2, memoryGiB: 8, os: 'Linux', loadAverageStart: [0.1, 0.2, 0.3], loadAverageEnd: [0.1, 0.2, 0.3] },
      versions: { loom: '0.1.0', node: 'v20', torch: '1.13', numpy: '1.24', python: '3.11', blas: '/x/libopenblasp-r0.3.21.so', blasName: 'OpenBLAS 0.3.21' },
      method: { budgetMsPerSize: 1000, turnMs: 400, settleMs: 150, warmupSteps: 3, threads: [1, 2], identityTolerance: 1e-5 },
      sizes: [{
        size: 'default', label: 'dim 64', config: {}, batch: 16, ctx: 64, tokensPerStep: 1000, identity: { peer: { loss: 1e-7, params: 2e-7 } },
        stepsPerTurn: { loom: 2, peer: 2, slow: 1 }, rounds: 3, elapsedMs: 3000, contestants: summarize(run, 1000),
        ratios: { peer: speedRatio(run, 0, 1), slow: speedRatio(run, 0, 2) },
        threadedRatios: { 'loom js 2 threads': { slow: speedRatio(run, 1, 2) } }, loadAverage: { start: [1, 1, 1], end: [1, 1, 1] }, run,
      }],
    });
    expect(md).toContain('with OpenBLAS 0.3.21');
    const rows = md.split('\n').filter((l) => l.startsWith('| dim 64'));
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain('0.50×');
    expect(rows[2]).toContain('2.00×');
    // The threaded loom contestant's columns: its ratio to each contestant it was compared with, '–' elsewhere.
    expect(md).toContain('| loom ÷ peer | paired | loom js 2 threads ÷ peer | paired |');
    expect(speedRatio(run, 1, 2).ofMedians).toBe(4);
    expect(rows[2]).toMatch(/\| +4\.00× \| +4\.00× \|$/);
    expect(rows[1]).toMatch(/\| +– \| +– \|$/);
  });
});

describe('peer helpers', () => {
  it('names the BLAS from the libraries the peer has loaded', () => {
    expect(blasName('/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3, /usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblasp-r0.3.21.so'))
      .toBe('OpenBLAS 0.3.21 (pthread)');
    expect(blasName('/usr/lib/x86_64-linux-gnu/blas/libblas.so.3')).toMatch(/^reference BLAS/);
    expect(blasName('/opt/lib/libmkl_rt.so')).toBe('MKL');
    expect(blasName('')).toBe('unknown');
    expect(peerName(1)).toBe('PyTorch 1 thread');
    expect(peerName(2)).toBe('PyTorch 2 threads');
  });
});
