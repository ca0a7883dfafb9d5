// A linear recurrence (scan-linear.ts: every new state a ⊙ s + b with a, b
// free of the states) as a chunked parallel scan, still ONE kernel, on grid
// targets. The sequential form (scan.ts) walks all T steps one after another
// with as many invocations as one step has elements; when that is at most
// half the workgroup, the rest of the workgroup idles. Here T is cut into C
// chunks of `steps` steps (the last may be shorter), and the workgroup into C
// sub-groups of `width` invocations, one per chunk:
//
//   phase 1: each sub-group runs its chunk from the zero state, evaluating
//            only the body values a and b read, and keeps the chunk's
//            composed map per state element: A_c = Π a, B_c = the state
//            reached from 0 (s ↦ A_c ⊙ s + B_c);
//   phase 2: per state element (all invocations), the carry through the
//            chunks in order, h_in(c + 1) = A_c ⊙ h_in(c) + B_c: C steps, not
//            T; h_in(C) is the final state;
//   phase 3: each sub-group runs its chunk again from its true h_in with the
//            whole body (scan.ts runStep), writing the ys and saved states.
//
// Chunks are in run order, so a reverse scan's chunk 0 holds t = T − 1 … and
// nothing else changes. Every chunk has its own copy of the body's scratch
// and of the state and A (B lives in the state's cells: phase 2 reads B_c
// before it writes h_in(c) there): workgroup memory when the copies fit, else
// the kernel's scratch buffer. Phases 1 and 3 evaluate a and b's values twice,
// the price of the parallelism: about 2T/C + C body steps instead of T.
import { k } from '../../kernel/build.ts';
import type { KExpr, KStmt, Kernel } from '../../kernel/ir.ts';
import { Scope } from '../../kernel/lower/scope.ts';
import { finishKernel } from '../../kernel/lower/stage-kernel.ts';
import { toStorage } from '../../kernel/lower/ops.ts';
import { scanLayout } from '../../graph/ops/scan.ts';
import type { OpAttrs } from '../../graph/types.ts';
import type { TargetSpec } from '../../target.ts';
import { type ScanLowering, cellFactory, compute, each, read, readOuter, runStep, scratchLayout, stateShape, sync, unflatten, valueNodes, widestLoop } from './scan-body.ts';
import { type LinearUpdate, type Term, coefficientNodes, scanLinearity } from './scan-linear.ts';

/** How a linear scan is chunked. */
export interface ChunkPlan {
  /** Invocations per chunk: the next power of two ≥ the widest per-step loop. */
  readonly width: number;
  /** Chunks (sub-groups); width × chunks invocations in all. */
  readonly chunks: number;
  /** Steps per chunk; the last chunk runs T − (chunks − 1) × steps. */
  readonly steps: number;
  /** Each state's a and b. */
  readonly updates: readonly LinearUpdate[];
  /** The chunks' scratch is in the kernel's buffer (it does not fit workgroup memory). */
  readonly inBuffer: boolean;
}

/**
 * The chunked form of a scan on a grid target, or undefined when it runs
 * sequentially: the target has chunked scans off, not linear, wider than half the workgroup (fewer than 2
 * chunks would fit), or T < 2. When the sequential form's scratch fits
 * workgroup memory, the chunks are limited to as many as still fit there
 * (a scan that would move to the buffer to gain chunks stays sequential).
 */
export function chunkPlan(a: OpAttrs['scan'], target: TargetSpec): ChunkPlan | undefined {
  if (!target.chunkedScans) return undefined;
  const max = target.limits.maxInvocationsPerWorkgroup;
  const widest = widestLoop(a);
  let width = 1;
  while (width < widest) width *= 2;
  if (2 * width > max || a.length < 2) return undefined;
  const lin = scanLinearity(a.body, a.nState);
  if (!lin.linear) return undefined;
  const { valueFloats, stateFloats } = scratchLayout(a);
  const bytes = target.limits.maxWorkgroupMemoryBytes;
  // Per chunk: the body values, the state (B in phase 1) and A.
  const perChunk = 4 * (valueFloats + 2 * stateFloats);
  let most = Math.min(Math.floor(max / width), a.length);
  if (4 * (valueFloats + stateFloats) <= bytes) most = Math.min(most, Math.floor(bytes / perChunk));
  if (most < 2) return undefined;
  const steps = Math.ceil(a.length / most);
  const chunks = Math.ceil(a.length / steps);
  return { width, chunks, steps, updates: lin.states, inBuffer: perChunk * chunks > bytes };
}

type Base = Omit<ScanLowering, 'scratch' | 'states' | 't' | 'lane' | 'lanes' | 'guard'>;

