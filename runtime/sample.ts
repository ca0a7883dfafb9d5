// Drawing the next token from a row of logits, and the small seeded PRNG that
// makes sampling (and batch selection, see data.ts) reproducible run to run;
// and TokenSampler, the generation loop of `loom compile` bundles.
//
// This file is inlined into generated modules (compiler/emit/inline.ts): it
// imports nothing.

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

// ---- generation, step by step ----
// The procedure of generate.ts for a caller that runs the forward pass
// itself (a bundle, synchronously on the CPU or asynchronously on a GPU):
// the last `ctx` tokens are left-aligned in a fixed-size window (causal
// attention makes the zero padding invisible to the positions read), the
// next token is drawn from the logits of the last real position, and the
// same seed gives the same tokens as `loom generate`. window() gives the
// forward pass's input, push(logits) takes its output.

/** Options of generation with TokenSampler (a bundle's `generate`). */
export interface SamplerOptions {
  /** New tokens to produce. Default 64. */
  length?: number;
  /** 0 is greedy (argmax); default 1. */
  temperature?: number;
  /** Sample among the k most likely tokens only. Default: all. */
  topK?: number;
  /** Seed of the sampling RNG. Default 0. */
  seed?: number;
  /** Called with each token as it is produced (streaming). */
  onToken?: (token: number) => void;
}

export class TokenSampler {
  private readonly tokens: number[];
  private readonly promptLength: number;
  private readonly rng: Rng;
  private readonly buffer: Int32Array;
  private used = 0;

  /**
   * `inputLength` is the forward pass's token count (batch × ctx); only the
   * first row is used. `vocab` is the logits' last dimension.
   */
  constructor(
    prompt: readonly number[],
    private readonly options: SamplerOptions,
    private readonly ctx: number,
    private readonly vocab: number,
    inputLength: number,
  ) {
    if (prompt.length === 0) throw new Error('generate: the prompt is empty; give at least one token');
    prompt.forEach((t, i) => {
      if (!Number.isInteger(t) || t < 0 || t >= vocab) throw new Error(`generate: prompt token ${t} at position ${i} is out of range [0, ${vocab})`);
    });
    this.tokens = [...prompt];
    this.promptLength = prompt.length;
    this.rng = makeRng(options.seed ?? 0);
    this.buffer = new Int32Array(inputLength);
  }

  /** True once `length` tokens have been produced. */
  get done(): boolean {
    return this.tokens.length - this.promptLength >= (this.options.length ?? 64);
  }

  /** The forward pass's input for the next token: the last ctx tokens, left-aligned, zero-padded. */
  window(): Int32Array {
    const start = Math.max(0, this.tokens.length - this.ctx);
    this.used = this.tokens.length - start;
    this.buffer.fill(0);
    for (let i = 0; i < this.used; i++) this.buffer[i] = this.tokens[start + i]!;
    return this.buffer;
  }

  /** Samples the next token from the forward pass's logits for the last window(); returns it. */
  push(logits: Float32Array): number {
    const row = logits.subarray((this.used - 1) * this.vocab, this.used * this.vocab);
    const next = sampleToken(row, { temperature: this.options.temperature ?? 1, topK: this.options.topK, rng: this.rng });
    this.tokens.push(next);
    this.options.onToken?.(next);
    return next;
  }

  /** The tokens produced so far (the prompt not included). */
  generated(): number[] {
    return this.tokens.slice(this.promptLength);
  }
}
