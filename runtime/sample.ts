// Drawing the next token from a row of logits, and the small seeded PRNG that
// makes sampling (and batch selection, see data.ts) reproducible run to run;
// and TokenSampler, the window loop of a `loom compile` bundle's lower-level
// `generate` export (model.generate runs runtime/decode-loop.ts).
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
  /**
   * Nucleus sampling (Holtzman et al. 2020): keep the most likely tokens
   * whose probabilities (after temperature and top-k) first reach p, in
   * (0, 1]. Default 1: all.
   */
  topP?: number;
  /**
   * CTRL's repetition penalty (Keskar et al. 2019): the logit of every token
   * in `history` is divided by it when positive, multiplied when negative.
   * 1 (the default) changes nothing; > 1 discourages repeats.
   */
  repetitionPenalty?: number;
  /** The tokens the penalty applies to (the prompt and what was generated). */
  history?: readonly number[];
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

/** The logits with CTRL's penalty applied to each distinct token of `history` (a copy; the input is not changed). */
export function penalize(logits: ArrayLike<number>, history: readonly number[], penalty: number): Float64Array {
  const out = Float64Array.from(logits as ArrayLike<number>);
  if (penalty === 1) return out;
  for (const t of new Set(history)) {
    if (!(t >= 0 && t < out.length)) continue;
    const v = out[t]!;
    out[t] = v > 0 ? v / penalty : v * penalty;
  }
  return out;
}

/**
 * The smallest prefix of `candidates` (ordered most likely first, `probs`
 * aligned with them) whose probability reaches p; at least one token.
 */
export function nucleus(candidates: readonly number[], probs: ArrayLike<number>, p: number): number[] {
  let cumulative = 0;
  for (let j = 0; j < candidates.length; j++) {
    cumulative += probs[j]!;
    if (cumulative >= p) return candidates.slice(0, j + 1);
  }
  return [...candidates];
}

/** Checks the sampling options; every message names the option and the bad value. */
export function checkSampleOptions(options: SampleOptions, what = 'sampleToken'): void {
  const { temperature = 1, topK, topP, repetitionPenalty } = options;
  if (!(temperature >= 0) || !Number.isFinite(temperature)) {
    throw new Error(`${what}: temperature must be a finite number >= 0, got ${temperature}`);
  }
  if (topK !== undefined && (!Number.isInteger(topK) || topK < 1)) {
    throw new Error(`${what}: topK must be an integer >= 1, got ${topK}`);
  }
  if (topP !== undefined && !(topP > 0 && topP <= 1)) throw new Error(`${what}: topP must be in (0, 1], got ${topP}`);
  if (repetitionPenalty !== undefined && !(repetitionPenalty > 0 && Number.isFinite(repetitionPenalty))) {
    throw new Error(`${what}: repetitionPenalty must be a finite number > 0 (1: no penalty), got ${repetitionPenalty}`);
  }
}