export function lowerChunked(base: Base, plan: ChunkPlan): Kernel {
  const { s, n: node } = base;
  const a = node.attrs;
  const { width, chunks, steps } = plan;
  const stmts: KStmt[] = [];
  const lid = s.names.variable('lid', 'i32');
  const chunk = s.names.variable('chunk', 'i32');
  const lane = s.names.variable('lane', 'i32');
  stmts.push(k.let(lid, k.cast('i32', k.localId(0))), k.let(chunk, k.idiv(lid, width)), k.let(lane, k.mod(lid, width)));
  const { values, states: sizes, valueFloats, stateFloats } = scratchLayout(a);
  const cells = cellFactory(s, node, stmts, plan.inBuffer, chunks * (valueFloats + 2 * stateFloats), chunks, chunk);
  const scratch = new Map(values.map(([id, size]) => [id, cells(`v${id}`, size)]));
  const states = sizes.map((size, i) => cells(`state${i}`, size));
  const A = sizes.map((size, i) => cells(`A${i}`, size));
  // B_c in the state's cells: phase 1 builds it there, phase 2 replaces it by h_in(c).
  const B = states;
  const out = s.buffers.use(s.table.forNode(node.id), 'write');
  const finals = scanLayout(a).finals;
  const own = { ...base, scratch, states, lane, lanes: width, t: s.names.variable('t', 'i32') };
  const everyone: ScanLowering = { ...own, lane: lid, lanes: width * chunks };

  /** `run` at each step of the invocation's chunk: t set, elements guarded to the steps < T. */
  const overChunk = (run: (c: ScanLowering) => KStmt[]): KStmt => {
    const j = s.names.variable('j', 'i32');
    const step = s.names.variable('step', 'i32');
    const t = s.names.variable('t', 'i32');
    const c: ScanLowering = { ...own, t, guard: k.lt(step, a.length) };
    return k.for(j, 0, steps, [k.let(step, k.add(k.mul(chunk, steps), j)), k.let(t, a.reverse ? k.sub(a.length - 1, step) : step), ...run(c)]);
  };

  // Phase 1: each chunk's composed map from the zero state, evaluating only what a and b read.
  sizes.forEach((size, i) => stmts.push(...each(own, size, (_sc, f) => [A[i]!.store(f, k.f32(1)), B[i]!.store(f, k.f32(0))])));
  stmts.push(...sync(own));
  const needed = valueNodes(base.body, plan.updates.flatMap(coefficientNodes));
  stmts.push(overChunk((c) => {
    const step: KStmt[] = [];
    for (const b of c.body.nodes) {
      const arr = scratch.get(b.id);
      if (arr && needed.has(b.id)) step.push(...each(c, arr.size, (sc, f) => [arr.store(f, toStorage(compute(c, sc, b, f), b.type.dtype))]), ...sync(c));
    }
    plan.updates.forEach((u, i) => step.push(...each(c, sizes[i]!, (sc, f) => {
      const av = sc.bind('a', coefficient(c, sc, u.a, f));
      const bv = sc.bind('b', coefficient(c, sc, u.b, f));
      return [A[i]!.store(f, k.mul(av, A[i]!.load(f))), B[i]!.store(f, k.add(k.mul(av, B[i]!.load(f)), bv))];
    })));
    // The next step overwrites the values this one's maps read.
    return [...step, ...sync(c)];
  }));

  // Phase 2: every state element carried through the chunks in order; what leaves the last is the final state.
  sizes.forEach((size, i) => stmts.push(...each(everyone, size, (sc, f) => {
    const h = s.names.variable('h', 'f32');
    const c = s.names.variable('c', 'i32');
    const bc = s.names.variable('bc', 'f32');
    return [
      k.let(h, readOuter(everyone, sc, node.inputs[i]!, unflatten(stateShape(a, i), f))),
      k.for(c, 0, chunks, [k.let(bc, B[i]!.load(f, c)), states[i]!.store(f, h, c), k.assign(h, k.add(k.mul(A[i]!.load(f, c), h), bc))]),
      k.store(out, k.add(finals[i]!.offset, f), h),
    ];
  })));
  stmts.push(...sync(everyone));

  // Phase 3: each chunk again from its true carry-in, the whole body: ys and saved states.
  stmts.push(overChunk(runStep));

  return finishKernel(s, { ...s.signature, buffers: [], uniforms: [], launch: k.grid([width * chunks, 1, 1], [1, 1, 1]), body: stmts });
}

/** Σ ±Π factors / Π divisors at flat element f (0 for no terms). */
function coefficient(c: ScanLowering, sc: Scope, terms: readonly Term[], f: KExpr): KExpr {
  let sum: KExpr | undefined;
  for (const t of terms) {
    let v: KExpr = k.f32(1);
    t.factors.forEach((id, j) => (v = j === 0 ? read(c, sc, id, f) : k.mul(v, read(c, sc, id, f))));
    for (const id of t.divisors) v = k.div(v, read(c, sc, id, f));
    sum = sum === undefined ? (t.sign === 1 ? v : k.neg(v)) : t.sign === 1 ? k.add(sum, v) : k.sub(sum, v);
  }
  return sum ?? k.f32(0);
}
