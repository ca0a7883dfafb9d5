// Autoregressive generation with a fixed-length forward program: the window
// of the last `ctx` tokens is left-aligned and padded; causal attention makes
// the padding invisible to the positions we read.
import type { Session } from './backend.ts';
import { makeRng, sampleToken } from './sample.ts';

export interface GenerateOptions {
  /** Number of new tokens. */
  length: number;
  temperature: number;
  topK: number;
  seed: number;
  ctx: number;
  vocab: number;
  /** Called with each new token as it is produced (streaming output). */
  onToken?: (token: number) => void;
}

export function checkTokens(tokens: readonly number[], vocab: number, what: string): void {
  tokens.forEach((t, i) => {
    if (!Number.isInteger(t) || t < 0 || t >= vocab) throw new Error(`${what}: token ${t} at position ${i} is out of range [0, ${vocab})`);
  });
}

export async function generate(session: Session, graph: string, prompt: readonly number[], o: GenerateOptions): Promise<number[]> {
  if (prompt.length === 0) throw new Error('generate: the prompt is empty; give at least one token');
  if (!Number.isSafeInteger(o.length) || o.length < 0) throw new Error(`generate: length must be a non-negative integer, got ${o.length}`);
  if (!Number.isSafeInteger(o.ctx) || o.ctx < 1) throw new Error(`generate: ctx must be a positive integer, got ${o.ctx}`);
  if (!Number.isSafeInteger(o.vocab) || o.vocab < 1) throw new Error(`generate: vocab must be a positive integer, got ${o.vocab}`);
  checkTokens(prompt, o.vocab, 'generate: prompt');
  const rng = makeRng(o.seed);
  const tokens = [...prompt];
  const window = new Float32Array(o.ctx);
  for (let n = 0; n < o.length; n++) {
    const start = Math.max(0, tokens.length - o.ctx);
    const used = tokens.length - start;
    window.fill(0);
    for (let i = 0; i < used; i++) window[i] = tokens[start + i]!;
    const out = await session.run(graph, new Map([['tokens', window]]), ['output']);
    const logits = out.get('output')!;
    const row = logits.subarray((used - 1) * o.vocab, used * o.vocab);
    const next = sampleToken(row, { temperature: o.temperature, topK: o.topK, rng });
    tokens.push(next);
    o.onToken?.(next);
  }
  return tokens.slice(prompt.length);
}
