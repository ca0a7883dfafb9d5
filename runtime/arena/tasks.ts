// Synthetic tasks of the architecture arena (`loom arena`, docs/arena.md):
// token sequences over the byte vocabulary that probe what a sequence mixer
// can do, each with the positions it is scored on.
//
//   mqar     multi-query associative recall (Arora et al. 2023, "Zoology"):
//            key–value pairs, then queries of those keys; the answer is the
//            value the key was paired with.
//   copy     a random string, a separator, then the string again.
//   regular  in-context learning of a regular language (Akyürek et al. 2024,
//            "In-Context Language Learning"): strings drawn from a random
//            finite automaton, new for every sequence; a prediction is
//            right when the automaton accepts it as the next letter.
//
// Targets at positions that are not scored (the random keys, the string to
// copy) are a constant filler token for mqar and copy: the model learns it at
// once, so the loss is driven by the scored positions, as in Zoology's
// training on answers only. regular is trained on the next token everywhere
// (its scoring asks for any letter the automaton allows).
import { makeRng, type Rng } from '../sample.ts';

export type TaskName = 'mqar' | 'copy' | 'regular';
export const TASK_NAMES: readonly TaskName[] = ['mqar', 'copy', 'regular'];

/** One batch of a task: row-major [batch, ctx] token ids, targets, and what is scored. */
export interface TaskBatch {
  readonly tokens: Float32Array;
  readonly targets: Float32Array;
  /** Per position: 1 if it is scored, else 0. */
  readonly scored: Uint8Array;
  /** The predictions that count as right at a scored position. */
  readonly candidates: (pos: number) => readonly number[];
}

/** Filler target of unscored positions. */
export const FILLER = 0;
const SEPARATOR = 255;
const KEYS = { lo: 1, n: 16 };
const VALUES = { lo: 65, n: 16 };
/** Letters of the automata: tokens LETTERS.lo … LETTERS.lo + n − 1; strings end with DELIMITER. */
const LETTERS = { lo: 129, n: 8 };
const DELIMITER = 254;

const int = (rng: Rng, n: number): number => Math.floor(rng() * n);

/** k distinct values of [0, n), in random order. */
function distinct(rng: Rng, n: number, k: number): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + int(rng, n - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k);
}

/** The smallest context each task can be posed in. */
export const MIN_CTX: Readonly<Record<TaskName, number>> = { mqar: 8, copy: 5, regular: 8 };

/** A source of batches of one task, reproducible from its seed. */
export function taskBatches(task: TaskName, batch: number, ctx: number, seed: number): () => TaskBatch {
  if (!Number.isSafeInteger(ctx) || ctx < MIN_CTX[task]) throw new Error(`arena: task ${task} needs a context of at least ${MIN_CTX[task]} tokens, got ${ctx}`);
  const rng = makeRng(seed);
  const fill = TASK_FILL[task];
  return () => {
    const tokens = new Float32Array(batch * ctx);
    const targets = new Float32Array(batch * ctx).fill(FILLER);
    const scored = new Uint8Array(batch * ctx);
    const cands: number[][] = new Array<number[]>(batch * ctx);
    for (let b = 0; b < batch; b++) fill(rng, ctx, b * ctx, tokens, targets, scored, cands);
    return { tokens, targets, scored, candidates: (pos) => cands[pos] ?? [] };
  };
}

type Fill = (rng: Rng, ctx: number, at: number, tokens: Float32Array, targets: Float32Array, scored: Uint8Array, cands: number[][]) => void;

/** Scores position p with exactly one right answer, which is also its target. */
function answer(p: number, token: number, targets: Float32Array, scored: Uint8Array, cands: number[][]): void {
  targets[p] = token;
  scored[p] = 1;
  cands[p] = [token];
}

const TASK_FILL: Readonly<Record<TaskName, Fill>> = {
  // k1 v1 … kn vn, then q v pairs with q among the keys; scored where a query key is read (target: its value).
  mqar(rng, ctx, at, tokens, targets, scored, cands) {
    const pairs = Math.min(KEYS.n, Math.floor(ctx / 4));
    const keys = distinct(rng, KEYS.n, pairs).map((k) => KEYS.lo + k);
    const values = keys.map(() => VALUES.lo + int(rng, VALUES.n));
    let p = at;
    for (let i = 0; i < pairs; i++) {
      tokens[p++] = keys[i]!;
      tokens[p++] = values[i]!;
    }
    while (p + 1 < at + ctx) {
      const i = int(rng, pairs);
      tokens[p] = keys[i]!;
      answer(p, values[i]!, targets, scored, cands);
      tokens[p + 1] = values[i]!;
      p += 2;
    }
  },
  // s1 … sL SEP s1 … sL (pad): scored from SEP on, each target the next string token.
  copy(rng, ctx, at, tokens, targets, scored, cands) {
    const L = Math.floor((ctx - 1) / 2);
    const s = Array.from({ length: L }, () => KEYS.lo + int(rng, KEYS.n));
    s.forEach((t, i) => { tokens[at + i] = t; tokens[at + L + 1 + i] = t; });
    tokens[at + L] = SEPARATOR;
    for (let i = 0; i < L; i++) answer(at + L + i, s[i]!, targets, scored, cands);
  },
  // Strings of a random automaton separated by DELIMITER; every position is trained on its next token and
  // scored (except before a delimiter) by whether the prediction is a letter the automaton allows there.
  regular(rng, ctx, at, tokens, targets, scored, cands) {
    const dfa = randomAutomaton(rng);
    const seq: number[] = [];
    const allowedAt: number[][] = [];
    while (seq.length < ctx + 1) {
      let state = 0;
      const length = 4 + int(rng, 7);
      for (let i = 0; i < length && seq.length < ctx + 1; i++) {
        const moves = dfa[state]!;
        allowedAt.push(moves.map((m) => m.letter));
        const m = moves[int(rng, moves.length)]!;
        seq.push(LETTERS.lo + m.letter);
        state = m.to;
      }
      allowedAt.push([]);
      seq.push(DELIMITER);
    }
    // Position p reads seq[p] and predicts seq[p + 1], which was drawn from allowedAt[p + 1].
    for (let p = 0; p < ctx; p++) {
      tokens[at + p] = seq[p]!;
      targets[at + p] = seq[p + 1]!;
      const allowed = allowedAt[p + 1]!;
      if (allowed.length === 0) continue; // where a string ends is not the automaton's choice
      scored[at + p] = 1;
      cands[at + p] = allowed.map((l) => LETTERS.lo + l);
    }
  },
};

/** A random automaton over LETTERS.n letters: 4 states, each with 2 or 3 outgoing letters to random states. */
function randomAutomaton(rng: Rng): { letter: number; to: number }[][] {
  const states = 4;
  return Array.from({ length: states }, () => distinct(rng, LETTERS.n, 2 + int(rng, 2)).map((letter) => ({ letter, to: int(rng, states) })));
}

/** Accuracy of predicted tokens (argmax per position) over a batch's scored positions: [right, scored]. */
export function scoreBatch(b: TaskBatch, predicted: ArrayLike<number>): [number, number] {
  let right = 0;
  let total = 0;
  for (let p = 0; p < b.scored.length; p++) {
    if (b.scored[p] === 0) continue;
    total++;
    if (b.candidates(p).includes(predicted[p]!)) right++;
  }
  return [right, total];
}
