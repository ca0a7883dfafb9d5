// The generation loop over a model's programs, independent of who runs them:
// loom's own sessions (runtime/generate.ts: `loom generate`, `loom train
// --sample`) and `loom compile` bundles (compiler/emit/support/model.ts) both
// drive their programs through these functions, so the window, the prefill
// chunking and the slide policy cannot differ between the CLI and a bundle.
//
// The cached path runs the prefill program once over the prompt, filling
// every cache, then the decode program once per token at the runtime position
// `pos`: O(cache length) per token. The window path reruns a fixed-length
// forward program over the last `ctx` tokens, left-aligned and zero-padded
// (causal attention makes the padding invisible to the positions read).
//
// When the cache is full the cached path slides: it re-prefills the last
// `slideKeep` tokens at positions 0 … keep − 1 and goes on. A model with
// learned positions cannot do otherwise (its table ends at ctx); a RoPE model
// extrapolates up to the cache length it was compiled with. `overflow:
// 'error'` refuses instead, naming the limit.
//
// This file is inlined into generated modules (compiler/emit/inline.ts): it
// imports only other inlined files.
import { fillWindow, type SamplingLoop } from './sample.ts';

/** The sizes of a model's prefill and decode programs, and what the cached path does at a full cache. */
export interface CachedShape {
  readonly vocab: number;
  readonly cacheLength: number;
  /** Tokens one prefill takes (left-aligned, zero-padded): min(ctx, cacheLength). */
  readonly prefillLength: number;
  /** Tokens a slide keeps (re-prefilled at positions 0 …); default ⌈prefillLength / 2⌉. */
  readonly slideKeep?: number;
  /** At a full cache: slide (default) or throw. */
  readonly overflow?: 'slide' | 'error';
  /** The prefill's prompt-length input, for a recurrent model (InferencePrograms.promptLengthInput). */
  readonly promptLengthInput?: string;
}

/**
 * Runs one of the two programs on its inputs (`tokens`; decode's `pos`; a
 * recurrent prefill's prompt length) and returns its logits, [T, vocab] of
 * the first sequence. The caches are the runner's: it keeps them between calls.
 */
export type DecodeRun = (program: 'prefill' | 'decode', inputs: Record<string, Float32Array>) => Promise<Float32Array> | Float32Array;

/** Runs the forward program over a window of `inputLength` tokens (only the first ctx are used) and returns its logits. */
export type WindowRun = (tokens: Float32Array) => Promise<Float32Array> | Float32Array;

/** Gives the logits row that predicts the token after `history`, each time next() is called (history grows in between). */
export interface LogitSource {
  next(): Promise<Float32Array>;
}

/** Called before every model run: throws to stop generation (an aborted signal, a disposed model). */
export type RunGuard = () => void;

export function checkCachedShape(m: CachedShape): void {
  if (!Number.isSafeInteger(m.vocab) || m.vocab < 1) throw new Error(`generate: vocab must be a positive integer, got ${m.vocab}`);
  if (!Number.isSafeInteger(m.cacheLength) || m.cacheLength < 2) throw new Error(`generate: the cache length must be an integer ≥ 2, got ${m.cacheLength}`);
  if (m.slideKeep !== undefined && !(Number.isSafeInteger(m.slideKeep) && m.slideKeep >= 1 && m.slideKeep < m.cacheLength)) {
    throw new Error(`generate: slideKeep must be an integer in [1, ${m.cacheLength - 1}] (the cache holds ${m.cacheLength}), got ${m.slideKeep}`);
  }
}

/** Streams the tokens `loop` releases, drawing each from the next row of `logits`, until it is done. */
export async function* sampleFrom(loop: SamplingLoop, logits: LogitSource): AsyncGenerator<number, void, undefined> {
  while (!loop.done) {
    const row = await logits.next();
    for (const t of loop.next(row)) yield t;
  }
}

/** The window path: the last `ctx` tokens of `history` through the forward program, every token. */
export function windowLogits(run: WindowRun, ctx: number, vocab: number, inputLength: number, history: readonly number[], guard?: RunGuard): LogitSource {
  if (!Number.isSafeInteger(ctx) || ctx < 1) throw new Error(`generate: ctx must be a positive integer, got ${ctx}`);
  if (inputLength < ctx) throw new Error(`generate: the forward program takes ${inputLength} tokens, fewer than its context of ${ctx}`);
  const window = new Float32Array(inputLength);
  return {
    async next() {
      const used = fillWindow(history, ctx, window);
      guard?.();
      const logits = await run(window);
      return logits.slice((used - 1) * vocab, used * vocab);
    },
  };
}

/** The cached path: a prefill of (the start of) the prompt, then one decode per token, sliding at a full cache. */
export function cachedLogits(run: DecodeRun, m: CachedShape, history: readonly number[], guard?: RunGuard): LogitSource {
  checkCachedShape(m);
  const keep = m.slideKeep ?? Math.ceil(m.prefillLength / 2);
  const tokens = new Float32Array(m.prefillLength);
  const one = new Float32Array(1);
  const pos = new Float32Array(1);
  /** history[offset + i] is cached at position i, for i < cached. */
  let offset = 0;
  let cached = 0;
  let first = true;
  return {
    async next() {
      // A prompt longer than the cache starts as a slide would; later, a full cache slides (or refuses).
      const wanted = history.length - offset;
      if (wanted > m.cacheLength) {
        if (!first && m.overflow === 'error') {
          throw new Error(`generate: the cache holds ${m.cacheLength} positions and is full after ${history.length} tokens; use a longer cache or let generation slide`);
        }
        offset = history.length - (first ? Math.min(m.cacheLength, history.length) : keep);
        cached = 0;
      }
      first = false;
      let row: Float32Array | undefined;
      if (cached === 0) {
        const n = Math.min(m.prefillLength, history.length - offset);
        tokens.fill(0);
        for (let i = 0; i < n; i++) tokens[i] = history[offset + i]!;
        guard?.();
        const inputs: Record<string, Float32Array> = { tokens };
        if (m.promptLengthInput) inputs[m.promptLengthInput] = Float32Array.of(n);
        const logits = await run('prefill', inputs);
        row = logits.slice((n - 1) * m.vocab, n * m.vocab);
        cached = n;
      }
      // Tokens not yet cached (the last one drawn; after a prefill, any rest of a long prompt) go through decode.
      while (offset + cached < history.length) {
        one[0] = history[offset + cached]!;
        pos[0] = cached;
        guard?.();
        row = (await run('decode', { tokens: one, pos })).subarray(0, m.vocab);
        cached++;
      }
      return row!;
    },
  };
}
