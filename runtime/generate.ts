// Autoregressive generation (docs/decoding.md). The cached path runs the
// model's prefill program once over the prompt, filling every layer's key and
// value cache, then its decode program once per token at the runtime position
// `pos`: O(cache length) per token. The uncached path (the reference the
// cached one is tested against, and the fallback for a plain forward program)
// reruns a fixed-length forward program over the window of the last `ctx`
// tokens, left-aligned and zero-padded (causal attention makes the padding
// invisible to the positions read).
//
// When the cache is full the cached path slides: it re-prefills the last
// `slideKeep` tokens at positions 0 … keep − 1 and goes on. A model with
// learned positions cannot do otherwise (its table ends at ctx); a RoPE model
// extrapolates up to the cache length it was compiled with. `overflow:
// 'error'` refuses instead, naming the limit.
import type { InferencePrograms } from '../compiler/model.ts';
import type { Backend, Session, StateMap } from './backend.ts';
import { SamplingLoop, type SamplerOptions } from './sample.ts';

export interface GenerateOptions extends SamplerOptions {
  /** Number of new tokens. */
  length: number;
  /** Stops generation between model runs: the stream throws the signal's reason. */
  signal?: AbortSignal;
}

/** How generation runs the model: through the cache, or by rerunning a fixed window. */
export type GenerationModel =
  | {
    readonly kind: 'cached';
    readonly vocab: number;
    /** Session graph names of the two programs (default "prefill", "decode"). */
    readonly prefill?: string;
    readonly decode?: string;
    readonly cacheLength: number;
    readonly prefillLength: number;
    /** Tokens a slide keeps (re-prefilled at positions 0 …); default ⌈prefillLength / 2⌉. */
    readonly slideKeep?: number;
    /** At a full cache: slide (default) or throw. */
    readonly overflow?: 'slide' | 'error';
    /** The prefill's prompt-length input, for a recurrent model (InferencePrograms.promptLengthInput). */
    readonly promptLengthInput?: string;
  }
  | { readonly kind: 'window'; readonly vocab: number; readonly graph: string; readonly ctx: number };

export function checkTokens(tokens: readonly number[], vocab: number, what: string): void {
  tokens.forEach((t, i) => {
    if (!Number.isInteger(t) || t < 0 || t >= vocab) throw new Error(`${what}: token ${t} at position ${i} is out of range [0, ${vocab})`);
  });
}

/** The cached generation model of compiled inference programs. */
export function cachedModel(p: InferencePrograms, vocab: number, o: { slideKeep?: number; overflow?: 'slide' | 'error' } = {}): GenerationModel {
  return { kind: 'cached', vocab, cacheLength: p.cacheLength, prefillLength: p.prefillLength, ...(p.promptLengthInput ? { promptLengthInput: p.promptLengthInput } : {}), ...o };
}

/** A session running prefill, decode (and `extra` graphs) over `weights` plus zeroed caches. */
export async function createGenerationSession(backend: Backend, p: InferencePrograms, weights: StateMap, extra: Record<string, import('../compiler/graph/types.ts').Graph> = {}): Promise<Session> {
  const state: StateMap = new Map(weights);
  for (const c of p.caches) state.set(c.name, new Float32Array(c.shape.reduce((a, d) => a * d, 1)));
  return backend.createSession({ ...extra, prefill: p.prefill, decode: p.decode }, state);
}

/**
 * Streams the new tokens as they are produced (a stop sequence held back
 * until it is known not to be one). Ends after `length` tokens or at a stop
 * sequence; throws the signal's reason if aborted.
 */
export async function* generateStream(session: Session, model: GenerationModel, prompt: readonly number[], o: GenerateOptions): AsyncGenerator<number, void, undefined> {
  checkModel(model);
  const loop = new SamplingLoop(prompt, o, model.vocab);
  const logits = model.kind === 'cached' ? cachedLogits(session, model, loop.history, o.signal) : windowLogits(session, model, loop.history, o.signal);
  while (!loop.done) {
    const row = await logits.next();
    for (const t of loop.next(row)) yield t;
  }
}

/** Generates and returns the new tokens, calling `onToken` with each as it is produced. */
export async function generate(session: Session, model: GenerationModel, prompt: readonly number[], o: GenerateOptions): Promise<number[]> {
  const out: number[] = [];
  for await (const t of generateStream(session, model, prompt, o)) {
    out.push(t);
    o.onToken?.(t);
  }
  return out;
}

function checkModel(m: GenerationModel): void {
  if (!Number.isSafeInteger(m.vocab) || m.vocab < 1) throw new Error(`generate: vocab must be a positive integer, got ${m.vocab}`);
  if (m.kind === 'window') {
    if (!Number.isSafeInteger(m.ctx) || m.ctx < 1) throw new Error(`generate: ctx must be a positive integer, got ${m.ctx}`);
    return;
  }
  if (!Number.isSafeInteger(m.cacheLength) || m.cacheLength < 2) throw new Error(`generate: the cache length must be an integer ≥ 2, got ${m.cacheLength}`);
  if (m.slideKeep !== undefined && !(Number.isSafeInteger(m.slideKeep) && m.slideKeep >= 1 && m.slideKeep < m.cacheLength)) {
    throw new Error(`generate: slideKeep must be an integer in [1, ${m.cacheLength - 1}] (the cache holds ${m.cacheLength}), got ${m.slideKeep}`);
  }
}

/** Gives the logits row that predicts the token after `history`, each time next() is called (history grows in between). */
interface LogitSource {
  next(): Promise<Float32Array>;
}

function windowLogits(session: Session, m: Extract<GenerationModel, { kind: 'window' }>, history: readonly number[], signal?: AbortSignal): LogitSource {
  const window = new Float32Array(m.ctx);
  return {
    async next() {
      signal?.throwIfAborted();
      const start = Math.max(0, history.length - m.ctx);
      const used = history.length - start;
      window.fill(0);
      for (let i = 0; i < used; i++) window[i] = history[start + i]!;
      const logits = (await session.run(m.graph, new Map([['tokens', window]]), ['output'])).get('output')!;
      return logits.slice((used - 1) * m.vocab, used * m.vocab);
    },
  };
}

function cachedLogits(session: Session, m: Extract<GenerationModel, { kind: 'cached' }>, history: readonly number[], signal?: AbortSignal): LogitSource {
  const prefill = m.prefill ?? 'prefill';
  const decode = m.decode ?? 'decode';
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
        signal?.throwIfAborted();
        const feeds = new Map([['tokens', tokens]]);
        if (m.promptLengthInput) feeds.set(m.promptLengthInput, Float32Array.of(n));
        const logits = (await session.run(prefill, feeds, ['output'])).get('output')!;
        row = logits.slice((n - 1) * m.vocab, n * m.vocab);
        cached = n;
      }
      // Tokens not yet cached (the last one drawn; after a prefill, any rest of a long prompt) go through decode.
      while (offset + cached < history.length) {
        one[0] = history[offset + cached]!;
        pos[0] = cached;
        signal?.throwIfAborted();
        row = (await session.run(decode, new Map([['tokens', one], ['pos', pos]]), ['output'])).get('output')!;
        cached++;
      }
      return row!;
    },
  };
}
