// Self-speculative decoding (Stern et al. 2018, blockwise parallel decoding;
// Gloeckle et al. 2024 with multi-token heads; docs/decoding.md). A model with
// n multi-token heads (dsl-examples/mtp.loom: a `predict` method giving
// [B, T, n, vocab], head k predicting the token k + 1 ahead) drafts n − 1
// tokens with heads 1 … n − 1 at the last cached position; one run of the
// verify program (a decode program over n positions, compiler/elaborate/
// decode.ts) appends the drawn token and the drafts to the cache and gives
// every head's logits at each of them. Walking the drafts in order, the next
// token is drawn from head 0's logits exactly as plain generation draws it
// (the same SamplingLoop: penalty, temperature, stop sequences, RNG); a draft
// is accepted while it equals the token drawn, and the first mismatch ends
// the pass: its drawn token is kept, the later drafts' cache slots are
// "rolled back" simply by running the next verify from the first wrong slot
// (the attention mask hides slots after each query's position, and the next
// run overwrites them). Every token is drawn from the main head given the
// accepted prefix, so the output is plain generation's, token for token, at
// any temperature — greedy drafts just agree less often when sampling.
import { elaborateOrThrow, inferencePrograms, type CompiledLanguageModel, type InferencePrograms } from '../compiler/model.ts';
import type { Graph } from '../compiler/graph/types.ts';
import type { Backend, Session, StateMap } from './backend.ts';
import type { GenerateOptions } from './generate.ts';
import { argmax, SamplingLoop } from './sample.ts';

/** What one generation did: tokens drawn, verify runs, accepted drafts. */
export interface SpeculativeStats {
  /** Tokens drawn (the output, before stop-sequence filtering). */
  tokens: number;
  /** Runs of the prefill program (the prompt, and one per slide). */
  prefills: number;
  /** Runs of the verify program, catching up on a long prompt included. */
  verifies: number;
  /** Drafts that matched the token drawn. */
  accepted: number;
}

export interface SpeculativeModel {
  readonly vocab: number;
  /** Heads of the predict method: head 0 is the next token, heads 1 … n − 1 draft; verify runs n positions. */
  readonly heads: number;
  readonly cacheLength: number;
  readonly prefillLength: number;
  /** Session graph names (default "spec_prefill", "spec_verify"). */
  readonly prefill?: string;
  readonly verify?: string;
  /** Tokens a slide keeps (re-prefilled at positions 0 …); default ⌈prefillLength / 2⌉. */
  readonly slideKeep?: number;
}

/** The method whose logits carry every head; docs/decoding.md. */
export const PREDICT_METHOD = 'predict';

/**
 * The prefill and verify programs of a multi-token model, elaborated from its
 * `predict` method. Refuses a model without multi-token heads, naming what it needs.
 */
export function speculativePrograms(m: CompiledLanguageModel, o: { cacheLength?: number } = {}): { programs: InferencePrograms; heads: number } {
  const file = m.program.entry;
  let probe: Graph;
  try {
    probe = elaborateOrThrow(m.program, PREDICT_METHOD, { tokens: { shape: [1, 1], dtype: 'i32' } }, m.config).graph;
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0]!.replace(/^.*error: /, '') : String(e);
    throw new Error(`${file}: self-speculative decoding needs multi-token heads — a method ${PREDICT_METHOD}(tokens: i32[B, T]) -> [B, T, n, vocab] (dsl-examples/mtp.loom with kind = "heads"): ${why}`);
  }
  const out = probe.nodes[probe.outputs[0]!.node]!.type.shape;
  if (out.length !== 4 || out[2]! < 2) {
    throw new Error(`${file}: ${PREDICT_METHOD} must give [B, T, n, vocab] with n ≥ 2 heads to draft with, got [${out.join(', ')}]`);
  }
  const heads = out[2]!;
  return { programs: inferencePrograms(m, { ...o, method: PREDICT_METHOD, verifyLength: heads }), heads };
}

/** A session with the speculative programs ("spec_prefill", "spec_verify") and any `extra` graphs, over `weights` plus zeroed caches. */
export async function createSpeculativeSession(backend: Backend, p: InferencePrograms, weights: StateMap, extra: Record<string, Graph> = {}): Promise<Session> {
  if (!p.verify) throw new Error('speculative session: the programs have no verify program (compile them with speculativePrograms)');
  const state: StateMap = new Map(weights);
  for (const c of p.caches) state.set(c.name, new Float32Array(c.shape.reduce((a, d) => a * d, 1)));
  return backend.createSession({ ...extra, spec_prefill: p.prefill, spec_verify: p.verify }, state);
}

export function speculativeModel(p: InferencePrograms, heads: number, vocab: number, o: { slideKeep?: number } = {}): SpeculativeModel {
  return { vocab, heads, cacheLength: p.cacheLength, prefillLength: p.prefillLength, ...o };
}

/**
 * Streams the new tokens (as generateStream does, stop sequences held back)
 * while `stats` counts the work. Ends after `length` tokens or at a stop sequence.
 */
