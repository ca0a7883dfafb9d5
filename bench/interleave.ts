// Interleaved timing of several contestants (loom, PyTorch with 1 and 2
// threads, …) on one machine, so that all of them see the same load: a
// shared, noisy machine slows every contestant in the same rounds instead of
// whichever happened to run during a busy minute.
//
//   1. warm-up: each contestant runs `warmupSteps` untimed steps (their times
//      size its turn);
//   2. rounds until the time budget is spent (at least `minRounds`): in each,
//      every contestant takes one turn of `stepsPerTurn` steps, each step
//      timed; the order rotates from round to round, and after every turn the
//      machine idles `settleMs` (OpenBLAS's worker threads spin for ~0.1 s
//      after a call, which would otherwise be charged to the next contestant);
//   3. per contestant, the median (and quartiles) of all its step times; the
//      ratio of two contestants is the ratio of their medians, and, as a check,
//      the median over rounds of the per-round ratio (paired).
//
// The bookkeeping is pure (no clock of its own unless given one), so it is
// tested without timing anything (test/bench/interleave.test.ts).

/** One thing to time: `step()` runs one step and returns its duration in ms. */
export interface Contestant {
  readonly name: string;
  step(): Promise<number>;
}

export interface InterleaveOptions {
  /** Stop starting rounds once this much time (ms) has passed since the first round began. */
  readonly budgetMs: number;
  /** Rounds run even past the budget (default 3). */
  readonly minRounds?: number;
  /** No more rounds than this (default unlimited). */
  readonly maxRounds?: number;
  /** Untimed steps per contestant before the rounds (default 3; at least 1 to size the turns). */
  readonly warmupSteps?: number;
  /** The wall time one turn aims at; a contestant's steps per turn follow from its warm-up (default 400 ms). */
  readonly turnMs?: number;
  /** Idle time after every turn (default 150 ms). */
  readonly settleMs?: number;
  /** The clock (default performance.now). */
  readonly now?: () => number;
  /** How to idle (default setTimeout). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Called after every round (progress). */
  readonly onRound?: (round: number, run: InterleavedRun) => void;
}

export interface InterleavedRound {
  /** Contestant indices in the order they ran. */
  readonly order: readonly number[];
  /** Step times (ms) of each contestant in this round, by contestant index. */
  readonly samples: readonly (readonly number[])[];
}

export interface InterleavedRun {
  readonly names: readonly string[];
  /** Warm-up step times by contestant. */
  readonly warmupMs: readonly (readonly number[])[];
  readonly stepsPerTurn: readonly number[];
  readonly rounds: readonly InterleavedRound[];
  /** Wall time of the rounds, ms. */
  readonly elapsedMs: number;
}

export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

/** The q-quantile with linear interpolation between order statistics; NaN for no values. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

/** The order of `n` contestants in round `round`: a rotation, so each starts a round in turn and none always follows the same one. */
export function roundOrder(n: number, round: number): number[] {
  return Array.from({ length: n }, (_, i) => (i + round) % n);
}

/** Steps in one turn of a contestant whose step takes `stepMs`: about `turnMs` of work, at least 1. */
export function stepsPerTurn(stepMs: number, turnMs: number): number {
  if (!(stepMs > 0) || !Number.isFinite(stepMs)) return 1;
  return Math.max(1, Math.round(turnMs / stepMs));
}

/** Every timed step of contestant `c`, in order. */
export function samplesOf(run: InterleavedRun, c: number): number[] {
  return run.rounds.flatMap((r) => [...r.samples[c]!]);
}

export interface ContestantSummary {
  readonly name: string;
  readonly samples: number;
  readonly medianMs: number;
  readonly p25Ms: number;
  readonly p75Ms: number;
  /** tokensPerStep / median step time. */
  readonly tokensPerSecond: number;
}

export function summarize(run: InterleavedRun, tokensPerStep: number): ContestantSummary[] {
  return run.names.map((name, c) => {
    const xs = samplesOf(run, c);
    const medianMs = median(xs);
    return { name, samples: xs.length, medianMs, p25Ms: quantile(xs, 0.25), p75Ms: quantile(xs, 0.75), tokensPerSecond: (tokensPerStep / medianMs) * 1000 };
  });
}

export interface SpeedRatio {
  /** Speed of `a` ÷ speed of `b` (tokens/s; > 1: a is faster) from the medians of all steps: median(b) / median(a). */
  readonly ofMedians: number;
  /** The same per round (the rounds' medians), then the median over rounds: robust to load that changes between rounds. */
  readonly pairedMedian: number;
}

/** How much faster contestant `a` is than `b`, from one interleaved run. */
export function speedRatio(run: InterleavedRun, a: number, b: number): SpeedRatio {
  const perRound = run.rounds
    .filter((r) => r.samples[a]!.length > 0 && r.samples[b]!.length > 0)
    .map((r) => median(r.samples[b]!) / median(r.samples[a]!));
  return { ofMedians: median(samplesOf(run, b)) / median(samplesOf(run, a)), pairedMedian: median(perRound) };
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs the warm-up, then interleaved rounds until the budget is spent (see the top of this file). */
export async function runInterleaved(contestants: readonly Contestant[], options: InterleaveOptions): Promise<InterleavedRun> {
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? defaultSleep;
  const settle = options.settleMs ?? 150;
  const minRounds = options.minRounds ?? 3;
  const maxRounds = options.maxRounds ?? Infinity;
  const warmup = Math.max(1, options.warmupSteps ?? 3);
  if (contestants.length === 0) throw new Error('runInterleaved: no contestants');
  if (maxRounds < minRounds) throw new Error(`runInterleaved: maxRounds ${maxRounds} is below minRounds ${minRounds}`);

  const warmupMs: number[][] = [];
  for (const c of contestants) {
    const times: number[] = [];
    for (let i = 0; i < warmup; i++) times.push(await c.step());
    warmupMs.push(times);
    if (settle > 0) await sleep(settle);
  }
  // The last warm-up steps size the turns (the first may include compilation or first-touch costs).
  const turns = warmupMs.map((t) => stepsPerTurn(median(t.slice(Math.floor(t.length / 2))), options.turnMs ?? 400));

  const rounds: InterleavedRound[] = [];
  const start = now();
  const run = (): InterleavedRun => ({ names: contestants.map((c) => c.name), warmupMs, stepsPerTurn: turns, rounds, elapsedMs: now() - start });
  while (rounds.length < maxRounds && (rounds.length < minRounds || now() - start < options.budgetMs)) {
    const order = roundOrder(contestants.length, rounds.length);
    const samples: number[][] = contestants.map(() => []);
    for (const c of order) {
      for (let i = 0; i < turns[c]!; i++) samples[c]!.push(await contestants[c]!.step());
      if (settle > 0) await sleep(settle);
    }
    rounds.push({ order, samples });
    options.onRound?.(rounds.length, run());
  }
  return run();
}
