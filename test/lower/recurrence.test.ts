// A 4k-node graph end to end: the train step of a diagonal selective scan
// unrolled over 66 steps (test/fusion/recurrence.ts), the shape that made
// fusion time grow quadratically. It must fuse to the same kernels as
// always, lower for both targets within their limits, and compute what the
// interpreter computes. (Compile time itself is measured by
// bench/compile-time.ts, not asserted here.)
import { describe, expect, test } from 'vitest';
import { validateProgram } from '../../compiler/fusion/validate.ts';
import { compileGraph } from '../../compiler/program.ts';
import { JS_TARGET, WEBGPU_TARGET } from '../../compiler/target.ts';
import { fuseChecked } from '../fusion/helpers.ts';
import { recurrenceTrainStep } from '../fusion/recurrence.ts';
import { randomFeeds } from '../passes/helpers.ts';
import { compileChecked } from './helpers.ts';

describe('an unrolled recurrence with gradients (4k nodes)', () => {
  const graph = recurrenceTrainStep({ cell: 'diag', steps: 66 });
  const feeds = randomFeeds(graph);

  test('fuses into the same kernels, planned incrementally exactly as the full solver plans them', () => {
    expect(graph.nodes.length).toBeGreaterThanOrEqual(4000);
    const { fused } = compileGraph(graph, { target: JS_TARGET });
    expect(validateProgram(fused)).toEqual([]);
    expect(fused.kernels).toHaveLength(203);
    // Every merge decision of the partitioner re-checked against the level solver, and the kernels run one by one.
    expect(fuseChecked(graph).kernels).toHaveLength(203);
  });

  test('runs on the CPU like the interpreter', () => {
    expect(compileChecked(graph, JS_TARGET, 1e-4, feeds).kernels).toHaveLength(204);
  });

  test('runs on the GPU grid (JS workgroup emulation) like the interpreter, every kernel within 8 storage buffers', () => {
    expect(compileChecked(graph, WEBGPU_TARGET, 1e-4, feeds).kernels).toHaveLength(527);
  });
});
