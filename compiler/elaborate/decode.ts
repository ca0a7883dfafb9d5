// Inference programs (docs/decoding.md): the builtins `positions(T)` and
// `cache(x, name)` and the decode form of attention. The same `forward`
// method elaborates three ways:
//   - plain (training, validation, the uncached forward pass): positions(T)
//     is arange(T), cache(x, name) is x;
//   - prefill: as plain, and every cache(x, name) also writes x (positions
//     0 … T−1) into a zero-padded persistent state tensor of cacheLength
//     positions;
//   - decode: one token at the runtime position `pos` (an i32[1] input, the
//     number of positions already cached): positions(1) is [pos], cache(x,
//     name) writes x into slot pos of its state and returns the whole cache,
//     and attention masks the slots after pos. One compiled decode program
//     serves every position; its cost is O(cacheLength) per token.
//     A decode program may also append `tokens` > 1 positions per run (pos …
//     pos + tokens − 1, each query seeing the slots up to its own): the
//     verify program of self-speculative decoding (runtime/speculative.ts).
//     Slots after the last position run are never read, so a caller rolls
//     the cache back by running from an earlier pos.
// A cache is a param of role "state" with a graph update, the mechanism the
// optimizer's slots use, so every executor keeps it as persistent state.
import type { SourceSpan } from '../diagnostics.ts';
import type { NodeId } from '../graph/types.ts';
import { type Ctx, err } from './context.ts';
import type { Env } from './scope.ts';

export interface InferenceMode {
  readonly kind: 'prefill' | 'decode';
  /** Positions each cache holds. */
  readonly cacheLength: number;
  /** Positions a decode program appends per run; default 1. */
  readonly tokens?: number;
}

/** The decode program's runtime input: the position of the token it runs (= positions already cached). */
export const POSITION_INPUT = 'pos';

interface InferenceState {
  readonly mode: InferenceMode;
  pos?: NodeId;
  /** Cache state names written so far (each once per program). */
  readonly caches: Set<string>;
}

const states = new WeakMap<Ctx, InferenceState>();

/** Makes `ctx` elaborate an inference program (prefill or decode). */
export function setInference(ctx: Ctx, mode: InferenceMode | undefined): void {
  if (!mode) return;
  if (!Number.isSafeInteger(mode.cacheLength) || mode.cacheLength < 1) throw new Error(`cache length must be a positive integer, got ${mode.cacheLength}`);
  if (mode.tokens !== undefined && !(Number.isSafeInteger(mode.tokens) && mode.tokens >= 1 && mode.tokens <= mode.cacheLength)) {
    throw new Error(`a decode program appends 1 … ${mode.cacheLength} positions per run (the cache length), got ${mode.tokens}`);
  }
  states.set(ctx, { mode, caches: new Set() });
}

export function inferenceOf(ctx: Ctx): InferenceMode | undefined {
  return states.get(ctx)?.mode;
}

/** The decode program's `pos` input, i32[1], created on first use. */
function positionInput(ctx: Ctx, s: InferenceState): NodeId {
  s.pos ??= ctx.b.input(POSITION_INPUT, [1], 'i32');
  return s.pos;
}

/** Positions a decode program runs per call (1, or a verify program's length). */
const appended = (s: InferenceState): number => s.mode.tokens ?? 1;

/** What a decode program runs, for messages: "one token at a time" or "4 tokens at a time". */
const runs = (s: InferenceState): string => (appended(s) === 1 ? 'one token at a time' : `${appended(s)} tokens at a time`);

/** positions(n): the absolute positions of the n tokens the program runs. */
export function positionsOf(ctx: Ctx, n: number, span: SourceSpan): NodeId {
  const s = states.get(ctx);
  if (s?.mode.kind !== 'decode') return ctx.b.iota([n], 0, 'i32');
  if (n !== appended(s)) throw err(`positions: a decode program runs ${runs(s)}, so its length must be ${appended(s)}, got ${n}`, span, 'E-shape');
  const pos = positionInput(ctx, s);
  return n === 1 ? pos : ctx.b.add(ctx.b.broadcastTo(pos, [n]), ctx.b.iota([n], 0, 'i32'));
}

/**
 * cache(x, name): x is [..., T, D] (positions on axis −2). Outside inference
 * programs x itself; see the header for prefill and decode.
 */
export function cacheOf(ctx: Ctx, env: Env, x: NodeId, name: string, span: SourceSpan): NodeId {
  const s = states.get(ctx);
  if (!s) return x;
  if (!env.inst) throw err(`cache: call it in a block's method, not in a function: the cache is state of the block instance`, span, 'E-type');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw err(`cache: the name must be an identifier, got "${name}"`, span, 'E-value');
  const shape = ctx.b.shape(x);
  if (shape.length < 2) throw err(`cache: x must be [..., T, D] (positions on axis −2), got a tensor of rank ${shape.length}`, span, 'E-shape');
  const stateName = `${env.inst.path ? `${env.inst.path}.` : ''}cache.${name}`;
  if (s.caches.has(stateName)) throw err(`cache: ${stateName} is written twice in one program (is the block called twice? each call needs its own cache name)`, span, 'E-value');
  s.caches.add(stateName);
  const L = s.mode.cacheLength;
  const r = shape.length;
  const T = shape[r - 2]!;
  const full = shape.map((d, i) => (i === r - 2 ? L : d));
  ctx.checkParam(stateName, full, span);
  const state = ctx.b.param(stateName, full, { kind: 'zeros' }, 'state');
  if (s.mode.kind === 'prefill') {
    if (T > L) throw err(`cache: the prompt has ${T} positions but the cache holds ${L}`, span, 'E-shape');
    const after = shape.map((_, i) => (i === r - 2 ? L - T : 0));
    ctx.b.update(stateName, T === L ? x : ctx.b.pad(x, shape.map(() => 0), after));
    return x;
  }
  if (T !== appended(s)) throw err(`cache: a decode program appends ${appended(s) === 1 ? 'one position' : `${appended(s)} positions`} at a time, got ${T}`, span, 'E-shape');
  const pos = ctx.b.reshape(positionInput(ctx, s), shape.map(() => 1));
  const next = T === 1
    ? ctx.b.where(ctx.b.binary('eq', ctx.b.iota(full, r - 2, 'i32'), ctx.b.broadcastTo(pos, full)), ctx.b.broadcastTo(x, full), state)
    : appendRows(ctx, x, state, positionInput(ctx, s));
  ctx.b.update(stateName, next);
  return next;
}

