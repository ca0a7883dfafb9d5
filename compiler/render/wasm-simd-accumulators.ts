// A vector loop's accumulators (wasm-simd.ts): the scalars a loop body
// updates lane-wise, held in vector locals while the loop runs — gathered
// from the scalars before it, scattered (or combined) back after it.
//
//   - a re-rolled loop's copies (wasm-reroll.ts): lane u is copy u's own
//     variable, scattered back lane by lane;
//   - a step-1 loop's reductions (sum, max, min into one outer scalar):
//     lane 0 starts from the scalar, the others from the identity, and the
//     lanes combine (0 ∘ 1) ∘ (2 ∘ 3) after the loop, the row templates'
//     order.
//
// Sums are two f64x2 halves (lanes 0–1, 2–3), so the lanes add in f64 as the
// JS kernels' `acc += x` does; anything else (max, min, a lane-wise update
// of a re-rolled copy) is f32 lanes. Scalars are f64 locals (wasm-simd-ops.ts).
import type { KExpr, KStmt } from '../kernel/ir.ts';
import { F64_OPS, op, V128, V128_OPS } from './wasm-encode.ts';
import { fail, REDUCTION_IDENTITY, reductions } from './wasm-simd-analysis.ts';
import { f32x4Const } from './wasm-simd-math.ts';
import { HIGH_LANES, lane } from './wasm-simd-ops.ts';

export type Accumulator = { readonly kind: 'f32'; readonly v: number } | { readonly kind: 'f64'; readonly lo: number; readonly hi: number };

export interface AccumulatorCode {
  /** Copy 0's name (a re-rolled loop) or the reduced scalar's → its vector locals. */
  readonly vectors: ReadonlyMap<string, Accumulator>;
  /** Before the loop: the scalars into the vectors. */
  readonly gather: number[];
  /** After the loop: the vectors back into the scalars. */
  readonly scatter: number[];
}

/**
 * The accumulators of a vector loop over `body`: `copies` (a re-rolled loop's,
 * copy 0's name → every copy's variable, lane order), else the body's
 * reductions. `scalar` gives a variable's f64 local; `local` allocates a v128.
 */
export function laneAccumulators(
  body: readonly KStmt[], copies: ReadonlyMap<string, readonly string[]> | undefined, scalar: (name: string) => number, local: () => number,
): AccumulatorCode {
  const vectors = new Map<string, Accumulator>();
  const gather: number[] = [];
  const scatter: number[] = [];
  const half = (h: number, i: number) => [...op.get(h), ...op.simd(V128_OPS.f64x2ExtractLane, i)];
  for (const [first, names] of copies ?? []) {
    const locals = names.map(scalar);
    if (isSum(body, first)) {
      const [lo, hi] = [local(), local()];
      vectors.set(first, { kind: 'f64', lo, hi });
      [lo, hi].forEach((h, k) => {
        gather.push(...op.get(locals[2 * k]!), ...op.simd(V128_OPS.f64x2Splat), ...op.get(locals[2 * k + 1]!), ...op.simd(V128_OPS.f64x2ReplaceLane, 1), ...op.set(h));
        [0, 1].forEach((i) => scatter.push(...half(h, i), ...op.set(locals[2 * k + i]!)));
      });
    } else {
      const v = local();
      vectors.set(first, { kind: 'f32', v });
      locals.forEach((l, u) => {
        gather.push(...op.get(l), F64_OPS.demote, ...(u === 0 ? op.simd(V128_OPS.f32x4Splat) : op.simd(V128_OPS.f32x4ReplaceLane, u)));
        scatter.push(...op.get(v), ...lane(u), ...op.set(l));
      });
      gather.push(...op.set(v));
    }
  }
  for (const r of copies ? [] : reductions(body)) {
    const l = scalar(r.name);
    if (r.op === 'add') {
      const [lo, hi] = [local(), local()];
      vectors.set(r.name, { kind: 'f64', lo, hi });
      gather.push(...op.f64(0), ...op.simd(V128_OPS.f64x2Splat), ...op.tee(hi), ...op.get(l), ...op.simd(V128_OPS.f64x2ReplaceLane, 0), ...op.set(lo));
      scatter.push(...half(lo, 0), ...half(lo, 1), F64_OPS.add, ...half(hi, 0), ...half(hi, 1), F64_OPS.add, F64_OPS.add, ...op.set(l));
    } else {
      const v = local();
      vectors.set(r.name, { kind: 'f32', v });
      gather.push(...f32x4Const(REDUCTION_IDENTITY[r.op]), ...op.get(l), F64_OPS.demote, ...op.simd(V128_OPS.f32x4ReplaceLane, 0), ...op.set(v));
      const f = F64_OPS[r.op];
      const at = (i: number) => [...op.get(v), ...lane(i)];
      scatter.push(...at(0), ...at(1), f, ...at(2), ...at(3), f, f, ...op.set(l));
    }
  }
  return { vectors, gather, scatter };
}

/**
 * The instructions adding f32 lanes `t` (a v128 local) into an f64 sum: each
 * half promoted and added. `sumAddend` gives what `t` must hold.
 */
export function addToSum(acc: Extract<Accumulator, { kind: 'f64' }>, t: number): number[] {
  const into = (h: number, high: boolean): number[] => [
    ...op.get(h), ...op.get(t), ...(high ? [...op.get(t), ...HIGH_LANES] : []), ...op.simd(V128_OPS.f64x2PromoteLowF32x4),
    ...op.simd(V128_OPS.f64x2Add), ...op.set(h),
  ];
  return [...into(acc.lo, false), ...into(acc.hi, true)];
}

/** The `x` of a sum's update `acc = acc + x` (or `x + acc`); refused otherwise. */
export function sumAddend(name: string, value: KExpr): KExpr {
  return addend(name, value) ?? fail(`an update of the sum ${name} that is not a sum`);
}

function addend(name: string, value: KExpr): KExpr | undefined {
  if (value.kind !== 'binary' || value.op !== 'add') return undefined;
  const isAcc = (e: KExpr) => e.kind === 'var' && e.name === name;
  return isAcc(value.lhs) ? value.rhs : isAcc(value.rhs) ? value.lhs : undefined;
}

/** Whether the body's update of accumulator `name` is a sum. */
function isSum(body: readonly KStmt[], name: string): boolean {
  return body.some((s) => s.kind === 'assign' && s.name === name && addend(name, s.value) !== undefined);
}

