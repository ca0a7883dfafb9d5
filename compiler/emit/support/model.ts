// The one API every bundle exports, whatever its target: `load({ weights })`
// gives a `Model` with `forward(tokens)` (a promise) and
// `generate(prompt, options)` (an async iterator of tokens, streamed as they
// are sampled). Each target's module supplies only how to run its forward
// pass (the js target wraps its synchronous executor, webgpu and cuda await
// theirs); the generation loop, the options and the weights' resolution are
// this file's, so the three targets cannot drift apart. Where the bundle
// carries prefill and decode programs, generate goes through the KV cache with
// runtime/decode-loop.ts, the very loop `loom generate` runs.
//
// This file is inlined into generated modules (compiler/emit/inline.ts): it
// imports only other inlined files.
import { cachedLogits, sampleFrom, windowLogits, type CachedShape, type DecodeRun } from '../../../runtime/decode-loop.ts';
import { SamplingLoop } from '../../../runtime/sample.ts';
import { loadParamsFrom, type WeightBytesProgress, type WeightsSource } from './weights.ts';

/** Options of `model.generate`: sampling as `loom generate` does it, a token budget, stop sequences and cancellation. */
export interface GenerateOptions {
  /** New tokens to produce at most. Default 64. */
  maxTokens?: number;
  /** 0 is greedy (argmax); default 1. */
  temperature?: number;
  /** Sample among the k most likely tokens only. */
  topK?: number;
  /** Nucleus sampling: the most likely tokens whose probability reaches p, in (0, 1]. */
  topP?: number;
  /** CTRL repetition penalty (> 0; 1: none). */
  repetitionPenalty?: number;
  /** Token sequences that end generation when produced; they are not yielded. */
  stop?: readonly (readonly number[])[];
  /** Seed of the sampling RNG. Default 0. */
  seed?: number;
  /** Checked before every forward pass: once aborted, the iterator throws the signal's reason. */
  signal?: AbortSignal;
  /**
   * false: rerun the forward pass over the last ctx tokens for every token
   * (the path of a model that keeps no cache) even where the bundle can decode
   * through its KV cache. Default: the cache where there is one (manifest.json's
   * `generation.path`). The two give the same tokens until the cache is full;
   * then the cache slides by half a prefill and the window by one token.
   */
  cache?: boolean;
}

/** A loaded model, the same on every target. */
export interface Model {
  /** The forward pass: the logits of every position, read back. */
  forward(tokens: Int32Array): Promise<Float32Array>;
  /** Continues `prompt` (token ids), yielding each new token as soon as it is certain (a possible stop sequence is held back). */
  generate(prompt: readonly number[], options?: GenerateOptions): AsyncGenerator<number, void, undefined>;
  /** Frees what the model holds on its device (nothing on the CPU); the model cannot be used afterwards. */
  dispose(): void;
}

/** What `Model` needs from a target: its forward pass and the shapes it was compiled for. */
export interface ForwardPass {
  run(tokens: Int32Array): Promise<Float32Array> | Float32Array;
  dispose(): void;
  /** The training context (the generation window), the logits' last dimension and the forward pass's token count. */
  readonly ctx: number;
  readonly vocab: number;
  readonly inputLength: number;
  /** Cached generation, where the bundle carries prefill and decode programs. */
  readonly cached?: { readonly shape: CachedShape; open(): Decoder };
}

/**
 * One generation's prefill and decode runs over caches of its own, zeroed
 * when opened (a KV cache on a device is the model's: opening a second
 * decoder while one is open throws there). Closed when the generation ends.
 */
export interface Decoder {
  readonly run: DecodeRun;
  close(): void;
}

/** The weights `load` takes: a safetensors file (bytes, URL, path) or the tensors themselves. */
export type LoadWeights = WeightsSource | Readonly<Record<string, Float32Array>>;

/**
 * What `load` reports to `onProgress`, in order: `weights` as their bytes
 * arrive (`total` where known: a fetch without Content-Length has none; Params
 * given as arrays report nothing), `kernels` when the device's pipelines start
 * compiling (webgpu, cuda: one phase of unknown length), `ready` when the
 * model can generate.
 */
export type LoadProgress =
  | { readonly phase: 'weights'; readonly loaded: number; readonly total?: number }
  | { readonly phase: 'kernels' }
  | { readonly phase: 'ready' };

/** The tensors of `weights`, read and checked against `specs`. */
export async function resolveWeights(
  weights: LoadWeights | undefined,
  specs: Readonly<Record<string, { readonly shape: readonly number[] }>>,
  onProgress?: (event: LoadProgress) => void,
): Promise<Record<string, Float32Array>> {
  if (weights === undefined || weights === null) throw new Error('load: `weights` is required (a safetensors URL, path or bytes, or the Params)');
  if (typeof weights === 'string' || weights instanceof URL || weights instanceof Uint8Array || weights instanceof ArrayBuffer) {
    const onBytes: WeightBytesProgress | undefined = onProgress && ((loaded, total) => onProgress(total === undefined ? { phase: 'weights', loaded } : { phase: 'weights', loaded, total }));
    return loadParamsFrom(weights, specs, onBytes);
  }
  const out: Record<string, Float32Array> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const t = (weights as Readonly<Record<string, unknown>>)[name];
    const n = spec.shape.reduce((a, d) => a * d, 1);
    if (!(t instanceof Float32Array)) throw new Error(`load: weights has no Float32Array "${name}" (the model needs f32[${spec.shape.join(', ')}])`);
    if (t.length !== n) throw new Error(`load: weights "${name}" has ${t.length} elements; the model needs f32[${spec.shape.join(', ')}] (${n})`);
    out[name] = t;
  }
  return out;
}

/** The Model over a target's forward pass. */
export function modelOver(pass: ForwardPass): Model {
  let disposed = false;
  const live = (what: string): void => {
    if (disposed) throw new Error(`model.${what}: the model was disposed`);
  };
  return {
    async forward(tokens) {
      live('forward');
      // A copy: the executor's output buffer is reused by the next run.
      return Float32Array.from(await pass.run(tokens));
    },
    async *generate(prompt, options = {}) {
      live('generate');
      const { maxTokens, signal, cache, ...sampling } = options;
      const loop = new SamplingLoop(prompt, { ...sampling, length: maxTokens ?? 64 }, pass.vocab);
      const guard = () => {
        signal?.throwIfAborted();
        live('generate');
      };
      if (pass.cached && cache !== false) {
        // Caches are per generation: a prefill writes every slot a decode reads, and a new decoder starts from zeros.
        const decoder = pass.cached.open();
        try {
          yield* sampleFrom(loop, cachedLogits(decoder.run, pass.cached.shape, loop.history, guard));
        } finally {
          decoder.close();
        }
        return;
      }
      yield* sampleFrom(loop, windowLogits((tokens) => pass.run(Int32Array.from(tokens)), pass.ctx, pass.vocab, pass.inputLength, loop.history, guard));
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      pass.dispose();
    },
  };
}
