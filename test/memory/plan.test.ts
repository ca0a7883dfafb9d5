// Buffer planning: live ranges, best-fit reuse, separate accounting of
// params, inputs and results; the unfused and fused schedules of small graphs.
import { describe, expect, test } from 'vitest';
import { fuse } from '../../compiler/fusion/fuse.ts';
import { GraphBuilder, lit } from '../../compiler/graph/builder.ts';
import { planBuffers } from '../../compiler/memory/plan.ts';
import { planFusedMemory } from '../../compiler/memory/fused.ts';
import { planUnfusedMemory, storageOf, unfusedCost, unfusedKernels } from '../../compiler/memory/unfused.ts';
import { optimizeGraph } from '../../compiler/passes/pipeline.ts';
import { softmax } from '../fusion/helpers.ts';
import { gptTrainStep } from '../fusion/models.ts';

describe('planBuffers', () => {
  // ids: 0 param, 1 input, 2..5 intermediates a..d, 6 output
  const buffers = [
    { id: 0, bytes: 40, role: 'param' as const },
    { id: 1, bytes: 16, role: 'input' as const },
    { id: 2, bytes: 100, role: 'intermediate' as const },
    { id: 3, bytes: 60, role: 'intermediate' as const },
    { id: 4, bytes: 100, role: 'intermediate' as const },
    { id: 5, bytes: 50, role: 'intermediate' as const },
    { id: 6, bytes: 8, role: 'output' as const },
  ];
  const steps = [
    { reads: [1, 0], writes: [2] },
    { reads: [1], writes: [3] },
    { reads: [2, 3], writes: [4] },
    { reads: [4], writes: [5] },
    { reads: [5], writes: [6] },
  ];

  test('live ranges, best-fit reuse, and no reuse of a buffer the same step reads', () => {
    const plan = planBuffers(steps, buffers);
    expect(Object.fromEntries(plan.liveRange)).toEqual({ 0: [0, 0], 1: [0, 1], 2: [0, 2], 3: [1, 2], 4: [2, 3], 5: [3, 4], 6: [4, 4] });
    // c (step 2) cannot take a's or b's slot: they are read by that step. d takes b's 60-byte slot (best fit), not a's 100.
    expect(Object.fromEntries(plan.slotOf)).toEqual({ 2: 0, 3: 1, 4: 2, 5: 1 });
    expect(plan.slots).toEqual([100, 60, 100]);
    expect(plan.peakBytes).toBe(260);
    expect(plan.maxLiveBytes).toBe(260);
    expect([plan.paramBytes, plan.inputBytes, plan.outputBytes]).toEqual([40, 16, 8]);
  });

  test('a slot freed by a larger buffer is reused; a larger request opens a new slot', () => {
    const plan = planBuffers(
      [{ reads: [], writes: [0] }, { reads: [0], writes: [1] }, { reads: [1], writes: [2] }, { reads: [2], writes: [3] }],
      [
        { id: 0, bytes: 64, role: 'intermediate' },
        { id: 1, bytes: 32, role: 'intermediate' },
        { id: 2, bytes: 128, role: 'intermediate' },
        { id: 3, bytes: 16, role: 'output' },
      ],
    );
    expect(plan.slots).toEqual([64, 32, 128]);
    expect(plan.peakBytes).toBe(224);
    expect(plan.maxLiveBytes).toBe(160);
  });
});

describe('unfused and fused plans', () => {
  function chain() {
    const b = new GraphBuilder();
    let y = b.input('x', [8, 16]);
    for (const op of ['exp', 'tanh', 'neg', 'sin', 'cos', 'abs'] as const) y = b.unary(op, y);
    b.output('y', b.reshape(y, [128]));
    return b.build();
  }

  test('a chain of unary ops ping-pongs between two buffers unfused, and needs none fused', () => {
    const g = chain();
    expect(unfusedKernels(g)).toHaveLength(6);
    const unfused = planUnfusedMemory(g);
    expect(unfused.slots).toEqual([512, 512]);
    expect(unfused.outputBytes).toBe(512);
    expect(unfused.inputBytes).toBe(512);
    const fused = planFusedMemory(fuse(optimizeGraph(g)));
    expect(fused.peakBytes).toBe(0);
    expect([fused.inputBytes, fused.outputBytes]).toEqual([512, 512]);
  });

  test('reshape, stop_grad and grad_as share their input storage when unfused', () => {
    const b = new GraphBuilder();
    const x = b.input('x', [2, 3]);
    const e = b.unary('exp', x);
    const v = b.stopGrad(b.reshape(e, [6]));
    b.output('y', b.mul(v, lit(2)));
    const g = b.build();
    expect(storageOf(g, v)).toBe(e);
    expect(unfusedKernels(g).map((id) => g.nodes[id]!.op)).toEqual(['unary', 'binary']);
    expect(unfusedCost(g)).toEqual({ kernels: 2, flops: 12, bytesRead: 72, bytesWritten: 48 });
  });

  test('softmax: unfused, a row-stat slot and two full slots are recycled; fused holds nothing', () => {
    const b = new GraphBuilder();
    b.output('y', softmax(b, b.input('x', [4, 32])));
    const g = b.build();
    // max → expand → sub → exp → sum → expand → div: the 16-byte row statistics share one
    // slot, the 512-byte broadcast, shifted and exp values cycle through two.
    expect(planUnfusedMemory(g).slots).toEqual([16, 512, 512]);
    expect(planFusedMemory(fuse(optimizeGraph(g))).peakBytes).toBe(0);
  });

  test('GPT train step: the fused pool is smaller, and no slot is smaller than what it holds', () => {
    const g = gptTrainStep();
    const unfused = planUnfusedMemory(g);
    const p = fuse(optimizeGraph(g));
    const fused = planFusedMemory(p);
    expect(fused.peakBytes).toBeLessThan(unfused.peakBytes);
    expect(fused.peakBytes).toBeGreaterThanOrEqual(fused.maxLiveBytes);
    for (const [id, slot] of fused.slotOf) expect(fused.slots[slot]!).toBeGreaterThanOrEqual(p.graph.nodes[id]!.type.shape.reduce((a, d) => a * d, 4));
    // Slots are shared only by buffers whose live ranges do not overlap.
    const bySlot = new Map<number, [number, number][]>();
    for (const [id, slot] of fused.slotOf) bySlot.set(slot, [...(bySlot.get(slot) ?? []), fused.liveRange.get(id)! as [number, number]]);
    for (const ranges of bySlot.values()) {
      ranges.sort((a, c) => a[0] - c[0]);
      for (let k = 1; k < ranges.length; k++) expect(ranges[k]![0]).toBeGreaterThan(ranges[k - 1]![1]);
    }
  });
});