/**
 * state [..., L, D] with slots pos … pos + T − 1 replaced by x [..., T, D]
 * (slots past L dropped). The rows are placed by a one-hot [L, T] product,
 * O(L·T·D): no runtime-offset slice or gather, whose index bounds would be
 * read as a bound on pos.
 */
function appendRows(ctx: Ctx, x: NodeId, state: NodeId, posInput: NodeId): NodeId {
  const shape = ctx.b.shape(x);
  const full = ctx.b.shape(state);
  const r = shape.length;
  const [T, D] = shape.slice(r - 2) as [number, number];
  const L = full[r - 2]!;
  const P = shape.slice(0, r - 2).reduce((a, d) => a * d, 1);
  const pos = ctx.b.broadcastTo(ctx.b.reshape(posInput, [1, 1]), [L, T]);
  const hit = ctx.b.binary('eq', ctx.b.iota([L, T], 0, 'i32'), ctx.b.add(pos, ctx.b.iota([L, T], 1, 'i32')));
  const placed = ctx.b.einsum('ptd,lt->pld', ctx.b.reshape(x, [P, T, D]), ctx.b.cast(hit, 'f32'));
  const written = ctx.b.reduce('max', ctx.b.cast(hit, 'f32'), [1]); // [L, 1]: 1 where some t lands
  const mask = ctx.b.broadcastTo(ctx.b.reshape(ctx.b.binary('gt', written, { literal: 0 }), [...full.slice(0, r - 2).map(() => 1), L, 1]), full);
  return ctx.b.where(mask, ctx.b.reshape(placed, full), state);
}

/**
 * Attention in a decode program: q [..., H, T, K] at positions pos … pos + T − 1 over a
 * cache k [..., G, S, K], v [..., G, S, V]; for the query at position i, slot
 * j is visible iff j ≤ i (later slots hold nothing yet, or rolled-back
 * drafts) and, with a window W, i − j < W.
 * Written out op by op: the scores are [..., H, T, S], small, and their mask
 * depends on a runtime value, which the fused template's static masks do not
 * express.
 */
export function decodeAttention(ctx: Ctx, q: NodeId, k: NodeId, v: NodeId, o: { causal: boolean; window: number; scale: number }, span: SourceSpan): NodeId {
  const s = states.get(ctx)!;
  if (!o.causal) throw err('attention: a decode program needs causal attention (a bidirectional layer sees positions not generated yet)', span, 'E-value');
  const qs = ctx.b.shape(q);
  const ks = ctx.b.shape(k);
  const vs = ctx.b.shape(v);
  const r = qs.length;
  const [H, T, K] = qs.slice(r - 3) as [number, number, number];
  const [G, S] = ks.slice(r - 3) as [number, number];
  const V = vs[r - 1]!;
  if (T !== appended(s)) throw err(`attention: a decode program runs ${appended(s) === 1 ? 'one query position' : `${appended(s)} query positions`}, got ${T}`, span, 'E-shape');
  if (H % G !== 0) throw err(`attention: ${H} query heads do not split into ${G} key/value groups`, span, 'E-shape');
  const lead = qs.slice(0, r - 3);
  const P = lead.reduce((a, b) => a * b, 1);
  const qg = ctx.b.reshape(q, [P, G, H / G, T, K]);
  const kg = ctx.b.reshape(k, [P, G, S, K]);
  const vg = ctx.b.reshape(v, [P, G, S, V]);
  const scores = ctx.b.mul(ctx.b.einsum('pgrtk,pgsk->pgrts', qg, kg), { literal: o.scale });
  const scoreShape = [P, G, H / G, T, S];
  // Query t runs at position pos + t (a verify program's T > 1).
  const pos0 = ctx.b.broadcastTo(ctx.b.reshape(positionInput(ctx, s), [1, 1, 1, 1, 1]), scoreShape);
  const pos = T === 1 ? pos0 : ctx.b.add(pos0, ctx.b.iota(scoreShape, 3, 'i32'));
  const j = ctx.b.iota(scoreShape, 4, 'i32');
  let seen = ctx.b.binary('le', j, pos);
  if (o.window > 0) seen = ctx.b.binary('and', seen, ctx.b.binary('lt', ctx.b.sub(pos, j), { literal: o.window }));
  const masked = ctx.b.where(seen, scores, { literal: -1e30 });
  const e = ctx.b.unary('exp', ctx.b.sub(masked, ctx.b.stopGrad(ctx.b.reduce('max', masked, [4]))));
  const p = ctx.b.div(e, ctx.b.reduce('sum', e, [4]));
  return ctx.b.reshape(ctx.b.einsum('pgrts,pgsv->pgrtv', p, vg), [...lead, H, T, V]);
}
