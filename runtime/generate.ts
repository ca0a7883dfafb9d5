// Autoregressive generation over a session (docs/decoding.md): `loom
// generate`, `loom train --sample` and the benches. The loop itself (the
// window, prefill chunking, decode per token and the slide at a full cache)
// is runtime/decode-loop.ts, shared with `loom compile` bundles; this file
// binds it to a backend session's graphs.
import type { InferencePrograms } from '../compiler/model.ts';
import type { Backend, Session, StateMap } from './backend.ts';
import { cachedLogits, checkCachedShape, sampleFrom, windowLogits, type CachedShape } from './decode-loop.ts';
import { SamplingLoop, type SamplerOptions } from './sample.ts';

export interface GenerateOptions extends SamplerOptions {
  /** Number of new tokens. */
  length: number;
  /** Stops generation between model runs: the stream throws the signal's reason. */
  signal?: AbortSignal;
}

/** How generation runs the model: through the cache, or by rerunning a fixed window. */
export type GenerationModel =
  | (CachedShape & {
    readonly kind: 'cached';
    /** Session graph names of the two programs (default "prefill", "decode"). */
    readonly prefill?: string;
    readonly decode?: string;
  })
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
  const guard = () => o.signal?.throwIfAborted();
  const output = async (graph: string, feeds: Record<string, Float32Array>) => (await session.run(graph, new Map(Object.entries(feeds)), ['output'])).get('output')!;
  const logits = model.kind === 'cached'
    ? cachedLogits((program, feeds) => output(program === 'prefill' ? model.prefill ?? 'prefill' : model.decode ?? 'decode', feeds), model, loop.history, guard)
    : windowLogits((tokens) => output(model.graph, { tokens }), model.ctx, model.vocab, model.ctx, loop.history, guard);
  yield* sampleFrom(loop, logits);
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
  if (m.kind === 'cached') return checkCachedShape(m);
  if (!Number.isSafeInteger(m.vocab) || m.vocab < 1) throw new Error(`generate: vocab must be a positive integer, got ${m.vocab}`);
  if (!Number.isSafeInteger(m.ctx) || m.ctx < 1) throw new Error(`generate: ctx must be a positive integer, got ${m.ctx}`);
}
