// Buffer planning over a kernel schedule: the live range of every buffer
// (from the step that first touches it to the last step that reads it), and
// greedy reuse: when a step needs a new intermediate, it takes the smallest
// free slot that is big enough (best fit), else a new slot. Slots are never
// split or grown, so the pool is the sum of slot sizes, which is at least the
// most bytes live at once (also reported, as the bound for any reuse scheme).
// Params, inputs and results are held for the whole program and are
// accounted separately from the pool.
import type { NodeId } from '../graph/types.ts';

export type BufferRole = 'param' | 'input' | 'output' | 'intermediate';

export interface BufferSpec {
  readonly id: NodeId;
  readonly bytes: number;
  readonly role: BufferRole;
}

export interface ScheduleStep {
  /** Buffers the step reads. */
  readonly reads: readonly NodeId[];
  /** Buffers the step writes. */
  readonly writes: readonly NodeId[];
}

export interface MemoryPlan {
  /** Bytes of the intermediate pool after reuse: the sum of its slot sizes. */
  readonly peakBytes: number;
  /** The most intermediate bytes live at any step. */
  readonly maxLiveBytes: number;
  readonly paramBytes: number;
  readonly inputBytes: number;
  readonly outputBytes: number;
  /** Slot sizes in bytes, in allocation order. */
  readonly slots: readonly number[];
  /** Intermediate buffer → slot index. */
  readonly slotOf: ReadonlyMap<NodeId, number>;
  /** Buffer → [first step, last step] it is live (inclusive). */
  readonly liveRange: ReadonlyMap<NodeId, readonly [number, number]>;
}

export function planBuffers(steps: readonly ScheduleStep[], buffers: readonly BufferSpec[]): MemoryPlan {
  const spec = new Map(buffers.map((b) => [b.id, b]));
  const range = new Map<NodeId, [number, number]>();
  steps.forEach((s, i) => {
    for (const id of [...s.writes, ...s.reads]) {
      const r = range.get(id);
      if (r) r[1] = i;
      else range.set(id, [i, i]);
    }
  });
  const sum = (role: BufferRole) => buffers.filter((b) => b.role === role).reduce((a, b) => a + b.bytes, 0);

  const slots: number[] = [];
  const free: number[] = [];
  const slotOf = new Map<NodeId, number>();
  const endingAt = steps.map(() => [] as NodeId[]);
  let live = 0;
  let maxLive = 0;
  steps.forEach((s, i) => {
    for (const id of [...s.writes, ...s.reads]) {
      const b = spec.get(id);
      if (!b || b.role !== 'intermediate' || slotOf.has(id) || range.get(id)![0] !== i) continue;
      slotOf.set(id, takeSlot(slots, free, b.bytes));
      endingAt[range.get(id)![1]]!.push(id);
      live += b.bytes;
    }
    maxLive = Math.max(maxLive, live);
    // Freed only after the step: a kernel never writes over what it is reading.
    for (const id of endingAt[i]!) {
      free.push(slotOf.get(id)!);
      live -= spec.get(id)!.bytes;
    }
  });
  return {
    peakBytes: slots.reduce((a, b) => a + b, 0),
    maxLiveBytes: maxLive,
    paramBytes: sum('param'),
    inputBytes: sum('input'),
    outputBytes: sum('output'),
    slots,
    slotOf,
    liveRange: range,
  };
}

/** The smallest free slot of at least `bytes` (lowest index on ties), or a new one. */
function takeSlot(slots: number[], free: number[], bytes: number): number {
  let best = -1;
  for (let k = 0; k < free.length; k++) {
    const size = slots[free[k]!]!;
    if (size >= bytes && (best < 0 || size < slots[free[best]!]! || (size === slots[free[best]!]! && free[k]! < free[best]!))) best = k;
  }
  if (best >= 0) return free.splice(best, 1)[0]!;
  slots.push(bytes);
  return slots.length - 1;
}