/** Draws one token index from a single row of logits: penalty, then argmax or temperature, top-k, top-p. */
export function sampleToken(logits: ArrayLike<number>, options: SampleOptions = {}): number {
  checkSampleOptions(options);
  const temperature = options.temperature ?? 1;
  const { topK, topP, rng } = options;
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
  const scores = options.history && options.repetitionPenalty !== undefined ? penalize(logits, options.history, options.repetitionPenalty) : logits;
  if (temperature === 0) return argmax(scores);
  if (rng === undefined) throw new Error('sampleToken: an rng is required when temperature > 0');

  let candidates = (topK !== undefined && topK < scores.length) || (topP !== undefined && topP < 1)
    ? topKIndices(scores, topK ?? scores.length)
    : Array.from({ length: scores.length }, (_, i) => i);
  let probs = softmax(scores, temperature, candidates);
  if (topP !== undefined && topP < 1) {
    candidates = nucleus(candidates, probs, topP);
    probs = softmax(scores, temperature, candidates);
  }
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

/**
 * Stop sequences over a token stream, for streaming: push() returns the
 * tokens that can be shown now. A token that might begin a stop sequence is
 * held back until it cannot (then released) or the sequence completes (then
 * dropped, and `stopped` is set): the output never contains a stop sequence.
 */
export class StopFilter {
  private pending: number[] = [];
  /** True once a stop sequence has been produced. */
  stopped = false;

  constructor(private readonly stops: readonly (readonly number[])[]) {
    stops.forEach((s, i) => {
      if (s.length === 0) throw new Error(`stop sequence ${i + 1} is empty`);
    });
  }

  /** Takes the next token; returns the tokens released by it (none once stopped). */
  push(token: number): number[] {
    if (this.stopped) return [];
    const p = this.pending;
    p.push(token);
    for (const s of this.stops) {
      if (s.length <= p.length && s.every((t, i) => p[p.length - s.length + i] === t)) {
        this.stopped = true;
        const out = p.slice(0, p.length - s.length);
        this.pending = [];
        return out;
      }
    }
    // Keep the longest suffix that is a proper prefix of a stop sequence: a match can only start there.
    let keep = 0;
    for (const s of this.stops) {
      for (let n = Math.min(s.length - 1, p.length); n > keep; n--) {
        if (s.slice(0, n).every((t, i) => p[p.length - n + i] === t)) {
          keep = n;
          break;
        }
      }
    }
    const out = p.slice(0, p.length - keep);
    this.pending = p.slice(p.length - keep);
    return out;
  }

  /** The tokens still held back (generation ended without completing a stop sequence). */
  flush(): number[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }
}

/**
 * One generation's sampling state, shared by generate.ts and TokenSampler:
 * the options (checked once), the seeded RNG, the history the repetition
 * penalty sees, the stop filter and the count of tokens drawn.
 */
export class SamplingLoop {
  readonly history: number[];
  private readonly rng: Rng;
  private readonly filter: StopFilter;
  private drawn = 0;
  readonly length: number;

  constructor(prompt: readonly number[], private readonly options: SamplerOptions, vocab: number) {
    if (prompt.length === 0) throw new Error('generate: the prompt is empty; give at least one token');
    checkTokenList(prompt, vocab, 'generate: prompt');
    const length = options.length ?? 64;
    if (!Number.isSafeInteger(length) || length < 0) throw new Error(`generate: length must be a non-negative integer, got ${length}`);
    this.length = length;
    checkSampleOptions(options, 'generate');
    if (options.seed !== undefined && !Number.isFinite(options.seed)) throw new Error(`generate: seed must be a finite number, got ${options.seed}`);
    (options.stop ?? []).forEach((s, i) => checkTokenList(s, vocab, `generate: stop sequence ${i + 1}`));
    this.history = [...prompt];
    this.rng = makeRng(options.seed ?? 0);
    this.filter = new StopFilter(options.stop ?? []);
  }

  /** True once `length` tokens were drawn or a stop sequence was produced. */
  get done(): boolean {
    return this.drawn >= this.length || this.filter.stopped;
  }

  /** Draws the next token from its logits row; returns the tokens released to the output (stop sequences held back). */
  next(row: ArrayLike<number>): number[] {
    const o = this.options;
    const token = sampleToken(row, {
      temperature: o.temperature ?? 1,
      ...(o.topK !== undefined ? { topK: o.topK } : {}),
      ...(o.topP !== undefined ? { topP: o.topP } : {}),
      ...(o.repetitionPenalty !== undefined ? { repetitionPenalty: o.repetitionPenalty, history: this.history } : {}),
      rng: this.rng,
    });
    this.history.push(token);
    this.drawn++;
    const out = this.filter.push(token);
    // At the length limit, a partial stop sequence is output after all.
    if (this.drawn >= this.length && !this.filter.stopped) out.push(...this.filter.flush());
    return out;
  }
}

function checkTokenList(tokens: readonly number[], vocab: number, what: string): void {
  tokens.forEach((t, i) => {
    if (!Number.isInteger(t) || t < 0 || t >= vocab) throw new Error(`${what}: token ${t} at position ${i} is out of range [0, ${vocab})`);
  });
}

// ---- generation, step by step ----
// The procedure of generate.ts for a caller that runs the forward pass
// itself (a bundle, synchronously on the CPU or asynchronously on a GPU):
// the last `ctx` tokens are left-aligned in a fixed-size window (causal
// attention makes the zero padding invisible to the positions read), the
// next token is drawn from the logits of the last real position, and the
// same seed gives the same tokens as `loom generate`. window() gives the
// forward pass's input, push(logits) takes its output.

/** Options of generation (a bundle's `generate`, and runtime/generate.ts). */
export interface SamplerOptions {
  /** New tokens to produce. Default 64. */
  length?: number;
  /** 0 is greedy (argmax); default 1. */
  temperature?: number;
  /** Sample among the k most likely tokens only. Default: all. */
  topK?: number;
  /** Nucleus sampling: the most likely tokens whose probability reaches p, in (0, 1]. Default 1. */
  topP?: number;
  /** CTRL repetition penalty (> 0; 1: none). Default 1. */
  repetitionPenalty?: number;
  /** Token sequences that end generation when produced; the output excludes them. */
  stop?: readonly (readonly number[])[];
  /** Seed of the sampling RNG. Default 0. */
  seed?: number;
  /** Called with each token as it is produced (streaming; a possible stop sequence is held back). */
  onToken?: (token: number) => void;
}

/**
 * The window the forward pass reads for the next token: the last `ctx` tokens
 * of `history` at the start of `into`, zeros after them (causal attention
 * makes the padding invisible to the positions read). Returns how many are
 * real: the logits row to read is the last of them.
 */
export function fillWindow(history: readonly number[], ctx: number, into: Int32Array | Float32Array): number {
  const start = Math.max(0, history.length - ctx);
  const used = history.length - start;
  into.fill(0);
  for (let i = 0; i < used; i++) into[i] = history[start + i]!;
  return used;
}

export class TokenSampler {
  private readonly loop: SamplingLoop;
  private readonly out: number[] = [];
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
    this.loop = new SamplingLoop(prompt, options, vocab);
    this.buffer = new Int32Array(inputLength);
  }

  /** True once `length` tokens have been produced or a stop sequence was. */
  get done(): boolean {
    return this.loop.done;
  }

  /** The forward pass's input for the next token: the last ctx tokens, left-aligned, zero-padded. */
  window(): Int32Array {
    this.used = fillWindow(this.loop.history, this.ctx, this.buffer);
    return this.buffer;
  }

  /** Samples the next token from the forward pass's logits for the last window(); returns it. */
  push(logits: Float32Array): number {
    const row = logits.subarray((this.used - 1) * this.vocab, this.used * this.vocab);
    for (const t of this.loop.next(row)) {
      this.out.push(t);
      this.options.onToken?.(t);
    }
    return this.loop.history[this.loop.history.length - 1]!;
  }

  /** The tokens produced so far (the prompt and any stop sequence not included). */
  generated(): number[] {
    return [...this.out];
  }
}
