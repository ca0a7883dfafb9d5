// Autoregressive generation for bundles, the same procedure as loom's
// runtime/generate.ts: the last `ctx` tokens are left-aligned in a fixed-size
// window (causal attention makes the zero padding invisible to the positions
// read), the next token is drawn from the logits of the last real position
// with loom's sampler (runtime/sample.ts, inlined beside this file), and the
// same seed gives the same tokens as `loom generate`.
//
// The loop is split into window() and push(logits) so a synchronous (js) and
// an asynchronous (webgpu) forward pass drive the same code.
//
// This file is inlined into generated modules (compiler/emit/inline.ts):
// it may import only other inlined support files.
import { makeRng, sampleToken, type Rng } from '../../../runtime/sample.ts';

export interface GenerateOptions {
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
    private readonly options: GenerateOptions,
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
