// Drawing the next token from a row of logits, and the small seeded PRNG that
// makes sampling (and batch selection, see data.ts) reproducible run to run.

/** Uniform floats in [0, 1). */
export type Rng = () => number;

/**
 * mulberry32: a 32-bit-state generator, fast and statistically fine for
 * sampling and shuffling (not for cryptography). Equal seeds give equal
 * streams; the seed is reduced to 32 bits.
 */
export function makeRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new Error(`makeRng: seed must be a finite number, got ${seed}`);
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SampleOptions {
  /** 0 picks the argmax; larger flattens the distribution. Default 1. */
  temperature?: number;
  /** Keep only the k most likely tokens (ties go to the lower index). Default: all. */
  topK?: number;
  /** Needed unless temperature is 0. */
  rng?: Rng;
}

/** Index of the largest logit; the lowest index among equals, so results are deterministic. */
export function argmax(logits: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < logits.length; i++) if (logits[i]! > logits[best]!) best = i;
  return best;
}

/**
 * Indices of the k largest logits, largest first, ties broken by lower index.
 * A full sort is fine for byte-level vocabularies (256); this is not a hot path.
 */
export function topKIndices(logits: ArrayLike<number>, k: number): number[] {
  const idx = Array.from({ length: logits.length }, (_, i) => i);
  idx.sort((a, b) => logits[b]! - logits[a]! || a - b);
  return idx.slice(0, Math.min(k, idx.length));
}

/**
 * softmax(logits / temperature) over `indices` (all by default), in float64
 * with the maximum subtracted so large logits cannot overflow exp().
 * Returns probabilities aligned with `indices`.
 */
export function softmax(logits: ArrayLike<number>, temperature = 1, indices?: readonly number[]): Float64Array {
  const n = indices?.length ?? logits.length;
  const at = (j: number): number => logits[indices ? indices[j]! : j]!;
  let max = -Infinity;
  for (let j = 0; j < n; j++) max = Math.max(max, at(j));
  const probs = new Float64Array(n);
  let total = 0;
  for (let j = 0; j < n; j++) {
    const p = Math.exp((at(j) - max) / temperature);
    probs[j] = p;
    total += p;
  }
  for (let j = 0; j < n; j++) probs[j]! /= total;
  return probs;
}

/** Draws one token index from a single row of logits. */
export function sampleToken(logits: ArrayLike<number>, options: SampleOptions = {}): number {
  const temperature = options.temperature ?? 1;
  const { topK, rng } = options;
  if (!(temperature >= 0) || !Number.isFinite(temperature)) {
    throw new Error(`sampleToken: temperature must be a finite number >= 0, got ${temperature}`);
  }
  if (topK !== undefined && (!Number.isInteger(topK) || topK < 1)) {
    throw new Error(`sampleToken: topK must be an integer >= 1, got ${topK}`);
  }
  if (logits.length === 0) throw new Error('sampleToken: logits are empty');
  // -Infinity is a legitimate mask; NaN or +Infinity means the model diverged,
  // and sampling from it would silently produce garbage.
  let anyFinite = false;
  for (let i = 0; i < logits.length; i++) {
    const v = logits[i]!;
    if (Number.isNaN(v) || v === Infinity) throw new Error(`sampleToken: logit ${i} is ${v}`);
    if (v !== -Infinity) anyFinite = true;
  }
  if (!anyFinite) throw new Error('sampleToken: every logit is -Infinity');
  if (temperature === 0) return argmax(logits);
  if (rng === undefined) throw new Error('sampleToken: an rng is required when temperature > 0');

  const candidates = topK !== undefined && topK < logits.length
    ? topKIndices(logits, topK)
    : Array.from({ length: logits.length }, (_, i) => i);
  const probs = softmax(logits, temperature, candidates);
  const u = rng();
  let cumulative = 0;
  for (let j = 0; j < probs.length; j++) {
    cumulative += probs[j]!;
    if (u < cumulative) return candidates[j]!;
  }
  // Rounding can leave the cumulative sum a hair below 1: fall back to the
  // last candidate that has any probability.
  for (let j = probs.length - 1; j >= 0; j--) if (probs[j]! > 0) return candidates[j]!;
  return candidates[0]!;
}
