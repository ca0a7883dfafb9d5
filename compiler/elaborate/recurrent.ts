// Recurrent state in inference programs (docs/decoding.md, "Recurrent
// models"): the KV cache's mechanism — a param of role "state" with a graph
// update, kept by every executor across runs — carrying a scan's state and a
// short window of past inputs instead of every past key and value, so a
// decode step's memory is constant in the sequence length.
//
//   - A scan (outside any other scan's body) in a prefill or decode program
//     carries its states as `recurrent.<k>.<state>` (k: the scan's order in
//     the program, the same in prefill and decode). Decode starts the scan
//     from them and writes the final states back. Prefill starts from the
//     scan's own init, and since its prompt is left-aligned and zero-padded,
//     each step past the prompt keeps the state unchanged (a `where` on the
//     runtime prompt length, input `length`), so the final state is the
//     state after the prompt's last token.
//   - history(x, n) = x [..., T, D] with the n positions before it in front
//     ([..., n + T, D]; zeros before position 0): Mamba's causal conv1d reads
//     the last K − 1 inputs, RWKV's token shift the last one. In training it
//     is the zero padding; prefill stores the n positions before `length`
//     as `history.<k>`; decode reads them and keeps the last n.
// A verify program (several positions per run, rolled back by position) is
// refused: a recurrent state cannot be rolled back by moving `pos`.
import type { SourceSpan } from '../diagnostics.ts';
import type { NodeId } from '../graph/types.ts';
import { type Ctx, err } from './context.ts';
import { type InferenceMode, inferenceOf } from './decode.ts';

/** The prefill program's runtime input: the number of prompt tokens (the rest of `tokens` is padding). */
export const PROMPT_LENGTH_INPUT = 'length';

interface Counters {
  scans: number;
  histories: number;
  length?: NodeId;
}

const counters = new WeakMap<Ctx, Counters>();

function countersOf(ctx: Ctx): Counters {
  let c = counters.get(ctx);
  if (!c) counters.set(ctx, (c = { scans: 0, histories: 0 }));
  return c;
}

/** The prefill's `length` input, i32[1], created on first use (before any scan body, so it is a capture, not a body node). */
function promptLength(ctx: Ctx): NodeId {
  const c = countersOf(ctx);
  c.length ??= ctx.b.input(PROMPT_LENGTH_INPUT, [1], 'i32');
  return c.length;
}

function refuseVerify(mode: InferenceMode, what: string, span: SourceSpan): void {
  if ((mode.tokens ?? 1) > 1) {
    throw err(`${what}: a verify program (${mode.tokens} positions per run) cannot carry recurrent state: its drafts are rolled back by moving the position, which a recurrent state cannot follow`, span, 'E-value');
  }
}

/** A scan's recurrent state in an inference program: the state params' names, the inits to run from, and prefill's prompt length. */
export interface RecurrentScan {
  readonly names: readonly string[];
  readonly inits: readonly NodeId[];
  readonly length?: NodeId;
}

/**
 * Before a scan's body is elaborated (outside other scan bodies): in an
 * inference program, the state params and the inits to use; else undefined.
 */
export function recurrentScan(ctx: Ctx, inits: readonly NodeId[], stateNames: readonly string[], o: { reverse: boolean; length: number; span: SourceSpan }): RecurrentScan | undefined {
  const mode = inferenceOf(ctx);
  if (!mode) return undefined;
  if (o.reverse) throw err('scan: a reverse scan cannot run in a prefill or decode program: generation runs positions forward, one at a time', o.span, 'E-scan');
  refuseVerify(mode, 'scan', o.span);
  if (mode.kind === 'decode' && o.length !== 1) {
    throw err(`scan: in a decode program a scan runs over the one position decoded (its length must be 1, got ${o.length}); a scan over another axis cannot carry state between tokens`, o.span, 'E-scan');
  }
  const k = countersOf(ctx).scans++;
  const names = stateNames.map((s) => `recurrent.${k}.${s}`);
  const params = names.map((name, i) => {
    const shape = ctx.b.shape(inits[i]!);
    ctx.checkParam(name, shape, o.span);
    return ctx.b.param(name, shape, { kind: 'zeros' }, 'state');
  });
  return mode.kind === 'decode' ? { names, inits: params } : { names, inits, length: promptLength(ctx) };
}

/** Inside the body, prefill only: a step past the prompt leaves each state as it was. */
export function freezeAfterPrompt(ctx: Ctx, r: RecurrentScan | undefined, step: NodeId, before: readonly NodeId[], after: readonly NodeId[]): NodeId[] {
  if (!r?.length) return [...after];
  const live = ctx.b.binary('lt', step, ctx.b.reshape(r.length, []));
  return after.map((n, i) => ctx.b.where(ctx.b.broadcastTo(live, ctx.b.shape(n)), n, before[i]!));
}

/** After the scan: its final states are the next run's. */
export function storeRecurrent(ctx: Ctx, r: RecurrentScan | undefined, finals: readonly NodeId[]): void {
  r?.names.forEach((name, i) => ctx.b.update(name, finals[i]!));
}

/** history(x, n): see the header. */
export function historyOf(ctx: Ctx, x: NodeId, n: number, span: SourceSpan): NodeId {
  const shape = ctx.b.shape(x);
  const r = shape.length;
  if (r < 2) throw err(`history: x must be [..., T, D] (positions on axis −2), got a tensor of rank ${r}`, span, 'E-shape');
  if (!Number.isSafeInteger(n) || n < 0) throw err(`history: n must be a non-negative integer, got ${n}`, span, 'E-value');
  if (n === 0) return x;
  const axis = r - 2;
  const T = shape[axis]!;
  const front = shape.map((d, i) => (i === axis ? n : d));
  const zeros = () => ctx.b.broadcastTo(ctx.b.constant(0, [], 'f32'), front);
  const mode = inferenceOf(ctx);
  if (!mode) return ctx.b.concat([zeros(), x], axis);
  refuseVerify(mode, 'history', span);
  const name = `history.${countersOf(ctx).histories++}`;
  ctx.checkParam(name, front, span);
  const state = ctx.b.param(name, front, { kind: 'zeros' }, 'state');
  const xf = ctx.b.cast(x, 'f32');
  if (mode.kind === 'decode') {
    const xp = ctx.b.concat([state, xf], axis);
    ctx.b.update(name, ctx.b.slice(xp, shape.map((_, i) => (i === axis ? T : 0)), shape.map((d, i) => (i === axis ? n + T : d))));
    return xp;
  }
  const xp = ctx.b.concat([zeros(), xf], axis);
  // Rows length … length + n − 1 of xp are x's positions length − n … length − 1, picked by a one-hot [n, n + T] product.
  const P = shape.slice(0, axis).reduce((a, d) => a * d, 1);
  const D = shape[r - 1]!;
  const len = ctx.b.broadcastTo(ctx.b.reshape(promptLength(ctx), [1, 1]), [n, n + T]);
  const hit = ctx.b.binary('eq', ctx.b.iota([n, n + T], 1, 'i32'), ctx.b.add(len, ctx.b.iota([n, n + T], 0, 'i32')));
  ctx.b.update(name, ctx.b.reshape(ctx.b.einsum('pjd,ij->pid', ctx.b.reshape(xp, [P, n + T, D]), ctx.b.cast(hit, 'f32')), front));
  return xp;
}
