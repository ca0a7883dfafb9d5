// The one API every bundle exports, whatever its target: `load({ weights })`
// gives a `Model` with `forward(tokens)` (a promise) and
// `generate(prompt, options)` (an async iterator of tokens, streamed as they
// are sampled). Each target's module supplies only how to run its forward
// pass (the js target wraps its synchronous executor, webgpu and cuda await
// theirs); the generation loop, the options and the weights' resolution are
// this file's, so the three targets cannot drift apart.
//
// This file is inlined into generated modules (compiler/emit/inline.ts): it
// imports only other inlined files.
import { TokenSampler, type SamplerOptions } from '../../../runtime/sample.ts';
import { loadParamsFrom, type WeightsSource } from './weights.ts';

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
}

/** The weights `load` takes: a safetensors file (bytes, URL, path) or the tensors themselves. */
export type LoadWeights = WeightsSource | Readonly<Record<string, Float32Array>>;

/** The tensors of `weights`, read and checked against `specs`. */
export async function resolveWeights(
  weights: LoadWeights | undefined,
  specs: Readonly<Record<string, { readonly shape: readonly number[] }>>,
): Promise<Record<string, Float32Array>> {
  if (weights === undefined || weights === null) throw new Error('load: `weights` is required (a safetensors URL, path or bytes, or the Params)');
  if (typeof weights === 'string' || weights instanceof URL || weights instanceof Uint8Array || weights instanceof ArrayBuffer) {
    return loadParamsFrom(weights, specs);
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
      const released: number[] = [];
      const { maxTokens, signal, ...sampling } = options;
      const settings: SamplerOptions = { ...sampling, length: maxTokens ?? 64, onToken: (t) => released.push(t) };
      const sampler = new TokenSampler(prompt, settings, pass.ctx, pass.vocab, pass.inputLength);
      while (!sampler.done) {
        signal?.throwIfAborted();
        live('generate');
        sampler.push(await pass.run(sampler.window()));
        while (released.length > 0) yield released.shift()!;
      }
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      pass.dispose();
    },
  };
}