export async function* speculativeStream(session: Session, m: SpeculativeModel, prompt: readonly number[], o: GenerateOptions, stats?: SpeculativeStats): AsyncGenerator<number, void, undefined> {
  const n = m.heads;
  const V = m.vocab;
  if (!(Number.isSafeInteger(n) && n >= 2)) throw new Error(`speculative generation: the model needs ≥ 2 heads, got ${n}`);
  if (!(Number.isSafeInteger(m.cacheLength) && m.cacheLength >= 2)) throw new Error(`speculative generation: the cache length must be an integer ≥ 2, got ${m.cacheLength}`);
  const keep = m.slideKeep ?? Math.ceil(m.prefillLength / 2);
  if (!(Number.isSafeInteger(keep) && keep >= 1 && keep <= m.prefillLength && keep < m.cacheLength)) {
    throw new Error(`speculative generation: slideKeep must be an integer in [1, ${Math.min(m.prefillLength, m.cacheLength - 1)}], got ${keep}`);
  }
  const st = stats ?? { tokens: 0, prefills: 0, verifies: 0, accepted: 0 };
  const loop = new SamplingLoop(prompt, o, V);
  const history = loop.history;
  const prefillTokens = new Float32Array(m.prefillLength);
  const verifyTokens = new Float32Array(n);
  const pos = new Float32Array(1);
  /** history[offset + i] is cached at position i, for i < cached. */
  let offset = 0;
  let cached = 0;
  /** Each run's logits, [T, n, V]; `row(out, t, k)` is head k at its position t. */
  const row = (out: Float32Array, t: number, k: number): Float32Array => out.subarray((t * n + k) * V, (t * n + k + 1) * V);

  /** Caches history[from … from + count − 1] at positions 0 …; gives the logits at the last. */
  const prefill = async (from: number, count: number): Promise<Float32Array> => {
    prefillTokens.fill(0);
    for (let i = 0; i < count; i++) prefillTokens[i] = history[from + i]!;
    o.signal?.throwIfAborted();
    const out = first(await session.run(m.prefill ?? 'spec_prefill', new Map([['tokens', prefillTokens]])));
    st.prefills++;
    offset = from;
    cached = count;
    return out.subarray((count - 1) * n * V, count * n * V);
  };
  const verify = async (tokens: readonly number[]): Promise<Float32Array> => {
    verifyTokens.fill(0); // a short run (a prompt's tail) pads; the padded slots are never read
    tokens.forEach((t, i) => (verifyTokens[i] = t));
    pos[0] = cached;
    o.signal?.throwIfAborted();
    const out = first(await session.run(m.verify ?? 'spec_verify', new Map([['tokens', verifyTokens], ['pos', pos]])));
    st.verifies++;
    return out;
  };

  // The prompt as plain generation takes it (generate.ts): its last cacheLength tokens, a prefill, then verify runs over the rest.
  const start = history.length - Math.min(history.length, m.cacheLength);
  let rows = await prefill(start, Math.min(m.prefillLength, history.length - start));
  while (offset + cached < history.length) {
    const rest = history.slice(offset + cached, offset + cached + n);
    const out = await verify(rest);
    cached += rest.length;
    rows = out.subarray((rest.length - 1) * n * V, rest.length * n * V);
  }
  // rows: every head's logits at the last cached position; drawn: whether head 0's token after it is drawn already.
  let drawn = false;
  while (!loop.done) {
    if (!drawn) {
      for (const t of loop.next(rows.subarray(0, V))) yield t;
      st.tokens++;
      if (loop.done) return;
    }
    // history ends with a drawn token not yet cached. A full cache slides as plain generation's does:
    // the last `keep` tokens re-prefilled at positions 0 …, the drawn one last.
    if (cached >= m.cacheLength) {
      rows = await prefill(history.length - keep, keep);
      drawn = false;
      continue;
    }
    // A verify run caches the drawn token at `cached` and the drafts after it; drafts past the cache's end are never accepted.
    const c = cached;
    const drafts = Array.from({ length: n - 1 }, (_, k) => argmax(rows.subarray((k + 1) * V, (k + 2) * V)));
    const out = await verify([history[history.length - 1]!, ...drafts]);
    cached++;
    drawn = false;
    for (let j = 0; j < n - 1; j++) {
      for (const t of loop.next(row(out, j, 0))) yield t;
      st.tokens++;
      if (loop.done) return;
      if (history[history.length - 1] !== drafts[j] || c + 1 + j >= m.cacheLength) {
        // Drafts j … n − 2 are out: the token just drawn follows position c + j, whose heads draft next.
        rows = out.subarray(j * n * V, (j + 1) * n * V);
        drawn = true;
        break;
      }
      st.accepted++;
      cached++;
      rows = out.subarray((j + 1) * n * V, (j + 2) * n * V);
    }
  }
}

/** Generates and returns the new tokens, calling `onToken` with each. */
export async function generateSpeculative(session: Session, m: SpeculativeModel, prompt: readonly number[], o: GenerateOptions, stats?: SpeculativeStats): Promise<number[]> {
  const out: number[] = [];
  for await (const t of speculativeStream(session, m, prompt, o, stats)) {
    out.push(t);
    o.onToken?.(t);
  }
  return out;
}

/** A run's one output (the predict method's logits). */
function first(out: Map<string, Float32Array>): Float32Array {
  const [v] = out.values();
  if (!v) throw new Error('speculative generation: the program returned no output');
  return v;
}
